// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableIframePageLoading": true } }
// The page side on a page (features/page-controller.ts) with the background faked: messages
// during start-up are answered, matching is asked of the background, and an older, slower read
// never overwrites a newer one after in-page navigation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Suggestion } from '../../core/match';
import type { PageInfo, ToBackground } from '../../core/messages';
import { PANEL_PORT, type PanelState, type ToPanel } from '../../core/sidebar-types';
import { startPageController } from '../../features/page-controller';

function fakeContext() {
  const cleanups: (() => void)[] = [];
  const ctx = {
    isValid: true,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, handler: EventListener) => {
      target.addEventListener(type, handler);
      cleanups.push(() => target.removeEventListener(type, handler));
    },
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => cleanups.forEach((c) => c()) };
}

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

/** The fake browser has no runtime.onConnect: the page script's listeners are kept here. */
let connectListeners: ((port: unknown) => void)[] = [];

/** The sidebar panel, as the extension page in the sidebar's frame would connect once loaded. */
async function connectPanel() {
  const shown: PanelState[] = [];
  let deliver!: (message: unknown) => void;
  const port = {
    name: PANEL_PORT,
    postMessage: (message: ToPanel) => message.type === 'state' && shown.push(message.state),
    onMessage: { addListener: (fn: (m: unknown) => void) => (deliver = fn) },
    onDisconnect: { addListener: () => {} },
    disconnect: () => {},
  };
  for (const listener of connectListeners) listener(port);
  deliver({ type: 'ready' });
  return shown;
}

const askPage = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}))[0];

beforeEach(() => {
  fakeBrowser.reset();
  connectListeners = [];
  Object.defineProperty(browser.runtime, 'onConnect', { configurable: true, value: { addListener: (fn: (port: unknown) => void) => connectListeners.push(fn) } });
  document.title = 'Groin strain';
  document.body.innerHTML = '<main><h1>Groin strain</h1><p>A groin strain is a tear of the adductor muscles.</p></main>';
});
afterEach(() => {
  invalidate();
  vi.restoreAllMocks();
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
    const shown = await connectPanel();

    // In-page navigation to another article.
    document.title = 'Sciatica';
    document.body.innerHTML = '<main><h1>Sciatica</h1><p>Sciatica is pain along the sciatic nerve.</p></main>';
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(reads).toBe(2));
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
});
