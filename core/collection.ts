// The reader's saved collection: articles and pages they keep, with notes. Pure; stored by
// features/collection-store.ts. Reading repairs rather than rejects, so a saved collection is
// never thrown away because one entry is odd.

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

export function repairCollection(stored: unknown): SavedItem[] {
  if (!Array.isArray(stored)) return [];
  const items: SavedItem[] = [];
  for (const raw of stored as Partial<Record<string, unknown>>[]) {
    if (!raw || typeof raw !== 'object') continue;
    const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : new Date(0).toISOString();
    const note = typeof raw.note === 'string' ? raw.note : '';
    if (raw.kind === 'article' && typeof raw.articleId === 'string') items.push({ kind: 'article', articleId: raw.articleId, savedAt, note });
    else if (raw.kind === 'page' && typeof raw.url === 'string')
      items.push({ kind: 'page', url: raw.url, title: typeof raw.title === 'string' ? raw.title : raw.url, savedAt, note });
  }
  return items;
}

export function savedArticleIds(items: readonly SavedItem[]): Set<string> {
  return new Set(items.flatMap((i) => (i.kind === 'article' ? [i.articleId] : [])));
}

export function isArticleSaved(items: readonly SavedItem[], articleId: string): boolean {
  return items.some((i) => i.kind === 'article' && i.articleId === articleId);
}

/** Saves the article if it is not saved, removes it if it is. */
export function toggleArticle(items: readonly SavedItem[], articleId: string, now = new Date()): SavedItem[] {
  if (isArticleSaved(items, articleId)) return items.filter((i) => !(i.kind === 'article' && i.articleId === articleId));
  return [...items, { kind: 'article', articleId, savedAt: now.toISOString(), note: '' }];
}
