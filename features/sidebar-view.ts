// The sidebar as the page script puts it on a page: a host element, <hiplens-sidebar>, with a
// closed shadow root holding a frame of the extension's own panel page (entrypoints/panel). The
// page's scripts cannot reach into a closed shadow root, nor read or script a frame of another
// origin, so what the sidebar shows and what it does are sealed from them. The panel loads Preact,
// the components and the cards itself, only on pages that show the sidebar, and opens a port to
// this page script (sidebar-types.ts); the page script tells it what to show and moves the page
// aside for it (page-layout.ts).
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_PORT, isFromPanel, type FromPanel, type PanelState, type ToPanel } from '../core/sidebar-types';
import { createPageLayout } from './page-layout';

export const HOST_ELEMENT = 'hiplens-sidebar';
/** The strip's width: the peek, or the sidebar collapsed. */
export const STRIP_WIDTH = 48;

/** Whether `node` is the sidebar's host: `<hiplens-sidebar>`, or a fresh name on a page that took that one. */
export function isSidebarHost(node: Node): boolean {
  return node.nodeName.toLowerCase().startsWith(HOST_ELEMENT);
}

/** What the page script needs from the sidebar. */
export interface SidebarView {
  /** Puts the sidebar on the page if it is not there, and shows `state`. */
  show(state: PanelState): void;
  /** Takes it off the page and gives the page back its layout. */
  hide(): void;
  /** Moves focus into the sidebar, to one of its controls. */
  focus(target: 'heading' | 'search' | 'tab'): void;
  /** Whether focus is inside the sidebar now. */
  hasFocus(): boolean;
  /** Whether the page's own script took it off the page while it was shown. */
  removedByPage(): boolean;
}

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: fixed', 'top: 0', 'height: 100vh', 'margin: 0', 'padding: 0', 'border: 0',
  'z-index: 2147483647', 'visibility: visible', 'opacity: 1', 'transform: none', 'filter: none', 'zoom: 1', 'contain: strict',
  'pointer-events: auto', 'color-scheme: normal',
];
const FRAME_STYLE = 'all: initial; display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; background: transparent;';

function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  for (const name of [HOST_ELEMENT, `${HOST_ELEMENT}-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = document.createElement(name);
    try {
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // The page has taken the name for an element of its own (whose constructor may already
      // have attached a shadow root): ours gets a name of its own instead.
    }
  }
  throw new Error('no element could host the sidebar');
}

export function createSidebarView(ctx: ContentScriptContext, onRequest: (request: FromPanel) => void): SidebarView {
  const layout = createPageLayout((el) => isSidebarHost(el));
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let port: Browser.runtime.Port | undefined;
  let state: PanelState | undefined;
  let pendingFocus: ToPanel | undefined;
  let shown = false;

  const send = (message: ToPanel) => port?.postMessage(message);

  // The panel connects once it has loaded; a panel from an earlier page or an earlier life of
  // the extension never reaches this listener (ports are per page and per extension instance).
  browser.runtime.onConnect.addListener((p) => {
    if (p.name !== PANEL_PORT || !ctx.isValid) return;
    port?.disconnect();
    port = p;
    p.onMessage.addListener((message: unknown) => {
      if (!isFromPanel(message)) return;
      if (message.type === 'ready') {
        if (state) send({ type: 'state', state });
        if (pendingFocus) send(pendingFocus);
        pendingFocus = undefined;
      } else onRequest(message);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
    });
  });

  function mount() {
    const made = createHost();
    host = made.host;
    frame = document.createElement('iframe');
    frame.setAttribute('style', FRAME_STYLE);
    frame.setAttribute('title', 'HipLens: related hip and groin articles');
    // The panel copies summaries for the user.
    frame.setAttribute('allow', 'clipboard-write');
    frame.src = browser.runtime.getURL('/panel.html');
    made.shadow.append(frame);
    // On <html>, not <body>: a transformed or hidden body must not carry the sidebar with it.
    document.documentElement.append(host);
  }

  function place(s: PanelState) {
    const viewport = document.documentElement.clientWidth;
    const strip = s.layout === 'strip';
    // Open in a narrow window (at the user's request only): across the window, nothing to move aside.
    const overlay = !strip && s.narrow;
    const width = strip ? STRIP_WIDTH : overlay ? viewport : s.width;
    // Beside the page's scroll bar, not over it.
    const scrollbar = Math.max(0, window.innerWidth - viewport);
    const edge = s.side === 'right' ? `right: ${scrollbar}px` : 'left: 0';
    host!.setAttribute('style', [...HOST_STYLE, edge, `width: ${width}px`].map((r) => `${r} !important`).join('; '));
    layout.reserve(s.side, overlay ? 0 : width);
  }

  ctx.onInvalidated(() => {
    layout.restore();
    host?.remove();
  });

  return {
    show(next) {
      state = next;
      if (!host || !host.isConnected) {
        host?.remove();
        layout.restore();
        mount();
      }
      shown = true;
      place(next);
      send({ type: 'state', state: next });
    },
    hide() {
      shown = false;
      layout.restore();
      host?.remove();
      host = frame = undefined;
      port?.disconnect();
      port = undefined;
    },
    focus(target) {
      frame?.focus();
      const message: ToPanel = { type: 'focus', target };
      if (port) send(message);
      else pendingFocus = message;
    },
    hasFocus: () => !!host && document.activeElement === host,
    removedByPage: () => shown && !!host && !host.isConnected,
  };
}
