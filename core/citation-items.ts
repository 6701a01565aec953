// What each saved item is, as a work to cite (CSL-JSON): a saved page is its own CSL item; a
// HipLens article is an entry in HipLens's own reference work (author HipLens, in "HipLens hip and
// groin library", dated by its last review), and each of its sources can be cited as what it is
// (a journal article, or a document of the organisation that published it). Pure and free of the
// citation library, so any view can list what it would cite.
import type { SavedItem } from './collection';
import type { CslItem, CslName } from './csl';
import { cslDate } from './csl';
import type { Article, Source } from './library';

export const LIBRARY_NAME = 'HipLens hip and groin library';
export const HIPLENS: CslName = { literal: 'HipLens' };

/** The CSL id of a HipLens article: import reads it back as that article. */
export const articleCslId = (articleId: string) => `hiplens:${articleId}`;
export const articleIdOfCslId = (id: string) => id.match(/^hiplens:([a-z0-9-]+)$/)?.[1];

export function articleCsl(article: Pick<Article, 'id' | 'title' | 'summary' | 'lastReviewed'>): CslItem {
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
  const reviewed = cslDate(article.lastReviewed);
  if (reviewed) item.issued = reviewed;
  return item;
}

/**
 * A source as the library lists it ({org, title, url?}), and with the fields being added to it
 * (authors, year, DOI, journal…) when it has them. The organisation named is a journal when its
 * name says so ("British Journal of Sports Medicine", "The Lancet"); otherwise it is the author.
 */
export type CitableSource = Source &
  Partial<{ authors: (string | CslName)[]; year: number | string; date: string; doi: string; journal: string; volume: string; issue: string; pages: string; publisher: string }>;

const JOURNAL = /journal|lancet|\bbmj\b|annals|clinics\b|radiology|medicine|sportsmedicine|analgesia|therapy|rheumatology|physician|review\b/i;

function sourceAuthor(author: string | CslName): CslName {
  if (typeof author !== 'string') return author;
  const [family, given] = author.split(/\s*,\s*/);
  return given ? { family: family!, given } : { literal: author };
}

export function sourceCsl(source: CitableSource, id: string): CslItem {
  const journal = source.journal ?? (JOURNAL.test(source.org) ? source.org : undefined);
  const item: CslItem = { id, type: journal || source.doi ? 'article-journal' : source.url ? 'webpage' : 'document', title: source.title };
  if (source.authors?.length) item.author = source.authors.map(sourceAuthor);
  else if (!journal) item.author = [{ literal: source.org }];
  if (journal) item['container-title'] = journal;
  else item.publisher = source.publisher ?? source.org;
  const date = source.date ?? (source.year !== undefined ? String(source.year) : undefined);
  const issued = date ? cslDate(date) : undefined;
  if (issued) item.issued = issued;
  if (source.doi) item.DOI = source.doi;
  if (source.url) item.URL = source.url;
  for (const field of ['volume', 'issue'] as const) if (source[field]) item[field] = source[field];
  if (source.pages) item.page = source.pages;
  return item;
}

/** Every source of an article, each with an id of its own. */
export function sourcesCsl(article: Pick<Article, 'id' | 'sources'>): CslItem[] {
  return article.sources.map((source, n) => sourceCsl(source, `${articleCslId(article.id)}:source:${n + 1}`));
}

/** What to cite for a saved item; an article no longer in the library is cited by its id alone. */
export function savedItemCsl(item: SavedItem, articles: ReadonlyMap<string, Article>): CslItem {
  if (item.kind === 'page') return item.csl;
  const article = articles.get(item.articleId);
  return article ? articleCsl(article) : { id: articleCslId(item.articleId), type: 'entry-encyclopedia', title: item.articleId, author: [HIPLENS], 'container-title': LIBRARY_NAME };
}
