// Shared set-up for the end-to-end tests: a local web server for test pages and Debian Chromium
// with the built extension loaded, driven by playwright-core. Never downloads a browser.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

// From import.meta.url, not __dirname: scripts run by tsx as ES modules (npm run bench:pages) use
// this file too, and only Vitest defines __dirname there.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'tests', 'e2e', 'pages');
export const ZOO = resolve(ROOT, '..', 'shared', 'pages', 'readability');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
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
  close: () => Promise<void>;
}

/** Flags for every test browser, with or without an extension. */
const BROWSER_FLAGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-sandbox'];

/** A fresh-profile Chromium with these extra flags; close() also deletes the profile. */
async function launchBrowser(extraFlags: string[], colorScheme: 'light' | 'dark'): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'hiplens-profile-'));
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
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium with the built extension loaded, or with another unpacked extension from
 * `extensionDir` (the benchmark's do-nothing extension); it must have a background service worker.
 */
export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build`);
  const { context, close } = await launchBrowser([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], options.colorScheme ?? 'light');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/** The same browser as launchWithExtension's, with no extension at all. */
export async function launchWithoutExtensions(options: { colorScheme?: 'light' | 'dark' } = {}) {
  return launchBrowser([], options.colorScheme ?? 'light');
}

/** The sidebar's shadow host, or null when nothing is mounted. */
export function sidebarHost(page: Page) {
  return page.locator('hiplens-sidebar');
}

/** Article ids of the cards in the sidebar, in order (Playwright pierces open shadow roots). */
export async function cardIds(page: Page): Promise<string[]> {
  return page.locator('hiplens-sidebar [data-article-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')!));
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
 * One browser with the extension and one page server for a whole test file, started before its
 * tests and closed after them: `const env = extensionSuite();` then `env.ext`, `env.server`.
 */
export function extensionSuite(): { ext: ExtensionBrowser; server: TestServer } {
  const env = {} as { ext: ExtensionBrowser; server: TestServer };
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
