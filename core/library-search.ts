// The library search as the background and the popup run it: the compiled search documents
// (kept out of the content scripts, which ask the background).
import searchDocs from '../data/generated/search-docs.json';
import type { SearchDoc } from './library';
import { LibrarySearch } from './search';

let search: LibrarySearch<SearchDoc> | undefined;

function engine(): LibrarySearch<SearchDoc> {
  search ??= new LibrarySearch(searchDocs as SearchDoc[]);
  return search;
}

/** Article ids for a query, best first; the search is prepared on first use. */
export function searchArticleIds(query: string, limit = 8): string[] {
  return searchLibrary(query, limit).ids;
}

/**
 * Article ids for a query, best first, and the part of the body the query asks about that the
 * library does not cover ("knee" for "knee pain"; null when the query is about our region).
 */
export function searchLibrary(query: string, limit = 8): { ids: string[]; uncovered: string | null } {
  const { docs, uncovered } = engine().query(query, limit);
  return { ids: docs.map((d) => d.id), uncovered };
}
