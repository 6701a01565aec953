// The work HipLens does on each page in the real browser, on every page of the zoo: counted, not
// timed. Times on a shared 2-core machine vary with whatever else runs, so they are printed as a
// measurement here (and in npm run bench:pages), while what is asserted cannot fail by chance:
// how many reads a page load causes, how much text each read takes, that reads are cut into
// slices, and that nothing but the page script is loaded into a quiet page.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite, panelFrame, settledBadge, ZOO } from './harness';

const env = extensionSuite();
/** What extraction keeps at most (core/extract.ts DEFAULT_LIMITS). */
const MAX_CHARS = 40_000;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]!, max: s[s.length - 1]! };
};

interface PageWork {
  file: string;
  reads: { regionWords: boolean; extracted: boolean; chars: number; headings: number; slices: number; truncated: boolean }[];
  /** Extraction slices recorded (one "hiplens:extract" measure each) and their durations. */
  slices: number[];
  sidebarUi: boolean;
}

async function workOn(page: Page, file: string): Promise<PageWork> {
  await page.goto(env.server.url(`/zoo/${file}`), { waitUntil: 'load' });
  expect(await settledBadge(env.ext, page), file).toBe('');
  const work = await page.evaluate((f) => ({
    file: f,
    reads: performance.getEntriesByName('hiplens:read').map((m) => (m as PerformanceMeasure).detail),
    slices: performance.getEntriesByName('hiplens:extract').map((m) => m.duration),
    host: document.querySelector('hiplens-sidebar') !== null,
  }), file);
  return { ...work, sidebarUi: work.host || panelFrame(page) !== undefined };
}

describe('the page script on the page zoo', () => {
  it('reads each page once, within its caps, in slices, and loads nothing else into it', async () => {
    const files = readdirSync(ZOO).filter((f) => f.endsWith('.html')).sort();
    const page = await env.ext.context.newPage();
    const work: PageWork[] = [];
    for (const file of files) work.push(await workOn(page, file));
    await page.close();

    for (const w of work) {
      // One read per load: the badge is set only after it, and nothing on these pages calls for another.
      expect(w.reads.length, `${w.file}: reads`).toBe(1);
      const [read] = w.reads;
      expect(read!.chars, `${w.file}: characters read`).toBeLessThanOrEqual(MAX_CHARS);
      expect(read!.slices, `${w.file}: slices`).toBe(w.slices.length);
      expect(w.sidebarUi, `${w.file}: sidebar UI loaded into a quiet page`).toBe(false);
    }
    // Large pages really are cut into slices (a page of a thousand elements takes several).
    expect(Math.max(...work.map((w) => w.reads[0]!.slices))).toBeGreaterThan(1);
    // A page with no word of our region, whose headline names none of our articles, is never
    // extracted or sent (core/region-hint.ts): most of the zoo, which is about other things.
    for (const w of work) if (!w.reads[0]!.extracted) expect(w.reads[0]!.chars, w.file).toBe(0);
    const extracted = work.filter((w) => w.reads[0]!.extracted).length;
    expect(extracted, 'zoo pages extracted and sent to the background').toBeLessThan(work.length / 2);

    const report = {
      pages: work.length,
      extracted,
      withRegionWords: work.filter((w) => w.reads[0]!.regionWords).length,
      charsRead: stats(work.map((w) => w.reads[0]!.chars)),
      slicesPerRead: stats(work.map((w) => w.reads[0]!.slices)),
      truncated: work.filter((w) => w.reads[0]!.truncated).length,
      // Measurements, not gates: extraction time per page and its longest slice, in ms.
      extractMs: stats(work.map((w) => w.slices.reduce((a, b) => a + b, 0))),
      longestSliceMs: stats(work.map((w) => Math.max(...w.slices))),
    };
    console.log(`page script work on the zoo: ${JSON.stringify(report)}`);
  }, 300_000);
});
