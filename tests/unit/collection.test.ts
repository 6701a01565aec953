// The collection's schema v2 (core/collection.ts): tags on every item, CSL-JSON on every saved
// page, v1 items read without losing anything, and many items brought in at once without doubling
// any (core/collection-merge.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleKey,
  cleanTags,
  combineSaved,
  editItem,
  isCollectionChange,
  ITEM_SCHEMA,
  itemKey,
  itemsOf,
  mergeSaved,
  newArticleItem,
  newPageItem,
  normalizeDoi,
  referenceAddress,
  toStored,
  upgradeItem,
  type SavedItem,
  type SavedPage,
} from '../../core/collection';
import { planImport } from '../../core/collection-merge';
import { cleanCslItem, type CslItem } from '../../core/csl';
import { cslValidator } from './csl-schema';

const v1 = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'storage-v1.json'), 'utf8')) as { collection: Record<string, string>[] };
const validate = cslValidator();
const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

const page = (csl: Partial<CslItem>, extra: Partial<SavedPage> = {}): SavedPage => ({ ...newPageItem({ id: '', type: 'webpage', ...csl }, at('2026-02-01')), ...extra });

describe('schema v2', () => {
  it('reads every v1 item of the first releases without losing a field', () => {
    expect(ITEM_SCHEMA).toBe(2);
    for (const old of v1.collection) {
      const item = upgradeItem(old)!;
      expect(item.savedAt).toBe(old.savedAt);
      expect(item.note).toBe(old.note);
      expect(item.tags).toEqual([]);
      if (old.kind === 'article') expect(item).toEqual({ kind: 'article', articleId: old.articleId, savedAt: old.savedAt, note: old.note, tags: [] });
      else expect(item).toEqual({ kind: 'page', url: old.url, csl: { id: old.url, type: 'webpage', URL: old.url, title: old.title }, savedAt: old.savedAt, note: old.note, tags: [] });
    }
    // A v1 item stored under its own key (the layout before v2) reads the same way.
    const stored = { [articleKey('sciatica')]: { v: 1, kind: 'article', articleId: 'sciatica', savedAt: '2026-10-05T12:00:00.000Z', note: 'x' } };
    expect(itemsOf(stored)).toEqual([{ kind: 'article', articleId: 'sciatica', savedAt: '2026-10-05T12:00:00.000Z', note: 'x', tags: [] }]);
  });

  it('stores and reads a v2 item unchanged', () => {
    const items: SavedItem[] = [
      { ...newArticleItem('groin-strain', at('2026-01-01')), note: 'for the essay', tags: ['sport', 'groin'] },
      page(
        {
          title: 'Hüftschmerz & Leistenschmerz',
          author: [{ family: 'Müller', given: 'Zoë' }, { literal: 'NHS England' }],
          'container-title': 'Ärzteblatt',
          issued: { 'date-parts': [[2024, 3, 5]] },
          accessed: { 'date-parts': [[2026, 2, 1]] },
          URL: 'https://example.org/a?b=1&c=2',
          DOI: '10.1000/xyz',
          language: 'de',
        },
        { tags: ['German'] },
      ),
    ];
    for (const item of items) {
      const stored = toStored(item);
      expect(stored.v).toBe(ITEM_SCHEMA);
      expect(upgradeItem(JSON.parse(JSON.stringify(stored)))).toEqual(item);
    }
  });

  it('keeps tags tidy: trimmed, single-spaced, each once whatever its case, strings only', () => {
    expect(cleanTags(['  hip  pain ', 'Hip Pain', 'essay', '', 5, null, 'x'.repeat(60)])).toEqual(['hip pain', 'essay', 'x'.repeat(40)]);
    expect(cleanTags('not a list')).toEqual([]);
    expect(upgradeItem({ kind: 'article', articleId: 'sciatica', tags: ['a', 'A', 3] })!.tags).toEqual(['a']);
  });

  it('repairs a stored CSL item into one the CSL-JSON schema accepts', () => {
    const repaired = upgradeItem({
      v: 2,
      kind: 'page',
      url: 'https://x.example/',
      csl: {
        id: 7,
        type: 'not-a-type',
        title: ['no'],
        author: [{ family: 'Ok', given: 'Yes', evil: 1 }, 'string', { nothing: true }, null],
        issued: { 'date-parts': [['2020', 'x', 3]], junk: 1 },
        accessed: 'yesterday',
        volume: 12,
        custom: { a: 1 },
        '<script>': 'x',
      },
    }) as SavedPage;
    expect(repaired.csl).toEqual({ id: '7', type: 'document', title: 'https://x.example/', author: [{ family: 'Ok', given: 'Yes' }], issued: { 'date-parts': [[2020, 3]] }, volume: '12' });
    expect(validate([repaired.csl]), JSON.stringify(validate.errors)).toBe(true);
    expect(cleanCslItem('nope')).toBeUndefined();
    // No address a link could run: an imported javascript: URL is dropped, and such a page is no item.
    expect(cleanCslItem({ id: 'x', type: 'webpage', URL: 'javascript:alert(1)' })).toEqual({ id: 'x', type: 'webpage' });
    expect(upgradeItem({ kind: 'page', url: ' JavaScript:alert(1)', title: 'x' })).toBeUndefined();
    expect(upgradeItem({ kind: 'page', url: 'urn:isbn:9780199540025', csl: { id: 'b', type: 'book', title: 'B' } })).toBeTruthy();
    expect(cleanCslItem({ title: 'no id' })).toBeUndefined();
  });
});

describe('saving, editing and combining', () => {
  it('saving a page again keeps its note, date and data, adds the new tags and fills missing fields', () => {
    const first = page({ title: 'Imported title', URL: 'https://x.example/a', DOI: '10.1/a' }, { note: 'mine', tags: ['a'], savedAt: '2026-01-01T00:00:00.000Z' });
    const again = page({ title: 'Scraped title', URL: 'https://x.example/a', language: 'en' }, { tags: ['b', 'A'] });
    expect(mergeSaved(first, again)).toEqual({ ...first, tags: ['a', 'b'], csl: { ...first.csl, language: 'en' } });
  });

  it('edits replace the note and the tags, and nothing else', () => {
    const item = { ...newArticleItem('sciatica'), note: 'old', tags: ['x'] };
    expect(editItem(item, { note: 'new' })).toEqual({ ...item, note: 'new' });
    expect(editItem(item, { tags: [' y ', 'Y'] })).toEqual({ ...item, tags: ['y'] });
  });

  it('combining two records of one item keeps the earlier date and both notes', () => {
    const a = { ...newArticleItem('sciatica', at('2026-03-01')), note: 'one', tags: ['a'] };
    const b = { ...newArticleItem('sciatica', at('2026-01-01')), note: 'two', tags: ['b'] };
    expect(combineSaved(a, b)).toEqual({ ...a, savedAt: b.savedAt, note: 'one\n\ntwo', tags: ['a', 'b'] });
    expect(combineSaved(a, { ...a })).toEqual(a);
  });

  it('checks the new changes on arrival', () => {
    expect(isCollectionChange({ kind: 'edit', key: articleKey('sciatica'), note: 'n', tags: ['t'] })).toBe(true);
    expect(isCollectionChange({ kind: 'edit', key: 'settings', note: 'n' })).toBe(false);
    expect(isCollectionChange({ kind: 'edit', key: articleKey('sciatica'), note: 5 })).toBe(false);
    expect(isCollectionChange({ kind: 'import', items: [newArticleItem('sciatica')] })).toBe(true);
    expect(isCollectionChange({ kind: 'import', items: [newArticleItem('sciatica'), { kind: 'page' }] })).toBe(false);
    expect(isCollectionChange({ kind: 'import', items: Array.from({ length: 5001 }, () => newArticleItem('sciatica')) })).toBe(false);
  });
});

describe('the address of a work without a URL', () => {
  it('is its DOI, its ISBN, or the same urn: for the same title, year and author', () => {
    expect(normalizeDoi(' https://doi.org/10.1093/JHPS/hnab012 ')).toBe('10.1093/jhps/hnab012');
    expect(normalizeDoi('doi:10.1/X')).toBe('10.1/x');
    expect(referenceAddress({ id: '', type: 'book', DOI: 'doi:10.1/ABC' })).toBe('https://doi.org/10.1/abc');
    expect(referenceAddress({ id: '', type: 'book', ISBN: '978-0-19-954002-5' })).toBe('urn:isbn:9780199540025');
    const book = { id: '', type: 'book', title: 'Hip Surgery', issued: { 'date-parts': [[2001]] }, author: [{ family: 'Ng' }] };
    expect(referenceAddress(book)).toMatch(/^urn:hiplens:[0-9a-z]+$/);
    expect(referenceAddress({ ...book, title: 'hip  surgery!' })).toBe(referenceAddress(book));
    expect(referenceAddress({ ...book, title: 'Knee Surgery' })).not.toBe(referenceAddress(book));
    expect(newPageItem(book).url).toBe(referenceAddress(book));
  });
});

describe('importing many items', () => {
  const saved = [
    { ...newArticleItem('sciatica', at('2026-01-01')), note: 'saved first' },
    page({ title: 'GTPS', URL: 'https://clinic.example/gtps' }, { savedAt: '2026-01-02T00:00:00.000Z' }),
    page({ title: 'A paper', URL: 'https://journal.example/a', DOI: '10.5555/ABC' }, { savedAt: '2026-01-03T00:00:00.000Z' }),
  ];
  const snapshot = Object.fromEntries(saved.map((item) => [itemKey(item), toStored(item)]));

  it('merges duplicates by article id, canonical URL and DOI, and adds the rest', () => {
    const plan = planImport({ ...snapshot, settings: { mode: 'peek' } }, [
      { ...newArticleItem('sciatica', at('2026-05-01')), note: 'imported', tags: ['x'] },
      page({ title: 'GTPS again', URL: 'https://clinic.example/gtps#treatment', language: 'en' }),
      page({ title: 'The paper, elsewhere', URL: 'https://mirror.example/a', DOI: 'https://doi.org/10.5555/abc', abstract: 'From the mirror' }),
      page({ title: 'New', URL: 'https://new.example/' }),
      page({ title: 'New, twice', URL: 'https://new.example/#again' }, { tags: ['twice'] }),
      { kind: 'page' } as unknown as SavedItem,
    ]);
    expect([plan.added, plan.merged, plan.unchanged]).toEqual([1, 4, 0]);
    expect(Object.keys(plan.set).sort()).toEqual([articleKey('sciatica'), itemKey(saved[1]!), itemKey(saved[2]!), 'item:page:https://new.example/'].sort());
    expect(plan.set[articleKey('sciatica')]).toMatchObject({ savedAt: saved[0]!.savedAt, note: 'saved first\n\nimported', tags: ['x'] });
    expect(plan.set[itemKey(saved[1]!)]).toMatchObject({ csl: { title: 'GTPS', language: 'en' } });
    expect(plan.set[itemKey(saved[2]!)]).toMatchObject({ url: 'https://journal.example/a', csl: { title: 'A paper', URL: 'https://journal.example/a', abstract: 'From the mirror' } });
    expect(plan.set['item:page:https://new.example/']).toMatchObject({ tags: ['twice'] });
    expect(plan.remove).toEqual([]);
  });

  it('writes nothing for items saved exactly so already', () => {
    const plan = planImport(snapshot, saved);
    expect(plan).toEqual({ set: {}, remove: [], added: 0, merged: 0, unchanged: 3 });
  });

  it('restores exactly what was saved into an empty collection', () => {
    const plan = planImport({}, itemsOf(snapshot));
    expect(plan.set).toEqual(snapshot);
    expect(itemsOf(plan.set)).toEqual(itemsOf(snapshot));
  });
});
