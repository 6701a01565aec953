// The one path a page takes: DOM -> page text -> gated suggestions.
import { extractPageText, extractionSteps, type PageText } from './extract';
import type { Matcher, Suggestion } from './match';
import { runInSlices } from './steps';

export interface PageSuggestions {
  page: PageText;
  suggestions: Suggestion[];
}

export function suggestForDocument(doc: Document, matcher: Matcher): PageSuggestions {
  const page = extractPageText(doc);
  return { page, suggestions: matcher.match(page) };
}

/** Longest stretch of work, in ms, before giving the main thread back: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/**
 * The same path for a live page, cut into short tasks with the page's own work between them:
 * extraction, then matching, each in slices. Every task is recorded as a User Timing measure
 * ("hiplens:extract", "hiplens:match") that the end-to-end tests read.
 */
export async function suggestForLivePage(
  doc: Document,
  matcher: Matcher,
  yieldToPage: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<PageSuggestions> {
  let measure = 'hiplens:extract';
  let taskStarted = performance.now();
  const pause = async () => {
    performance.measure(measure, { start: taskStarted, end: performance.now() });
    await yieldToPage();
    taskStarted = performance.now();
  };
  const page = await runInSlices(extractionSteps(doc), pause, sliceMs);
  await pause();
  measure = 'hiplens:match';
  const suggestions = await matcher.matchInSlices(page, pause, sliceMs);
  performance.measure(measure, { start: taskStarted, end: performance.now() });
  return { page, suggestions };
}
