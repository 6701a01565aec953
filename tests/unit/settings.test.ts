import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsChange, clampWidth, isSettingsChange, normalizeHost, repairSettings, setSiteRule, siteBehaviour } from '../../core/settings';

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

  it('take the first releases\' "auto" (open on a match) to today\'s default, the peek', () => {
    expect(repairSettings({ mode: 'auto' }).mode).toBe('peek');
    expect(repairSettings({ mode: 'open' }).mode).toBe('open');
  });

  it('normalise hosts from what people type', () => {
    expect(normalizeHost('https://www.NHS.uk/conditions/hip-pain/')).toBe('nhs.uk');
    expect(normalizeHost('127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(normalizeHost('hello world')).toBe('');
    expect(clampWidth(Number.NaN)).toBe(DEFAULT_SETTINGS.width);
  });

  it('decide what happens on a site', () => {
    const s = { ...DEFAULT_SETTINGS };
    expect(siteBehaviour(s, 'a.com')).toEqual({ read: true, paused: false, autoOpen: 'matches', openAs: 'peek' });
    expect(siteBehaviour({ ...s, mode: 'open' }, 'a.com')).toEqual({ read: true, paused: false, autoOpen: 'matches', openAs: 'full' });
    // Collapsed by the user last: it opens by itself as the strip.
    expect(siteBehaviour({ ...s, mode: 'open', collapsed: true }, 'a.com').openAs).toBe('peek');
    expect(siteBehaviour({ ...s, mode: 'badge' }, 'a.com')).toMatchObject({ read: true, paused: false, autoOpen: 'never' });
    expect(siteBehaviour({ ...s, mode: 'off' }, 'a.com')).toMatchObject({ read: false, paused: false, autoOpen: 'never' });
    expect(siteBehaviour({ ...s, paused: true, alwaysSites: ['a.com'] }, 'a.com')).toMatchObject({ read: false, paused: true, autoOpen: 'never' });
    expect(siteBehaviour(setSiteRule(s, 'www.a.com', 'paused'), 'a.com')).toMatchObject({ read: false, paused: true, autoOpen: 'never' });
    expect(siteBehaviour(setSiteRule(s, 'a.com', 'always'), 'a.com')).toMatchObject({ read: true, paused: false, autoOpen: 'always' });
    // Closed by the user on this site: read and counted, never opened by itself there.
    expect(siteBehaviour({ ...s, quietSites: ['a.com'] }, 'www.a.com')).toMatchObject({ read: true, autoOpen: 'never' });
    expect(siteBehaviour({ ...s, quietSites: ['a.com'] }, 'b.com').autoOpen).toBe('matches');
  });

  it('keep a site in one list at a time', () => {
    const paused = setSiteRule(DEFAULT_SETTINGS, 'a.com', 'paused');
    const always = setSiteRule(paused, 'a.com', 'always');
    expect(always.pausedSites).toEqual([]);
    expect(always.alwaysSites).toEqual(['a.com']);
    expect(setSiteRule(always, 'a.com', 'none').alwaysSites).toEqual([]);
  });
});


describe('settings changes, as the views ask the background for them', () => {
  it('apply one field, a site rule or a whole list, and come out repaired', () => {
    expect(applySettingsChange(DEFAULT_SETTINGS, { kind: 'set', values: { width: 5000 } }).width).toBe(640);
    expect(applySettingsChange(DEFAULT_SETTINGS, { kind: 'set', values: { mode: 'nonsense' as never } }).mode).toBe('peek');
    const quiet = applySettingsChange(DEFAULT_SETTINGS, { kind: 'site-quiet', host: 'www.A.com', quiet: true });
    expect(quiet.quietSites).toEqual(['a.com']);
    expect(applySettingsChange(quiet, { kind: 'site-quiet', host: 'a.com', quiet: false }).quietSites).toEqual([]);
    const paused = applySettingsChange(DEFAULT_SETTINGS, { kind: 'site-rule', host: 'https://www.a.com/x', rule: 'paused' });
    expect(paused.pausedSites).toEqual(['a.com']);
    const listed = applySettingsChange(paused, { kind: 'site-list', list: 'alwaysSites', hosts: ['A.com', 'b.org'] });
    expect(listed).toMatchObject({ pausedSites: [], alwaysSites: ['a.com', 'b.org'] });
  });

  it('are checked before they are applied', () => {
    expect(isSettingsChange({ kind: 'set', values: { paused: true } })).toBe(true);
    expect(isSettingsChange({ kind: 'site-rule', host: 'a.com', rule: 'maybe' })).toBe(false);
    expect(isSettingsChange({ kind: 'site-list', list: 'pausedSites', hosts: [1] })).toBe(false);
    expect(isSettingsChange({ kind: 'drop-table' })).toBe(false);
    expect(isSettingsChange(null)).toBe(false);
  });
});
