// The sidebar panel's state: what its page script says about the page (over the port), the
// settings and the saved articles (read from storage), and the user's actions, which go to the
// background directly or, when they change the page's layout, to the page script.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { articleKey, newArticleItem } from '../core/collection';
import type { SearchAnswer } from '../core/messages';
import type { FromPanel, PanelState, SidebarActions, ToPanel } from '../core/sidebar-types';
import { copyText } from '../features/clipboard';
import { ask, sendToBackground } from '../features/messaging';
import { changeCollection, changeSettings, loadSavedArticleIds, watchSavedArticles } from '../features/storage-client';
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

const isTyping = (target: EventTarget | null) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/** The panel's channel to its page script, from `listenForPage` as the panel's script started. */
export function PanelApp({ pagePort }: { pagePort: Promise<MessagePort> }) {
  const [state, setState] = useState<PanelState>();
  const settings = useSettings();
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const port = useRef<MessagePort>();
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
      };
      port.current = p;
      p.postMessage({ type: 'ready' } satisfies FromPanel);
    });
    void loadSavedArticleIds().then(setSavedIds);
    stop = watchSavedArticles((id, saved) => setSavedIds((ids) => marked(ids, id, saved)));
    return () => stop();
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
  return <Sidebar {...state} settings={settings} savedIds={savedIds} notice={notice} actions={actions} />;
}
