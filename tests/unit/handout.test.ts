// The handout's kept preferences (core/handout.ts) and their storage beside the settings: a
// store from before the handout existed keeps every setting and item; malformed values are
// repaired; the layout into sheets never splits a box.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyHandoutChange, DEFAULT_HANDOUT, HANDOUT_LIMITS, isHandoutChange, repairHandout } from '../../core/handout';
import { changeHandout, changeSettings, handoutItem, migrateStorage, settingsItem } from '../../features/storage-writer';
import { handleMessage } from '../../features/message-hub';
import { sheetBreaks } from '../../components/Handout';
import { sourceLine, shortSource } from '../../core/citation';
import { summaryText } from '../../components/SuggestionCard';
import { cardsById } from '../../core/cards';
import { articlesById } from '../../core/full-library';

beforeEach(() => fakeBrowser.reset());

describe('the handout preferences in storage', () => {
  it('adds its own versioned item to a v3 store and loses no setting or saved item', async () => {
    const settings = { mode: 'badge', side: 'left', width: 420, paused: false, pausedSites: ['example.org'], alwaysSites: ['physio.example'], quietSites: ['news.example'], collapsed: true };
    const item = { v: 2, kind: 'article', articleId: 'sciatica', savedAt: '2026-01-02T00:00:00.000Z', note: 'n', tags: ['a'] };
    await browser.storage.local.set({ settings, settings$: { v: 3 }, 'item:article:sciatica': item });
    // What the background does on start: WXT runs each item's migrations, then the collection's.
    await settingsItem.migrate();
    await handoutItem.migrate();
    await migrateStorage();
    expect(await handoutItem.getValue()).toEqual(DEFAULT_HANDOUT);
    expect(await changeHandout({ kind: 'set', values: { clinic: 'Riverside Physio' } })).toEqual({ ok: true });
    expect(await changeHandout({ kind: 'note', articleId: 'sciatica', note: 'Walk daily' })).toEqual({ ok: true });
    const stored = await browser.storage.local.get(null);
    expect(stored.settings).toEqual(settings);
    expect(stored['settings$']).toEqual({ v: 3 });
    expect(stored['item:article:sciatica']).toEqual(item);
    expect(stored.handout).toEqual({ clinic: 'Riverside Physio', showDate: true, includeClinicians: false, notes: { sciatica: 'Walk daily' } });
    expect(stored['handout$']).toEqual({ v: 1 });
    // And a settings change afterwards leaves the handout alone.
    await changeSettings({ kind: 'set', values: { width: 500 } });
    expect((await settingsItem.getValue()).width).toBe(500);
    expect((await handoutItem.getValue()).clinic).toBe('Riverside Physio');
  });

  it('keeps the settings of the first releases (unversioned) through their migrations when the handout is written', async () => {
    await browser.storage.local.set({ settings: { mode: 'auto', side: 'left', width: 9999, pausedSites: ['WWW.Example.org'] } });
    await settingsItem.migrate();
    await handoutItem.migrate();
    await changeHandout({ kind: 'set', values: { showDate: false } });
    const settings = await settingsItem.getValue();
    expect(settings).toMatchObject({ mode: 'peek', side: 'left', width: 640, pausedSites: ['example.org'] });
    expect((await handoutItem.getValue()).showDate).toBe(false);
  });

  it('is changed by message, and refuses a malformed change', async () => {
    const sender = { url: 'chrome-extension://x/reader.html' };
    expect(await handleMessage({ type: 'change-handout', change: { kind: 'set', values: { includeClinicians: true } } }, sender)).toEqual({ ok: true });
    expect((await handoutItem.getValue()).includeClinicians).toBe(true);
    expect(await handleMessage({ type: 'change-handout', change: { kind: 'note', articleId: '../x', note: 'x' } }, sender)).toBeUndefined();
    expect(isHandoutChange({ kind: 'nope' })).toBe(false);
  });

  it('repairs what is stored: lengths capped, bad ids and empty notes dropped, booleans defaulted', () => {
    const repaired = repairHandout({ clinic: `A\nB${'x'.repeat(200)}`, showDate: 'yes', includeClinicians: 1, notes: { ok: 'y'.repeat(1000), 'Bad Id': 'z', empty: '  ', n: 3 } });
    expect(repaired.clinic).toHaveLength(HANDOUT_LIMITS.clinic);
    expect(repaired.clinic.startsWith('A B')).toBe(true);
    expect(repaired.showDate).toBe(true);
    expect(repaired.includeClinicians).toBe(false);
    expect(Object.keys(repaired.notes)).toEqual(['ok']);
    expect(repaired.notes.ok).toHaveLength(HANDOUT_LIMITS.note);
    expect(repairHandout('garbage')).toEqual(DEFAULT_HANDOUT);
    const withNote = applyHandoutChange(DEFAULT_HANDOUT, { kind: 'note', articleId: 'sciatica', note: 'x' });
    expect(applyHandoutChange(withNote, { kind: 'note', articleId: 'sciatica', note: '' }).notes).toEqual({});
  });
});

describe('the handout layout', () => {
  it('starts a new sheet with the box that does not fit, never splitting one', () => {
    expect(sheetBreaks([100, 100, 100], 320, 10)).toEqual([]);
    expect(sheetBreaks([100, 100, 100], 300, 10)).toEqual([2]);
    expect(sheetBreaks([250, 100, 100, 200], 300, 10)).toEqual([1, 3]);
    // A box taller than a sheet gets a sheet of its own (and the e2e test would catch it).
    expect(sheetBreaks([400, 50], 300, 10)).toEqual([1]);
  });
});

describe('"Copy for patient" and the source line', () => {
  it('gives title, summary, when to get help, the short source line and the disclaimer', () => {
    const card = cardsById.get('groin-strain')!;
    const text = summaryText(card);
    expect(text.split('\n\n')).toEqual([card.title, card.summary, `When to see a professional: ${card.seeAProfessional}`, card.sourceLine, expect.stringMatching(/^Information, not a diagnosis/)]);
    expect(card.sourceLine).toBe(sourceLine(articlesById.get('groin-strain')!.sources));
  });

  it('names each source by its first author or issuing body, its number and year', () => {
    expect(shortSource({ type: 'article', title: 'T', authors: ['Weir A', 'Brukner P'], year: 2015 })).toBe('Weir A et al 2015');
    expect(shortSource({ type: 'guideline', title: 'T', issuer: 'National Institute for Health and Care Excellence (NICE)', number: 'NG226', year: 2022 })).toBe('NICE NG226 2022');
    expect(shortSource({ type: 'webpage', title: 'T', issuer: 'Public Health England', accessed: '2026-01-05' })).toBe('Public Health England 2026');
    expect(sourceLine([{ type: 'book', title: 'T', authors: ['Brukner P'], etAl: true, year: 2017 }])).toBe('Sources: Brukner P et al 2017.');
  });
});

describe('the clinician\'s view in the search', () => {
  it('finds an article by a word only its clinician\'s part holds, and nothing else', async () => {
    const { searchArticleIds } = await import('../../core/library-search');
    const { articles } = await import('../../core/full-library');
    const slump = articles.filter((a) => /slump/i.test(a.clinicians.examination.join(' '))).map((a) => a.id);
    expect(slump.length).toBeGreaterThan(0);
    const found = searchArticleIds('slump');
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(slump).toContain(id);
  });
});
