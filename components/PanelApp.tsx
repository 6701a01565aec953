// The sidebar panel's state: what its page script says about the page (over the port), the
// settings and the saved articles (read from storage), and the user's actions, which go to the
// background directly or, when they change the page's layout, to the page script.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardsById } from '../core/cards';
import { articleKey, itemKey, newArticleItem, newPageItem, type SavedItem } from '../core/collection';
import { toCslItem } from '../core/page-csl';
import { metadataOfSource } from '../core/page-source-metadata';
import type { PageMetadata } from '../core/page-metadata';
import type { SearchAnswer } from '../core/messages';
import type { FromPanel, PanelState, SavedEntry, SidebarActions, ToPanel } from '../core/sidebar-types';
import { copyText } from '../features/clipboard';
import { ask, sendToBackground } from '../features/messaging';
import { changeCollection, changeSettings, loadCollection, loadSavedArticleIds, watchCollection, watchSavedArticles } from '../features/storage-client';
import { Sidebar } from './Sidebar';
import { useSettings } from './useSettings';

/** A User Timing mark in the panel's document: when it first drew the page's suggestions. */
export const PANEL_DRAWN_MARK = 'hiplens:panel-drawn';

const FOCUS_TARGETS = { heading: '#hl-heading', search: '#hl-search-input' } as const;
const FOCUSABLE = 'button:not([disabled]), input, summary, [tabindex]:not([tabindex="-1"]), a[href]';

/** With focus held (the user opened the sidebar), Tab and Shift+Tab go round inside it. */
function holdFocus(event: KeyboardEvent) {
  const focusable = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.offsetParent !== null);
  if (!focusable.length) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && document.activeElement === first) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && document.activeElement === last) {
    first.focus();
    event.preventDefault();
  }
}

/** The saved ids with one article marked saved or not. */
function marked(ids: ReadonlySet<string>, articleId: string, saved: boolean): ReadonlySet<string> {
  const next = new Set(ids);
  if (saved) next.add(articleId);
  else next.delete(articleId);
  return next;
}

/** The collection as the Saved view lists it, newest first. */
export function savedEntries(items: readonly SavedItem[]): SavedEntry[] {
  return [...items].reverse().map((item) =>
    item.kind === 'article'
      ? { key: itemKey(item), kind: 'article', title: cardsById.get(item.articleId)?.title ?? item.articleId, target: item.articleId }
      : { key: itemKey(item), kind: 'page', title: item.csl.title || item.url, target: item.url },
  );
}

/** How long the page script has to read the page's metadata for a save. */
const PAGE_ITEM_WAIT_MS = 5000;

const isTyping = (target: EventTarget | null) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/** The panel's channel to its page script, from `listenForPage` as the panel's script started. */
export function PanelApp({ pagePort }: { pagePort: Promise<MessagePort> }) {
  const [state, setState] = useState<PanelState>();
  const settings = useSettings();
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [saved, setSaved] = useState<SavedEntry[]>([]);
  const port = useRef<MessagePort>();
  const pageItemWaiting = useRef<(meta: PageMetadata) => void>();
  const wantFocus = useRef<ToPanel & { type: 'focus' }>();
  const latest = useRef<PanelState>();
  latest.current = state;

  const request = (message: FromPanel) => port.current?.postMessage(message);
  const focus = (target: keyof typeof FOCUS_TARGETS) => {
    const el = document.querySelector<HTMLElement>(FOCUS_TARGETS[target]);
    if (el) el.focus();
    return !!el;
  };

  useEffect(() => {
    let stop = () => {};
    void pagePort.then((p) => {
      p.onmessage = (event: MessageEvent) => {
        const message = event.data as ToPanel;
        if (message.type === 'state') setState(message.state);
        else if (message.type === 'focus' && !focus(message.target)) wantFocus.current = message;
        else if (message.type === 'page-metadata') pageItemWaiting.current?.(metadataOfSource(message.source));
      };
      port.current = p;
      p.postMessage({ type: 'ready' } satisfies FromPanel);
    });
    void loadSavedArticleIds().then(setSavedIds);
    stop = watchSavedArticles((id, saved) => setSavedIds((ids) => marked(ids, id, saved)));
    const showCollection = () => void loadCollection().then((items) => setSaved(savedEntries(items)));
    showCollection();
    const stopCollection = watchCollection(showCollection);
    return () => {
      stop();
      stopCollection();
    };
  }, []);

  // The first drawing of what the page script sent, for the benches' time to sidebar.
  const drawn = !!state && !!settings;
  useEffect(() => {
    if (drawn && !performance.getEntriesByName(PANEL_DRAWN_MARK).length) performance.mark(PANEL_DRAWN_MARK);
  }, [drawn]);

  // A focus request that came before its control was drawn is carried out once it is.
  useEffect(() => {
    if (wantFocus.current && focus(wantFocus.current.target)) wantFocus.current = undefined;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        request({ type: 'close' });
      } else if (event.key === '/' && !isTyping(event.target) && latest.current?.layout === 'open') {
        event.preventDefault();
        focus('search');
      } else if (event.key === 'Tab' && latest.current?.holdFocus) holdFocus(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!state || !settings) return null;

  const host = state.host;
  const pageKey = itemKey({ kind: 'page', url: state.url });
  /** The page's bibliographic data, read by the page script when asked (it alone can read the page). */
  const readPageMetadata = () =>
    new Promise<PageMetadata | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), PAGE_ITEM_WAIT_MS);
      pageItemWaiting.current = (meta) => {
        clearTimeout(timer);
        pageItemWaiting.current = undefined;
        resolve(meta);
      };
      request({ type: 'read-page-metadata' });
    });
  const actions: SidebarActions = {
    close: () => request({ type: 'close' }),
    collapse: () => request({ type: 'collapse' }),
    expand: () => request({ type: 'expand' }),
    resize: (width) => request({ type: 'resize', width }),
    dragStart: (screenX) => request({ type: 'drag-start', screenX }),
    read: (articleId) => void sendToBackground({ type: 'open-reader', articleId }),
    toggleSave: async (articleId) => {
      // Shown at once; if the write fails the mark goes back and the user is told.
      const saving = !savedIds.has(articleId);
      const mark = (saved: boolean) => setSavedIds((ids) => marked(ids, articleId, saved));
      mark(saving);
      const answer = await changeCollection(saving ? { kind: 'save', item: newArticleItem(articleId) } : { kind: 'remove', key: articleKey(articleId) });
      if (!answer.ok) mark(!saving);
      setNotice(answer.ok ? '' : `Could not ${saving ? 'save' : 'remove'} the article: ${answer.error}.`);
    },
    savePage: async () => {
      const meta = await readPageMetadata();
      if (!meta) return setNotice('Could not save the page: it did not answer; reload it and try again.');
      const answer = await changeCollection({ kind: 'save', item: newPageItem(toCslItem(meta, new Date())) });
      setNotice(answer.ok ? '' : `Could not save the page: ${answer.error}.`);
    },
    removeSaved: async (key) => {
      const answer = await changeCollection({ kind: 'remove', key });
      setNotice(answer.ok ? '' : `Could not remove it: ${answer.error}.`);
    },
    openCollection: () => void sendToBackground({ type: 'open-collection' }),
    copy: (text) => copyText(text),
    setSiteRule: (rule) => void changeSettings({ kind: 'site-rule', host, rule }).then((a) => setNotice(a.ok ? '' : `Could not change the settings: ${a.error}.`)),
    resumeAll: () => void changeSettings({ kind: 'set', values: { paused: false } }),
    stopOpeningByItself: () => void changeSettings({ kind: 'set', values: { mode: 'badge' } }),
    openSettings: () => void browser.runtime.openOptionsPage(),
    search: async (query) => {
      const answer = await ask<SearchAnswer>({ type: 'search', query });
      return { ids: answer?.ids ?? [], uncovered: answer?.uncovered ?? null };
    },
  };
  const pageSaved = saved.some((entry) => entry.key === pageKey);
  return <Sidebar {...state} settings={settings} savedIds={savedIds} saved={saved} pageSaved={pageSaved} notice={notice} actions={actions} />;
}
