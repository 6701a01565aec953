// The one path a page takes: DOM -> page text -> gated suggestions.
import { extractPageText, type PageText } from './extract';
import type { Matcher, Suggestion } from './match';

export interface PageSuggestions {
  page: PageText;
  suggestions: Suggestion[];
}

export function suggestForDocument(doc: Document, matcher: Matcher): PageSuggestions {
  const page = extractPageText(doc);
  return { page, suggestions: matcher.match(page) };
}

/**
 * The same path for a live page, cut into short tasks with the page's own work between them:
 * extraction, then matching in slices. Every task is recorded as a User Timing measure
 * ("hiplens:extract", "hiplens:match") that the end-to-end tests read.
 */
export async function suggestForLivePage(doc: Document, matcher: Matcher, yieldToPage: () => Promise<void>): Promise<PageSuggestions> {
  let taskStarted = performance.now();
  const page = extractPageText(doc);
  performance.measure('hiplens:extract', { start: taskStarted, end: performance.now() });
  const pause = async () => {
    performance.measure('hiplens:match', { start: taskStarted, end: performance.now() });
    await yieldToPage();
    taskStarted = performance.now();
  };
  await yieldToPage();
  taskStarted = performance.now();
  const suggestions = await matcher.matchInSlices(page, pause);
  performance.measure('hiplens:match', { start: taskStarted, end: performance.now() });
  return { page, suggestions };
}
