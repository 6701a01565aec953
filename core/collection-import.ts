// Reading a file into collection items: a HipLens backup, CSL-JSON, BibTeX or BibLaTeX, or RIS,
// told apart by content (not by name). Parsing is citation-js's (with the exports in
// core/citations.ts, this is extension-page code only). A file that is empty, too large, of
// another kind or unreadable gets a message naming what is wrong and yields no items, so nothing
// changes; the items of a good file are validated one by one (a work needs a title) and merged
// into the collection by the background (core/collection-merge.ts), never doubled.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { articleIdOfCslId, LIBRARY_NAME } from './citation-items';
import { isBackup, readBackup } from './collection-backup';
import { cleanTags, MAX_IMPORT_ITEMS, newArticleItem, newPageItem, type SavedItem } from './collection';
import { cleanCslItem, type CslItem } from './csl';

/** The largest file read: a reference manager's library of thousands of items fits. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportFormat = 'hiplens-backup' | 'csl-json' | 'bibtex' | 'ris';
export const IMPORT_FORMAT_NAMES: Record<ImportFormat, string> = { 'hiplens-backup': 'HipLens backup', 'csl-json': 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS' };

export type ImportResult =
  | { ok: true; format: ImportFormat; items: SavedItem[]; /** Entries left out, and why. */ skipped: string[] }
  | { ok: false; error: string };

const WHAT_WE_READ = 'HipLens imports BibTeX (.bib), RIS (.ris), CSL-JSON (.json) and HipLens backups';

/** The HipLens articles an imported entry may be: by title, for entries that lost their id. */
export interface KnownArticles {
  ids: ReadonlySet<string>;
  idByTitle: ReadonlyMap<string, string>;
}

export function knownArticles(articles: Iterable<{ id: string; title: string }>): KnownArticles {
  const list = [...articles];
  return { ids: new Set(list.map((a) => a.id)), idByTitle: new Map(list.map((a) => [a.title.toLowerCase(), a.id])) };
}

export function detectFormat(text: string): ImportFormat | undefined {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return isBackup(JSON.parse(start)) ? 'hiplens-backup' : 'csl-json';
    } catch {
      return 'csl-json';
    }
  }
  if (/^TY {2}-/m.test(text)) return 'ris';
  if (/^\s*@[a-z]+\s*[{(]/im.test(text)) return 'bibtex';
  return undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** A CSL entry as a collection item: one of HipLens's own articles, or a saved page or work. */
function itemOf(csl: CslItem, now: Date, articles: KnownArticles): SavedItem {
  const note = csl.annote ?? '';
  const tags = cleanTags((csl.keyword ?? '').split(/[,;]/));
  const fromLibrary = csl['container-title'] === LIBRARY_NAME ? articles.idByTitle.get((csl.title ?? '').toLowerCase()) : undefined;
  const articleId = articleIdOfCslId(csl.id) ?? fromLibrary;
  if (articleId && articles.ids.has(articleId)) return { ...newArticleItem(articleId, now), note, tags };
  // The reader's note and tags are the item's own; its id is its address, as for a saved page.
  const { annote: _note, keyword: _tags, 'citation-key': _key, ...data } = csl;
  // RIS readers file a web page's site (T2) as its collection title.
  if (data.type === 'webpage' && !data['container-title'] && data['collection-title']) {
    data['container-title'] = data['collection-title'];
    delete data['collection-title'];
  }
  return { ...newPageItem({ ...data, id: '' }, now), note, tags };
}

function parseEntries(text: string, format: ImportFormat): unknown[] | string {
  try {
    if (format === 'csl-json') {
      const json: unknown = JSON.parse(text);
      // A list of items, or one item on its own.
      const list = Array.isArray(json) ? json : json && typeof json === 'object' && ('type' in json || 'title' in json) ? [json] : undefined;
      return list ?? 'this JSON file is neither CSL-JSON (a list of items) nor a HipLens backup';
    }
    return plugins.input.chain(text, { forceType: format === 'ris' ? '@ris/file' : '@biblatex/text', generateGraph: false });
  } catch (error) {
    return `this ${IMPORT_FORMAT_NAMES[format]} file cannot be read: ${String((error as Error).message ?? error).split('\n')[0]}`;
  }
}

/**
 * The items in a file, or what is wrong with it. `bytes` is the file's size as the browser gives
 * it (File.size); without it, the text's UTF-8 length is used.
 */
export function parseImport(file: string, articles: KnownArticles, options: { bytes?: number; now?: Date } = {}): ImportResult {
  const bytes = options.bytes ?? new TextEncoder().encode(file).length;
  // A byte order mark, as spreadsheets and some Windows tools write one, is no part of the text.
  const text = file.replace(/^\ufeff/, '');
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; HipLens imports files of up to 5 MB` };
  if (!text.trim()) return { ok: false, error: 'the file is empty' };
  if (text.includes('\u0000')) return { ok: false, error: `this is not a text file; ${WHAT_WE_READ}` };
  const format = detectFormat(text);
  if (!format) return { ok: false, error: `this is not a file HipLens can read; ${WHAT_WE_READ}` };
  const now = options.now ?? new Date();

  if (format === 'hiplens-backup') {
    const backup = readBackup(JSON.parse(text.trimStart()));
    if (!backup.ok) return backup;
    if (backup.items.length > MAX_IMPORT_ITEMS) return { ok: false, error: `the backup has ${plural(backup.items.length, 'item')}; HipLens imports up to 5,000 at a time` };
    return { ok: true, format, items: backup.items, skipped: backup.skipped ? [`${plural(backup.skipped, 'entry', 'entries')} that ${backup.skipped === 1 ? 'is not an item' : 'are not items'}`] : [] };
  }

  const entries = parseEntries(text, format);
  if (typeof entries === 'string') return { ok: false, error: entries };
  if (entries.length > MAX_IMPORT_ITEMS) return { ok: false, error: `the file has ${plural(entries.length, 'reference')}; HipLens imports up to 5,000 at a time` };
  const items: SavedItem[] = [];
  const skipped: string[] = [];
  entries.forEach((entry, n) => {
    const csl = cleanCslItem(entry, `import-${n + 1}`);
    if (csl?.title) items.push(itemOf(csl, now, articles));
    else skipped.push(`entry ${n + 1}: ${csl ? 'it has no title' : 'it is not a reference'}`);
  });
  if (!items.length) return { ok: false, error: entries.length ? `no reference in this ${IMPORT_FORMAT_NAMES[format]} file has a title` : `this ${IMPORT_FORMAT_NAMES[format]} file has no references` };
  return { ok: true, format, items, skipped };
}
