// The page side's state machine (core/page-state.ts): every transition, and the effects it asks for.
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, pageStatus, reducePage, type PageEvent, type PageState } from '../../core/page-state';
import type { Suggestion } from '../../core/match';
import type { SiteBehaviour } from '../../core/settings';

/** Opens the whole sidebar by itself on a match ("open" mode). */
const AUTO: SiteBehaviour = { read: true, paused: false, autoOpen: 'matches', openAs: 'full' };
/** Peeks on a match: the default. */
const PEEK: SiteBehaviour = { ...AUTO, openAs: 'peek' };
const BADGE: SiteBehaviour = { read: true, paused: false, autoOpen: 'never', openAs: 'peek' };
const ALWAYS: SiteBehaviour = { read: true, paused: false, autoOpen: 'always', openAs: 'full' };
const OFF: SiteBehaviour = { read: false, paused: false, autoOpen: 'never', openAs: 'peek' };
const PAUSED: SiteBehaviour = { read: false, paused: true, autoOpen: 'never', openAs: 'peek' };
const TOGGLE = { type: 'toggle', focus: 'heading' } as const;
const hit: Suggestion[] = [{ id: 'groin-strain', score: 0.8, reasons: ['groin strain'] }];

/** Runs events from a state; returns the final state and every effect asked for on the way. */
function run(events: PageEvent[], from: PageState = INITIAL_STATE) {
  let state = from;
  const effects = [];
  for (const event of events) {
    const t = reducePage(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

/** A page read with `behaviour` that found `suggestions`. */
const readWith = (behaviour: SiteBehaviour, suggestions: Suggestion[]) =>
  run([{ type: 'behaviour', behaviour }, { type: 'read-done', generation: 1, suggestions }]).state;

describe('start-up and reading', () => {
  it('starts not knowing the settings, and reads once they come', () => {
    expect(pageStatus(INITIAL_STATE)).toBe('reading');
    const { state, effects } = run([{ type: 'behaviour', behaviour: AUTO }]);
    expect(state).toMatchObject({ read: 'reading', generation: 1, panel: 'closed' });
    expect(effects).toEqual([{ type: 'read', generation: 1 }]);
  });

  it('opens by itself on a match when the site says so, without taking focus', () => {
    const { state, effects } = run([{ type: 'read-done', generation: 1, suggestions: hit }], run([{ type: 'behaviour', behaviour: AUTO }]).state);
    expect(state).toMatchObject({ read: 'suggesting', panel: 'open', openedBy: 'auto', suggestions: hit });
    expect(pageStatus(state)).toBe('matches');
    expect(effects).toEqual([{ type: 'count', count: 1 }, { type: 'show', focus: null }]);
  });

  it('stays quiet with no match: badge cleared, nothing shown', () => {
    const { state, effects } = run([{ type: 'behaviour', behaviour: AUTO }, { type: 'read-done', generation: 1, suggestions: [] }]);
    expect(state).toMatchObject({ read: 'quiet', panel: 'closed' });
    expect(pageStatus(state)).toBe('none');
    expect(effects).toContainEqual({ type: 'count', count: 0 });
    expect(effects.some((e) => e.type === 'show')).toBe(false);
  });

  it('in badge-only mode counts the matches and never opens by itself', () => {
    const { state, effects } = run([{ type: 'behaviour', behaviour: BADGE }, { type: 'read-done', generation: 1, suggestions: hit }]);
    expect(state).toMatchObject({ read: 'suggesting', panel: 'closed' });
    expect(effects).toEqual([{ type: 'read', generation: 1 }, { type: 'count', count: 1 }]);
  });

  it('on an always-show site opens even with no match', () => {
    expect(readWith(ALWAYS, [])).toMatchObject({ read: 'quiet', panel: 'open', openedBy: 'auto' });
  });

  it('a failed read counts as no suggestions', () => {
    const { state } = run([{ type: 'behaviour', behaviour: AUTO }, { type: 'read-failed', generation: 1 }]);
    expect(state).toMatchObject({ read: 'quiet', suggestions: [] });
  });

  it('does not read a paused site, nor a site with suggestions off, and clears the badge', () => {
    for (const [behaviour, read] of [[PAUSED, 'paused'], [OFF, 'off']] as const) {
      const { state, effects } = run([{ type: 'behaviour', behaviour }]);
      expect(state.read).toBe(read);
      expect(pageStatus(state)).toBe(read);
      expect(effects).toEqual([{ type: 'count', count: 0 }]);
    }
  });

  it('ignores a behaviour that has not changed: no second read', () => {
    const first = run([{ type: 'behaviour', behaviour: AUTO }]).state;
    expect(reducePage(first, { type: 'behaviour', behaviour: { ...AUTO } })).toEqual({ state: first, effects: [] });
  });
});

describe('generations: an older read never overwrites a newer one', () => {
  it('drops the answer to a read started before in-page navigation', () => {
    const { state, effects } = run([
      { type: 'behaviour', behaviour: AUTO },
      { type: 'page-changed' },
      // The first read (generation 1) is slow: it answers after the second one started.
      { type: 'read-done', generation: 1, suggestions: hit },
    ]);
    expect(state).toMatchObject({ read: 'reading', generation: 2, panel: 'closed', suggestions: [] });
    expect(effects).toEqual([{ type: 'read', generation: 1 }, { type: 'read', generation: 2 }]);
    const after = run([{ type: 'read-done', generation: 2, suggestions: [] }], state).state;
    expect(after).toMatchObject({ read: 'quiet', suggestions: [] });
    // And the stale answer coming later still changes nothing.
    expect(reducePage(after, { type: 'read-done', generation: 1, suggestions: hit }).state).toBe(after);
  });

  it('drops a read still under way when the site is paused meanwhile', () => {
    const { state } = run([{ type: 'behaviour', behaviour: AUTO }, { type: 'behaviour', behaviour: PAUSED }, { type: 'read-done', generation: 1, suggestions: hit }]);
    expect(state).toMatchObject({ read: 'paused', suggestions: [], panel: 'closed' });
  });
});

describe('the user', () => {
  it('opens the sidebar with the toolbar, moving focus in, even before start-up has finished', () => {
    const { state, effects } = run([TOGGLE]);
    expect(state).toMatchObject({ panel: 'open', openedBy: 'user', read: 'starting' });
    expect(pageStatus(state)).toBe('reading');
    expect(effects).toEqual([{ type: 'show', focus: 'heading' }]);
    // The read that follows start-up redraws the open sidebar.
    const read = run([{ type: 'behaviour', behaviour: AUTO }, { type: 'read-done', generation: 1, suggestions: [] }], state);
    expect(read.state).toMatchObject({ panel: 'open', openedBy: 'user', read: 'quiet' });
    expect(read.effects).toContainEqual({ type: 'show', focus: null });
  });

  it('closes it with the toolbar or ×, giving focus back, and it stays closed on a re-read', () => {
    const open = readWith(AUTO, hit);
    for (const event of [TOGGLE, { type: 'close' }] as const) {
      const { state, effects } = run([event], open);
      expect(state).toMatchObject({ panel: 'dismissed', openedBy: null });
      // It had opened by itself: the site is remembered, so it does not do so there again.
      expect(effects).toEqual([{ type: 'hide', restoreFocus: true }, { type: 'quiet-site' }]);
      const reread = run([{ type: 'behaviour', behaviour: ALWAYS }, { type: 'read-done', generation: 2, suggestions: hit }], state);
      expect(reread.state.panel).toBe('dismissed');
      expect(reread.effects.some((e) => e.type === 'show')).toBe(false);
    }
  });

  it('reopens a dismissed sidebar on request', () => {
    const dismissed = run([{ type: 'close' }], readWith(AUTO, hit)).state;
    expect(run([TOGGLE], dismissed).state).toMatchObject({ panel: 'open', openedBy: 'user' });
  });

  it('forgets a dismissal when the page changes', () => {
    const dismissed = run([{ type: 'close' }], readWith(AUTO, hit)).state;
    const { state } = run([{ type: 'page-changed' }, { type: 'read-done', generation: 2, suggestions: hit }], dismissed);
    expect(state).toMatchObject({ panel: 'open', openedBy: 'auto' });
  });

  it('collapses and expands, with focus on the strip and then the heading, and remembers which', () => {
    const collapsed = run([{ type: 'collapse' }], readWith(AUTO, hit));
    expect(collapsed.state.panel).toBe('collapsed');
    expect(collapsed.effects).toEqual([{ type: 'show', focus: 'tab' }, { type: 'remember-collapsed', collapsed: true }]);
    const expanded = run([{ type: 'expand' }], collapsed.state);
    expect(expanded.state).toMatchObject({ panel: 'open', openedBy: 'user' });
    expect(expanded.effects).toEqual([{ type: 'show', focus: 'heading' }, { type: 'remember-collapsed', collapsed: false }]);
    // Collapse and expand mean nothing when there is nothing to collapse or expand.
    expect(run([{ type: 'expand' }], expanded.state).effects).toEqual([]);
    expect(run([{ type: 'collapse' }], INITIAL_STATE).effects).toEqual([]);
    expect(run([{ type: 'close' }], INITIAL_STATE).effects).toEqual([]);
  });

  it('opens the strip whole with the toolbar or the shortcut, focus where asked', () => {
    const collapsed = run([{ type: 'collapse' }], readWith(AUTO, hit)).state;
    const { state, effects } = run([{ type: 'toggle', focus: 'search' }], collapsed);
    expect(state).toMatchObject({ panel: 'open', openedBy: 'user' });
    expect(effects).toEqual([{ type: 'show', focus: 'search' }]);
  });

  it('a user-opened sidebar closed by the user leaves the site as it was', () => {
    const userOpened = run([TOGGLE], readWith(BADGE, hit)).state;
    expect(run([{ type: 'close' }], userOpened).effects).toEqual([{ type: 'hide', restoreFocus: true }]);
  });

  it('with suggestions off, opening the sidebar reads the page then', () => {
    const off = run([{ type: 'behaviour', behaviour: OFF }]).state;
    const { state, effects } = run([TOGGLE], off);
    expect(state).toMatchObject({ panel: 'open', read: 'reading', generation: off.generation + 1 });
    expect(effects).toEqual([{ type: 'show', focus: 'heading' }, { type: 'read', generation: off.generation + 1 }]);
    // ...and again after in-page navigation, while the user keeps it open.
    const done = run([{ type: 'read-done', generation: state.generation, suggestions: hit }], state).state;
    expect(run([{ type: 'page-changed' }], done).effects).toEqual([{ type: 'read', generation: done.generation + 1 }]);
  });

  it('on a paused site, opening shows the paused sidebar without reading', () => {
    const { state, effects } = run([TOGGLE], run([{ type: 'behaviour', behaviour: PAUSED }]).state);
    expect(state).toMatchObject({ panel: 'open', read: 'paused' });
    expect(effects).toEqual([{ type: 'show', focus: 'heading' }]);
  });
});

describe('peeking, the default', () => {
  it('on a match shows the strip beside the page, not the whole sidebar, and takes no focus', () => {
    const { state, effects } = run([{ type: 'behaviour', behaviour: PEEK }, { type: 'read-done', generation: 1, suggestions: hit }]);
    expect(state).toMatchObject({ panel: 'collapsed', openedBy: 'auto' });
    expect(effects).toContainEqual({ type: 'show', focus: null });
  });

  it('a click on the strip opens it whole, and from then on it is the user\'s', () => {
    const peeking = readWith(PEEK, hit);
    const { state } = run([{ type: 'expand' }, { type: 'page-changed' }, { type: 'read-done', generation: 2, suggestions: [] }], peeking);
    expect(state).toMatchObject({ panel: 'open', openedBy: 'user' });
  });

  it('closing the peek is remembered for the site', () => {
    expect(run([{ type: 'close' }], readWith(PEEK, hit)).effects).toContainEqual({ type: 'quiet-site' });
  });

  it('a change in how it opens by itself (a narrow window) needs no new read', () => {
    const read = readWith(AUTO, hit);
    expect(reducePage(read, { type: 'behaviour', behaviour: PEEK })).toEqual({ state: { ...read, behaviour: PEEK }, effects: [] });
  });
});

describe('a sidebar that opened by itself', () => {
  it('goes again when a new read finds nothing', () => {
    const { state, effects } = run([{ type: 'page-changed' }, { type: 'read-done', generation: 2, suggestions: [] }], readWith(AUTO, hit));
    expect(state).toMatchObject({ panel: 'closed', openedBy: null, read: 'quiet' });
    expect(effects).toContainEqual({ type: 'hide', restoreFocus: false });
  });

  it('goes when the site is paused; one the user opened stays, showing the pause', () => {
    expect(run([{ type: 'behaviour', behaviour: PAUSED }], readWith(AUTO, hit)).state).toMatchObject({ panel: 'closed', read: 'paused' });
    const userOpened = run([TOGGLE], readWith(BADGE, hit)).state;
    const { state, effects } = run([{ type: 'behaviour', behaviour: PAUSED }], userOpened);
    expect(state).toMatchObject({ panel: 'open', read: 'paused', suggestions: [] });
    expect(effects).toContainEqual({ type: 'show', focus: null });
  });

  it('one the user opened stays when a new read finds nothing', () => {
    const userOpened = run([TOGGLE], readWith(BADGE, hit)).state;
    const { state } = run([{ type: 'page-changed' }, { type: 'read-done', generation: 2, suggestions: [] }], userOpened);
    expect(state).toMatchObject({ panel: 'open', openedBy: 'user', read: 'quiet' });
  });

  it('counts as closed, not dismissed, when the page took it off: the next click opens it', () => {
    const { state, effects } = run([{ type: 'removed-by-page' }], readWith(AUTO, hit));
    expect(state).toMatchObject({ panel: 'closed', openedBy: null });
    expect(effects).toEqual([]);
    expect(run([TOGGLE], state).state.panel).toBe('open');
    expect(run([{ type: 'removed-by-page' }], run([{ type: 'close' }], readWith(AUTO, hit)).state).state.panel).toBe('dismissed');
  });

  it('closes, ready to try again, when its UI could not be loaded', () => {
    const { state } = run([{ type: 'view-failed' }], readWith(AUTO, hit));
    expect(state).toMatchObject({ panel: 'closed', openedBy: null });
    expect(run([TOGGLE], state).effects).toEqual([{ type: 'show', focus: 'heading' }]);
  });
});
