// Answers the content scripts' and pages' messages: matching pages against the library (the
// background keeps the parsed index for its life, so no page ever carries it), badge counts, the
// reader, library search, and every write to stored data (features/storage-writer.ts, the one
// writer).
import { browser, type Browser } from 'wxt/browser';
import { matcher } from '../core/bundled-library';
import { searchLibrary } from '../core/library-search';
import { cardsById } from '../core/cards';
import { isToBackground, type MatchAnswer, type PanelTokenAnswer, type SavedIdsAnswer, type SearchAnswer, type WriteAnswer } from '../core/messages';
import { showSuggestionCount } from './badge';
import { collectionUrl, readerUrl, toolbarAction } from './extension-urls';
import { changeCollection, changeHandout, changeSettings, savedArticleIds } from './storage-writer';

type Answer = MatchAnswer | SearchAnswer | WriteAnswer | SavedIdsAnswer | PanelTokenAnswer | void;

/**
 * The token each tab's page script gave for its sidebar panel, until the panel claims it. Only
 * extension contexts can ask the background, so the page itself never learns it. The page script
 * frames the panel while it hands over the token, so a claim may come first: it waits a little.
 */
const panelTokens = new Map<number, string>();
const claimsWaiting = new Map<number, (token: string) => void>();
const CLAIM_WAIT_MS = 3000;

function claimToken(tabId: number): Promise<string | null> {
  const token = panelTokens.get(tabId);
  if (token) {
    panelTokens.delete(tabId);
    return Promise.resolve(token);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      claimsWaiting.delete(tabId);
      resolve(null);
    }, CLAIM_WAIT_MS);
    claimsWaiting.set(tabId, (t) => {
      clearTimeout(timer);
      claimsWaiting.delete(tabId);
      resolve(t);
    });
  });
}

function giveToken(tabId: number, token: string): void {
  const waiting = claimsWaiting.get(tabId);
  if (waiting) waiting(token);
  else panelTokens.set(tabId, token);
}

/** Whether a sender is the sidebar's panel page (in Chrome under a per-session address of its own). */
function isPanel(url: string | undefined): boolean {
  if (!url) return false;
  const u = new URL(url);
  return (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') && u.pathname === '/panel.html';
}

export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> {
  if (!isToBackground(message)) return;
  switch (message.type) {
    case 'match-page':
      if (message.headlineOnly) return { suggestions: [], readBody: matcher.headlineMayName(message.page) };
      return { suggestions: matcher.match(message.page).map((s) => ({ ...s, title: cardsById.get(s.id)?.title })) };
    case 'page-suggestions':
      if (sender.tab?.id !== undefined) await showSuggestionCount(sender.tab.id, message.count);
      return;
    case 'open-reader':
      await browser.tabs.create({
        url: readerUrl(message.articleId),
        index: sender.tab ? sender.tab.index + 1 : undefined,
      });
      return;
    case 'open-collection':
      await browser.tabs.create({ url: collectionUrl(), index: sender.tab ? sender.tab.index + 1 : undefined });
      return;
    case 'search':
      return searchLibrary(message.query);
    case 'change-settings':
      return changeSettings(message.change);
    case 'change-collection':
      return changeCollection(message.change);
    case 'change-handout':
      return changeHandout(message.change);
    case 'saved-article-ids':
      return { ids: await savedArticleIds() };
    case 'panel-token':
      if (sender.tab?.id !== undefined && sender.frameId === 0) giveToken(sender.tab.id, message.token);
      return;
    case 'claim-panel-token':
      // Only the panel (an extension page) may claim it, never the page script that set it.
      if (sender.tab?.id === undefined || !isPanel(sender.url)) return { token: null };
      return { token: await claimToken(sender.tab.id) };
    case 'use-popup':
      if (sender.tab?.id !== undefined) await toolbarAction().setPopup({ tabId: sender.tab.id, popup: '/popup.html' });
      return;
  }
}

export function registerMessageHub(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Returning the promise keeps the channel open until the answer is ready.
    return handleMessage(message, sender);
  });
}
