// The sidebar on a live page: reads the page (again after in-page navigation), decides whether to
// open by the user's settings, and wires the sidebar's actions to storage and the background.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar, type PageStatus } from '../components/Sidebar';
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

export const HOST_ELEMENT = 'hiplens-sidebar';
/** Below this window width the sidebar is an overlay across the page, dismissed with × or Esc. */
export const NARROW_WINDOW = 720;

const HOST_STYLE = [
  'all: initial', 'display: block', 'position: static', 'visibility: visible', 'opacity: 1', 'transform: none',
  'filter: none', 'zoom: 1', 'contain: none', 'direction: ltr', 'font-size: 16px', 'pointer-events: auto',
].map((rule) => `${rule} !important`).join('; ');

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
  let container: HTMLElement | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: HOST_ELEMENT,
    position: 'inline',
    // On <html>, not <body>: a transformed or hidden body must not carry the sidebar with it.
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    onMount(root) {
      container = root;
      draw();
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
      container = undefined;
    },
  });

  // The host element is in the page's light DOM, where the page's CSS reaches it; inline
  // !important declarations outrank even the page's !important rules.
  ui.shadowHost.setAttribute('style', HOST_STYLE);

  function pageInfo(): PageInfo {
    return { host: location.host, url: location.href, title: document.title, suggestions: suggestions.map((s) => s.id), reading: siteBehaviour(settings, location.host).read };
  }

  function draw() {
    if (!container) return;
    const savedIds = savedArticleIds(saved);
    render(
      <Sidebar
        status={status}
        suggestions={suggestions}
        settings={settings}
        host={location.host}
        savedIds={savedIds}
        narrow={narrow}
        collapsed={collapsed}
        actions={actions}
      />,
      container,
    );
  }

  function show(byUser: boolean) {
    if (byUser) returnFocusTo = document.activeElement;
    openedByUser = byUser;
    collapsed = false;
    if (!open) {
      open = true;
      ui.mount();
    } else draw();
    // Only a user's request moves focus; a sidebar that opens by itself never steals it.
    if (byUser) focusInside('#hl-heading');
  }

  function hide() {
    if (!open) return;
    open = false;
    ui.remove();
    // Back to where the user was; otherwise the browser has already moved focus to the page.
    const target = returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected ? returnFocusTo : null;
    returnFocusTo = null;
    target?.focus();
  }

  function focusInside(selector: string) {
    requestAnimationFrame(() => ui.shadow.querySelector<HTMLElement>(selector)?.focus());
  }

  async function evaluate() {
    const behaviour = siteBehaviour(settings, location.host);
    if (!behaviour.read) {
      suggestions = [];
      status = isPausedOn(settings, location.host) ? 'paused' : 'off';
    } else await readPage();
    void sendToBackground({ type: 'page-suggestions', count: suggestions.length });
    const wantsOpen = behaviour.autoOpen === 'always' || (behaviour.autoOpen === 'matches' && suggestions.length > 0);
    if (wantsOpen && !closedByUser && !open) show(false);
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
    show(true);
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
    copy: (text: string) => copyText(text, ui.shadow),
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
