// What the collection page shows: the saved items as rows with a title, a kind and what to search
// them by, filtered by text and tag and sorted. Pure (no browser API, no citation library), so the
// rules are tested on their own (tests/unit/collection-view.test.ts).
import { itemKey, type SavedItem } from './collection';
import type { CslItem } from './csl';

export type SortOrder = 'saved-newest' | 'saved-oldest' | 'title' | 'type';
export const SORT_ORDERS: Record<SortOrder, string> = {
  'saved-newest': 'Saved, newest first',
  'saved-oldest': 'Saved, oldest first',
  title: 'Title (A to Z)',
  type: 'Type',
};

/** CSL types as a reader names them. */
const TYPE_NAMES: Record<string, string> = {
  webpage: 'Web page',
  'post-weblog': 'Blog post',
  'article-journal': 'Journal article',
  'article-newspaper': 'Newspaper article',
  'article-magazine': 'Magazine article',
  book: 'Book',
  chapter: 'Book chapter',
  report: 'Report',
  'entry-encyclopedia': 'HipLens article',
  thesis: 'Thesis',
  dataset: 'Data set',
};

export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export interface CollectionRow {
  key: string;
  item: SavedItem;
  csl: CslItem;
  title: string;
  type: string;
  /** Authors, container and year, for the line under the title. */
  byline: string;
}

export function rowOf(item: SavedItem, csl: CslItem): CollectionRow {
  const authors = (csl.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')).filter(Boolean);
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  const byline = [authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', '), csl['container-title'], year ? String(year) : ''].filter(Boolean).join(' · ');
  return { key: itemKey(item), item, csl, title: csl.title || (item.kind === 'page' ? item.url : item.articleId), type: typeName(csl.type), byline };
}

/** Every tag in the collection once (whatever its case), in alphabetical order. */
export function allTags(rows: readonly CollectionRow[]): string[] {
  const byLower = new Map<string, string>();
  for (const row of rows) for (const tag of row.item.tags) if (!byLower.has(tag.toLowerCase())) byLower.set(tag.toLowerCase(), tag);
  return [...byLower.values()].sort((a, b) => a.localeCompare(b));
}

// Letters that are not a base letter with an accent, written as a reader types them without one.
const PLAIN: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => PLAIN[c]!);

/**
 * The rows that contain every word of `text` (in the title, authors, container, address, DOI, note
 * or tags; accents and case aside) and carry `tag` (when one is chosen), in `order`.
 */
export function viewRows(rows: readonly CollectionRow[], { text = '', tag = '', order = 'saved-newest' as SortOrder } = {}): CollectionRow[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  const wanted = tag.toLowerCase();
  const shown = rows.filter((row) => {
    if (wanted && !row.item.tags.some((t) => t.toLowerCase() === wanted)) return false;
    if (!words.length) return true;
    const haystack = fold([row.title, row.byline, row.csl.URL, row.csl.DOI, row.item.note, ...row.item.tags].filter(Boolean).join(' '));
    return words.every((w) => haystack.includes(w));
  });
  const byTitle = (a: CollectionRow, b: CollectionRow) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
  const bySaved = (a: CollectionRow, b: CollectionRow) => (a.item.savedAt < b.item.savedAt ? -1 : a.item.savedAt > b.item.savedAt ? 1 : 0);
  const compare: Record<SortOrder, (a: CollectionRow, b: CollectionRow) => number> = {
    'saved-newest': (a, b) => bySaved(b, a),
    'saved-oldest': bySaved,
    title: byTitle,
    type: (a, b) => a.type.localeCompare(b.type) || byTitle(a, b),
  };
  return [...shown].sort(compare[order]);
}

/** Tags as typed in one box: separated by commas. */
export function parseTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter(Boolean);
}

/** A file name for an export made today: hiplens-collection-2026-01-15.bib. */
export function exportFileName(extension: string, now = new Date()): string {
  return `hiplens-collection-${now.toISOString().slice(0, 10)}.${extension}`;
}
