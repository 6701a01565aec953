// The content script: reads the page, matches it against the library and shows the sidebar
// when the page is about a hip or groin topic (see features/sidebar-controller.tsx).
import '../../components/sidebar.css';
import '../../components/common.css';
import { startSidebar } from '../../features/sidebar-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await startSidebar(ctx);
    } catch (error) {
      // Storage or messaging can fail when the extension is updated under an open page; the page
      // must never see an error of ours.
      console.debug('HipLens could not start on this page', error);
    }
  },
});
