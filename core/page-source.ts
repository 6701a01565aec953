// The page being saved, as its markup stands: the page script sends its HTML when the user saves
// the page, and the extension page that saves it reads the bibliographic data from it
// (core/page-source-metadata.ts) in an inert document of its own. So the metadata
// reader, some 2.5 kB gzipped, is not in the page script that every page loads, and it runs only
// on a click. This module is what the page script needs of it, and nothing more.

export interface PageSource {
  html: string;
  url: string;
}

/** Enough for any page's head and byline; a larger page is cut (the parser mends the cut). */
export const MAX_SOURCE_CHARS = 4_000_000;
