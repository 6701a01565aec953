// The sidebar UI, injected by the background only into pages that show it (see
// features/sidebar-view.ts); the page script on every page decides what it shows.
import '../../components/sidebar.css';
import '../../components/common.css';
import { createSidebarView } from '../../features/sidebar-view-ui';
import { offerSidebarView, SIDEBAR_UI_MARK } from '../../features/sidebar-view';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Seen by the end-to-end tests, which check the UI is loaded only where it is shown.
    performance.mark(SIDEBAR_UI_MARK);
    try {
      offerSidebarView(await createSidebarView(ctx));
    } catch (error) {
      console.warn('HipLens could not load its sidebar on this page', error);
    }
  },
});
