import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardsById } from '../core/cards';
import { searchLibrary } from '../core/library-search';
import type { PageInfo, ToContent } from '../core/messages';
import { readerUrl } from '../features/extension-urls';
import { changeSettings } from '../features/storage-client';
import { Disclaimer } from './Disclaimer';
import { PauseEverywhere } from './PauseEverywhere';
import { SearchBox } from './SearchBox';
import { SiteControls } from './SiteControls';
import { useSettings } from './useSettings';

type TabState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'page'; info: PageInfo };

function openReader(id: string) {
  void browser.tabs.create({ url: readerUrl(id) });
  window.close();
}

/** What HipLens found on the current tab, asked of the tab's content script. */
function useActiveTab(): TabState {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        const info = (await browser.tabs.sendMessage(tab!.id!, { type: 'get-page-info' } satisfies ToContent)) as PageInfo | undefined;
        setState(info ? { kind: 'page', info } : { kind: 'unavailable' });
      } catch {
        setState({ kind: 'unavailable' });
      }
    })();
  }, []);
  return state;
}

export function Popup() {
  const settings = useSettings();
  const tab = useActiveTab();
  return (
    <main class="page popup" aria-labelledby="popup-title">
      <h1 id="popup-title">HipLens</h1>
      <section aria-label="This page">
        {tab.kind === 'loading' && <p class="muted">Looking at this page…</p>}
        {tab.kind === 'unavailable' && <p class="muted">HipLens cannot read this page (browser pages and stores are off limits).</p>}
        {tab.kind === 'page' && !tab.info.reading && <p class="muted">HipLens is not reading this page (paused or turned off).</p>}
        {tab.kind === 'page' && tab.info.reading && tab.info.suggestions.length === 0 && (
          <p class="muted">This page does not look like it is about a hip or groin topic.</p>
        )}
        {tab.kind === 'page' && tab.info.suggestions.length > 0 && (
          <>
            <h2>Related to this page</h2>
            <ul class="link-list">
              {tab.info.suggestions.map((id) => (
                <li key={id}>
                  <a href={readerUrl(id)} onClick={(e) => (e.preventDefault(), openReader(id))}>
                    {cardsById.get(id)?.title ?? id}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <SearchBox search={async (q) => searchLibrary(q)} cardsById={cardsById} onOpen={openReader} idPrefix="popup-search" autoFocus />
      {settings && tab.kind === 'page' && (
        <SiteControls
          host={tab.info.host}
          settings={settings}
          onSiteRule={(rule) => void changeSettings({ kind: 'site-rule', host: tab.info.host, rule })}
          onResumeAll={() => void changeSettings({ kind: 'set', values: { paused: false } })}
        />
      )}
      {settings && <PauseEverywhere paused={settings.paused} />}
      <p class="popup-links">
        <a href={browser.runtime.getURL('/reader.html')} target="_blank">
          Browse the library
        </a>{' '}
        ·{' '}
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          Settings
        </a>
      </p>
      <Disclaimer />
    </main>
  );
}
