// Speed in the real browser: the content script's own User Timing measures on real pages.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite, launchWithExtension, settledBadge, ZOO } from './harness';

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

// The first page after the browser starts pays for compiling our content script (no code cache
// yet), and the first page that shows the sidebar for compiling its UI. These tasks are ours but
// run before our code can measure itself, so the Long Tasks API in the page watches them; the
// test pages have no scripts of their own, so every long task there is ours or the browser's.
describe('first pages after the browser starts', () => {
  async function longestTaskOnFirstPages(): Promise<{ quietPage: number; sidebarPage: number }> {
    const ext = await launchWithExtension();
    try {
      await ext.context.addInitScript(() => {
        const seen: number[] = ((window as unknown as { hiplensLongTasks: number[] }).hiplensLongTasks = []);
        new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({ type: 'longtask' });
      });
      const longest = async (path: string, settled: (page: Page) => Promise<unknown>) => {
        const page = await ext.context.newPage();
        await page.goto(env.server.url(path), { waitUntil: 'load' });
        await settled(page);
        await page.waitForTimeout(300);
        const tasks = await page.evaluate(() => (window as unknown as { hiplensLongTasks: number[] }).hiplensLongTasks);
        await page.close();
        return Math.max(0, ...tasks);
      };
      return {
        quietPage: await longest('/pages/knee-bursitis.html', (page) => settledBadge(ext, page)),
        sidebarPage: await longest('/pages/hip-flexor-strain.html', (page) => page.locator('hiplens-sidebar [data-article-id]').first().waitFor()),
      };
    } finally {
      await ext.close();
    }
  }

  it('hold the main thread under 50 ms, the page script and the sidebar UI included', async () => {
    const runs: { quietPage: number; sidebarPage: number }[] = [];
    // Each run is a freshly started browser; as above, a page fails only if it is slow three times.
    for (let attempt = 0; attempt < 3; attempt++) {
      runs.push(await longestTaskOnFirstPages());
      if (Math.max(...Object.values(runs.at(-1)!)) < LONG_TASK_MS) break;
    }
    console.log(`longest task on the first pages of a fresh browser (ms): ${JSON.stringify(runs)}`);
    expect(Math.min(...runs.map((r) => r.quietPage))).toBeLessThan(LONG_TASK_MS);
    expect(Math.min(...runs.map((r) => r.sidebarPage))).toBeLessThan(LONG_TASK_MS);
  }, 120_000);
});
