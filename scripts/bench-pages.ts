// npm run bench:pages: what HipLens adds to every page load in real Chromium. Three browsers run
// side by side: with HipLens, with no extension, and with a do-nothing extension (its content
// script is empty), so the cost of HipLens's own work can be told apart from the cost of having
// any content script at all. Each zoo page is loaded in each browser in turn, in a fresh tab, and
// the tab's DevTools Performance metrics are read once the page has settled. It also times how
// long the sidebar takes to appear on hip and groin pages.
//   --pages N    zoo pages to load, spread evenly over the sorted names (default 30)
//   --all        every zoo page
//   --loads K    loads per page and browser; each page's figure is the median (default 3)
//   --verbose    a row per page as well as the summary
//   --attribution-check   only check whether ScriptDuration counts content-script time
// Not part of npm test: a measurement, printed and written to test-results/bench-pages.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, launchWithoutExtensions, PRODUCTION_DIR, ROOT, startServer, ZOO, type TestServer } from '../tests/e2e/harness';

const NULL_EXTENSION = join(ROOT, 'scripts', 'bench-pages', 'null-extension');
const RESULT_FILE = join(ROOT, 'test-results', 'bench-pages.json');
/**
 * Wait after the load event before reading the metrics, the same in every browser: HipLens starts
 * at document_idle (at or after load) and then reads and matches the page in slices.
 */
const SETTLE_MS = 1500;
const LOAD_TIMEOUT_MS = 30_000;
/** How long a matching page may take to show the sidebar before the load counts as a miss. */
const SIDEBAR_TIMEOUT_MS = 10_000;
/** Hip and groin fixtures (tests/e2e/pages) on which HipLens opens its sidebar by itself. */
const MATCHING_PAGES = ['hip-flexor-strain.html', 'hip-osteoarthritis-clinic.html', 'groin-strain-forum.html'];
const TARGETS = { scriptMedianMs: 3, scriptP95Ms: 10, heapMedianMb: 0.5, sidebarMedianMs: 300 };

type ConfigName = 'hiplens' | 'none' | 'null';
const LABELS: Record<ConfigName, string> = { hiplens: 'HipLens', none: 'no extension', null: 'null extension' };

interface Browser {
  name: ConfigName;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** One tab's metrics once the page has settled: times in ms, heap in bytes. */
interface LoadMetrics {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  /** The heap again after a forced garbage collection: what is still held, without the garbage. */
  heapAfterGcBytes: number;
  // ScriptDuration appears to leave these out even when a script causes them (compiling it, the
  // layout and style work its DOM reads force): on guardian-1, HipLens's own User Timing slices
  // summed 41 ms against a ScriptDuration of 22 ms. TaskDuration has them, with everything else.
  compileMs: number;
  layoutMs: number;
  styleMs: number;
}
const METRIC_KEYS = ['scriptMs', 'taskMs', 'heapBytes', 'heapAfterGcBytes', 'compileMs', 'layoutMs', 'styleMs'] as const;

interface Stats {
  median: number;
  p95: number;
  max: number;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median, nearest-rank 95th percentile and maximum. */
function stats(xs: number[]): Stats {
  if (xs.length === 0) return { median: NaN, p95: NaN, max: NaN };
  const s = [...xs].sort((a, b) => a - b);
  return { median: median(s), p95: s[Math.ceil(s.length * 0.95) - 1]!, max: s[s.length - 1]! };
}

const MB = 1024 * 1024;
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const signed = (x: number, digits = 1) => (x >= 0 ? '+' : '') + fmt(x, digits);
const pad = (s: string, n: number) => s.padStart(n);
const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** `count` names spread evenly over the sorted list, always the same ones for the same zoo. */
function choosePages(count: number | 'all'): string[] {
  const all = readdirSync(ZOO).filter((f) => f.endsWith('.html')).sort();
  if (count === 'all' || count >= all.length) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
}

// ---------------------------------------------------------------------------------------------
// Measuring one load

/**
 * Loads `url` in a fresh tab of `browser` and returns its metrics once it has settled. The
 * Performance domain is enabled before navigation so the counters cover the whole load.
 * `afterMetrics` runs on the page after they are read, so it adds nothing to them.
 */
async function measureLoad(browser: Browser, url: string, afterMetrics?: (page: Page) => Promise<void>): Promise<LoadMetrics> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (name: string) => {
        const m = metrics.find((x) => x.name === name);
        if (!m) throw new Error(`no ${name} metric`);
        return m.value;
      };
    };
    const settled = await metric();
    await cdp.send('HeapProfiler.collectGarbage');
    const collected = await metric();
    await afterMetrics?.(page);
    // The durations are in seconds.
    return {
      scriptMs: settled('ScriptDuration') * 1000,
      taskMs: settled('TaskDuration') * 1000,
      heapBytes: settled('JSHeapUsedSize'),
      heapAfterGcBytes: collected('JSHeapUsedSize'),
      compileMs: settled('V8CompileDuration') * 1000,
      layoutMs: settled('LayoutDuration') * 1000,
      styleMs: settled('RecalcStyleDuration') * 1000,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

/** What HipLens did on a page it was measured on: proof it ran, and whether it showed the sidebar. */
async function hiplensActivity(page: Page): Promise<{ ran: boolean; sidebar: boolean }> {
  return page.evaluate(() => ({
    // The page script leaves these User Timing measures on every page it reads (tests/e2e/speed.test.ts).
    ran: performance.getEntriesByName('hiplens:extract').length > 0,
    sidebar: document.querySelector('hiplens-sidebar') !== null,
  }));
}

// ---------------------------------------------------------------------------------------------
// The page-load benchmark

interface PageResult {
  file: string;
  /** Per browser, each load's metrics. */
  loads: Record<ConfigName, LoadMetrics[]>;
  /** Per browser, the median over its loads, of each metric. */
  medians?: Record<ConfigName, LoadMetrics>;
  /** Each extension's browser minus the no-extension one, from the medians. */
  added?: Record<'hiplens' | 'null', LoadMetrics>;
  hiplensRan: number;
  hiplensShowedSidebar: number;
  failures: string[];
}

async function benchPages(browsers: Browser[], server: TestServer, files: string[], loads: number, verbose: boolean): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const [p, file] of files.entries()) {
    const result: PageResult = { file, loads: { hiplens: [], none: [], null: [] }, hiplensRan: 0, hiplensShowedSidebar: 0, failures: [] };
    for (let round = 0; round < loads; round++) {
      // Rotate the order by round and page, so no browser is always the first (or the last) to
      // load a page, which would give it the cold (or the warm) disk cache and CPU.
      const order = browsers.map((_, i) => browsers[(i + round + p) % browsers.length]!);
      for (const browser of order) {
        try {
          const metrics = await measureLoad(browser, server.url(`/zoo/${file}`), async (page) => {
            if (browser.name !== 'hiplens') return;
            const activity = await hiplensActivity(page);
            if (activity.ran) result.hiplensRan++;
            if (activity.sidebar) result.hiplensShowedSidebar++;
          });
          result.loads[browser.name].push(metrics);
        } catch (error) {
          result.failures.push(`${LABELS[browser.name]}, load ${round + 1}: ${message(error)}`);
        }
      }
    }
    const names = Object.keys(result.loads) as ConfigName[];
    if (names.every((n) => result.loads[n].length > 0)) {
      const medians = Object.fromEntries(
        names.map((n) => [n, Object.fromEntries(METRIC_KEYS.map((k) => [k, median(result.loads[n].map((l) => l[k]))])) as unknown as LoadMetrics]),
      ) as Record<ConfigName, LoadMetrics>;
      const minus = (a: LoadMetrics, b: LoadMetrics) => Object.fromEntries(METRIC_KEYS.map((k) => [k, a[k] - b[k]])) as unknown as LoadMetrics;
      result.medians = medians;
      result.added = { hiplens: minus(medians.hiplens, medians.none), null: minus(medians.null, medians.none) };
    }
    for (const f of result.failures) console.log(`  ${file}: failed (${f})`);
    if (!result.added) console.log(`  ${file}: skipped, not loaded in every browser`);
    else if (verbose) {
      const a = result.added;
      console.log(
        `  ${file.padEnd(48)} HipLens ${signed(a.hiplens.scriptMs)} ms script, ${signed(a.hiplens.taskMs)} ms task, ` +
          `${signed(a.hiplens.heapBytes / MB, 2)} MB heap; null ${signed(a.null.scriptMs)} / ${signed(a.null.taskMs)} ms, ${signed(a.null.heapBytes / MB, 2)} MB` +
          `${result.hiplensShowedSidebar ? ' (sidebar shown)' : ''}`,
      );
    }
    results.push(result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Time to sidebar

/** The page script's mark (features/strip-view.ts): when it first drew the strip, the peek. */
const STRIP_DRAWN_MARK = 'hiplens:strip-drawn';

interface SidebarLoad {
  file: string;
  /** From loadEventStart to the strip's first drawing (the peek), in ms; undefined if it never appeared. */
  shownMs?: number;
  error?: string;
}

async function timeToSidebar(hiplens: Browser, server: TestServer, loads: number): Promise<SidebarLoad[]> {
  const results: SidebarLoad[] = [];
  for (let round = 0; round < loads; round++)
    for (const file of MATCHING_PAGES) {
      const page = await hiplens.context.newPage();
      try {
        await page.goto(server.url(`/pages/${file}`), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
        // The peek is the strip the page script draws: its mark is on the page's own timeline.
        const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
        const deadline = Date.now() + SIDEBAR_TIMEOUT_MS;
        let shown: number | undefined;
        while (shown === undefined && Date.now() < deadline) {
          shown = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime, STRIP_DRAWN_MARK).catch(() => undefined);
          if (shown === undefined) await new Promise((ok) => setTimeout(ok, 20));
        }
        if (shown === undefined) throw new Error('no sidebar');
        results.push({ file, shownMs: shown - load });
      } catch (error) {
        results.push({ file, error: message(error) });
        console.log(`  ${file}: no sidebar (${message(error)})`);
      } finally {
        await page.close().catch(() => {});
      }
    }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Does ScriptDuration count content-script time? A variant of the null extension whose content
// script burns 20 ms answers it: if it does, its added script time is about 20 ms more.

async function attributionCheck(server: TestServer, files: string[]): Promise<void> {
  const BURN_MS = 20;
  const dir = mkdtempSync(join(tmpdir(), 'hiplens-burner-'));
  cpSync(NULL_EXTENSION, dir, { recursive: true });
  writeFileSync(join(dir, 'content.js'), `const end = performance.now() + ${BURN_MS}; while (performance.now() < end);\n`);
  const nul = await launchWithExtension({ extensionDir: NULL_EXTENSION });
  const burner = await launchWithExtension({ extensionDir: dir });
  const browsers: Browser[] = [
    { name: 'null', context: nul.context, close: nul.close },
    { name: 'hiplens', context: burner.context, close: burner.close },
  ];
  try {
    const diffs = Object.fromEntries(METRIC_KEYS.map((k) => [k, [] as number[]])) as Record<keyof LoadMetrics, number[]>;
    for (const file of files) {
      const [a, b] = [await measureLoad(browsers[0]!, server.url(`/zoo/${file}`)), await measureLoad(browsers[1]!, server.url(`/zoo/${file}`))];
      for (const k of METRIC_KEYS) diffs[k].push(b[k] - a[k]);
    }
    console.log(`Content script burning ${BURN_MS} ms vs empty content script, ${files.length} pages (burner minus null, median):`);
    const range = (xs: number[]) => `${fmt(Math.min(...xs))} to ${fmt(Math.max(...xs))}`;
    console.log(`  ScriptDuration ${signed(median(diffs.scriptMs))} ms (pages: ${range(diffs.scriptMs)}), TaskDuration ${signed(median(diffs.taskMs))} ms (${range(diffs.taskMs)})`);
  } finally {
    for (const b of browsers) await b.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string' },
    all: { type: 'boolean', default: false },
    loads: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'attribution-check': { type: 'boolean', default: false },
  },
});
const pageCount: number | 'all' = args.all ? 'all' : Number(args.pages ?? 30);
const loads = Number(args.loads ?? 3);
if ((pageCount !== 'all' && !(pageCount > 0)) || !(loads > 0)) throw new Error('--pages and --loads take a positive number');

const started = Date.now();
const server = await startServer();
const browsers: Browser[] = [];
try {
  const files = choosePages(pageCount);
  if (args['attribution-check']) {
    await attributionCheck(server, files);
  } else {
    // One after the other: three browsers starting at once on a small machine slow each other.
    // The build users install (BENCH_EXTENSION_DIR: another build to compare, such as an experiment).
    const hiplens = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR ?? PRODUCTION_DIR });
    browsers.push({ name: 'hiplens', context: hiplens.context, close: hiplens.close });
    const none = await launchWithoutExtensions();
    browsers.push({ name: 'none', context: none.context, close: none.close });
    const nul = await launchWithExtension({ extensionDir: NULL_EXTENSION });
    browsers.push({ name: 'null', context: nul.context, close: nul.close });
    const chromiumVersion = browsers[0]!.context.browser()?.version() ?? execFileSync('/usr/bin/chromium', ['--version']).toString().trim();

    // A first load in each browser, not counted: it pays for starting a renderer and compiling
    // the content script for the first time, which no later page load does.
    for (const b of browsers) await measureLoad(b, server.url('/pages/knee-bursitis.html')).catch(() => {});

    console.log(`Loading ${files.length} zoo pages ${loads} times in each of ${browsers.length} browsers (settle ${SETTLE_MS} ms)...`);
    const pages = await benchPages(browsers, server, files, loads, args.verbose);
    console.log(`Timing the sidebar on ${MATCHING_PAGES.length} matching pages, ${loads} loads each...`);
    const sidebar = await timeToSidebar(browsers[0]!, server, loads);

    const measured = pages.filter((p) => p.added);
    const summarise = (name: 'hiplens' | 'null') => ({
      scriptMs: stats(measured.map((p) => p.added![name].scriptMs)),
      taskMs: stats(measured.map((p) => p.added![name].taskMs)),
      heapMb: stats(measured.map((p) => p.added![name].heapBytes / MB)),
      heapAfterGcMb: stats(measured.map((p) => p.added![name].heapAfterGcBytes / MB)),
      compileMs: stats(measured.map((p) => p.added![name].compileMs)),
      layoutMs: stats(measured.map((p) => p.added![name].layoutMs)),
      styleMs: stats(measured.map((p) => p.added![name].styleMs)),
    });
    const summary = { hiplens: summarise('hiplens'), null: summarise('null') };
    const sidebarStats = stats(sidebar.flatMap((s) => (s.shownMs === undefined ? [] : [s.shownMs])));
    const targets = {
      scriptMedian: { value: summary.hiplens.scriptMs.median, limit: TARGETS.scriptMedianMs, met: summary.hiplens.scriptMs.median <= TARGETS.scriptMedianMs },
      scriptP95: { value: summary.hiplens.scriptMs.p95, limit: TARGETS.scriptP95Ms, met: summary.hiplens.scriptMs.p95 <= TARGETS.scriptP95Ms },
      heapMedian: { value: summary.hiplens.heapMb.median, limit: TARGETS.heapMedianMb, met: summary.hiplens.heapMb.median <= TARGETS.heapMedianMb },
      sidebarMedian: { value: sidebarStats.median, limit: TARGETS.sidebarMedianMs, met: sidebarStats.median <= TARGETS.sidebarMedianMs },
    };
    const seconds = (Date.now() - started) / 1000;

    // The summary.
    const loadsIn = (n: 'hiplens') => pages.reduce((a, p) => a + p.loads[n].length, 0);
    console.log('');
    console.log(`Added per page load, vs no extension: ${measured.length} of ${files.length} zoo pages, median of ${loads} loads per page`);
    console.log(`${''.padEnd(16)}${pad('script ms', 20)}${pad('task ms', 20)}${pad('JS heap MB', 22)}${pad('heap after GC MB', 22)}`);
    console.log(`${''.padEnd(16)}${'  median   p95   max'.repeat(2)}${'   median   p95   max'.repeat(2)}`);
    for (const name of ['hiplens', 'null'] as const) {
      const s = summary[name];
      const cols = (x: Stats, d: number, w: number) => pad(fmt(x.median, d), w) + pad(fmt(x.p95, d), 6) + pad(fmt(x.max, d), 6);
      console.log(`${LABELS[name].padEnd(16)}${cols(s.scriptMs, 1, 8)}${cols(s.taskMs, 1, 8)}${cols(s.heapMb, 2, 10)}${cols(s.heapAfterGcMb, 2, 10)}`);
    }
    console.log('Not in script time but in task time, added (median / p95 / max, ms):');
    for (const name of ['hiplens', 'null'] as const) {
      const s = summary[name];
      const trio = (x: Stats) => `${fmt(x.median)} / ${fmt(x.p95)} / ${fmt(x.max)}`;
      console.log(`  ${LABELS[name].padEnd(14)} V8 compile ${trio(s.compileMs)}; layout ${trio(s.layoutMs)}; style ${trio(s.styleMs)}`);
    }
    const ranOn = pages.reduce((a, p) => a + p.hiplensRan, 0);
    const shownOn = pages.reduce((a, p) => a + p.hiplensShowedSidebar, 0);
    console.log(`HipLens read the page on ${ranOn} of ${loadsIn('hiplens')} loads; it showed its sidebar on ${shownOn} of them.`);
    const missed = sidebar.filter((s) => s.shownMs === undefined).length;
    console.log(
      `Time to peek, load event to the strip drawn (${sidebar.length - missed} of ${sidebar.length} loads of ${MATCHING_PAGES.length} pages): ` +
        `median ${fmt(sidebarStats.median, 0)} ms, p95 ${fmt(sidebarStats.p95, 0)} ms, max ${fmt(sidebarStats.max, 0)} ms`,
    );
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    console.log('Targets:');
    console.log(`  HipLens added script time median ${fmt(targets.scriptMedian.value)} ms <= ${TARGETS.scriptMedianMs} ms: ${verdict(targets.scriptMedian.met)}`);
    console.log(`  HipLens added script time p95    ${fmt(targets.scriptP95.value)} ms <= ${TARGETS.scriptP95Ms} ms: ${verdict(targets.scriptP95.met)}`);
    console.log(
      `  HipLens added JS heap median     ${fmt(targets.heapMedian.value, 2)} MB <= ${TARGETS.heapMedianMb} MB: ${verdict(targets.heapMedian.met)}` +
        ` (p95 ${fmt(summary.hiplens.heapMb.p95, 2)} MB)`,
    );
    console.log(`  Time to sidebar median           ${fmt(targets.sidebarMedian.value, 0)} ms <= ${TARGETS.sidebarMedianMs} ms: ${verdict(targets.sidebarMedian.met)}`);
    const failed = pages.filter((p) => p.failures.length > 0);
    if (failed.length) console.log(`Loads that failed: ${failed.map((p) => `${p.file} (${p.failures.length})`).join(', ')}`);
    console.log(`Took ${fmt(seconds, 0)} s.`);

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(
      RESULT_FILE,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: chromiumVersion,
          settings: { pages: files.length, loads, settleMs: SETTLE_MS },
          seconds,
          summary,
          sidebar: { ...sidebarStats, loads: sidebar },
          targets,
          pages,
        },
        null,
        2,
      ),
    );
    console.log(`Written to ${RESULT_FILE}`);
  }
} finally {
  for (const b of browsers) await b.close().catch(() => {});
  await server.close();
}
