// Sending the typed messages of core/messages.ts. A closed channel (the background restarting,
// the extension being updated) must never surface as an error on the page.
import { browser } from 'wxt/browser';
import type { SearchAnswer, ToBackground } from '../core/messages';

export async function sendToBackground(message: ToBackground): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The badge and reader are conveniences; the sidebar works without them.
  }
}

/** Library search, answered by the background (the search index stays out of every page). */
export async function searchLibrary(query: string): Promise<string[]> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'search', query } satisfies ToBackground)) as SearchAnswer | undefined;
    return answer?.ids ?? [];
  } catch {
    return [];
  }
}
