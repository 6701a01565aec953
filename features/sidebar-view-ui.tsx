// The sidebar UI side of features/sidebar-view.ts: a shadow-root UI rendering the Preact sidebar.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../components/Sidebar';
import type { SidebarProps } from '../core/sidebar-types';
import { HOST_ELEMENT, type SidebarView } from './sidebar-view';

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: static', 'visibility: visible', 'opacity: 1', 'transform: none',
  'filter: none', 'zoom: 1', 'contain: none', 'direction: ltr', 'font-size: 16px', 'pointer-events: auto',
].map((rule) => `${rule} !important`).join('; ');

export async function createSidebarView(ctx: ContentScriptContext): Promise<SidebarView> {
  let props: SidebarProps | undefined;
  let container: HTMLElement | undefined;
  let mounted = false;
  const draw = () => {
    if (container && props) render(<Sidebar {...props} />, container);
  };

  const create = (name: string) =>
    createShadowRootUi(ctx, {
      name,
      position: 'inline',
      // On <html>, not <body>: a transformed or hidden body must not carry the sidebar with it.
      anchor: 'html',
      append: 'last',
      isolateEvents: true,
      onMount(root) {
        container = root;
        draw();
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
        container = undefined;
      },
    });
  let ui: Awaited<ReturnType<typeof create>>;
  try {
    ui = await create(HOST_ELEMENT);
  } catch {
    // The page has taken the name for an element of its own (whose constructor may already have
    // attached a shadow root): ours gets a name of its own instead.
    ui = await create(`${HOST_ELEMENT}-${Math.random().toString(36).slice(2, 10)}`);
  }
  // The host element is in the page's light DOM, where the page's CSS reaches it; inline
  // !important declarations outrank even the page's !important rules.
  ui.shadowHost.setAttribute('style', HOST_STYLE);

  return {
    shadow: ui.shadow,
    removedByPage: () => mounted && !ui.shadowHost.isConnected,
    show(next) {
      props = next;
      if (mounted && ui.shadowHost.isConnected) draw();
      else {
        // Taken off the page by the page's own script: put back (once per request, never in a loop).
        if (mounted) ui.remove();
        mounted = true;
        ui.mount();
      }
    },
    hide() {
      if (!mounted) return;
      mounted = false;
      ui.remove();
    },
  };
}
