// The sidebar on a live page: reads the page (again after in-page navigation), decides whether to
// open by the user's settings, and wires the sidebar's actions to storage and the background.
// It runs in the page script; the sidebar UI it drives is loaded on first use (sidebar-view.ts).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStatus, SidebarProps } from '../components/Sidebar';
import type { SiteRule } from '../components/SiteControls';
import { matcher } from '../core/bundled-library';
import { isArticleSaved, savedArticleIds, toggleArticle, type SavedItem } from '../core/collection';
import type { Suggestion } from '../core/match';
import { isToContent, type PageInfo } from '../core/messages';
import { isPausedOn, setSiteRule, siteBehaviour, type Settings } from '../core/settings';
import { suggestForLivePage } from '../core/suggest';
import { copyText } from './clipboard';
import { collectionStore } from './collection-store';
import { searchLibrary, sendToBackground } from './messaging';
import { watchPage } from './page-watch';
import { settingsStore } from './settings-store';
import { HOST_ELEMENT, loadSidebarView, type SidebarView } from './sidebar-view';

/** Below this window width the sidebar is an overlay across the page, dismissed with × or Esc. */
export const NARROW_WINDOW = 720;

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function startSidebar(ctx: ContentScriptContext): Promise<void> {
  // Listen before anything else, so a toolbar click that comes early is never lost: clicks
  // before the sidebar is ready are counted and applied once it is.
  let earlyToggles = 0;
  let ready = false;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToContent(message) || !ctx.isValid) return;
    if (message.type === 'get-page-info') return Promise.resolve(pageInfo());
    if (ready) toggle();
    else earlyToggles++;
    return;
  });

  let settings: Settings = await settingsStore.load();
  let saved: SavedItem[] = await collectionStore.load();
  let suggestions: Suggestion[] = [];
  let status: PageStatus = 'none';
  let open = false;
  let openedByUser = false;
  let collapsed = false;
  let closedByUser = false;
  let returnFocusTo: Element | null = null;
  let narrow = window.innerWidth < NARROW_WINDOW;
  let view: SidebarView | undefined;
  let viewLoading: Promise<SidebarView | undefined> | undefined;

  function pageInfo(): PageInfo {
    return { host: location.host, url: location.href, title: document.title, suggestions: suggestions.map((s) => s.id), reading: siteBehaviour(settings, location.host).read };
  }

  function props(): SidebarProps {
    return { status, suggestions, settings, host: location.host, savedIds: savedArticleIds(saved), narrow, collapsed, actions };
  }

  function draw() {
    if (open) view?.show(props());
  }

  async function show(byUser: boolean) {
    if (byUser) returnFocusTo = document.activeElement;
    openedByUser = byUser;
    collapsed = false;
    open = true;
    // The UI is loaded the first time the sidebar is shown on this page.
    view ??= await (viewLoading ??= loadSidebarView());
    if (!view) {
      // It could not load: the page stays as it was, and the next request tries again.
      viewLoading = undefined;
      open = false;
      return;
    }
    if (!open) return; // closed again while it loaded
    view.show(props());
    // Only a user's request moves focus; a sidebar that opens by itself never steals it.
    if (byUser) focusInside('#hl-heading');
  }

  function hide() {
    if (!open) return;
    open = false;
    view?.hide();
    // Back to where the user was; otherwise the browser has already moved focus to the page.
    const target = returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected ? returnFocusTo : null;
    returnFocusTo = null;
    target?.focus();
  }

  function focusInside(selector: string) {
    requestAnimationFrame(() => view?.shadow.querySelector<HTMLElement>(selector)?.focus());
  }

  async function evaluate() {
    const behaviour = siteBehaviour(settings, location.host);
    if (!behaviour.read) {
      suggestions = [];
      status = isPausedOn(settings, location.host) ? 'paused' : 'off';
    } else await readPage();
    void sendToBackground({ type: 'page-suggestions', count: suggestions.length });
    const wantsOpen = behaviour.autoOpen === 'always' || (behaviour.autoOpen === 'matches' && suggestions.length > 0);
    if (wantsOpen && !closedByUser && !open) await show(false);
    else if (!wantsOpen && open && !openedByUser) hide();
    else draw();
  }

  async function readPage() {
    try {
      suggestions = (await suggestForLivePage(document, matcher, yieldToPage)).suggestions;
    } catch (error) {
      // A page we cannot read gets no suggestions, never an error on the page.
      console.debug('HipLens could not read this page', error);
      suggestions = [];
    }
    status = suggestions.length ? 'matches' : 'none';
  }

  async function toggle() {
    if (open) {
      closedByUser = true;
      hide();
      return;
    }
    closedByUser = false;
    // With suggestions turned off the page is read only when the user asks.
    if (status === 'off') await readPage();
    await show(true);
  }

  let persistWidth: number | undefined;
  const actions = {
    close: () => {
      closedByUser = true;
      hide();
    },
    collapse: () => {
      collapsed = true;
      draw();
      focusInside('.collapsed-tab');
    },
    expand: () => {
      collapsed = false;
      draw();
      focusInside('#hl-heading');
    },
    resize: (width: number) => {
      settings = { ...settings, width };
      draw();
      if (persistWidth !== undefined) clearTimeout(persistWidth);
      persistWidth = ctx.setTimeout(() => void settingsStore.update((s) => ({ ...s, width })), 300);
    },
    read: (articleId: string) => void sendToBackground({ type: 'open-reader', articleId }),
    toggleSave: (articleId: string) => {
      // Shown at once; storage follows, and its change event confirms it.
      saved = toggleArticle(saved, articleId);
      draw();
      void collectionStore.update((items) => (isArticleSaved(items, articleId) === isArticleSaved(saved, articleId) ? items : toggleArticle(items, articleId)));
    },
    copy: async (text: string) => !!view && (await copyText(text, view.shadow)),
    setSiteRule: (rule: SiteRule) => void settingsStore.update((s) => setSiteRule(s, location.host, rule)),
    resumeAll: () => void settingsStore.update((s) => ({ ...s, paused: false })),
    search: searchLibrary,
  };

  settingsStore.watch((next) => {
    // Only a change in what HipLens does on this site calls for reading the page again.
    const behaviourOf = (s: Settings) => JSON.stringify([siteBehaviour(s, location.host), isPausedOn(s, location.host)]);
    const reread = behaviourOf(next) !== behaviourOf(settings);
    settings = next;
    if (reread) void evaluate();
    else draw();
  });
  collectionStore.watch((items) => {
    saved = items;
    draw();
  });
  ctx.addEventListener(window, 'resize', () => {
    const nowNarrow = window.innerWidth < NARROW_WINDOW;
    if (nowNarrow !== narrow) {
      narrow = nowNarrow;
      draw();
    }
  });
  watchPage(
    ctx,
    () => {
      closedByUser = false;
      void evaluate();
    },
    { debounceMs: 600, largeChangeChars: 1500, ignore: (node) => node.nodeName.toLowerCase() === HOST_ELEMENT },
  );

  // A tab opened in the background is read when it is first shown, not before.
  if (document.hidden) await new Promise<void>((shown) => ctx.addEventListener(document, 'visibilitychange', () => !document.hidden && shown()));
  await evaluate();
  ready = true;
  for (let i = 0; i < earlyToggles; i++) await toggle();
}
