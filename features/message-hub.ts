// Answers the content scripts' messages: badge counts and opening the reader.
import { browser, type Browser } from 'wxt/browser';
import { isToBackground, readerPath } from '../core/messages';
import { showSuggestionCount } from './badge';

export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
  if (!isToBackground(message)) return;
  if (message.type === 'page-suggestions') {
    if (sender.tab?.id !== undefined) await showSuggestionCount(sender.tab.id, message.count);
  } else {
    await browser.tabs.create({ url: browser.runtime.getURL(readerPath(message.articleId) as '/reader.html'), index: sender.tab ? sender.tab.index + 1 : undefined });
  }
}

export function registerMessageHub(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Returning the promise keeps the channel open until the work is done.
    return handleMessage(message, sender);
  });
}
