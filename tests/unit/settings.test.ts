import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairCollection, toggleArticle } from '../../core/collection';
import { DEFAULT_SETTINGS, clampWidth, normalizeHost, repairSettings, setSiteRule, siteBehaviour } from '../../core/settings';
import { collectionStore } from '../../features/collection-store';
import { settingsStore } from '../../features/settings-store';

describe('settings', () => {
  it('fill in defaults and repair what is malformed, so they survive updates', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ mode: 'badge', width: 9999, side: 'up', pausedSites: ['WWW.Example.com', 42, 'not a host!'], extra: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'badge',
      width: 640,
      pausedSites: ['example.com'],
    });
  });

  it('normalise hosts from what people type', () => {
    expect(normalizeHost('https://www.NHS.uk/conditions/hip-pain/')).toBe('nhs.uk');
    expect(normalizeHost('127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(normalizeHost('hello world')).toBe('');
    expect(clampWidth(Number.NaN)).toBe(DEFAULT_SETTINGS.width);
  });

  it('decide what happens on a site', () => {
    const s = { ...DEFAULT_SETTINGS };
    expect(siteBehaviour(s, 'a.com')).toEqual({ read: true, autoOpen: 'matches' });
    expect(siteBehaviour({ ...s, mode: 'badge' }, 'a.com')).toEqual({ read: true, autoOpen: 'never' });
    expect(siteBehaviour({ ...s, mode: 'off' }, 'a.com')).toEqual({ read: false, autoOpen: 'never' });
    expect(siteBehaviour({ ...s, paused: true, alwaysSites: ['a.com'] }, 'a.com')).toEqual({ read: false, autoOpen: 'never' });
    expect(siteBehaviour(setSiteRule(s, 'www.a.com', 'paused'), 'a.com').read).toBe(false);
    expect(siteBehaviour(setSiteRule(s, 'a.com', 'always'), 'a.com')).toEqual({ read: true, autoOpen: 'always' });
  });

  it('keep a site in one list at a time', () => {
    const paused = setSiteRule(DEFAULT_SETTINGS, 'a.com', 'paused');
    const always = setSiteRule(paused, 'a.com', 'always');
    expect(always.pausedSites).toEqual([]);
    expect(always.alwaysSites).toEqual(['a.com']);
    expect(setSiteRule(always, 'a.com', 'none').alwaysSites).toEqual([]);
  });
});

describe('collection', () => {
  it('toggles saved articles and repairs stored entries without losing good ones', () => {
    const saved = toggleArticle([], 'groin-strain', new Date('2026-01-01'));
    expect(saved).toEqual([{ kind: 'article', articleId: 'groin-strain', savedAt: '2026-01-01T00:00:00.000Z', note: '' }]);
    expect(toggleArticle(saved, 'groin-strain')).toEqual([]);
    expect(repairCollection([null, 'x', { kind: 'article' }, { kind: 'page', url: 'https://a.org' }, ...saved])).toEqual([
      { kind: 'page', url: 'https://a.org', title: 'https://a.org', savedAt: '1970-01-01T00:00:00.000Z', note: '' },
      ...saved,
    ]);
    expect(repairCollection('garbage')).toEqual([]);
  });
});

describe('stores (browser.storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read defaults, write changes and tell watchers', async () => {
    expect(await settingsStore.load()).toEqual(DEFAULT_SETTINGS);
    const seen: unknown[] = [];
    const stop = settingsStore.watch((s) => seen.push(s.mode));
    await settingsStore.update((s) => ({ ...s, mode: 'off' }));
    expect((await settingsStore.load()).mode).toBe('off');
    expect(seen).toEqual(['off']);
    stop();
    await collectionStore.update((items) => toggleArticle(items, 'sciatica'));
    expect((await collectionStore.load()).map((i) => i.kind === 'article' && i.articleId)).toEqual(['sciatica']);
  });
});
