// The content script: reads the page, matches it against the library and shows the sidebar
// when the page is about a hip or groin topic. The toolbar button toggles it.
import { render } from 'preact';
import '../../components/sidebar.css';
import { Sidebar } from '../../components/Sidebar';
import { matcher } from '../../core/bundled-library';
import { isToContent } from '../../core/messages';
import { suggestForLivePage } from '../../core/suggest';
import type { Suggestion } from '../../core/match';
import { sendToBackground } from '../../features/messaging';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Listen before anything else, so a toolbar click that comes early is never lost: clicks
    // before the sidebar is ready are counted and applied once it is.
    let earlyToggles = 0;
    let toggle = (): void => {
      earlyToggles++;
    };
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isToContent(message) && ctx.isValid) toggle();
    });

    let suggestions: Suggestion[] = [];
    try {
      suggestions = (await suggestForLivePage(document, matcher, () => new Promise((ok) => setTimeout(ok, 0)))).suggestions;
    } catch (error) {
      // A page we cannot read gets no sidebar, never an error on the page.
      console.debug('HipLens could not read this page', error);
    }
    void sendToBackground({ type: 'page-suggestions', count: suggestions.length });

    const ui = await createShadowRootUi(ctx, {
      name: 'hiplens-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        render(
          <Sidebar
            suggestions={suggestions}
            onClose={() => ui.remove()}
            onRead={(articleId) => void sendToBackground({ type: 'open-reader', articleId })}
          />,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });

    toggle = () => {
      if (ui.mounted) ui.remove();
      else ui.mount();
    };
    const openAtFirst = suggestions.length > 0;
    if (openAtFirst !== (earlyToggles % 2 === 1)) ui.mount();
  },
});
