// The page side on a live page: feeds the state machine of core/page-state.ts (start-up, reads,
// the user's requests, in-page navigation) and carries out what it decides: reading the page
// (extracted here, matched by the background), the badge count, and showing or hiding the sidebar
// UI, which is loaded on first use (sidebar-view.ts). Every change the user makes is asked of the
// background, the one writer of stored data.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articleKey, newArticleItem } from '../core/collection';
import { isToContent, type PageInfo, type WriteAnswer } from '../core/messages';
import { INITIAL_STATE, pageStatus, reducePage, type PageEffect, type PageEvent } from '../core/page-state';
import { DEFAULT_SETTINGS, siteBehaviour, type Settings, type SettingsChange } from '../core/settings';
import type { SidebarActions, SidebarProps } from '../core/sidebar-types';
import { copyText } from './clipboard';
import { searchLibrary, sendToBackground } from './messaging';
import { readLivePage } from './page-reader';
import { watchPage } from './page-watch';
import { isSidebarHost, loadSidebarView, type SidebarView } from './sidebar-view';
import { changeCollection, changeSettings, loadSavedArticleIds, loadSettings, watchSavedArticles, watchSettings } from './storage-client';

/** Below this window width the sidebar is an overlay across the page, dismissed with × or Esc. */
export const NARROW_WINDOW = 720;

/**
 * Whether the sidebar can live in this document: an HTML one (XHTML and the browser's view of
 * plain text included), not SVG or other XML, even where the browser shows XML in a viewer of its
 * own made of HTML.
 */
export function canHostSidebar(doc: Document): boolean {
  const xml = /[/+]xml$/.test(doc.contentType ?? '') && doc.contentType !== 'application/xhtml+xml';
  return !xml && doc.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

export async function startPageController(ctx: ContentScriptContext): Promise<void> {
  // In an SVG or XML document there is nowhere to put a sidebar: HipLens stays out, and the
  // toolbar button, finding no page script to answer it, opens the popup instead.
  if (!canHostSidebar(document)) {
    void sendToBackground({ type: 'page-suggestions', count: 0 });
    return;
  }
  // Everything the message listener touches exists before it is registered, so a message that
  // comes during start-up is answered from the state as it is, never with a ReferenceError.
  let state = INITIAL_STATE;
  let settings: Settings = DEFAULT_SETTINGS;
  let savedIds = new Set<string>();
  let notice = '';
  let narrow = window.innerWidth < NARROW_WINDOW;
  let view: SidebarView | undefined;
  let viewLoading: Promise<SidebarView | undefined> | undefined;
  let returnFocusTo: Element | null = null;
  let persistWidth: number | undefined;

  const host = () => location.host;

  function dispatch(event: PageEvent) {
    const { state: next, effects } = reducePage(state, event);
    state = next;
    for (const effect of effects) run(effect);
  }

  function run(effect: PageEffect) {
    switch (effect.type) {
      case 'read':
        void read(effect.generation);
        return;
      case 'count':
        void sendToBackground({ type: 'page-suggestions', count: effect.count });
        return;
      case 'show':
        void show(effect.focus);
        return;
      case 'hide':
        hide(effect.restoreFocus);
        return;
    }
  }

  async function read(generation: number) {
    try {
      dispatch({ type: 'read-done', generation, suggestions: await readLivePage(document) });
    } catch (error) {
      // A page we cannot read gets no suggestions, never an error on the page.
      console.warn('HipLens could not read this page', error);
      dispatch({ type: 'read-failed', generation });
    }
  }

  const isShown = () => state.panel === 'open' || state.panel === 'collapsed';

  function props(): SidebarProps {
    return { status: pageStatus(state), suggestions: state.suggestions, settings, host: host(), savedIds, narrow, collapsed: state.panel === 'collapsed', notice, actions };
  }

  function draw() {
    if (isShown() && view && !view.removedByPage()) view.show(props());
  }

  async function show(focus: 'heading' | 'tab' | null) {
    if (focus === 'heading' && !returnFocusTo && !(document.activeElement && isSidebarHost(document.activeElement))) returnFocusTo = document.activeElement;
    // The UI is loaded the first time the sidebar is shown on this page.
    if (!view) {
      const loaded = await (viewLoading ??= loadView());
      if (!loaded) {
        viewLoading = undefined;
        if (isShown()) dispatch({ type: 'view-failed' });
        return;
      }
    }
    if (!isShown()) return; // closed again while it loaded
    // A page that took the sidebar away is not fought: only the user's own request puts it back.
    if (!focus && view!.removedByPage()) {
      dispatch({ type: 'removed-by-page' });
      return;
    }
    view!.show(props());
    // Only a user's request moves focus; a sidebar that opens by itself never steals it.
    if (focus) focusInside(focus === 'tab' ? '.collapsed-tab' : '#hl-heading');
  }

  async function loadView(): Promise<SidebarView | undefined> {
    const loaded = await loadSidebarView();
    if (!loaded) return undefined;
    view = loaded;
    // Saved state matters only once there are cards to mark.
    ctx.onInvalidated(
      watchSavedArticles((id, saved) => {
        savedIds = new Set(savedIds);
        if (saved) savedIds.add(id);
        else savedIds.delete(id);
        draw();
      }),
    );
    void loadSavedArticleIds().then((ids) => {
      savedIds = ids;
      draw();
    });
    return loaded;
  }

  function hide(restoreFocus: boolean) {
    view?.hide();
    // Back to where the user was; otherwise the browser has already moved focus to the page.
    const target = restoreFocus && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected ? returnFocusTo : null;
    returnFocusTo = null;
    target?.focus();
  }

  function focusInside(selector: string) {
    requestAnimationFrame(() => view?.shadow.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Shows a failed write to the user; a later successful one clears it. */
  function report(answer: WriteAnswer, what: string) {
    const next = answer.ok ? '' : `Could not ${what}: ${answer.error}.`;
    if (next !== notice) {
      notice = next;
      draw();
    }
    return answer.ok;
  }

  const writeSettings = async (change: SettingsChange) => report(await changeSettings(change), 'change the settings');

  const actions: SidebarActions = {
    close: () => dispatch({ type: 'close' }),
    collapse: () => dispatch({ type: 'collapse' }),
    expand: () => dispatch({ type: 'expand' }),
    resize: (width: number) => {
      settings = { ...settings, width };
      draw();
      if (persistWidth !== undefined) clearTimeout(persistWidth);
      persistWidth = ctx.setTimeout(() => void writeSettings({ kind: 'set', values: { width } }), 300);
    },
    read: (articleId: string) => void sendToBackground({ type: 'open-reader', articleId }),
    toggleSave: async (articleId: string) => {
      // Shown at once; if the write fails the mark goes back and the user is told.
      const saving = !savedIds.has(articleId);
      const mark = (saved: boolean) => {
        savedIds = new Set(savedIds);
        if (saved) savedIds.add(articleId);
        else savedIds.delete(articleId);
        draw();
      };
      mark(saving);
      const answer = await changeCollection(saving ? { kind: 'save', item: newArticleItem(articleId) } : { kind: 'remove', key: articleKey(articleId) });
      if (!report(answer, saving ? 'save the article' : 'remove the article')) mark(!saving);
    },
    copy: async (text: string) => !!view && (await copyText(text, view.shadow)),
    setSiteRule: (rule) => void writeSettings({ kind: 'site-rule', host: host(), rule }),
    resumeAll: () => void writeSettings({ kind: 'set', values: { paused: false } }),
    search: searchLibrary,
  };

  function pageInfo(): PageInfo {
    return { host: host(), url: location.href, title: document.title, suggestions: state.suggestions.map((s) => s.id), reading: siteBehaviour(settings, host()).read };
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToContent(message) || !ctx.isValid) return;
    if (message.type === 'get-page-info') return Promise.resolve(pageInfo());
    if (isShown() && view?.removedByPage()) dispatch({ type: 'removed-by-page' });
    dispatch({ type: 'toggle' });
    return;
  });

  let started = false;
  settings = await loadSettings();
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      // Only a change in what HipLens does on this site calls for reading the page again.
      if (started) dispatch({ type: 'behaviour', behaviour: siteBehaviour(next, host()) });
      draw();
    }),
  );
  ctx.addEventListener(window, 'resize', () => {
    const nowNarrow = window.innerWidth < NARROW_WINDOW;
    if (nowNarrow !== narrow) {
      narrow = nowNarrow;
      draw();
    }
  });
  watchPage(ctx, () => dispatch({ type: 'page-changed' }), {
    debounceMs: 600,
    maxWaitMs: 5000,
    largeChangeChars: 1500,
    ignore: isSidebarHost,
  });

  // A tab opened in the background is read when it is first shown, not before.
  if (document.hidden) await new Promise<void>((shown) => ctx.addEventListener(document, 'visibilitychange', () => !document.hidden && shown()));
  started = true;
  dispatch({ type: 'behaviour', behaviour: siteBehaviour(settings, host()) });
}
