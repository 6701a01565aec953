// The page side's state machine: what HipLens knows about the page and what the sidebar is doing,
// as one pure reducer. features/page-controller.ts feeds it events (start-up, reads finishing,
// the user's clicks, in-page navigation) and carries out the effects it returns; nothing else
// decides whether the sidebar is shown.
//
// Reads carry a generation: each new read gets the next number, and only the answer to the
// latest one is taken, so an older, slower read can never overwrite a newer one after in-page
// navigation.
import type { Suggestion } from './match';
import type { SiteBehaviour } from './settings';
import type { PageStatus } from './sidebar-types';

/** What is known about the page's content. */
export type ReadPhase =
  /** Start-up: the settings are not known yet. */
  | 'starting'
  | 'reading'
  /** Read: nothing about the hip or groin. */
  | 'quiet'
  /** Read: there are suggestions. */
  | 'suggesting'
  /** Not read: HipLens is paused on this site or everywhere. */
  | 'paused'
  /** Not read: suggestions are off; a page is read only when the user opens the sidebar. */
  | 'off';

/** What the sidebar is doing. */
export type Panel =
  | 'closed'
  | 'open'
  /** The slim strip beside the page: how it opens by itself (a "peek"), or collapsed by the user. */
  | 'collapsed'
  /** Closed by the user: it does not open by itself again until the page changes. */
  | 'dismissed';

export interface PageState {
  read: ReadPhase;
  panel: Panel;
  /** Opened by the user (kept open whatever a new read finds) or by itself. */
  openedBy: 'user' | 'auto' | null;
  /** The latest read asked for; answers to older ones are dropped. */
  generation: number;
  suggestions: Suggestion[];
  behaviour: SiteBehaviour | null;
}

export type PageEvent =
  /** Start-up has the settings, or they changed what HipLens does on this site. */
  | { type: 'behaviour'; behaviour: SiteBehaviour }
  /** In-page navigation or a large change of content: read again, and forget a dismissal. */
  | { type: 'page-changed' }
  | { type: 'read-done'; generation: number; suggestions: Suggestion[] }
  | { type: 'read-failed'; generation: number }
  /** Toolbar button (focus on the heading) or keyboard shortcut (focus on the search box). */
  | { type: 'toggle'; focus: 'heading' | 'search' }
  | { type: 'close' }
  | { type: 'collapse' }
  | { type: 'expand' }
  /** The sidebar UI could not be loaded: the page stays as it was, and the next request tries again. */
  | { type: 'view-failed' }
  /** The page's own script took the sidebar off the page: it counts as closed, not dismissed. */
  | { type: 'removed-by-page' };

export type PageEffect =
  | { type: 'read'; generation: number }
  /** Put the sidebar on the page (or redraw it); `focus` only when the user asked for it. */
  | { type: 'show'; focus: Focus }
  /** Take it off the page; `restoreFocus` puts focus back where the user was. */
  | { type: 'hide'; restoreFocus: boolean }
  /** The toolbar badge: how many suggestions this page has. */
  | { type: 'count'; count: number }
  /** Remember for this site that the user dismissed the sidebar that opened by itself. */
  | { type: 'quiet-site' }
  /** Remember how the user left the sidebar: collapsed to its strip, or open. */
  | { type: 'remember-collapsed'; collapsed: boolean };

/** Where focus goes when the sidebar is shown: only ever at the user's request. */
export type Focus = 'heading' | 'search' | 'tab' | null;

export interface Transition {
  state: PageState;
  effects: PageEffect[];
}

export const INITIAL_STATE: Readonly<PageState> = Object.freeze({
  read: 'starting',
  panel: 'closed',
  openedBy: null,
  generation: 0,
  suggestions: [],
  behaviour: null,
});

const isShown = (panel: Panel) => panel === 'open' || panel === 'collapsed';
/** Whether two behaviours read the page alike (how it opens by itself does not call for a new read). */
const readsAlike = (a: SiteBehaviour | null, b: SiteBehaviour) => !!a && a.read === b.read && a.paused === b.paused && a.autoOpen === b.autoOpen;

/** What the sidebar says about the page. */
export function pageStatus(state: PageState): PageStatus {
  switch (state.read) {
    case 'starting':
    case 'reading':
      return 'reading';
    case 'suggesting':
      return 'matches';
    case 'quiet':
      return 'none';
    default:
      return state.read;
  }
}

/** Whether the sidebar opens by itself for this result. */
function wantsOpen(behaviour: SiteBehaviour | null, suggestions: readonly Suggestion[]): boolean {
  return behaviour?.autoOpen === 'always' || (behaviour?.autoOpen === 'matches' && suggestions.length > 0);
}

/** Reads the page again (or marks it unread), as the behaviour for this site says. */
function evaluate(state: PageState, effects: PageEffect[]): PageState {
  const behaviour = state.behaviour;
  if (!behaviour) return state;
  if (behaviour.read || (behaviour.paused === false && isShown(state.panel) && state.openedBy === 'user')) {
    const generation = state.generation + 1;
    effects.push({ type: 'read', generation });
    return { ...state, read: 'reading', generation };
  }
  effects.push({ type: 'count', count: 0 });
  // A sidebar that opened by itself goes when the page is no longer read.
  const panelGoes = isShown(state.panel) && state.openedBy !== 'user';
  if (panelGoes) effects.push({ type: 'hide', restoreFocus: false });
  else if (isShown(state.panel)) effects.push({ type: 'show', focus: null });
  return {
    ...state,
    read: behaviour.paused ? 'paused' : 'off',
    suggestions: [],
    // The generation moves on, so a read still under way is not taken when it ends.
    generation: state.generation + 1,
    panel: panelGoes ? 'closed' : state.panel,
    openedBy: panelGoes ? null : state.openedBy,
  };
}

function readFinished(state: PageState, suggestions: Suggestion[], effects: PageEffect[]): PageState {
  const next: PageState = { ...state, read: suggestions.length ? 'suggesting' : 'quiet', suggestions };
  effects.push({ type: 'count', count: suggestions.length });
  const opens = wantsOpen(state.behaviour, suggestions);
  if (state.panel === 'closed' && opens) {
    effects.push({ type: 'show', focus: null });
    return { ...next, panel: state.behaviour?.openAs === 'full' ? 'open' : 'collapsed', openedBy: 'auto' };
  }
  if (isShown(state.panel) && state.openedBy === 'auto' && !opens) {
    effects.push({ type: 'hide', restoreFocus: false });
    return { ...next, panel: 'closed', openedBy: null };
  }
  if (isShown(state.panel)) effects.push({ type: 'show', focus: null });
  return next;
}

export function reducePage(state: PageState, event: PageEvent): Transition {
  const effects: PageEffect[] = [];
  const done = (next: PageState): Transition => ({ state: next, effects });
  switch (event.type) {
    case 'behaviour':
      if (readsAlike(state.behaviour, event.behaviour)) return done({ ...state, behaviour: event.behaviour });
      return done(evaluate({ ...state, behaviour: event.behaviour }, effects));
    case 'page-changed':
      return done(evaluate({ ...state, panel: state.panel === 'dismissed' ? 'closed' : state.panel }, effects));
    case 'read-done':
    case 'read-failed':
      // An answer to an older read than the latest is stale: the page has changed since.
      if (event.generation !== state.generation || state.read !== 'reading') return done(state);
      return done(readFinished(state, event.type === 'read-done' ? event.suggestions : [], effects));
    case 'toggle':
      if (state.panel === 'open') return done(dismiss(state, effects));
      // The strip (a peek, or collapsed) opens whole at the user's request.
      if (state.panel === 'collapsed') {
        effects.push({ type: 'show', focus: event.focus });
        return done({ ...state, panel: 'open', openedBy: 'user' });
      }
      return done(openByUser(state, event.focus, effects));
    case 'close':
      if (!isShown(state.panel)) return done(state);
      return done(dismiss(state, effects));
    case 'collapse':
      if (state.panel !== 'open') return done(state);
      effects.push({ type: 'show', focus: 'tab' }, { type: 'remember-collapsed', collapsed: true });
      return done({ ...state, panel: 'collapsed' });
    case 'expand':
      if (state.panel !== 'collapsed') return done(state);
      effects.push({ type: 'show', focus: 'heading' }, { type: 'remember-collapsed', collapsed: false });
      // Expanded by the user: from now on it is theirs, kept open whatever a new read finds.
      return done({ ...state, panel: 'open', openedBy: 'user' });
    case 'view-failed':
    case 'removed-by-page':
      return done(isShown(state.panel) ? { ...state, panel: 'closed', openedBy: null } : state);
  }
}

/** The user closes the sidebar; one that opened by itself is then kept from doing so on this site. */
function dismiss(state: PageState, effects: PageEffect[]): PageState {
  effects.push({ type: 'hide', restoreFocus: true });
  if (state.openedBy === 'auto') effects.push({ type: 'quiet-site' });
  return { ...state, panel: 'dismissed', openedBy: null };
}

function openByUser(state: PageState, focus: 'heading' | 'search', effects: PageEffect[]): PageState {
  const opened: PageState = { ...state, panel: 'open', openedBy: 'user' };
  effects.push({ type: 'show', focus });
  // With suggestions off the page is read only now, when the user asks.
  if (state.read === 'off') {
    const generation = state.generation + 1;
    effects.push({ type: 'read', generation });
    return { ...opened, read: 'reading', generation };
  }
  return opened;
}
