// The seam between the two content scripts. The page script (entrypoints/page.content) runs on
// every page: it reads and matches the page and decides what to show. The sidebar UI
// (entrypoints/sidebar.content: Preact, the components, the cards) is injected by the background
// only into pages that show it, so the many pages that never do are spared its cost.
// Both scripts run in the extension's isolated world of the same frame and meet through one
// slot on its global object; the page cannot see it.
import type { SidebarProps } from '../core/sidebar-types';
import { sendToBackground } from './messaging';

export const HOST_ELEMENT = 'hiplens-sidebar';

/** Whether `node` is the sidebar's host: `<hiplens-sidebar>`, or a fresh name on a page that took that one. */
export function isSidebarHost(node: Node): boolean {
  return node.nodeName.toLowerCase().startsWith(HOST_ELEMENT);
}
/** A User Timing mark the sidebar UI leaves when it loads into a page. */
export const SIDEBAR_UI_MARK = 'hiplens:sidebar-ui';

/** What the page script needs from the sidebar UI. */
export interface SidebarView {
  /** Puts the sidebar on the page if it is not there, and draws it with these props. */
  show(props: SidebarProps): void;
  /** Takes it off the page. */
  hide(): void;
  /** Whether the page's own script took it off the page while it was shown. */
  removedByPage(): boolean;
  /** The sidebar's shadow root, for focus and the clipboard. */
  readonly shadow: ShadowRoot;
}

// The hand-over only: each page script keeps the view it was given, so a UI left behind by an
// earlier life of the extension (updated under an open page) is never picked up again.
const SLOT = Symbol.for('hiplens.sidebar-view');
type Slot = { waiting?: (view: SidebarView) => void };
const slot = (): Slot => ((globalThis as Record<symbol, Slot>)[SLOT] ??= {});

/** Called by the sidebar UI once it is ready: hands it to the page script that asked for it. */
export function offerSidebarView(view: SidebarView): void {
  const s = slot();
  s.waiting?.(view);
  s.waiting = undefined;
}

/** Asks the background to inject the sidebar UI and waits for it; undefined if it did not come. */
export async function loadSidebarView(timeoutMs = 5000): Promise<SidebarView | undefined> {
  const s = slot();
  const offered = new Promise<SidebarView | undefined>((ok) => {
    s.waiting = ok;
    setTimeout(() => ok(undefined), timeoutMs);
  });
  await sendToBackground({ type: 'load-sidebar' });
  return offered;
}
