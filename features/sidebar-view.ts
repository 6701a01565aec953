// The sidebar as the page script puts it on a page: a host element, <hiplens-sidebar>, with a
// closed shadow root holding either the slim strip (strip-view.ts, drawn here at once) or, once
// the user opens the whole sidebar, a frame of the extension's own panel page (entrypoints/panel). The
// page's scripts cannot reach into a closed shadow root, nor read or script a frame of another
// origin, so what the sidebar shows and what it does are sealed from them. The panel loads Preact,
// the components and the cards itself, only on pages that show the sidebar; the page script tells
// it what to show and moves the page aside for it (page-layout.ts).
//
// The two talk over a MessageChannel: the page script hands the panel one end, with a one-time
// token that only the background gives out, and only to the panel (core/sidebar-types.ts); a page
// script posting to the frame has no token, so the panel ignores it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isFromPanel, type FromPanel, type PanelState, type ToPanel } from '../core/sidebar-types';
import { sendToBackground } from './messaging';
import { createPageLayout } from './page-layout';
import { createStripView, type StripView } from './strip-view';

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
  /**
   * Follows a drag of the sidebar's edge that began at `screenX`, calling `onWidth` with each new
   * width until the button is released.
   */
  followDrag(screenX: number, startWidth: number, onWidth: (width: number) => void, onDone: () => void): void;
}

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: fixed', 'top: 0', 'height: 100vh', 'margin: 0', 'padding: 0', 'border: 0',
  'z-index: 2147483647', 'visibility: visible', 'opacity: 1', 'transform: none', 'filter: none', 'zoom: 1', 'contain: strict',
  'pointer-events: auto', 'color-scheme: normal',
];
const FRAME_STYLE = 'all:initial;display:block;width:100%;height:100%;border:0;margin:0;padding:0;background:transparent';

/**
 * The origin the panel's document has. In Chrome the frame is loaded through a per-session
 * address (use_dynamic_url), but its document keeps the extension's own origin.
 */
function panelOrigin(src: string): string {
  const url = new URL(src);
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}

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

/** How long the panel may take to connect before the page is taken to refuse it. */
const PANEL_CONNECT_MS = 8000;

/**
 * Whether the page refuses frames that do not opt in to it (Cross-Origin-Embedder-Policy): the
 * panel is an extension page, which cannot send the headers such a page asks of its frames.
 */
export function refusesFrames(): boolean {
  return globalThis.crossOriginIsolated === true;
}

/**
 * `onRequest` hears what the panel asks; `onRefused` that the page would not let the panel load
 * (the sidebar cannot be shown on it: the toolbar popup lists the suggestions instead).
 */
export function createSidebarView(ctx: ContentScriptContext, onRequest: (request: FromPanel, reply: (message: ToPanel) => void) => void, onRefused: () => void): SidebarView {
  const layout = createPageLayout((el) => isSidebarHost(el));
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let port: MessagePort | undefined;
  let state: PanelState | undefined;
  let pendingFocus: ToPanel | undefined;
  let shown = false;
  let connectTimer: number | undefined;

  const send = (message: ToPanel) => port?.postMessage(message);

  function connect(to: HTMLIFrameElement, token: string, origin: string) {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => {
      const message: unknown = event.data;
      if (!isFromPanel(message) || !ctx.isValid) return;
      if (message.type === 'ready') {
        if (connectTimer !== undefined) clearTimeout(connectTimer);
        connectTimer = undefined;
        if (state) send({ type: 'state', state });
        if (pendingFocus) send(pendingFocus);
        pendingFocus = undefined;
      } else onRequest(message, send);
    };
    port?.close();
    port = channel.port1;
    to.contentWindow?.postMessage({ hiplens: token }, origin, [channel.port2]);
  }

  let shadow: ShadowRoot | undefined;
  let strip: StripView | undefined;

  function mountHost() {
    const made = createHost();
    host = made.host;
    shadow = made.shadow;
    // On <html>, not <body>: a transformed or hidden body must not carry the sidebar with it.
    document.documentElement.append(host);
  }

  function mountFrame() {
    connectTimer ??= ctx.setTimeout(() => {
      connectTimer = undefined;
      if (shown && frame) onRefused();
    }, PANEL_CONNECT_MS);
    const src = browser.runtime.getURL('/panel.html');
    const token = crypto.randomUUID();
    // The background keeps the token for this tab until the panel claims it (a claim that comes
    // first waits for it), so the frame loads meanwhile. It gets its address before it is in the
    // page: an empty frame would first load about:blank, whose load event is not the panel's.
    void sendToBackground({ type: 'panel-token', token });
    const f = (frame = document.createElement('iframe'));
    f.setAttribute('style', FRAME_STYLE);
    f.setAttribute('title', 'HipLens: related hip and groin articles');
    // The panel copies summaries for the user.
    f.setAttribute('allow', 'clipboard-write');
    f.src = src;
    f.addEventListener('load', () => connect(f, token, panelOrigin(src)), { once: true });
    shadow!.append(f);
  }

  /** The panel's frame goes (and with it Preact and the cards) whenever the strip takes its place. */
  function unmountFrame() {
    if (connectTimer !== undefined) clearTimeout(connectTimer);
    connectTimer = undefined;
    frame?.remove();
    frame = undefined;
    port?.close();
    port = undefined;
  }

  function showStrip(s: PanelState) {
    unmountFrame();
    strip ??= createStripView({ onExpand: () => onRequest({ type: 'expand' }, send), onClose: () => onRequest({ type: 'close' }, send) });
    if (strip.root.parentNode !== shadow) shadow!.append(strip.root);
    strip.update({ count: s.suggestions.length, firstTitle: s.suggestions[0]?.title, side: s.side });
  }

  function showPanel(s: PanelState) {
    strip?.root.remove();
    if (!frame) mountFrame();
    send({ type: 'state', state: s });
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
        unmountFrame();
        strip = undefined;
        mountHost();
      }
      shown = true;
      place(next);
      if (next.layout === 'strip') showStrip(next);
      else showPanel(next);
    },
    hide() {
      shown = false;
      unmountFrame();
      layout.restore();
      host?.remove();
      host = shadow = strip = undefined;
    },
    focus(target) {
      if (target === 'tab') {
        strip?.focus();
        return;
      }
      frame?.focus();
      const message: ToPanel = { type: 'focus', target };
      if (port) send(message);
      else pendingFocus = message;
    },
    hasFocus: () => !!host && document.activeElement === host,
    followDrag(screenX, startWidth, onWidth, onDone) {
      if (!host || !state) return;
      // While dragging, a clear layer over the whole window, a host of its own with a closed
      // shadow root, takes the pointer wherever it goes, from the page and from the panel's frame.
      const grow = state.side === 'right' ? -1 : 1;
      const layer = document.createElement(`${HOST_ELEMENT}-drag`);
      layer.setAttribute('style', [...HOST_STYLE, 'left: 0', 'width: 100vw', 'cursor: col-resize'].map((r) => `${r} !important`).join('; '));
      layer.attachShadow({ mode: 'closed' });
      document.documentElement.append(layer);
      const move = (e: PointerEvent) => onWidth(startWidth + grow * (e.screenX - screenX));
      const end = () => {
        layer.remove();
        onDone();
      };
      layer.addEventListener('pointermove', move);
      layer.addEventListener('pointerup', end, { once: true });
      layer.addEventListener('pointercancel', end, { once: true });
    },
    removedByPage: () => shown && !!host && !host.isConnected,
  };
}
