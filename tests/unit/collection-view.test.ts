// The collection page's rules (core/collection-view.ts) and the sidebar's Saved view list.
import { describe, expect, it } from 'vitest';
import { savedItemCsl } from '../../core/citation-items';
import { newArticleItem, newPageItem, type SavedItem } from '../../core/collection';
import { allTags, exportFileName, parseTags, rowOf, typeName, viewRows, type SortOrder } from '../../core/collection-view';
import { articlesById } from '../../core/full-library';
import { isToBackground, isToContent } from '../../core/messages';
import { isFromPanel } from '../../core/sidebar-types';
import { savedEntries } from '../../components/PanelApp';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const page = (title: string, day: number, extra: Partial<SavedItem> = {}) =>
  ({ ...newPageItem({ id: '', type: 'webpage', title, URL: `https://example.org/${encodeURIComponent(title)}`, author: [{ family: 'Müller', given: 'Anna' }] }, at(day)), ...extra }) as SavedItem;
const items: SavedItem[] = [
  page('Zebra stripes and the hip', 3, { tags: ['Reading', 'exam'], note: 'Ask about Trendelenburg' }),
  { ...newArticleItem('groin-strain', at(1)), tags: ['exam'] },
  page('Émile on adductors', 2, { tags: ['reading'] }),
];
const rows = items.map((item) => rowOf(item, savedItemCsl(item, articlesById)));

describe('the collection view', () => {
  it('names a HipLens article by its title and type, and a page by its CSL title', () => {
    expect(rows[1]).toMatchObject({ title: articlesById.get('groin-strain')!.title, type: 'HipLens article', key: 'item:article:groin-strain' });
    expect(rows[0]).toMatchObject({ title: 'Zebra stripes and the hip', type: 'Web page', byline: 'Anna Müller' });
    expect(typeName('article-journal')).toBe('Journal article');
    expect(typeName('personal-communication')).toBe('Personal communication');
  });

  it('sorts by saved date either way, by title (accents and case aside) and by type', () => {
    const titles = (order: SortOrder) => viewRows(rows, { order }).map((r) => r.title.slice(0, 5));
    expect(titles('saved-newest')).toEqual(['Zebra', 'Émile', rows[1]!.title.slice(0, 5)]);
    expect(titles('saved-oldest')).toEqual([rows[1]!.title.slice(0, 5), 'Émile', 'Zebra']);
    expect(viewRows(rows, { order: 'title' }).map((r) => r.title)).toEqual([...rows.map((r) => r.title)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    expect(viewRows(rows, { order: 'type' }).map((r) => r.type)).toEqual(['HipLens article', 'Web page', 'Web page']);
  });

  it('filters by every word of the text (in title, author, note or tag, accents aside) and by tag (case aside)', () => {
    expect(viewRows(rows, { text: 'emile' }).map((r) => r.title)).toEqual(['Émile on adductors']);
    expect(viewRows(rows, { text: 'trendelenburg zebra' })).toHaveLength(1);
    expect(viewRows(rows, { text: 'muller' })).toHaveLength(2);
    expect(viewRows([rowOf(page('Ødegård and Łukasz on Straße', 4), { id: 'x', type: 'webpage', title: 'Ødegård and Łukasz on Straße' })], { text: 'odegard lukasz strasse' })).toHaveLength(1);
    expect(viewRows(rows, { text: 'trendelenburg emile' })).toHaveLength(0);
    expect(viewRows(rows, { tag: 'READING' }).map((r) => r.title).sort()).toEqual(['Zebra stripes and the hip', 'Émile on adductors']);
    expect(viewRows(rows, { tag: 'exam', text: 'zebra' })).toHaveLength(1);
    expect(allTags(rows)).toEqual(['exam', 'Reading']);
  });

  it('reads tags typed with commas, and names export files by the day', () => {
    expect(parseTags(' exam, hip ,, FAI ')).toEqual(['exam', 'hip', 'FAI']);
    expect(exportFileName('bib', new Date('2026-01-15T23:00:00Z'))).toBe('hiplens-collection-2026-01-15.bib');
  });

  it('lists the collection newest first in the sidebar\'s Saved view', () => {
    expect(savedEntries(items).map((e) => [e.kind, e.target])).toEqual([
      ['page', 'https://example.org/%C3%89mile%20on%20adductors'],
      ['article', 'groin-strain'],
      ['page', 'https://example.org/Zebra%20stripes%20and%20the%20hip'],
    ]);
  });

  it('accepts the new messages and nothing like them', () => {
    expect(isToBackground({ type: 'open-collection' })).toBe(true);
    expect(isToContent({ type: 'get-page-metadata' })).toBe(true);
    expect(isToContent({ type: 'get-page-csl' })).toBe(false);
    expect(isFromPanel({ type: 'read-page-metadata' })).toBe(true);
    expect(isFromPanel({ type: 'page-metadata' })).toBe(false);
  });
});
