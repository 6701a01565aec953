// Answers the content scripts' and pages' messages: matching pages against the library (the
// background keeps the parsed index for its life, so no page ever carries it), badge counts, the
// reader, library search, and every write to stored data (features/storage-writer.ts, the one
// writer).
import { browser, type Browser } from 'wxt/browser';
import { matcher } from '../core/bundled-library';
import { searchArticleIds } from '../core/library-search';
import { isToBackground, type MatchAnswer, type SavedIdsAnswer, type SearchAnswer, type WriteAnswer } from '../core/messages';
import { showSuggestionCount } from './badge';
import { readerUrl } from './extension-urls';
import { changeCollection, changeSettings, savedArticleIds } from './storage-writer';

type Answer = MatchAnswer | SearchAnswer | WriteAnswer | SavedIdsAnswer | void;

export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> {
  if (!isToBackground(message)) return;
  switch (message.type) {
    case 'match-page':
      return { suggestions: matcher.match(message.page) };
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
    case 'change-settings':
      return changeSettings(message.change);
    case 'change-collection':
      return changeCollection(message.change);
    case 'saved-article-ids':
      return { ids: await savedArticleIds() };
  }
}

export function registerMessageHub(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Returning the promise keeps the channel open until the answer is ready.
    return handleMessage(message, sender);
  });
}
