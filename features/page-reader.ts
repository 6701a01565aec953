// Reading a live page: its text extracted in short slices with the page's own work between them,
// then matched by the background. Each read leaves User Timing entries, the record the
// end-to-end tests and benches check of the work done per page: "hiplens:extract" for each slice
// of extraction, and "hiplens:read" once per read with what was read in its detail.
import type { PageText } from '../core/extract';
import { extractionSteps, headlineOf, regionHintSteps } from '../core/extract';
import type { Suggestion } from '../core/match';
import { runInSlices } from '../core/steps';
import { headlineMayName, matchPage } from './messaging';

/** Longest stretch of work, in ms, before giving the main thread back: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

export const READ_MEASURE = 'hiplens:read';
export const EXTRACT_MEASURE = 'hiplens:extract';

/** What one read of the page did, as recorded in the "hiplens:read" measure's detail. */
export interface ReadRecord {
  /** Whether the page has any word of our region. */
  regionWords: boolean;
  /** Whether the page was extracted and matched: it has a word of our region, or its headline may name an article. */
  extracted: boolean;
  chars: number;
  headings: number;
  slices: number;
  truncated: boolean;
}

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * The page's text, or undefined when it cannot be about our topic: no word of our region, and a
 * headline that names none of our articles (asked of the background, which has the names).
 */
export async function extractLivePage(doc: Document): Promise<PageText | undefined> {
  let sliceStarted = performance.now();
  let slices = 1;
  const endSlice = () => performance.measure(EXTRACT_MEASURE, { start: sliceStarted, end: performance.now() });
  const startSlice = () => {
    slices++;
    sliceStarted = performance.now();
  };
  const pause = async () => {
    endSlice();
    await yieldToPage();
    startSlice();
  };
  const readStarted = performance.now();
  const regionWords = await runInSlices(regionHintSteps(doc), pause, SLICE_MS);
  let extracted = regionWords;
  if (!regionWords) {
    const headline = headlineOf(doc);
    // The wait for the background's answer is no work of ours on the page: not in a slice.
    endSlice();
    extracted = await headlineMayName(headline);
    if (extracted) startSlice();
  }
  const page = extracted ? await runInSlices(extractionSteps(doc), pause, SLICE_MS) : undefined;
  if (extracted) endSlice();
  const record: ReadRecord = {
    regionWords,
    extracted,
    chars: page?.body.length ?? 0,
    headings: page?.headings.length ?? 0,
    slices,
    truncated: page?.truncated ?? false,
  };
  performance.measure(READ_MEASURE, { start: readStarted, end: performance.now(), detail: record });
  return page;
}

/** The page's suggestions: extracted here, matched in the background; none for a page that cannot be about our topic. */
export async function readLivePage(doc: Document): Promise<Suggestion[]> {
  const page = await extractLivePage(doc);
  return page ? matchPage(page) : [];
}
