// The promise in the store listing: HipLens makes no network request, from any part of it.
// Every request the browser makes is recorded at three levels (see network-recorder.ts) while HipLens
// goes through its flows; the recorder is first shown to catch deliberate requests at every level.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardIds, clickToolbarButton, expandStrip, expectNoProblems, panel, PRODUCTION_DIR, settledBadge, startServer, stored, type TestServer } from './harness';
import { describeSeen, launchRecorded, type Level, type RecordedBrowser, type Seen } from './network-recorder';

const PAGE = '/pages/privacy-hip.html';
const LEVELS: Level[] = ['playwright', 'cdp', 'proxy'];

let server: TestServer;
let ext: RecordedBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchRecorded(new URL(server.url('/')).host);
});
afterEach(() => expectNoProblems(ext));
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * Chromium's own requests from the browser process, which no page, extension page or worker makes
 * (so neither in-browser level can see them) and which the proxy sees whether HipLens is loaded or not.
 * Each is accepted only at the proxy level and only while no in-browser level has seen its host.
 */
const CHROMIUM_OWN: { host: string; reason: string }[] = [
  // Playwright enables SkipListAccountsWithoutGaiaCookies, yet Chromium 156 still opens a tunnel to
  // accounts.google.com at start-up and when tabs open (identity / cookie manager).
  { host: 'accounts.google.com', reason: "Chromium's Google account cookie check (browser process)" },
  // Omaha update check at start-up despite --disable-component-update (cup2key = signed update request).
  { host: 'update.googleapis.com', reason: "Chromium's update check for components/extensions (browser process)" },
];
const hostOf = (s: Seen) => (s.method === 'CONNECT' ? s.url.replace(/:\d+$/, '') : URL.canParse(s.url) ? new URL(s.url).hostname : s.url);

/**
 * Splits what was recorded into the test page's own document loads, the extension's own files,
 * Chromium's own browser-process requests (see CHROMIUM_OWN) and the rest, which must be empty.
 */
function sortOut(seen: Seen[]) {
  const documentUrl = server.url(PAGE);
  const ours = [`chrome-extension://${ext.extensionId}/`, `chrome-extension://${ext.dynamicId}/`];
  const inBrowserHosts = new Set(seen.filter((s) => s.level !== 'proxy').map(hostOf));
  const testDocuments: Seen[] = [];
  const extensionFiles: Seen[] = [];
  const chromiumOwn: Seen[] = [];
  const other: Seen[] = [];
  for (const s of seen) {
    const isDocument = s.method === 'GET' && s.url.split('#')[0] === documentUrl && /^(document|Document)$/.test(s.kind);
    if (isDocument) testDocuments.push(s);
    else if (s.level !== 'proxy' && ours.some((prefix) => s.url.startsWith(prefix))) extensionFiles.push(s);
    else if (s.level === 'proxy' && CHROMIUM_OWN.some((c) => c.host === hostOf(s)) && !inBrowserHosts.has(hostOf(s))) chromiumOwn.push(s);
    // Chromium asks an http origin for /favicon.ico when its page names no icon (the test page has none).
    else if (s.method === 'GET' && s.url === server.url('/favicon.ico')) chromiumOwn.push(s);
    // The browser's own WebUI (the omnibox popup) loading its chrome:// files; not network, not HipLens.
    else if (s.level === 'cdp' && s.by.startsWith('browser_ui chrome://') && s.url.startsWith('chrome://')) chromiumOwn.push(s);
    else other.push(s);
  }
  return { testDocuments, extensionFiles, chromiumOwn, other };
}

/** Waits until every level has recorded a request whose URL starts with `prefix` (and returns them). */
async function seenEverywhere(prefix: string, levels: Level[] = LEVELS): Promise<Seen[]> {
  const missing = () => levels.filter((level) => !ext.recorder.at(level).some((s) => s.url.startsWith(prefix)));
  await expect.poll(missing, { timeout: 10_000, message: `not recorded at these levels: ${prefix}` }).toEqual([]);
  return ext.recorder.seen.filter((s) => s.url.startsWith(prefix));
}

describe('the recorder', () => {
  it('catches deliberate requests from a page, the service worker and an extension page, at every level', async () => {
    ext.recorder.clear();
    page = await ext.context.newPage();
    await page.goto(server.url(PAGE));
    // The page load itself went through the proxy (so loopback is proxied, as intended) and was seen by all.
    await seenEverywhere(server.url(PAGE));

    // From the web page: plain http, https (a CONNECT at the proxy), a beacon and a WebSocket.
    await page.evaluate(() => {
      void fetch('http://example.invalid/page-control').catch(() => {});
      void fetch('https://tls.example.invalid/page-control').catch(() => {});
      navigator.sendBeacon('http://example.invalid/beacon-control', 'x');
      new WebSocket('ws://ws.example.invalid/socket-control');
    });
    const fromPage = await seenEverywhere('http://example.invalid/page-control');
    expect(fromPage.find((s) => s.level === 'playwright')!.by).toBe(server.url(PAGE));
    await seenEverywhere('http://example.invalid/beacon-control');
    await seenEverywhere('https://tls.example.invalid/page-control', ['playwright', 'cdp']);
    await expect.poll(() => ext.recorder.at('proxy').map((s) => `${s.method} ${s.url}`)).toContain('CONNECT tls.example.invalid:443');
    await seenEverywhere('ws://ws.example.invalid/socket-control', ['cdp']);
    await expect.poll(() => ext.recorder.at('proxy').map((s) => `${s.method} ${s.url}`)).toContain('CONNECT ws.example.invalid:80');

    // From the extension's service worker.
    await ext.worker.evaluate(() => fetch('http://example.invalid/worker-control').catch(() => {}));
    const fromWorker = await seenEverywhere('http://example.invalid/worker-control');
    expect(fromWorker.find((s) => s.level === 'playwright')!.by).toMatch(/^service worker chrome-extension:/);
    expect(fromWorker.find((s) => s.level === 'cdp')!.by).toMatch(/^service_worker chrome-extension:/);

    // From an extension page.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.evaluate(() => fetch('http://example.invalid/extension-page-control').catch(() => {}));
    const fromPopup = await seenEverywhere('http://example.invalid/extension-page-control');
    expect(fromPopup.find((s) => s.level === 'playwright')!.by).toContain('/popup.html');
    await popup.close();

    console.log(`recorder controls:\n${describeSeen(ext.recorder.seen)}\nidle proxy sockets: ${ext.proxy.idleSockets()}`);
    await page.close();
    // The control request from the popup failed at the proxy, as it should, and the popup says so;
    // that message (and only that one) is ours to expect, not a problem of HipLens.
    const expected = /popup\.html: Failed to load resource: the server responded with a status of 502/;
    ext.problems.splice(0, ext.problems.length, ...ext.problems.filter((p) => !expected.test(p)));
  });
});

describe('HipLens', () => {
  it('makes no request while reading a page, in the sidebar, search, saving, the reader, popup, options and the collection page (citing, exporting, importing)', async () => {
    // Start from a clean slate: a fresh page, nothing recorded from the controls.
    await new Promise((ok) => setTimeout(ok, 500));
    ext.recorder.clear();
    const startedAt = Date.now();

    page = await ext.context.newPage();
    await page.goto(server.url(PAGE));
    // It peeks by itself; open it from the strip.
    await expandStrip(page);
    await expect.poll(() => cardIds(page), { timeout: 10_000 }).not.toEqual([]);
    const ids = await cardIds(page);
    console.log(`cards: ${ids.join(', ')}`);
    expect(await settledBadge(ext, page)).toBe(String(ids.length));

    // The sidebar opened by itself; close and open it from the toolbar, as the user would.
    await clickToolbarButton(ext, page);
    await expect.poll(() => page.locator('hiplens-sidebar').count()).toBe(0);
    await clickToolbarButton(ext, page);
    await expect.poll(() => cardIds(page)).toEqual(ids);

    // Search in the sidebar.
    const frame = await panel(page);
    const input = frame.getByRole('combobox', { name: 'Search the library' });
    await input.pressSequentially('groin strain', { delay: 20 });
    await expect.poll(() => frame.locator('[role="option"]').count()).toBeGreaterThan(0);
    await input.fill('');

    // Save, copy and key points on the first card.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('') });
    const card = frame.locator(`[data-article-id="${ids[0]}"]`);
    await card.getByRole('button', { name: /Save/ }).click();
    await expect.poll(() => stored(ext, `item:article:${ids[0]}`)).toMatchObject({ kind: 'article', articleId: ids[0] });
    await card.getByRole('button', { name: /Copy the summary/ }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied');
    await card.getByRole('button', { name: /key points, red flags/ }).click();
    // The page itself, with its metadata (read by the page script, when asked).
    await frame.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => stored(ext, `item:page:${server.url(PAGE)}`)).toMatchObject({ kind: 'page' });

    // The reader, and a link within it.
    const [reader] = await Promise.all([
      ext.context.waitForEvent('page'),
      card.getByRole('button', { name: /Read the full article/ }).click(),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${ext.extensionId}/reader.html#${ids[0]}`);
    await expect.poll(() => reader.getByRole('heading', { level: 1 }).count()).toBe(1);
    // The first load of a tab the extension opens starts in the browser before any target exists, so
    // the in-browser levels may miss it (the proxy would not, were it a web address); load it again
    // so that they are shown to be watching the reader.
    await reader.reload();
    await expect.poll(() => reader.getByRole('heading', { level: 1 }).count()).toBe(1);
    await reader.getByRole('navigation', { name: 'Related articles' }).getByRole('link').first().click();
    await expect.poll(() => reader.url()).not.toMatch(new RegExp(`#${ids[0]}$`));

    // The popup, with a search.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search the library' }).pressSequentially('coxa saltans', { delay: 20 });
    await expect.poll(() => popup.locator('[role="option"]').count()).toBeGreaterThan(0);

    // The options page, changing a setting; then the page is read again under it.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('radio', { name: /Badge only/ }).check();
    await expect.poll(() => stored(ext, 'settings')).toMatchObject({ mode: 'badge' });
    await page.reload();
    expect(Number(await settledBadge(ext, page))).toBeGreaterThan(0);

    // The page itself saved from the sidebar, then the collection page: a citation, an export
    // (a real download), an import and a backup.
    const collection = await ext.context.newPage();
    await collection.goto(`chrome-extension://${ext.extensionId}/collection.html`);
    await expect.poll(() => collection.locator('[data-item-key]').count()).toBeGreaterThan(0);
    await collection.locator('[data-item-key]').first().getByRole('button', { name: /^Copy APA 7 citation/ }).click();
    for (const label of ['BibTeX (BibLaTeX, UTF-8)', 'RIS', 'CSL-JSON', 'Markdown', 'CSV']) {
      await collection.getByLabel('Export as').selectOption({ label });
      await Promise.all([collection.waitForEvent('download'), collection.getByRole('button', { name: /^Export all/ }).click()]);
    }
    await Promise.all([collection.waitForEvent('download'), collection.getByRole('button', { name: 'Back up' }).click()]);
    const bib = '@article{Doe2020, title = {A reference with a DOI and a URL}, author = {Doe, Jane}, date = {2020}, doi = {10.1000/xyz123}, url = {https://example.org/paper}}\n';
    await collection.getByLabel(/^Import a file/).setInputFiles({ name: 'refs.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(bib) });
    await expect.poll(() => collection.getByRole('status').textContent()).toMatch(/Imported 1 item/);
    await collection.reload();
    await expect.poll(() => collection.locator('[data-item-key]').count()).toBeGreaterThan(1);

    // Time for anything deferred (timers, idle callbacks, storage listeners).
    await new Promise((ok) => setTimeout(ok, 3_000));

    const { testDocuments, extensionFiles, chromiumOwn, other } = sortOut(ext.recorder.seen);
    console.log(
      `flows took ${Date.now() - startedAt} ms\n` +
        `test page document loads:\n${describeSeen(testDocuments)}\n` +
        `extension files (not network):\n${describeSeen(extensionFiles)}\n` +
        `Chromium's own (browser process):\n${describeSeen(chromiumOwn)}\n` +
        `idle proxy sockets: ${ext.proxy.idleSockets()}\n` +
        `CDP targets: ${ext.cdp.targets().map((t) => `${t.type} ${t.url}`).join(' | ')}`,
    );
    expect(other, `requests that are neither the test page nor the extension's own files:\n${describeSeen(other)}`).toEqual([]);
    // The levels were watching: each saw the page loads, and the in-browser levels saw the extension pages load.
    for (const level of LEVELS) expect(testDocuments.filter((s) => s.level === level).length, level).toBe(2);
    for (const level of ['playwright', 'cdp'] as const)
      for (const file of ['reader.html', 'chunks/reader-', 'popup.html', 'options.html', 'panel.html', 'chunks/panel-', 'collection.html', 'chunks/collection-'])
        expect(extensionFiles.some((s) => s.level === level && s.url.includes(`/${file}`)), `${level} ${file}`).toBe(true);
    expect(ext.proxy.idleSockets()).toBe(0);

    await Promise.all([reader.close(), popup.close(), options.close(), collection.close()]);
  });

  it('is still being recorded at every level after the flows, and such a request would fail the check', async () => {
    ext.recorder.clear();
    await ext.worker.evaluate(() => fetch('http://example.invalid/after-the-flows').catch(() => {}));
    await seenEverywhere('http://example.invalid/after-the-flows');
    await page.evaluate(() => fetch('http://example.invalid/after-the-flows-page').catch(() => {}));
    await seenEverywhere('http://example.invalid/after-the-flows-page');
    const { other } = sortOut(ext.recorder.seen);
    for (const level of LEVELS) expect(other.filter((s) => s.level === level && s.url.includes('example.invalid')).length, level).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// The same promise, read off the built files: no network API and no web address in the shipped code,
// other than the entries below, each with where it is and why it cannot reach the network.

const NETWORK_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\(|WebTransport|RTCPeerConnection|\bdns-prefetch\b|\bpreconnect\b|\bprefetch\b|\bprerender\b|speculationrules/g;
const ADDRESSES = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]*/g;

interface Allowed {
  file: RegExp;
  /** The occurrence itself (an API token or an address), matched whole. */
  found: RegExp;
  /** What must surround it (800 characters before, 300 after), so that only this use is allowed. */
  around: RegExp;
  /** What must come right before it (the 60 characters before, matched at their end), where the place matters. */
  before?: RegExp;
  reason: string;
}

/** The collection page's own chunk (entrypoints/collection, with citation-js and citeproc): no other file may carry these. */
const COLLECTION_CHUNK = /^chunks\/collection-[\w-]+\.js$/;

const ALLOWED: Allowed[] = [
  {
    file: /\.js$/,
    found: /^http:\/\/www\.w3\.org\/(2000\/svg|1998\/Math\/MathML|1999\/xhtml|1999\/xlink)$/,
    around: /[\s\S]/,
    reason: "XML namespace names in Preact's renderer (compared with and passed to createElementNS); never fetched.",
  },
  {
    file: /^background\.js$/,
    found: /^https:\/\/(github\.com\/wxt-dev\/wxt\/issues\/371|wxt\.dev\/guide\/go-further\/testing\.html)$/,
    around: /must be loaded in a web extension environment/,
    reason: "Text of WXT storage's error for being loaded outside an extension (the background's one writer uses it); never fetched.",
  },
  {
    file: /\.js$/,
    // The address pattern runs on into the template's ${…}: the whole of what it finds is given.
    found: /^https:\/\/doi\.org\/\$\{\w+\(\w+\.DOI$/,
    around: /`https:\/\/doi\.org\/\$\{\w+\(\w+\.DOI\)\}`/,
    reason: 'core/collection.ts referenceAddress: the key a work without a URL is kept under is its DOI written as an https://doi.org/ address (a string, compared and stored; never fetched).',
  },
  // citation-js and citeproc-js, for the collection page's citations and exports (core/citations.ts).
  {
    file: COLLECTION_CHUNK,
    found: /^XMLHttpRequest$/,
    around: /typeof DOMParser\s*>\s*"u"\s*\?\s*\(DOMParser=function\(\)\{\},DOMParser\.prototype\.parseFromString=function\(\w,\w\)\{if\(typeof ActiveXObject<"u"\)[\s\S]{0,200}\.open\("GET","data:"\+\w\+";charset=utf-8,"\+encodeURIComponent\(\w\),!1\)/,
    reason:
      "citeproc-js's stand-in for a missing DOMParser (CSL.XmlDOM): defined only when `typeof DOMParser` is undefined, which never happens in an extension page, and even then it 'loads' the style's own text from a data: URL, no address.",
  },
  {
    file: COLLECTION_CHUNK,
    found: /^(http:\/\/purl\.org\/net\/xbiblio\/csl|http:\/\/www\.zotero\.org\/styles\/[\w-]+|http:\/\/creativecommons\.org\/licenses\/by-sa\/3\.0\/|http:\/\/twitter\.com\/\w+|https:\/\/apastyle\.apa\.org\/[\w/-]+|http:\/\/www\.nlm\.nih\.gov\/[\w/.-]+|http:\/\/www\.citethemrightonline\.com\/|https:\/\/doi\.org\/)$/,
    around: /[\s\S]/,
    before: /(<locale xmlns="|<style xmlns="|<id>|<link href="|<uri>|rights license="|<text variable="DOI" prefix=")$/,
    reason:
      "The CSL styles (APA 7, Vancouver, Cite Them Right Harvard) and locales citation-js bundles, as XML text: their namespace, style ids, self/template/documentation links, licence, a translator's page, and the DOI prefix a citation prints. citeproc reads them with DOMParser; nothing ever follows them.",
  },
  {
    file: COLLECTION_CHUNK,
    found: /^(http:\/\/purl\.org\/net\/xbiblio\/csl|https:\/\/doi\.org\/|http:\/\/www\.w3\.org\/XML\/1998\/namespace)$/,
    around: /[\s\S]/,
    before: /(this\.ns="|\?\w+="":\w+="|\|\|\(\w+="|XmlDOM\.prototype\.namespace=\{xml:")$/,
    reason:
      "citeproc-js's code: the CSL and XML namespace names it compares parsed styles with, and the https://doi.org/ prefix it writes before a DOI in a citation (text output, never fetched).",
  },
  {
    file: COLLECTION_CHUNK,
    found: /^https:\/\/github\.com\/larsgw\/citation\.js\/issues\/144$/,
    around: /This feature \(JSON output with special formatting\) is unstable\. See https/,
    reason: "Text of a citation-js console warning (JSON output with special formatting, which HipLens never asks for); never fetched.",
  },
];

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : /\.(js|html|css|json)$/.test(name) ? [path] : [];
  });
}

describe('the built Chrome extension', () => {
  it('has no network API or web address in its code but the allowed ones, each used', () => {
    const unexplained: string[] = [];
    const used = new Map<Allowed, number>();
    const files = builtFiles(PRODUCTION_DIR);
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
    for (const path of files) {
      const file = relative(PRODUCTION_DIR, path);
      const text = readFileSync(path, 'utf8');
      for (const pattern of [NETWORK_APIS, ADDRESSES])
        for (const m of text.matchAll(pattern)) {
          const around = text.slice(Math.max(0, m.index - 800), m.index + m[0].length + 300);
          const before = text.slice(Math.max(0, m.index - 60), m.index);
          const entry = ALLOWED.find((a) => a.file.test(file) && a.found.test(m[0].replace(/\s+/g, '')) && a.around.test(around) && (!a.before || a.before.test(before)));
          if (entry) used.set(entry, (used.get(entry) ?? 0) + 1);
          else unexplained.push(`${file} @${m.index}: ${m[0]}\n    …${text.slice(Math.max(0, m.index - 120), m.index + 120)}…`);
        }
    }
    console.log(`allowed occurrences:\n${ALLOWED.map((a) => `  ${used.get(a) ?? 0} × ${a.found.source}`).join('\n')}`);
    expect(unexplained, `network APIs or addresses nobody has explained:\n${unexplained.join('\n')}`).toEqual([]);
    // An entry nothing matches any more is a hole waiting for something new: remove it.
    expect(ALLOWED.filter((a) => !used.has(a)).map((a) => a.reason)).toEqual([]);
  });
});
