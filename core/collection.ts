// The reader's saved collection: articles and pages they keep, with notes. Pure; the background
// (features/storage-writer.ts) is its one writer.
//
// Stored as one storage key per item ("item:article:<id>", "item:page:<url>"), each value carrying
// its schema version, so two tabs saving at once write different keys and never race on one big
// value. Reading repairs rather than rejects: a saved collection is never thrown away because one
// entry is odd.

export interface SavedArticle {
  kind: 'article';
  articleId: string;
  savedAt: string;
  note: string;
}

export interface SavedPage {
  kind: 'page';
  url: string;
  title: string;
  savedAt: string;
  note: string;
}

export type SavedItem = SavedArticle | SavedPage;

/** The schema of one stored item; `upgradeItem` brings any older one to it. */
export const ITEM_SCHEMA = 1;
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

/** Any stored item, of this schema or an older one (the legacy array's entries have no `v`), or undefined if it is not one. */
export function upgradeItem(stored: unknown): SavedItem | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const raw = stored as Partial<Record<string, unknown>>;
  const savedAt = typeof raw.savedAt === 'string' && !Number.isNaN(Date.parse(raw.savedAt)) ? raw.savedAt : new Date(0).toISOString();
  const note = typeof raw.note === 'string' ? raw.note : '';
  if (raw.kind === 'article' && typeof raw.articleId === 'string' && raw.articleId) return { kind: 'article', articleId: raw.articleId, savedAt, note };
  if (raw.kind === 'page' && typeof raw.url === 'string' && raw.url)
    return { kind: 'page', url: raw.url, title: typeof raw.title === 'string' && raw.title ? raw.title : raw.url, savedAt, note };
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

/** Saving what is already saved keeps when it was first saved and its note. */
export function mergeSaved(existing: SavedItem | undefined, incoming: SavedItem): SavedItem {
  if (!existing || existing.kind !== incoming.kind) return incoming;
  return { ...incoming, savedAt: existing.savedAt, note: existing.note || incoming.note };
}

/** Two records of one item: the first as it is, saved since the earlier date, with a note if either has one. */
function keepBoth(first: SavedItem, second: SavedItem): SavedItem {
  return { ...first, savedAt: first.savedAt < second.savedAt ? first.savedAt : second.savedAt, note: first.note || second.note };
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
    set[key] = toStored(current ? keepBoth(current, item) : item);
  }
  return { set, remove: [LEGACY_COLLECTION_KEY] };
}

/** A change to the collection, applied by the background in the order it arrives. */
export type CollectionChange = { kind: 'save'; item: SavedItem } | { kind: 'remove'; key: string };

export function isCollectionChange(value: unknown): value is CollectionChange {
  const c = value as Record<string, unknown> | null;
  if (!c || typeof c !== 'object') return false;
  if (c.kind === 'save') return !!upgradeItem(c.item);
  if (c.kind === 'remove') return typeof c.key === 'string' && isItemKey(c.key);
  return false;
}

export function newArticleItem(articleId: string, now = new Date()): SavedArticle {
  return { kind: 'article', articleId, savedAt: now.toISOString(), note: '' };
}
