// Speed in the real browser: the content script's own User Timing measures on real pages.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite, settledBadge, ZOO } from './harness';

const env = extensionSuite();
const LONG_TASK_MS = 50;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]!, max: s[s.length - 1]! };
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface PageTiming {
  file: string;
  /** Total time of extraction and of matching, each the sum of its tasks. */
  extract: number;
  match: number;
  tasks: number;
  longestTask: number;
}

async function timePage(page: Page, file: string): Promise<PageTiming> {
  await page.goto(env.server.url(`/zoo/${file}`), { waitUntil: 'load' });
  expect(await settledBadge(env.ext, page), file).toBe('');
  // Extraction and matching run in slices: their cost is the sum of their tasks, the page's
  // wait the longest one.
  const [e, m] = await page.evaluate(() => [
    performance.getEntriesByName('hiplens:extract').map((x) => x.duration),
    performance.getEntriesByName('hiplens:match').map((x) => x.duration),
  ]);
  expect(e!.length, `${file}: no extraction measure`).toBeGreaterThan(0);
  expect(m!.length, `${file}: no matching measure`).toBeGreaterThan(0);
  return { file, extract: sum(e!), match: sum(m!), tasks: e!.length + m!.length, longestTask: Math.max(...e!, ...m!) };
}

describe('content script speed on the page zoo', () => {
  it('never holds the main thread 50 ms, and stays quiet, on any page', async () => {
    const files = readdirSync(ZOO).filter((f) => f.endsWith('.html')).sort();
    const page = await env.ext.context.newPage();
    const timings: PageTiming[] = [];
    const retried: string[] = [];
    for (const file of files) {
      let timing = await timePage(page, file);
      // A garbage collection or another process can land in any one task on a 2-core machine.
      // Such noise does not repeat; a slow step of ours does, so a page fails only if it is
      // slow on three loads running.
      for (let attempt = 1; attempt < 3 && timing.longestTask >= LONG_TASK_MS; attempt++) {
        retried.push(`${file} (${timing.longestTask.toFixed(1)} ms)`);
        const again = await timePage(page, file);
        if (again.longestTask < timing.longestTask) timing = again;
      }
      timings.push(timing);
    }
    const report = {
      pages: files.length,
      extract: stats(timings.map((t) => t.extract)),
      match: stats(timings.map((t) => t.match)),
      longestTask: stats(timings.map((t) => t.longestTask)),
      retried,
    };
    console.log(`in-browser timings (ms): ${JSON.stringify(report)}`);
    // The slowest pages, so a failure on a slower machine says where the time went.
    const slowest = [...timings].sort((a, b) => b.longestTask - a.longestTask).slice(0, 5);
    console.log(`slowest pages: ${JSON.stringify(slowest)}`);
    // The rule for every page: no task of ours holds the main thread for 50 ms.
    expect(report.longestTask.max).toBeLessThan(LONG_TASK_MS);
    await page.close();
  }, 300_000);
});
