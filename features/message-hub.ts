// Answers the content scripts' and pages' messages: badge counts, the reader, library search,
// and loading the sidebar UI into a page that shows it.
import { browser, type Browser } from 'wxt/browser';
import { isToBackground, type SearchAnswer } from '../core/messages';
import { searchArticleIds } from '../core/library-search';
import { showSuggestionCount } from './badge';
import { readerUrl, SIDEBAR_UI_SCRIPT } from './extension-urls';

export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<SearchAnswer | void> {
  if (!isToBackground(message)) return;
  switch (message.type) {
    case 'page-suggestions':
      if (sender.tab?.id !== undefined) await showSuggestionCount(sender.tab.id, message.count);
      return;
    case 'open-reader':
      await browser.tabs.create({
        url: readerUrl(message.articleId),
        index: sender.tab ? sender.tab.index + 1 : undefined,
      });
      return;
    case 'search':
      return { ids: searchArticleIds(message.query) };
    case 'load-sidebar':
      if (sender.tab?.id !== undefined) await injectSidebarUi(sender.tab.id, sender.frameId ?? 0);
      return;
  }
}

async function injectSidebarUi(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SIDEBAR_UI_SCRIPT] });
}

export function registerMessageHub(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Returning the promise keeps the channel open until the answer is ready.
    return handleMessage(message, sender);
  });
}
