// The page script, on every page: reads the page, matches it against the library, keeps the
// badge count, and shows the sidebar when the page is about a hip or groin topic (see
// features/sidebar-controller.ts). The sidebar UI itself is loaded only then.
import { startSidebar } from '../../features/sidebar-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
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
