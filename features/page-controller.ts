// The page side on a live page: feeds the state machine of core/page-state.ts (start-up, reads,
// the user's requests, in-page navigation) and carries out what it decides: reading the page
// (extracted here, matched by the background), the badge count, and showing or hiding the sidebar
// beside the page (sidebar-view.ts). The sidebar's own actions (save, search, read, site rules)
// are the panel's, which talks to the background itself; only what changes the page's layout
// comes back here.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isToContent, type PageInfo, type PageMetadataAnswer } from '../core/messages';
import { MAX_SOURCE_CHARS } from '../core/page-source';
import { INITIAL_STATE, pageStatus, reducePage, type PageEffect, type PageEvent } from '../core/page-state';
import { clampWidth, DEFAULT_SETTINGS, siteBehaviour, type Settings, type SettingsChange } from '../core/settings';
import type { FromPanel, PanelState, ToPanel } from '../core/sidebar-types';
import { sendToBackground } from './messaging';
import { readLivePage } from './page-reader';
import { watchPage } from './page-watch';
import { createSidebarView, isSidebarHost, refusesFrames } from './sidebar-view';
import { changeSettings, loadSettings, watchSettings } from './storage-client';

/** Below this window width the open sidebar covers the window: it never opens there by itself. */
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
  let narrow = window.innerWidth < NARROW_WINDOW;
  let returnFocusTo: Element | null = null;
  let persistWidth: number | undefined;
  let started = false;

  const host = () => location.host;
  const isShown = () => state.panel === 'open' || state.panel === 'collapsed';
  // A page that refuses the panel's frame gets the suggestions in the toolbar popup instead.
  let refused = refusesFrames();
  const view = createSidebarView(ctx, onPanelRequest, () => {
    refused = true;
    dispatch({ type: 'view-failed' });
    view.hide();
    void sendToBackground({ type: 'use-popup' });
  });
  if (refused) void sendToBackground({ type: 'use-popup' });

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
        show(effect.focus);
        return;
      case 'hide':
        hide(effect.restoreFocus);
        return;
      case 'quiet-site':
        void writeSettings({ kind: 'site-quiet', host: host(), quiet: true });
        return;
      case 'remember-collapsed':
        void writeSettings({ kind: 'set', values: { collapsed: effect.collapsed } });
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

  function panelState(): PanelState {
    return {
      status: pageStatus(state),
      suggestions: state.suggestions,
      host: host(),
      url: location.href,
      title: document.title,
      layout: state.panel === 'open' ? 'open' : 'strip',
      narrow,
      holdFocus: state.openedBy === 'user',
      width: settings.width,
      side: settings.side,
    };
  }

  function draw() {
    if (isShown() && !view.removedByPage()) view.show(panelState());
  }

  function show(focus: 'heading' | 'search' | 'tab' | null) {
    if (refused) {
      dispatch({ type: 'view-failed' });
      return;
    }
    // A page that took the sidebar away is not fought: only the user's own request puts it back.
    if (!focus && view.removedByPage()) {
      dispatch({ type: 'removed-by-page' });
      return;
    }
    if (focus) rememberFocus();
    view.show(panelState());
    // Only a user's request moves focus; a sidebar that opens by itself never steals it.
    if (focus) view.focus(focus);
  }

  /** Where focus was on the page before the user sent it into the sidebar (the first time only). */
  function rememberFocus() {
    const active = document.activeElement;
    if (!returnFocusTo && !(active && isSidebarHost(active))) returnFocusTo = active;
  }

  function hide(restoreFocus: boolean) {
    const hadFocus = view.hasFocus();
    view.hide();
    // Back to where the user was; otherwise the browser has already moved focus to the page.
    const target = restoreFocus && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected ? returnFocusTo : null;
    returnFocusTo = null;
    if (target) target.focus();
    else if (hadFocus && restoreFocus) document.body?.focus();
  }

  async function writeSettings(change: SettingsChange) {
    const answer = await changeSettings(change);
    // The panel shows failed writes of its own; this one is the layout's, remembered for later.
    if (!answer.ok) console.warn(`HipLens could not remember the sidebar's layout: ${answer.error}`);
  }

  /** A new width, shown at once and kept once the user stops changing it. */
  function resizeTo(requested: number) {
    const width = clampWidth(requested);
    if (width === settings.width) return;
    settings = { ...settings, width };
    draw();
    if (persistWidth !== undefined) clearTimeout(persistWidth);
    persistWidth = ctx.setTimeout(() => void writeSettings({ kind: 'set', values: { width } }), 300);
  }

  function onPanelRequest(request: FromPanel, reply: (message: ToPanel) => void) {
    switch (request.type) {
      case 'read-page-metadata':
        reply({ type: 'page-metadata', ...pageMetadata() });
        return;
      case 'close':
      case 'collapse':
      case 'expand':
        dispatch({ type: request.type });
        return;
      case 'resize':
        resizeTo(request.width);
        return;
      case 'drag-start':
        view.followDrag(request.screenX, settings.width, resizeTo, draw);
        return;
      case 'ready':
        return;
    }
  }

  /** What HipLens does here; narrow windows only ever get the strip by themselves. */
  const behaviour = () => {
    const b = siteBehaviour(settings, host());
    return narrow ? { ...b, openAs: 'peek' as const } : b;
  };

  function pageInfo(): PageInfo {
    return { host: host(), url: location.href, title: document.title, suggestions: state.suggestions.map((s) => s.id), reading: siteBehaviour(settings, host()).read };
  }

  /** The page's bibliographic data, read only when asked (the user pressed Save this page). */
  function pageMetadata(): PageMetadataAnswer {
    return { source: { html: document.documentElement.outerHTML.slice(0, MAX_SOURCE_CHARS), url: location.href } };
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToContent(message) || !ctx.isValid) return;
    if (message.type === 'get-page-info') return Promise.resolve(pageInfo());
    if (message.type === 'get-page-metadata') return Promise.resolve(pageMetadata());
    if (isShown() && view.removedByPage()) dispatch({ type: 'removed-by-page' });
    // The shortcut jumps to the search box: into an open sidebar that does not have focus, it
    // only moves focus there; from inside it, or on the toolbar button, it shows or hides.
    if (message.source === 'shortcut' && state.panel === 'open' && !view.hasFocus()) {
      rememberFocus();
      view.focus('search');
      return;
    }
    dispatch({ type: 'toggle', focus: message.source === 'shortcut' ? 'search' : 'heading' });
    return;
  });

  settings = await loadSettings();
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      // Only a change in what HipLens does on this site calls for reading the page again.
      if (started) dispatch({ type: 'behaviour', behaviour: behaviour() });
      draw();
    }),
  );
  ctx.addEventListener(window, 'resize', () => {
    const nowNarrow = window.innerWidth < NARROW_WINDOW;
    if (nowNarrow !== narrow) {
      narrow = nowNarrow;
      if (started) dispatch({ type: 'behaviour', behaviour: behaviour() });
    }
    draw();
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
  dispatch({ type: 'behaviour', behaviour: behaviour() });
}
