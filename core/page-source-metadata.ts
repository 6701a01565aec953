// The metadata of a page sent as markup (core/page-source.ts), for the extension pages that save
// it. Apart from core/page-source.ts so the page script, which needs only that, never reaches the
// metadata reader.
import { readPageMetadata, type PageMetadata } from './page-metadata';
import type { PageSource } from './page-source';

/** Read in an inert document: DOMParser's document runs no script and loads nothing; it is read, never shown. */
export function metadataOfSource(source: PageSource): PageMetadata {
  return readPageMetadata(new DOMParser().parseFromString(source.html, 'text/html'), source.url);
}
