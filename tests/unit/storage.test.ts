// The one writer of stored data (features/storage-writer.ts) against WXT's in-memory fake browser:
// writes in order, one key per saved item, migrations from the first releases' layout, and
// failures that are reported while nothing stored before is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleKey, ITEM_SCHEMA, itemsOf, newArticleItem, planLegacyMigration, upgradeItem, type SavedItem } from '../../core/collection';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { changeCollection, changeSettings, migrateStorage, savedArticleIds, settingsItem } from '../../features/storage-writer';
import { handleMessage } from '../../features/message-hub';

const v1 = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'storage-v1.json'), 'utf8')) as { settings: object; collection: SavedItem[] };
const all = () => browser.storage.local.get(null) as Promise<Record<string, unknown>>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the saved collection after an update from the one-array layout', () => {
  it('keeps every item, each under its own key, and only then drops the array', async () => {
    await browser.storage.local.set({ collection: v1.collection });
    await migrateStorage();
    const stored = await all();
    expect(stored.collection).toBeUndefined();
    const items = itemsOf(stored);
    expect(items).toHaveLength(v1.collection.length);
    expect(items).toEqual(v1.collection.map((item) => upgradeItem(item)));
    expect(stored[articleKey('hip-osteoarthritis')]).toMatchObject({ v: ITEM_SCHEMA, note: 'Ask about the exercise class', tags: [] });
    expect(Object.keys(stored).sort()).toEqual([
      'item:article:groin-strain',
      'item:article:hip-osteoarthritis',
      'item:article:sciatica',
      'item:page:https://clinic.example/hip-pain',
    ]);
  });

  it('merges an item saved twice, and one already under its new key, without losing its note', () => {
    const plan = planLegacyMigration({
      collection: [
        { kind: 'article', articleId: 'sciatica', savedAt: '2026-01-02T00:00:00.000Z', note: 'first' },
        { kind: 'article', articleId: 'sciatica', savedAt: '2026-01-01T00:00:00.000Z', note: '' },
        'garbage',
        { kind: 'page' },
      ],
      [articleKey('sciatica')]: { v: 1, kind: 'article', articleId: 'sciatica', savedAt: '2026-03-01T00:00:00.000Z', note: '' },
    });
    expect(plan.remove).toEqual(['collection']);
    expect(plan.set).toEqual({ [articleKey('sciatica')]: { v: ITEM_SCHEMA, kind: 'article', articleId: 'sciatica', savedAt: '2026-01-01T00:00:00.000Z', note: 'first', tags: [] } });
  });

  it('leaves the old array in place when the new keys cannot be written, so nothing is lost', async () => {
    await browser.storage.local.set({ collection: v1.collection });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await migrateStorage();
    expect((await all()).collection).toEqual(v1.collection);
    expect(warn).toHaveBeenCalled();
  });

  it('does nothing on a profile that has no old array', async () => {
    await changeCollection({ kind: 'save', item: newArticleItem('sciatica') });
    const before = await all();
    await migrateStorage();
    expect(await all()).toEqual(before);
  });
});

describe('settings, versioned', () => {
  it('migrate the unversioned settings of the first releases to version 3, repaired', async () => {
    await browser.storage.local.set({ settings: v1.settings });
    await settingsItem.migrate();
    const stored = await all();
    expect(stored['settings$']).toEqual({ v: 3 });
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, mode: 'badge', side: 'left', width: 400, pausedSites: ['b.org', 'example.com'] });
  });

  it('migrate version 2 settings that open on every match ("auto") to the peek', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, mode: 'auto' }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('apply changes from different views in the order they were asked, none undoing another', async () => {
    const answers = await Promise.all([
      changeSettings({ kind: 'set', values: { mode: 'badge' } }),
      changeSettings({ kind: 'site-rule', host: 'a.com', rule: 'paused' }),
      changeSettings({ kind: 'set', values: { width: 500 } }),
      changeSettings({ kind: 'site-rule', host: 'b.com', rule: 'always' }),
    ]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, mode: 'badge', width: 500, pausedSites: ['a.com'], alwaysSites: ['b.com'] });
  });
});

describe('saving', () => {
  it('keeps both items when two tabs save at the same moment', async () => {
    const [a, b] = await Promise.all([
      handleMessage({ type: 'change-collection', change: { kind: 'save', item: newArticleItem('groin-strain') } }, { tab: { id: 1, index: 0 } as never }),
      handleMessage({ type: 'change-collection', change: { kind: 'save', item: newArticleItem('sciatica') } }, { tab: { id: 2, index: 1 } as never }),
    ]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    expect((await savedArticleIds()).sort()).toEqual(['groin-strain', 'sciatica']);
  });

  it('saving again keeps when it was first saved and its note; removing takes that item only', async () => {
    await changeCollection({ kind: 'save', item: { ...newArticleItem('sciatica', new Date('2026-01-01')), note: 'keep me' } });
    await changeCollection({ kind: 'save', item: newArticleItem('sciatica', new Date('2026-05-01')) });
    await changeCollection({ kind: 'save', item: newArticleItem('groin-strain') });
    expect((await all())[articleKey('sciatica')]).toMatchObject({ savedAt: '2026-01-01T00:00:00.000Z', note: 'keep me' });
    await changeCollection({ kind: 'remove', key: articleKey('sciatica') });
    expect(await savedArticleIds()).toEqual(['groin-strain']);
  });

  it('reports a full storage to the user, and keeps what was saved before', async () => {
    await changeCollection({ kind: 'save', item: newArticleItem('groin-strain') });
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const answer = await changeCollection({ kind: 'save', item: newArticleItem('sciatica') });
    expect(answer).toEqual({ ok: false, error: 'the browser’s storage for HipLens is full' });
    expect(await savedArticleIds()).toEqual(['groin-strain']);
    // The queue goes on after a failure.
    expect(await changeCollection({ kind: 'save', item: newArticleItem('sciatica') })).toEqual({ ok: true });
  });

  it('refuses malformed changes without touching storage', async () => {
    expect(await handleMessage({ type: 'change-collection', change: { kind: 'remove', key: 'settings' } }, {})).toBeUndefined();
    expect(await handleMessage({ type: 'change-collection', change: { kind: 'save', item: { kind: 'article' } } }, {})).toBeUndefined();
    expect(await handleMessage({ type: 'change-settings', change: { kind: 'set' } }, {})).toBeUndefined();
    expect(await all()).toEqual({});
  });
});

describe('editing and importing, through the one writer', () => {
  it('replaces a note and the tags, and reports an item that is gone instead of saving it again', async () => {
    await changeCollection({ kind: 'save', item: { ...newArticleItem('sciatica'), note: 'old' } });
    expect(await changeCollection({ kind: 'edit', key: articleKey('sciatica'), note: 'new', tags: ['essay'] })).toEqual({ ok: true });
    expect((await all())[articleKey('sciatica')]).toMatchObject({ note: 'new', tags: ['essay'] });
    await changeCollection({ kind: 'remove', key: articleKey('sciatica') });
    const answer = await changeCollection({ kind: 'edit', key: articleKey('sciatica'), note: 'lost?' });
    expect(answer).toEqual({ ok: false, error: 'it is no longer in your collection (removed in another tab?)' });
    expect(await all()).toEqual({});
  });

  it('merges an import with the collection as it is when the import is applied, a save just before included', async () => {
    const [saved, imported] = await Promise.all([
      changeCollection({ kind: 'save', item: { ...newArticleItem('sciatica'), note: 'from the sidebar' } }),
      changeCollection({ kind: 'import', items: [{ ...newArticleItem('sciatica'), note: 'from the file' }, newArticleItem('groin-strain')] }),
    ]);
    expect([saved, imported]).toEqual([{ ok: true }, { ok: true }]);
    const stored = await all();
    expect(Object.keys(stored).sort()).toEqual([articleKey('groin-strain'), articleKey('sciatica')]);
    expect(stored[articleKey('sciatica')]).toMatchObject({ note: 'from the sidebar\n\nfrom the file' });
  });

  it('writes nothing of an import when storage is full, and says so', async () => {
    await changeCollection({ kind: 'save', item: newArticleItem('sciatica') });
    const before = await all();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await changeCollection({ kind: 'import', items: [newArticleItem('groin-strain')] })).toEqual({ ok: false, error: 'the browser’s storage for HipLens is full' });
    expect(await all()).toEqual(before);
  });
});
