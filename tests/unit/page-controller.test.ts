// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableIframePageLoading": true } }
// The page side on a page (features/page-controller.ts) with the background faked: messages
// during start-up are answered, matching is asked of the background, and an older, slower read
// never overwrites a newer one after in-page navigation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeContext } from './fake-context';
import type { Suggestion } from '../../core/match';
import { metadataOfSource } from '../../core/page-source-metadata';
import { isToContent, type PageInfo, type PageMetadataAnswer, type ToBackground } from '../../core/messages';
import { toCslItem } from '../../core/page-csl';
import { isFromPanel } from '../../core/sidebar-types';
import type { PanelState, ToPanel } from '../../core/sidebar-types';
import { startPageController } from '../../features/page-controller';


const hit = (id: string): Suggestion[] => [{ id, score: 0.9, reasons: [id] }];
let invalidate = () => {};

/** A background that answers as the real one would, matching with `match`. */
function fakeBackground(match: (page: { title: string }) => Promise<Suggestion[]>) {
  const sent: ToBackground[] = [];
  browser.runtime.sendMessage = vi.fn(async (message: ToBackground) => {
    sent.push(message);
    if (message.type === 'match-page') return { suggestions: await match(message.page) };
    return undefined;
  }) as never;
  return { sent };
}

/** The end of the channel the page script offers its panel, and the shadow roots it made. */
let offeredPort: Promise<MessagePort>;
let shadows: ShadowRoot[] = [];

/**
 * The sidebar panel, as the extension page in the sidebar's frame: happy-dom loads no frame, so
 * the test takes the port the page script posts to the frame's window, as the panel would.
 */
async function connectPanel() {
  const shown: PanelState[] = [];
  const host = await vi.waitFor(() => {
    const found = document.querySelector('hiplens-sidebar');
    if (!found) throw new Error('no sidebar yet');
    return found;
  });
  expect(host.shadowRoot).toBeNull(); // closed to the page
  const frame = await vi.waitFor(() => {
    const f = shadows[0]?.querySelector('iframe');
    if (!f?.getAttribute('src')) throw new Error('no panel frame yet');
    return f;
  });
  expect(frame.getAttribute('src')).toBe('chrome-extension://test-extension-id/panel.html');
  frame.dispatchEvent(new Event('load'));
  const port = await offeredPort;
  port.onmessage = (event: MessageEvent) => (event.data as ToPanel).type === 'state' && shown.push((event.data as { state: PanelState }).state);
  port.postMessage({ type: 'ready' });
  await vi.waitFor(() => expect(shown.length).toBeGreaterThan(0));
  return shown;
}

const askPage = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}))[0];

beforeEach(() => {
  fakeBrowser.reset();
  let offer!: (port: MessagePort) => void;
  offeredPort = new Promise((ok) => (offer = ok));
  const RealChannel = globalThis.MessageChannel;
  vi.stubGlobal(
    'MessageChannel',
    class {
      port1: MessagePort;
      port2: MessagePort;
      constructor() {
        const channel = new RealChannel();
        this.port1 = channel.port1;
        this.port2 = channel.port2;
        offer(channel.port2);
      }
    },
  );
  shadows = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  });
  document.title = 'Groin strain';
  document.body.innerHTML = '<main><h1>Groin strain</h1><p>A groin strain is a tear of the adductor muscles.</p></main>';
});
afterEach(() => {
  invalidate();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the page controller', () => {
  it('answers the popup during start-up, before the settings have even been read', async () => {
    let releaseSettings!: () => void;
    const settingsRead = new Promise<void>((ok) => (releaseSettings = ok));
    const get = browser.storage.local.get.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'get').mockImplementation(async (keys) => {
      await settingsRead;
      return get(keys as never);
    });
    fakeBackground(async () => hit('groin-strain'));
    const context = fakeContext();
    invalidate = context.invalidate;
    const started = startPageController(context.ctx);

    const info = (await askPage({ type: 'get-page-info' })) as PageInfo;
    expect(info).toMatchObject({ title: 'Groin strain', suggestions: [] });
    // A toolbar click in that moment is not lost either: the sidebar opens, saying it is reading.
    await askPage({ type: 'toggle-sidebar', source: 'toolbar' });
    expect(document.querySelector('hiplens-sidebar')).not.toBeNull();
    const shown = await connectPanel();
    expect(shown[0]).toMatchObject({ status: 'reading', layout: 'open', holdFocus: true });

    releaseSettings();
    await started;
    await vi.waitFor(() => expect(shown.at(-1)!.status).toBe('matches'));
    expect(((await askPage({ type: 'get-page-info' })) as PageInfo).suggestions).toEqual(['groin-strain']);
  });

  it('matches in the background and keeps only the newest read after in-page navigation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let firstRead!: (s: Suggestion[]) => void;
    let reads = 0;
    await browser.storage.local.set({ settings: { mode: 'open' } });
    const { sent } = fakeBackground((page) => {
      reads++;
      // The first read is slow and answers only after the second.
      if (reads === 1) return new Promise((ok) => (firstRead = ok));
      return Promise.resolve(page.title === 'Sciatica' ? hit('sciatica') : []);
    });
    const context = fakeContext();
    invalidate = context.invalidate;
    await startPageController(context.ctx);
    await vi.waitFor(() => expect(reads).toBe(1));

    // In-page navigation to another article.
    document.title = 'Sciatica';
    document.body.innerHTML = '<main><h1>Sciatica</h1><p>Sciatica is pain along the sciatic nerve.</p></main>';
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(reads).toBe(2));
    const shown = await connectPanel();
    await vi.waitFor(() => expect(shown.at(-1)?.suggestions.map((s) => s.id)).toEqual(['sciatica']));

    // Now the first, stale read answers: nothing changes.
    firstRead(hit('groin-strain'));
    await vi.advanceTimersByTimeAsync(100);
    expect(shown.at(-1)!.suggestions.map((s) => s.id)).toEqual(['sciatica']);
    expect(((await askPage({ type: 'get-page-info' })) as PageInfo).suggestions).toEqual(['sciatica']);
    // Every read's text went to the background; the badge heard only the answer that counted.
    expect(sent.filter((m) => m.type === 'match-page')).toHaveLength(2);
    expect(sent.filter((m) => m.type === 'page-suggestions')).toEqual([{ type: 'page-suggestions', count: 1 }]);
    vi.useRealTimers();
  });

  it('reads the page\'s bibliographic data only when asked, for the popup and for its panel', async () => {
    document.head.innerHTML =
      '<meta name="citation_title" content="Adductor-related groin pain"><meta name="citation_author" content="Hölmich, Per">' +
      '<meta name="citation_journal_title" content="Br J Sports Med"><meta name="citation_publication_date" content="2015/06/01"><meta name="citation_doi" content="10.1136/bjsports-2015-094807">';
    fakeBackground(async () => hit('groin-strain'));
    const context = fakeContext();
    invalidate = context.invalidate;
    await startPageController(context.ctx);
    expect(isToContent({ type: 'get-page-metadata' })).toBe(true);
    const { source } = (await askPage({ type: 'get-page-metadata' })) as PageMetadataAnswer;
    // The page's markup as it stands; the extension page that saves it reads the metadata from it.
    expect(source.url).toBe(location.href);
    const meta = metadataOfSource(source);
    expect(meta).toMatchObject({ title: 'Adductor-related groin pain', journal: 'Br J Sports Med', doi: '10.1136/bjsports-2015-094807', url: location.href.split('#')[0] });
    const csl = toCslItem(meta, new Date('2026-01-15T12:00:00Z'));
    expect(csl).toMatchObject({ type: 'article-journal', title: 'Adductor-related groin pain', author: [{ family: 'Hölmich', given: 'Per' }], 'container-title': 'Br J Sports Med', DOI: '10.1136/bjsports-2015-094807' });

    // The panel asks over its channel, and gets the same answer back on it.
    await askPage({ type: 'toggle-sidebar', source: 'toolbar' });
    await connectPanel();
    const port = await offeredPort;
    expect(isFromPanel({ type: 'read-page-metadata' })).toBe(true);
    const answer = new Promise<ToPanel>((ok) => {
      port.onmessage = (event: MessageEvent) => (event.data as ToPanel).type === 'page-metadata' && ok(event.data);
    });
    port.postMessage({ type: 'read-page-metadata' });
    const reply = await answer;
    expect(reply.type === 'page-metadata' && metadataOfSource(reply.source)).toEqual(meta);
    document.head.innerHTML = '';
  });
});
