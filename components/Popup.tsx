import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardsById } from '../core/cards';
import { searchLibrary } from '../core/library-search';
import { itemKey, newPageItem } from '../core/collection';
import type { PageInfo, PageMetadataAnswer, ToContent } from '../core/messages';
import { toCslItem } from '../core/page-csl';
import { metadataOfSource } from '../core/page-source-metadata';
import { collectionUrl, readerUrl } from '../features/extension-urls';
import { changeCollection, changeSettings, loadCollection, watchCollection } from '../features/storage-client';
import { Disclaimer } from './Disclaimer';
import { PauseEverywhere } from './PauseEverywhere';
import { SearchBox } from './SearchBox';
import { SiteControls } from './SiteControls';
import { useSettings } from './useSettings';

type TabState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'page'; info: PageInfo; tabId: number };

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
        setState(info ? { kind: 'page', info, tabId: tab!.id! } : { kind: 'unavailable' });
      } catch {
        setState({ kind: 'unavailable' });
      }
    })();
  }, []);
  return state;
}

/** Saving the tab's page: its bibliographic data comes from the page script, the write goes to the background. */
function SavePage({ tabId, url }: { tabId: number; url: string }) {
  const [saved, setSaved] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const key = itemKey({ kind: 'page', url });
    const check = () => void loadCollection().then((items) => setSaved(items.some((item) => itemKey(item) === key)));
    check();
    return watchCollection(check);
  }, [url]);
  const save = async () => {
    let answer: PageMetadataAnswer | undefined;
    try {
      answer = (await browser.tabs.sendMessage(tabId, { type: 'get-page-metadata' } satisfies ToContent)) as PageMetadataAnswer | undefined;
    } catch {
      answer = undefined;
    }
    if (!answer?.source) return setMessage('Could not save the page: it did not answer; reload it and try again.');
    const written = await changeCollection({ kind: 'save', item: newPageItem(toCslItem(metadataOfSource(answer.source), new Date())) });
    setMessage(written.ok ? 'Saved to your collection.' : `Could not save the page: ${written.error}.`);
  };
  return (
    <p class="save-page">
      <button type="button" class="button" aria-pressed={saved} onClick={() => void save()}>
        {saved ? 'Page saved' : 'Save this page'}
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  );
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
      {tab.kind === 'page' && <SavePage tabId={tab.tabId} url={tab.info.url} />}
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
        <a href={collectionUrl()} target="_blank">
          Your collection
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
