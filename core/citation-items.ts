// What each saved item is, as a work to cite (CSL-JSON): a saved page is its own CSL item; a
// HipLens article is an entry in HipLens's own reference work (author HipLens, in "HipLens hip and
// groin library", dated by its last review), and each of its sources can be cited as what it is
// (a journal article, a guideline, a book; core/citation.ts, from data/sources.yaml). Pure and
// free of the citation library, so any view can list what it would cite.
import type { SavedItem } from './collection';
import type { CslItem, CslName } from './csl';
import { cleanCslItem, cslDate } from './csl';
import { toCsl } from './citation';
import type { Article } from './library';

export const LIBRARY_NAME = 'HipLens hip and groin library';
export const HIPLENS: CslName = { literal: 'HipLens' };

/** The CSL id of a HipLens article: import reads it back as that article. */
export const articleCslId = (articleId: string) => `hiplens:${articleId}`;
export const articleIdOfCslId = (id: string) => id.match(/^hiplens:([a-z0-9-]+)$/)?.[1];

export function articleCsl(article: Pick<Article, 'id' | 'title' | 'summary' | 'review'>): CslItem {
  const item: CslItem = {
    id: articleCslId(article.id),
    type: 'entry-encyclopedia',
    title: article.title,
    author: [HIPLENS],
    'container-title': LIBRARY_NAME,
    publisher: 'HipLens',
    language: 'en-GB',
    abstract: article.summary,
  };
  const reviewed = cslDate(article.review.date);
  if (reviewed) item.issued = reviewed;
  return item;
}

/** Every source of an article, each with an id of its own. */
export function sourcesCsl(article: Pick<Article, 'id' | 'sources'>): CslItem[] {
  return article.sources.map((source, n) => cleanCslItem(toCsl(source, `${articleCslId(article.id)}:source:${n + 1}`))!);
}

/** What to cite for a saved item; an article no longer in the library is cited by its id alone. */
export function savedItemCsl(item: SavedItem, articles: ReadonlyMap<string, Article>): CslItem {
  if (item.kind === 'page') return item.csl;
  const article = articles.get(item.articleId);
  return article ? articleCsl(article) : { id: articleCslId(item.articleId), type: 'entry-encyclopedia', title: item.articleId, author: [HIPLENS], 'container-title': LIBRARY_NAME };
}
