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

  const ui = await createShadowRootUi(ctx, {
    name: HOST_ELEMENT,
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
  // The host element is in the page's light DOM, where the page's CSS reaches it; inline
  // !important declarations outrank even the page's !important rules.
  ui.shadowHost.setAttribute('style', HOST_STYLE);

  return {
    shadow: ui.shadow,
    show(next) {
      props = next;
      if (mounted) draw();
      else {
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
