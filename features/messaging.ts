// Sending the typed messages of core/messages.ts. A closed channel (the background restarting,
// the extension being updated) must never surface as an error on the page.
import { browser } from 'wxt/browser';
import type { MatchAnswer, SearchAnswer, ToBackground } from '../core/messages';
import type { PageText } from '../core/extract';
import type { Suggestion } from '../core/match';

/** Sends a message to the background and returns its answer, or undefined if none came. */
export async function ask<T>(message: ToBackground): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T | undefined;
  } catch {
    return undefined;
  }
}

export async function sendToBackground(message: ToBackground): Promise<void> {
  // The badge and reader are conveniences; the sidebar works without them.
  await ask(message);
}

/** Library search, answered by the background (the search index stays out of every page). */
export async function searchLibrary(query: string): Promise<string[]> {
  return (await ask<SearchAnswer>({ type: 'search', query }))?.ids ?? [];
}

/** The page's suggestions, matched by the background, which keeps the index; throws if no answer came. */
export async function matchPage(page: PageText): Promise<Suggestion[]> {
  const answer = await ask<MatchAnswer>({ type: 'match-page', page });
  if (!answer || !Array.isArray(answer.suggestions)) throw new Error('no answer from the background');
  return answer.suggestions;
}

/** Whether a page with no word of our region might still name an article in its headline. */
export async function headlineMayName(headline: PageText): Promise<boolean> {
  const answer = await ask<MatchAnswer>({ type: 'match-page', page: headline, headlineOnly: true });
  if (!answer || !Array.isArray(answer.suggestions)) throw new Error('no answer from the background');
  return answer.readBody === true;
}
