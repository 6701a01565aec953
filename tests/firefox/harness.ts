// End-to-end set-up for Firefox: Debian's firefox-esr with a built Firefox target of the extension
// installed as a temporary add-on, driven by puppeteer-core over WebDriver BiDi (no geckodriver,
// no downloaded browser). The page server is the Chromium suite's (tests/e2e/harness.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ROOT, startServer, type TestServer } from '../e2e/harness';

export type FirefoxTarget = 'firefox-mv2' | 'firefox-mv3';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'hiplens@hiplens.example';
/** Fixed, so extension pages have a known address: moz-extension://UUID/popup.html. */
export const EXTENSION_UUID = '0b1d5e1a-6c2f-4a57-9d3e-2f8a7c4b9e10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The raw WebDriver BiDi connection puppeteer drives Firefox over (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** A web page the test opened, with what it reported to its console. */
export interface OpenedPage {
  page: Page;
  path: string;
  /** Console errors and uncaught errors of the page and of our content scripts in it. */
  errors: string[];
  /** Console messages (any level) in which HipLens says it could not do something. */
  couldNots: string[];
}

export interface FirefoxExtension {
  target: FirefoxTarget;
  browser: Browser;
  /** Opens a web page from the test server in a new tab. */
  open(path: string): Promise<OpenedPage>;
  /** Opens one of the extension's own pages (popup.html, reader.html#id...) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page, with the extension's APIs (`browser.*`). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Errors reported from the extension's own code anywhere (background, its pages, content scripts) since the last call. */
  takeExtensionErrors(): Promise<string[]>;
  inPanel(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

// Keep Firefox off the network: no updates, telemetry, remote settings, captive-portal or
// connectivity checks, DNS over HTTPS or prefetching (puppeteer's own profile prefs already point
// most of these at a dummy host; these close the rest).
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'services.settings.server': 'http://127.0.0.1:1/',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

/**
 * Test pages are real saved pages that still point at their sites' scripts and images. Every
 * request that is not for 127.0.0.1 goes to this "proxy", which hangs up at once: nothing leaves
 * the machine and nothing waits on a blocked host. (Firefox never sends loopback through a proxy.)
 */
async function startRefusingProxy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: TcpServer = createTcpServer((socket) => socket.destroy());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { port, close: () => new Promise((ok) => server.close(() => ok())) };
}

// Runs in Firefox's parent process (the browser window, reachable with --remote-allow-system-access).
// The console service there receives every script error from every process, including the
// extension's background page, its pages and its content scripts, which WebDriver BiDi does not
// report for extension contexts (log.entryAdded skips them).
const ERROR_LISTENER = `(() => {
  const origin = ${JSON.stringify(EXTENSION_ORIGIN)};
  const seen = (globalThis.__hiplensErrors = []);
  Services.console.registerListener({
    observe(message) {
      const text = String(message.message ?? message);
      if (message instanceof Ci.nsIScriptError) {
        const notError = message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag);
        if (!notError && (String(message.sourceName).startsWith(origin) || text.includes(origin))) seen.push(text);
      } else if (text.includes('HipLens could not')) seen.push(text);
    },
  });
  return 'listening';
})()`;

export async function launchFirefox(target: FirefoxTarget, server: TestServer): Promise<FirefoxExtension> {
  // The end-to-end build: the users' build plus the background's test hooks (wxt build --mode e2e).
  const extensionDir = join(ROOT, '.output', `${target}-e2e`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build:firefox`);
  const proxy = await startRefusingProxy();
  const profile = mkdtempSync(join(tmpdir(), `hiplens-${target}-`));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      // Lets BiDi navigate a tab to moz-extension:// pages and read the parent process's console.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.allow_hijacking_localhost': false,
        // A fixed moz-extension:// host for the add-on.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // MV3 host permissions are optional in Firefox. With this pref on (Firefox's default since
        // 127, spelled out so the suite does not depend on it), installing grants the manifest's
        // host_permissions as the install prompt does; off, the content script would not run
        // until the user allowed the site from the toolbar. No effect on MV2.
        'extensions.originControls.grantByDefault': true,
      },
    });
    const b = browser;
    const bidi = (b as unknown as { connection: BidiConnection }).connection;

    const chromeTree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
      contexts: { context: string }[];
    };
    const chromeContext = chromeTree.contexts[0]?.context;
    if (!chromeContext) throw new Error('Firefox gave no chrome browsing context (needs --remote-allow-system-access)');
    const chromeEval = async (expression: string): Promise<unknown> => {
      const answer = (await bidi.send('script.evaluate', { target: { context: chromeContext }, expression, awaitPromise: false }))
        .result as BidiEvaluateResult;
      if (answer.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${answer.exceptionDetails?.text}`);
      return answer.result?.value;
    };
    await chromeEval(ERROR_LISTENER);

    const installed = await b.installExtension(extensionDir);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);

    const openExtensionPage = async (path: string): Promise<Page> => {
      const page = await b.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      // page.goto would wait for a load event BiDi never reports for extension pages; navigate
      // without waiting, then wait for the document ourselves.
      await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
      await expect
        .poll(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch((e: unknown) => String(e)), { timeout: 15_000 })
        .toBe(`${url} complete`);
      return page;
    };

    let control: Page | undefined;
    const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
      // One extension tab kept open for talking to the extension's APIs.
      control ??= await openExtensionPage('options.html');
      return (await control.evaluate(fn as (arg: unknown) => Promise<unknown>, arg as unknown)) as R;
    };

    let opened = 0;
    const open = async (path: string): Promise<OpenedPage> => {
      const page = await b.newPage();
      const errors: string[] = [];
      const couldNots: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
        if (m.text().includes('HipLens could not')) couldNots.push(m.text());
      });
      // A query string unique to this tab, so the extension's tab list tells it apart.
      await page.goto(server.url(`${path}?tab=${++opened}`), { waitUntil: 'load' });
      return { page, path, errors, couldNots };
    };

    /**
     * Evaluates `expression` (JSON of its value comes back) in the sidebar's panel, the frame of the
     * extension's page in `page`, which puppeteer does not list among the page's frames; undefined
     * while there is no panel.
     */
    const inPanel = async (page: Page, expression: string): Promise<unknown> => {
      const root = (page.mainFrame() as unknown as { _id: string })._id;
      type Tree = { context: string; url: string; children?: Tree[] | null };
      const tree = (await bidi.send('browsingContext.getTree', { root })).result as { contexts: Tree[] };
      const find = (nodes: Tree[]): Tree | undefined => {
        for (const n of nodes) {
          if (n.url.startsWith(`${EXTENSION_ORIGIN}/panel.html`)) return n;
          const inner = find(n.children ?? []);
          if (inner) return inner;
        }
        return undefined;
      };
      const panel = find(tree.contexts);
      if (!panel) return undefined;
      const answer = (await bidi.send('script.evaluate', { target: { context: panel.context }, expression: `JSON.stringify(${expression})`, awaitPromise: true }))
        .result as BidiEvaluateResult;
      if (answer.type !== 'success') return undefined;
      const value = answer.result?.value;
      return typeof value === 'string' ? JSON.parse(value) : undefined;
    };

    return {
      target,
      browser: b,
      open,
      inPanel,
      openExtensionPage,
      inExtension,
      takeExtensionErrors: async () => JSON.parse(String(await chromeEval('JSON.stringify(globalThis.__hiplensErrors.splice(0))'))) as string[],
      close: async () => {
        await b.close();
        await proxy.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

// The little of the WebExtension API the tests call inside an extension page.
interface Tab {
  id?: number;
  url?: string;
}
interface ToolbarApi {
  getBadgeText(d: { tabId: number }): Promise<string>;
  getTitle(d: { tabId: number }): Promise<string>;
}
interface ExtensionApi {
  tabs: { query(q: object): Promise<Tab[]> };
  action?: ToolbarApi;
  browserAction?: ToolbarApi;
  runtime: { getBackgroundPage(): Promise<{ hiplensToolbarClick(tab: Tab): Promise<void> }> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}
/**
 * The tab showing `page`, as the extension sees it. HipLens holds no permission to see tab
 * addresses (it needs none), so the test brings the page to the front and asks for the active
 * tab, as a user's click on the toolbar button would address it.
 */
export async function tabOf(ext: FirefoxExtension, page: Page): Promise<Tab> {
  await page.bringToFront();
  return ext.inExtension(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    return tab;
  }, undefined);
}

/** The badge text and button title the background set for the tab showing `page`. */
export async function toolbarState(ext: FirefoxExtension, page: Page): Promise<{ badge: string; title: string }> {
  const tab = await tabOf(ext, page);
  return ext.inExtension(async (tabId) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    // MV3 has `action`; Firefox MV2 has `browserAction`.
    const toolbar = (api.action ?? api.browserAction)!;
    return { badge: await toolbar.getBadgeText({ tabId }), title: await toolbar.getTitle({ tabId }) };
  }, tab.id!);
}

/** The badge once the content script has reported on the page (the button's title says it has). */
export async function settledBadge(ext: FirefoxExtension, page: Page): Promise<string> {
  let badge = '';
  await expect
    .poll(
      async () => {
        const state = await toolbarState(ext, page);
        badge = state.badge;
        return state.title;
      },
      { timeout: 15_000 },
    )
    .toMatch(/matching article/);
  return badge;
}

/**
 * Does what a click on the toolbar button does in the tab showing `page`: browsers give tests no
 * way to click it, so the background exposes its handler as hiplensToolbarClick
 * (features/toolbar-toggle.ts). runtime.getBackgroundPage() reaches the MV2 background page and
 * the MV3 event page alike (and wakes the event page if Firefox has suspended it).
 */
export async function clickToolbarButton(ext: FirefoxExtension, page: Page): Promise<void> {
  const tab = await tabOf(ext, page);
  await ext.inExtension(async (t) => {
    const background = await (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.getBackgroundPage();
    await background.hiplensToolbarClick(t);
  }, tab);
}

/** Everything in the extension's storage.local. */
export async function storedValues(ext: FirefoxExtension): Promise<Record<string, unknown>> {
  return ext.inExtension(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get(null), null);
}

/**
 * Whether storage holds a saved article: some key names it or some value (at any depth) has
 * its articleId. Kept loose on purpose: the storage layout is changing (one key per saved item).
 */
export function storageRefersToArticle(stored: Record<string, unknown>, articleId: string): boolean {
  const refers = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(refers);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      return record.articleId === articleId || Object.values(record).some(refers);
    }
    return false;
  };
  return Object.entries(stored).some(([key, value]) => key.includes(articleId) || refers(value));
}

/** Whether the extension holds `origins` (MV3 host permissions are grantable, MV2 ones are not). */
export async function hasHostPermission(ext: FirefoxExtension, origins: string[]): Promise<boolean> {
  return ext.inExtension((o) => (globalThis as unknown as { browser: ExtensionApi }).browser.permissions.contains({ origins: o }), origins);
}

/** Article ids of the sidebar's cards, in order, read in its panel's frame; null when there is no sidebar. */
export async function cardIds(ext: FirefoxExtension, page: Page): Promise<string[] | null> {
  if (!(await hasSidebar(page))) return null;
  const ids = await ext.inPanel(page, `[...document.querySelectorAll('[data-article-id]')].map((e) => e.getAttribute('data-article-id'))`);
  return Array.isArray(ids) ? (ids as string[]) : [];
}

/** Clicks the first element matching `selector` in the sidebar's panel; false while there is none. */
export async function clickInPanel(ext: FirefoxExtension, page: Page, selector: string): Promise<boolean> {
  return (await ext.inPanel(page, `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el?.click(); return !!el; })()`)) === true;
}

/** An attribute of the first element matching `selector` in the sidebar's panel. */
export async function attributeInPanel(ext: FirefoxExtension, page: Page, selector: string, name: string): Promise<string | null> {
  return ((await ext.inPanel(page, `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`)) as string | null) ?? null;
}

/** The width of the strip (features/sidebar-view.ts STRIP_WIDTH). */
const STRIP_WIDTH = 48;

/**
 * Whether the strip is showing: the sidebar's host is on the page at the strip's width. The strip
 * itself is in the host's closed shadow root, which neither the page nor the test can enter.
 */
export async function stripShowing(page: Page): Promise<boolean> {
  return page.evaluate((width) => document.querySelector('hiplens-sidebar')?.getBoundingClientRect().width === width, STRIP_WIDTH);
}

/**
 * Opens the whole sidebar from the strip it peeks with by itself, with a real click: the strip's
 * open button fills it from the top (its close button is at the bottom).
 */
export async function expandStrip(ext: FirefoxExtension, page: Page): Promise<void> {
  await expect.poll(() => stripShowing(page), { timeout: 15_000, message: 'the sidebar never peeked' }).toBe(true);
  const box = await page.evaluate(() => {
    const r = document.querySelector('hiplens-sidebar')!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + 120 };
  });
  await page.mouse.click(box.x, box.y);
  await expect.poll(() => ext.inPanel(page, `!!document.querySelector('.sidebar')`), { timeout: 10_000 }).toBe(true);
}

export async function hasSidebar(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('hiplens-sidebar') !== null);
}

/**
 * One Firefox with the `target` build installed and one page server for a whole test file. After
 * each test it fails the test on any error from the extension's code, on any console or uncaught
 * error in our own fixture pages (/pages/; the zoo's saved pages throw errors of their own, their
 * scripts' servers being unreachable), and on any "HipLens could not" console message anywhere.
 */
export function firefoxSuite(target: FirefoxTarget): { ext: FirefoxExtension; server: TestServer; open: (path: string) => Promise<OpenedPage> } {
  const env = {} as { ext: FirefoxExtension; server: TestServer; open: (path: string) => Promise<OpenedPage> };
  let pages: OpenedPage[] = [];
  env.open = async (path) => {
    const opened = await env.ext.open(path);
    pages.push(opened);
    return opened;
  };
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchFirefox(target, env.server);
  });
  afterEach(async () => {
    const reported = pages.flatMap((p) => [...(p.path.startsWith('/pages/') ? p.errors : []), ...p.couldNots].map((e) => `${p.path}: ${e}`));
    pages = [];
    reported.push(...(await env.ext.takeExtensionErrors()));
    expect(reported).toEqual([]);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
