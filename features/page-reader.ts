// Reading a live page: its text extracted in short slices with the page's own work between them,
// then matched by the background. Each read leaves User Timing entries, the record the
// end-to-end tests and benches check of the work done per page: "hiplens:extract" for each slice
// of extraction, and "hiplens:read" once per read with what was read in its detail.
import type { PageText } from '../core/extract';
import { extractionSteps } from '../core/extract';
import type { Suggestion } from '../core/match';
import { runInSlices } from '../core/steps';
import { matchPage } from './messaging';

/** Longest stretch of work, in ms, before giving the main thread back: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

export const READ_MEASURE = 'hiplens:read';
export const EXTRACT_MEASURE = 'hiplens:extract';

/** What one read of the page did, as recorded in the "hiplens:read" measure's detail. */
export interface ReadRecord {
  chars: number;
  headings: number;
  slices: number;
  truncated: boolean;
}

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function extractLivePage(doc: Document): Promise<PageText> {
  let sliceStarted = performance.now();
  let slices = 1;
  const pause = async () => {
    performance.measure(EXTRACT_MEASURE, { start: sliceStarted, end: performance.now() });
    await yieldToPage();
    slices++;
    sliceStarted = performance.now();
  };
  const readStarted = performance.now();
  const page = await runInSlices(extractionSteps(doc), pause, SLICE_MS);
  performance.measure(EXTRACT_MEASURE, { start: sliceStarted, end: performance.now() });
  const record: ReadRecord = { chars: page.body.length, headings: page.headings.length, slices, truncated: page.truncated };
  performance.measure(READ_MEASURE, { start: readStarted, end: performance.now(), detail: record });
  return page;
}

/** The page's suggestions: extracted here, matched in the background. */
export async function readLivePage(doc: Document): Promise<Suggestion[]> {
  return matchPage(await extractLivePage(doc));
}
