// The page script, on every page: reads the page's text and watches it for changes; matching runs
// in the background, and the sidebar UI is loaded only into pages that show it (see
// features/page-controller.ts). Kept small: every page pays for what is here.
import { startPageController } from '../../features/page-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      await startPageController(ctx);
    } catch (error) {
      // Storage or messaging can fail when the extension is updated under an open page; the page
      // must never see an error of ours.
      console.warn('HipLens could not start on this page', error);
    }
  },
});
