// The reader's saved collection: articles and pages they keep, with notes. Pure; the background
// (features/storage-writer.ts) is its one writer.
//
// Stored as one storage key per item ("item:article:<id>", "item:page:<url>"), each value carrying
// its schema version, so two tabs saving at once write different keys and never race on one big
// value. Reading repairs rather than rejects: a saved collection is never thrown away because one
// entry is odd.
import { cleanCslItem, cslYear, isSafeAddress, type CslItem } from './csl';

/** What every saved item has: when it was saved, the reader's note and tags. */
interface Saved {
  savedAt: string;
  note: string;
  tags: string[];
}

export interface SavedArticle extends Saved {
  kind: 'article';
  articleId: string;
}

/**
 * A saved page, or any other work imported into the collection: `url` is its address (the page's
 * URL; for a work without one, its DOI's https://doi.org/ address or a urn:, see
 * referenceAddress), `csl` its bibliographic data as CSL-JSON.
 */
export interface SavedPage extends Saved {
  kind: 'page';
  url: string;
  csl: CslItem;
}

export type SavedItem = SavedArticle | SavedPage;

/**
 * The schema of one stored item; `upgradeItem` brings any older one to it.
 * v1: articles and pages with a note; a page had only its title. v2: tags on every item, and a
 * page carries its CSL-JSON item (a v1 page's title becomes its CSL title).
 */
export const ITEM_SCHEMA = 2;
export type StoredItem = SavedItem & { v: number };

export const ITEM_PREFIX = 'item:';
const ARTICLE_PREFIX = `${ITEM_PREFIX}article:`;
const PAGE_PREFIX = `${ITEM_PREFIX}page:`;
/** Where the collection lived before items had keys of their own: one array. */
export const LEGACY_COLLECTION_KEY = 'collection';

/** A page is the same page whatever its #fragment. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

export function itemKey(item: Pick<SavedArticle, 'kind' | 'articleId'> | Pick<SavedPage, 'kind' | 'url'>): string {
  return item.kind === 'article' ? `${ARTICLE_PREFIX}${item.articleId}` : `${PAGE_PREFIX}${canonicalUrl(item.url)}`;
}

export function articleKey(articleId: string): string {
  return `${ARTICLE_PREFIX}${articleId}`;
}

/** The article id in an item key, or undefined for pages and other keys. */
export function articleIdOfKey(key: string): string | undefined {
  return key.startsWith(ARTICLE_PREFIX) ? key.slice(ARTICLE_PREFIX.length) : undefined;
}

export function isItemKey(key: string): boolean {
  return key.startsWith(ITEM_PREFIX);
}

const MAX_TAGS = 30;
const MAX_TAG = 40;

/** Tags as the reader means them: trimmed, one space between words, each once whatever its case. */
export function cleanTags(value: unknown): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of Array.isArray(value) ? value : []) {
    const tag = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG) : '';
    if (tag && !seen.has(tag.toLowerCase()) && tags.length < MAX_TAGS) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** Any stored item, of this schema or an older one (the legacy array's entries have no `v`), or undefined if it is not one. */
export function upgradeItem(stored: unknown): SavedItem | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const raw = stored as Partial<Record<string, unknown>>;
  const savedAt = typeof raw.savedAt === 'string' && !Number.isNaN(Date.parse(raw.savedAt)) ? raw.savedAt : new Date(0).toISOString();
  const note = typeof raw.note === 'string' ? raw.note : '';
  const tags = cleanTags(raw.tags);
  if (raw.kind === 'article' && typeof raw.articleId === 'string' && raw.articleId) return { kind: 'article', articleId: raw.articleId, savedAt, note, tags };
  if (raw.kind === 'page' && typeof raw.url === 'string' && isSafeAddress(raw.url)) {
    // A v1 page has only its title; it becomes the title of a web page's CSL item.
    const title = typeof raw.title === 'string' && raw.title ? raw.title : raw.url;
    const csl = cleanCslItem(raw.csl, raw.url) ?? { id: raw.url, type: 'webpage', URL: raw.url };
    return { kind: 'page', url: raw.url, csl: { ...csl, title: csl.title ?? title }, savedAt, note, tags };
  }
  return undefined;
}

export function toStored(item: SavedItem): StoredItem {
  return { ...item, v: ITEM_SCHEMA };
}

/** Every saved item in a storage snapshot, oldest first. */
export function itemsOf(snapshot: Record<string, unknown>): SavedItem[] {
  const items: SavedItem[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (!isItemKey(key)) continue;
    const item = upgradeItem(value);
    if (item) items.push(item);
  }
  return items.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
}

/** A page's CSL data from two records of it: the first's fields, and the second's where the first has none. */
function fillCsl<T extends SavedItem>(item: T, other: SavedItem): T {
  return item.kind === 'page' && other.kind === 'page' ? { ...item, csl: { ...other.csl, ...item.csl } } : item;
}

/**
 * Saving what is already saved keeps when it was first saved, its note and its bibliographic
 * data (which the reader may have imported from a better source); the new save adds its tags and
 * fills the fields that were missing.
 */
export function mergeSaved(existing: SavedItem | undefined, incoming: SavedItem): SavedItem {
  if (!existing || existing.kind !== incoming.kind) return incoming;
  return fillCsl({ ...existing, note: existing.note || incoming.note, tags: cleanTags([...existing.tags, ...incoming.tags]) }, incoming);
}

/**
 * Two records of one item (an old array's duplicate, an imported copy): the first as it is, saved
 * since the earlier date, both notes (once each), both sets of tags, and the second's CSL fields
 * where the first has none. Nothing either holds is lost.
 */
export function combineSaved(first: SavedItem, second: SavedItem): SavedItem {
  const notes = [...new Set([first.note, second.note].filter(Boolean))];
  return fillCsl(
    { ...first, savedAt: first.savedAt < second.savedAt ? first.savedAt : second.savedAt, note: notes.join('\n\n'), tags: cleanTags([...first.tags, ...second.tags]) },
    second,
  );
}

export interface StoragePlan {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * From the one-array collection of the first releases to one key per item. Every legacy entry
 * that is a real item gets its key (an item already stored under that key wins, with the older
 * note kept if it has none); only then may the array go, so nothing saved is lost on the way.
 */
export function planLegacyMigration(snapshot: Record<string, unknown>): StoragePlan {
  if (!(LEGACY_COLLECTION_KEY in snapshot)) return { set: {}, remove: [] };
  const legacy = snapshot[LEGACY_COLLECTION_KEY];
  const set: Record<string, unknown> = {};
  for (const entry of Array.isArray(legacy) ? legacy : []) {
    const item = upgradeItem(entry);
    if (!item) continue;
    const key = itemKey(item);
    const current = upgradeItem(set[key] ?? snapshot[key]);
    set[key] = toStored(current ? combineSaved(current, item) : item);
  }
  return { set, remove: [LEGACY_COLLECTION_KEY] };
}

/** The most items one import may bring (a HipLens backup, a reference manager's export). */
export const MAX_IMPORT_ITEMS = 5_000;

/**
 * A change to the collection, applied by the background in the order it arrives: save an item
 * (merged with what is saved), remove one, edit one's note or tags (answered with an error if it
 * is gone), or import many (merged with the collection as the background finds it, see
 * core/collection-merge.ts).
 */
export type CollectionChange =
  | { kind: 'save'; item: SavedItem }
  | { kind: 'remove'; key: string }
  | { kind: 'edit'; key: string; note?: string; tags?: string[] }
  | { kind: 'import'; items: SavedItem[] };

export function isCollectionChange(value: unknown): value is CollectionChange {
  const c = value as Record<string, unknown> | null;
  if (!c || typeof c !== 'object') return false;
  switch (c.kind) {
    case 'save':
      return !!upgradeItem(c.item);
    case 'remove':
      return typeof c.key === 'string' && isItemKey(c.key);
    case 'edit':
      return typeof c.key === 'string' && isItemKey(c.key) && (c.note === undefined || typeof c.note === 'string') && (c.tags === undefined || Array.isArray(c.tags));
    case 'import':
      return Array.isArray(c.items) && c.items.length <= MAX_IMPORT_ITEMS && c.items.every((item) => !!upgradeItem(item));
    default:
      return false;
  }
}

/** The item with an edited note or tags. */
export function editItem(item: SavedItem, edit: { note?: string; tags?: string[] }): SavedItem {
  return { ...item, note: edit.note ?? item.note, tags: edit.tags ? cleanTags(edit.tags) : item.tags };
}

export function newArticleItem(articleId: string, now = new Date()): SavedArticle {
  return { kind: 'article', articleId, savedAt: now.toISOString(), note: '', tags: [] };
}

/** A page (or other work) to save, from its CSL item; its address is its URL, DOI or a urn: (referenceAddress). */
export function newPageItem(csl: CslItem, now = new Date()): SavedPage {
  const url = csl.URL || referenceAddress(csl);
  return { kind: 'page', url, csl: { ...csl, id: csl.id || url }, savedAt: now.toISOString(), note: '', tags: [] };
}

/** A DOI as one spelling: no resolver or "doi:" in front, lower case (DOIs ignore case). */
export function normalizeDoi(doi: string): string {
  return doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
}

/**
 * Where a work without a URL is kept: its DOI's address, else its ISBN as a urn:, else a urn: made
 * from its title, year and first author, so the same work imported twice gets the same key.
 */
export function referenceAddress(csl: CslItem): string {
  if (csl.DOI) return `https://doi.org/${normalizeDoi(csl.DOI)}`;
  const isbn = csl.ISBN?.replace(/[^\dX]/gi, '');
  if (isbn) return `urn:isbn:${isbn.toUpperCase()}`;
  const first = csl.author?.[0];
  const words = `${csl.title ?? ''} ${cslYear(csl) ?? ''} ${first?.family ?? first?.literal ?? ''}`.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // FNV-1a: short, stable across versions and machines.
  let hash = 0x811c9dc5;
  for (const char of words) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `urn:hiplens:${hash.toString(36)}`;
}
