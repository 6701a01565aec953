// Importing a file into the collection (core/collection-import.ts, core/collection-backup.ts): the
// four kinds told apart by content, a bad, foreign or oversized file refused with a message that
// names what is wrong (and no items, so nothing changes), duplicates merged, and a backup that
// restores exactly what was exported.
import { describe, expect, it } from 'vitest';
import { articleCsl } from '../../core/citation-items';
import { exportEntries } from '../../core/citations';
import { BACKUP_FORMAT, makeBackup } from '../../core/collection-backup';
import { detectFormat, knownArticles, MAX_IMPORT_BYTES, parseImport, type ImportResult } from '../../core/collection-import';
import { planImport } from '../../core/collection-merge';
import { itemKey, itemsOf, newArticleItem, newPageItem, toStored, type SavedItem } from '../../core/collection';
import { articles, articlesById } from '../../core/full-library';

const known = knownArticles(articles);
const NOW = new Date('2026-02-01T10:00:00.000Z');
const read = (text: string, bytes?: number) => parseImport(text, known, { now: NOW, bytes });
const error = (result: ImportResult) => (result.ok ? `imported ${result.items.length}` : result.error);

const BIB = `% exported by a reference manager
@article{smith2020,
  author = {Smith, Anna and {World Health Organization}},
  title = {Femoroacetabular impingement: a review},
  journal = {Hip International},
  year = {2020},
  doi = {10.1177/1120700020000001},
  keywords = {FAI, review}
}
@book{nodoi,
  author = {Ng, Lee},
  title = {Hip Surgery},
  publisher = {Oxford University Press},
  year = {2001},
  isbn = {978-0-19-954002-5}
}
@misc{untitled, author = {Nobody}, year = {1999}}
`;

const RIS = ['TY  - JOUR', 'AU  - Smith, Anna', 'TI  - Femoroacetabular impingement: a review', 'T2  - Hip International', 'PY  - 2020', 'DO  - 10.1177/1120700020000001', 'ER  - ', ''].join('\r\n');

describe('telling files apart by what is in them', () => {
  it('recognises a backup, CSL-JSON, BibTeX and RIS, whatever the file is called', () => {
    expect(detectFormat(makeBackup([]))).toBe('hiplens-backup');
    expect(detectFormat('  [{"id": "a", "type": "book", "title": "T"}]')).toBe('csl-json');
    expect(detectFormat(BIB)).toBe('bibtex');
    expect(detectFormat(RIS)).toBe('ris');
    expect(detectFormat('Title,Author\nA,B\n')).toBeUndefined();
    // Whatever wrote it put a byte order mark first.
    const ris = read(`\ufeff${RIS}`);
    expect(ris.ok && ris.format).toBe('ris');
  });
});

describe('files that are refused, with what is wrong named', () => {
  it.each([
    ['an empty file', '   \n', 'the file is empty'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 'this is not a text file; HipLens imports BibTeX (.bib), RIS (.ris), CSL-JSON (.json) and HipLens backups'],
    ['a CSV file', 'Title,Author\nA,B\n', 'this is not a file HipLens can read; HipLens imports BibTeX (.bib), RIS (.ris), CSL-JSON (.json) and HipLens backups'],
    ['a PDF', '%PDF-1.7\n1 0 obj\n', 'this is not a file HipLens can read; HipLens imports BibTeX (.bib), RIS (.ris), CSL-JSON (.json) and HipLens backups'],
    ['broken JSON', '[{"id": "a", ', /^this CSL-JSON file cannot be read: /],
    ['JSON of another kind', '{"name": "my-package", "version": "1.0.0"}', 'this JSON file is neither CSL-JSON (a list of items) nor a HipLens backup'],
    ['broken BibTeX', '@article{a, title = {Unclosed}\n@book{b, title = {B}}', /^this BibTeX file cannot be read: invalid syntax at line \d+ col \d+/],
    ['BibTeX with no titles', '@misc{a, author = {X}}', 'no reference in this BibTeX file has a title'],
    ['a backup from a newer HipLens', JSON.stringify({ format: BACKUP_FORMAT, version: 9, items: [] }), 'this backup was made by a newer HipLens (backup version 9); update HipLens to restore it'],
    ['a backup without items', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'this HipLens backup has no list of items'],
  ])('%s', (_, text, message) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (typeof message === 'string') expect(error(result)).toBe(message);
    else expect(error(result)).toMatch(message);
  });

  it('a file over 5 MB, by the size the browser reports or by its own length', () => {
    expect(error(read(RIS, 7.2 * 1024 * 1024))).toBe('the file is 7.2 MB; HipLens imports files of up to 5 MB');
    expect(error(read(`${RIS}${' '.repeat(MAX_IMPORT_BYTES)}`))).toBe('the file is 5.0 MB; HipLens imports files of up to 5 MB');
  });

  it('more than 5,000 references at once', () => {
    const many = JSON.stringify(Array.from({ length: 5001 }, (_, n) => ({ id: `i${n}`, type: 'book', title: `Book ${n}` })));
    expect(error(read(many))).toBe('the file has 5,001 references; HipLens imports up to 5,000 at a time');
  });
});

describe('files that are read', () => {
  it('BibTeX: every entry with a title, the rest named as left out', () => {
    const result = read(BIB);
    expect(result.ok && result.format).toBe('bibtex');
    if (!result.ok) return;
    expect(result.skipped).toEqual(['entry 3: it has no title']);
    expect(result.items).toHaveLength(2);
    const [paper, book] = result.items as Extract<SavedItem, { kind: 'page' }>[];
    expect(paper).toMatchObject({
      kind: 'page',
      url: 'https://doi.org/10.1177/1120700020000001',
      savedAt: NOW.toISOString(),
      tags: ['FAI', 'review'],
      csl: { type: 'article-journal', title: 'Femoroacetabular impingement: a review', 'container-title': 'Hip International', DOI: '10.1177/1120700020000001', issued: { 'date-parts': [[2020]] } },
    });
    expect(paper!.csl.author).toEqual([{ family: 'Smith', given: 'Anna' }, { family: 'World Health Organization' }]);
    // A book with neither URL nor DOI is kept under its ISBN.
    expect(book).toMatchObject({ url: 'urn:isbn:9780199540025', csl: { type: 'book', title: 'Hip Surgery', publisher: 'Oxford University Press' } });
  });

  it('RIS and CSL-JSON, and one CSL item on its own', () => {
    const ris = read(RIS);
    expect(ris.ok && ris.items.map((i) => i.kind === 'page' && i.csl.title)).toEqual(['Femoroacetabular impingement: a review']);
    const one = read(JSON.stringify({ id: 'x', type: 'webpage', title: 'One page', URL: 'https://x.example/' }));
    expect(one.ok && one.items).toEqual([{ ...newPageItem({ id: 'https://x.example/', type: 'webpage', title: 'One page', URL: 'https://x.example/' }, NOW) }]);
  });

  it('recognises HipLens’s own articles, by their id or by title in HipLens’s library', () => {
    const csl = articleCsl(articlesById.get('sciatica')!);
    const byId = read(JSON.stringify([csl]));
    expect(byId.ok && byId.items).toEqual([{ ...newArticleItem('sciatica', NOW) }]);
    const byTitle = read(exportEntries([{ csl, note: 'from a .bib', tags: ['back'] }], 'bibtex'));
    expect(byTitle.ok && byTitle.items).toEqual([{ ...newArticleItem('sciatica', NOW), note: 'from a .bib', tags: ['back'] }]);
    // An id that is no article of this library is an ordinary work.
    const unknown = read(JSON.stringify([{ ...csl, id: 'hiplens:not-an-article', title: 'Retired article', 'container-title': 'Elsewhere' }]));
    expect(unknown.ok && unknown.items[0]!.kind).toBe('page');
  });

  it('merges the same work given twice, or already saved, instead of doubling it', () => {
    const again = '@article{again, title = {FAI review (preprint)}, doi = {https://doi.org/10.1177/1120700020000001}}';
    const result = read(BIB.replace('@misc{untitled, author = {Nobody}, year = {1999}}', again));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = newPageItem({ id: '', type: 'book', title: 'Hip Surgery', ISBN: '9780199540025' });
    const plan = planImport({ [itemKey(saved)]: toStored(saved) }, result.items);
    expect([plan.added, plan.merged]).toEqual([1, 2]);
    expect(Object.keys(plan.set).sort()).toEqual(['item:page:https://doi.org/10.1177/1120700020000001', 'item:page:urn:isbn:9780199540025']);
  });
});

describe('a HipLens backup', () => {
  const items: SavedItem[] = [
    { ...newArticleItem('groin-strain', new Date('2026-01-01')), note: 'Ask about the exercise class', tags: ['sport'] },
    { ...newPageItem({ id: 'https://x.example/a', type: 'webpage', title: 'Hüftschmerz & “Leiste”', URL: 'https://x.example/a', author: [{ literal: '肖春芳' }], accessed: { 'date-parts': [[2026, 1, 2]] } }, new Date('2026-01-02')), note: 'two\nlines' },
    { ...newArticleItem('no-longer-in-the-library', new Date('2026-01-03')) },
  ];

  it('restores exactly what was exported, into an empty collection', () => {
    const snapshot = Object.fromEntries(items.map((item) => [itemKey(item), toStored(item)]));
    const result = read(makeBackup(itemsOf(snapshot), NOW));
    expect(result.ok && result.format).toBe('hiplens-backup');
    if (!result.ok) return;
    expect(result.items).toEqual(itemsOf(snapshot));
    expect(planImport({}, result.items).set).toEqual(snapshot);
  });

  it('is versioned JSON of every stored item', () => {
    expect(JSON.parse(makeBackup(items, NOW))).toEqual({ format: 'hiplens-collection', version: 1, exportedAt: NOW.toISOString(), items: items.map(toStored) });
  });

  it('skips what is not an item, and says how much', () => {
    const result = read(JSON.stringify({ format: BACKUP_FORMAT, version: 1, items: [toStored(items[0]!), 'junk', { kind: 'page' }] }));
    expect(result.ok && [result.items.length, result.skipped]).toEqual([1, ['2 entries that are not items']]);
  });
});
