// The library search as the background and the popup run it: the compiled search documents and
// their prepared Fuse.js index (kept out of the content scripts, which ask the background).
import searchDocs from '../data/generated/search-docs.json';
import searchIndex from '../data/generated/search-index.json';
import type { SearchDoc } from './library';
import { LibrarySearch, type SearchIndexJson } from './search';

let search: LibrarySearch<SearchDoc> | undefined;

/** Article ids for a query, best first; the index is parsed on first use. */
export function searchArticleIds(query: string, limit = 8): string[] {
  search ??= new LibrarySearch(searchDocs as SearchDoc[], searchIndex as unknown as SearchIndexJson);
  return search.search(query, limit).map((d) => d.id);
}
