// Shared set-up for the end-to-end tests: a local web server for test pages and Debian Chromium
// with the built extension loaded, driven by playwright-core. Never downloads a browser.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

// From import.meta.url, not __dirname: scripts run by tsx as ES modules (npm run bench:pages) use
// this file too, and only Vitest defines __dirname there.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build the tests load: the users' build plus the background's test hooks (wxt build --mode e2e). */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
/** The build users install, for the checks of what ships. */
export const PRODUCTION_DIR = join(ROOT, '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'tests', 'e2e', 'pages');
export const ZOO = resolve(ROOT, '..', 'shared', 'pages', 'readability');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Extra response headers for a fixture, from a sidecar file beside it: `page.html.headers.json`
 * holds an object of header names and values (a Content-Security-Policy, say).
 */
function sidecarHeaders(file: string): Record<string, string> {
  const sidecar = `${file}.headers.json`;
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>) : {};
}

export interface TestServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/e2e/pages at /pages/ and the shared page zoo at /zoo/, on 127.0.0.1 only. */
export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, area, ...rest] = path.split('/');
    const base = area === 'pages' ? FIXTURES : area === 'zoo' ? ZOO : undefined;
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base!) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...sidecarHeaders(file) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /**
   * What went wrong in HipLens since the last look, as lines of text (see watchForProblems):
   * extensionSuite() fails every test that leaves anything here.
   */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Collects, for the whole browser context (every page however it was opened, the service worker
 * after any restart), the messages that mean HipLens went wrong:
 * - uncaught errors in the extension's own pages, in our fixture pages (they throw nothing of
 *   their own), and anywhere else when the stack runs through the extension's code (saved zoo
 *   pages throw errors of their own, which are not ours);
 * - console errors from the service worker, from extension pages, or logged by extension code
 *   (console errors about other extensions' files, which saved pages refer to, are not ours);
 * - every console message, at any level (debug included), saying "HipLens could not".
 */
export function watchForProblems(context: BrowserContext, extensionId: string, problems: string[]): void {
  // Ours only: saved pages refer to other extensions' files too (and fail to load them).
  const ours = `chrome-extension://${extensionId}/`;
  const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith(ours);
  // One context-wide listener covers pages and workers alike: the service worker's console
  // reaches it too (msg.worker() is set), so no worker.on('console') on top, or it would count twice.
  context.on('console', (msg) => {
    const text = msg.text();
    const where = msg.worker()?.url() ?? msg.page()?.url() ?? '';
    const location = msg.location().url;
    if (/HipLens could not/i.test(text)) problems.push(`console.${msg.type()} in ${where || location || 'a page'}: ${text}`);
    else if (msg.type() === 'error' && (isExtensionUrl(where) || isExtensionUrl(location)))
      problems.push(`console.error in ${where || location}: ${text}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    const where = webError.page()?.url() ?? '';
    const stack = error.stack ?? String(error);
    const fixture = /^http:\/\/127\.0\.0\.1:\d+\/pages\//.test(where);
    if (isExtensionUrl(where) || fixture || stack.includes(ours))
      problems.push(`uncaught error in ${where || 'a page'}: ${stack}`);
  });
}

/** Flags for every test browser, with or without an extension. */
const BROWSER_FLAGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-sandbox'];

/**
 * Chromium with these extra flags, on a fresh profile that close() deletes, or on `profileDir`
 * (a profile of an earlier launch, as after a restart), which close() keeps.
 */
async function launchBrowser(extraFlags: string[], colorScheme: 'light' | 'dark', profileDir?: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'hiplens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    args: [...extraFlags, ...BROWSER_FLAGS],
  });
  // Test pages are real saved pages that still point at their sites' scripts and images; nothing
  // may leave the machine, and waiting on blocked hosts would only slow the tests.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium with the built extension loaded, or with another unpacked extension from
 * `extensionDir` (the benchmark's do-nothing extension); it must have a background service worker.
 */
export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; extensionDir?: string; profileDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build`);
  const { context, close } = await launchBrowser([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], options.colorScheme ?? 'light', options.profileDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const problems: string[] = [];
  watchForProblems(context, extensionId, problems);
  await reportUncaughtErrors(worker);
  return { context, worker, extensionId, problems, close };
}

/**
 * A browser that can be restarted on its own profile, as a user closes and reopens theirs: the
 * profile (and what the extension stored in it) outlives each launch; `dispose` deletes it.
 */
export function restartableBrowser(options: { colorScheme?: 'light' | 'dark' } = {}) {
  const profileDir = mkdtempSync(join(tmpdir(), 'hiplens-profile-'));
  return {
    profileDir,
    launch: () => launchWithExtension({ ...options, profileDir }),
    dispose: () => rmSync(profileDir, { recursive: true, force: true }),
  };
}

/** The same browser as launchWithExtension's, with no extension at all. */
export async function launchWithoutExtensions(options: { colorScheme?: 'light' | 'dark' } = {}) {
  return launchBrowser([], options.colorScheme ?? 'light');
}

/** The sidebar's host element in the page (its shadow root is closed: nothing inside it is reachable from here). */
export function sidebarHost(page: Page) {
  return page.locator('hiplens-sidebar');
}

/**
 * The sidebar's panel: the frame of the extension's own page inside the host's closed shadow
 * root. The page's scripts cannot reach it; the test reaches it as the browser does, by frame.
 */
export function panelFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/panel.html');
}

/** The panel once it is on the page and has drawn the whole sidebar (waits for it). */
export async function panel(page: Page, timeout = 10_000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(async () => {
      found = panelFrame(page);
      return found ? found.locator('.sidebar').count().catch(() => 0) : 0;
    }, { timeout, message: 'the sidebar panel never drew' })
    .toBeGreaterThan(0);
  return found!;
}

/** Article ids of the cards in the sidebar, in order; none when there is no sidebar. */
export async function cardIds(page: Page): Promise<string[]> {
  const frame = panelFrame(page);
  if (!frame) return [];
  return frame
    .locator('[data-article-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')!))
    .catch(() => []);
}

/** A button of the strip, as the browser's accessibility tree has it. */
export interface StripButton {
  name: string;
  focused: boolean;
  /** Its centre on the page, in CSS pixels. */
  x: number;
  y: number;
}

/**
 * The strip's two buttons, or undefined when no strip is showing. The strip is drawn by the page
 * script in the sidebar's closed shadow root, out of reach of the page and of Playwright's
 * selectors; the browser's accessibility tree has it, as assistive technology does (DevTools
 * protocol, Accessibility and DOM domains).
 */
export async function stripButtons(page: Page): Promise<{ open: StripButton; close: StripButton } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const button = async (test: (name: string) => boolean): Promise<StripButton | undefined> => {
      const node = nodes.find((n) => n.role?.value === 'button' && !n.ignored && test(String(n.name?.value ?? '')));
      if (!node?.backendDOMNodeId) return undefined;
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content;
      const focused = !!node.properties?.some((p) => p.name === 'focused' && p.value.value === true);
      return { name: String(node.name!.value), focused, x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
    };
    const open = await button((n) => n.startsWith('Open the sidebar:'));
    const close = await button((n) => n === 'Close the HipLens sidebar');
    return open && close ? { open, close } : undefined;
  } catch {
    return undefined;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface AxNode {
  role?: { value: string };
  name?: { value: unknown };
  ignored?: boolean;
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value: unknown } }[];
}

/** The strip once it is showing (waits for it). */
export async function strip(page: Page, timeout = 10_000): Promise<{ open: StripButton; close: StripButton }> {
  let found: Awaited<ReturnType<typeof stripButtons>>;
  await expect.poll(async () => !!(found = await stripButtons(page)), { timeout, message: 'the strip never showed' }).toBe(true);
  return found!;
}

/** Clicks one of the strip's buttons as a user would (a trusted click at its place on the page). */
export async function clickStrip(page: Page, which: 'open' | 'close'): Promise<void> {
  const buttons = await strip(page);
  await page.mouse.click(buttons[which].x, buttons[which].y);
}

/** Opens the whole sidebar from its strip (the peek) if it is showing the strip. */
export async function expandStrip(page: Page): Promise<Frame> {
  const open = panelFrame(page);
  if (!open || !(await open.locator('.sidebar').count().catch(() => 0))) await clickStrip(page, 'open');
  return panel(page);
}

// The extension has no "tabs" permission, so it cannot see tab URLs: the tests bring the page to
// the front and address the active tab, as a user's click would.

/** The badge text and button title the background set for the tab showing `page`. */
export async function toolbarState(ext: ExtensionBrowser, page: Page): Promise<{ badge: string; title: string }> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return {
      badge: await api.action.getBadgeText({ tabId: tab.id }),
      title: await api.action.getTitle({ tabId: tab.id }),
    };
  });
}

/** The badge once the content script has reported on the page (the button's title says it has). */
export async function settledBadge(ext: ExtensionBrowser, page: Page): Promise<string> {
  let badge = '';
  await expect
    .poll(async () => {
      const state = await toolbarState(ext, page);
      badge = state.badge;
      return state.title;
    }, { timeout: 10_000 })
    .toMatch(/matching article/);
  return badge;
}

/** Does what a click on the toolbar button does, in the tab showing `page`. */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  await ext.worker.evaluate(async () => {
    const scope = globalThis as unknown as { chrome: ChromeApi; hiplensToolbarClick: (tab: ChromeTab) => Promise<void> };
    const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    // The background registers its toolbar handler under this name for tests (features/toolbar-toggle.ts).
    await scope.hiplensToolbarClick(tab);
  });
}

// The little of Chrome's API the tests call inside the service worker.
interface ChromeTab {
  id?: number;
  url?: string;
}
interface ChromeApi {
  tabs: { query: (q: object) => Promise<ChromeTab[]> };
  action: { getBadgeText: (d: { tabId: number }) => Promise<string>; getTitle: (d: { tabId: number }) => Promise<string> };
}

/** Replaces everything the extension stored (settings, collection) with `values`. */
export async function resetStorage(ext: ExtensionBrowser, values: Record<string, unknown> = {}): Promise<void> {
  await ext.worker.evaluate(async (v) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
    await local.clear();
    await local.set(v);
  }, values);
}

/** What the extension stored under `key`. */
export async function stored(ext: ExtensionBrowser, key: string): Promise<unknown> {
  return ext.worker.evaluate(async (k) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
    return (await local.get(k))[k];
  }, key);
}

/** Presses the extension's keyboard shortcut, as the browser would deliver it (see clickToolbarButton). */
export async function pressShortcut(ext: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  await ext.worker.evaluate(async () => {
    await (globalThis as unknown as { hiplensCommand: (c: string) => Promise<void> }).hiplensCommand('toggle-sidebar');
  });
}

interface StorageArea {
  clear(): Promise<void>;
  set(v: Record<string, unknown>): Promise<void>;
  get(k: string): Promise<Record<string, unknown>>;
}

/**
 * Playwright reports no uncaught errors from a service worker: the worker's own error events
 * are turned into console errors, which watchForProblems sees. (For this worker's life only; a
 * restarted worker is not covered.)
 */
async function reportUncaughtErrors(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    addEventListener('error', (e) => console.error(`uncaught error: ${(e as ErrorEvent).error?.stack ?? (e as ErrorEvent).message}`));
    addEventListener('unhandledrejection', (e) => console.error(`unhandled rejection: ${(e as PromiseRejectionEvent).reason?.stack ?? (e as PromiseRejectionEvent).reason}`));
  });
}

/** Fails with every problem HipLens has shown since the last check, and forgets them. */
export function expectNoProblems(ext: ExtensionBrowser | undefined): void {
  const found = ext?.problems.splice(0) ?? [];
  expect(found, `HipLens reported problems:\n${found.join('\n')}`).toEqual([]);
}

/**
 * One browser with the extension and one page server for a whole test file, started before its
 * tests and closed after them: `const env = extensionSuite();` then `env.ext`, `env.server`.
 * Every test fails if it leaves an error from an extension context or a "HipLens could not"
 * message behind (see watchForProblems).
 */
export function extensionSuite(): { ext: ExtensionBrowser; server: TestServer } {
  const env = {} as { ext: ExtensionBrowser; server: TestServer };
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchWithExtension();
  });
  afterEach(() => expectNoProblems(env.ext));
  afterAll(async () => {
    // What came in after the last test (a page still settling) counts too.
    const late = env.ext?.problems.splice(0) ?? [];
    await env.ext?.close();
    await env.server?.close();
    expect(late, `HipLens reported problems after the last test:\n${late.join('\n')}`).toEqual([]);
  });
  return env;
}

/** Fails with what it was waiting for instead of hanging until the test's timeout. */
export function within<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Waits for an input action that removes the panel (a click on ×, Esc, the shortcut) or for the
 * panel to go, whichever comes first: Chromium may never acknowledge an input event to a frame
 * that the event itself removed, and the action's promise then never settles.
 */
export async function untilPanelGone(page: Page, action: Promise<unknown>): Promise<void> {
  action.catch(() => undefined);
  const gone = expect.poll(() => within(sidebarHost(page).count(), 'the host count', 3_000), { timeout: 10_000 }).toBe(0);
  await Promise.race([action.then(() => gone), gone]);
}

/**
 * Clicks a control that takes the panel off the page (close, badge only) as the mouse does. Not
 * locator.click(): its after-click checks run in the panel's frame, which the click removes, and
 * then wait out their timeout now and then.
 */
export async function clickRemovingPanel(page: Page, control: ReturnType<Frame['locator']>): Promise<void> {
  await untilPanelGone(page, clickInPanel(page, control));
}

/** Clicks a control of the panel as the mouse does, for controls that take the panel's frame away (close, collapse). */
export async function clickInPanel(page: Page, control: ReturnType<Frame['locator']>): Promise<void> {
  await within(page.bringToFront(), 'the page to come to the front');
  // Once the panel's opening animation is over (at most 160 ms), the control stays where it is.
  await within(control.evaluate(() => Promise.race([Promise.all(document.getAnimations().map((a) => a.finished)), new Promise((ok) => setTimeout(ok, 1_000))])), 'the panel to settle');
  const box = (await within(control.boundingBox(), 'the control\'s box'))!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
