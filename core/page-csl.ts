// A page's metadata (core/page-metadata.ts) as the CSL-JSON item HipLens saves and cites: a web
// page, or a journal article when the page carries Highwire's journal tags. Names become
// {family, given}, or {literal} for organisations and for names that cannot be split safely.
import { cslDate, cslDay, type CslItem, type CslName } from './csl';
import { withoutSite, type PageAuthor, type PageMetadata } from './page-metadata';

// Words that make a byline an organisation, not a person ("NHS England", "BBC News", "Mayo Clinic").
const ORGANISATION =
  /\b(inc|ltd|llc|plc|gmbh|co|corp|company|foundation|association|society|university|institute|college|school|nhs|trust|council|organi[sz]ation|agency|department|ministry|government|clinic|hospital|health|medical|news|press|media|magazine|journal|times|post|online|team|staff|desk|editors?|editorial|redaktion|board|committee|commission|centre|center|network|group|services?|contributors|wikipedia|wikimedia|reuters|associated|bureau|office|library)\b/i;
// Lower-case words that belong to the family name ("Ludwig van Beethoven", "Jong, Michiel de").
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'di', 'la', 'le', 'van', 'von', 'ten', 'ter', 'bin', 'al', 'el', 'zu', 'st.']);
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** "JOE HILDEBRAND" as "Joe Hildebrand": capitals are a page's styling, not the name. */
function unshout(name: string): string {
  return name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : name;
}

export function toCslName(author: PageAuthor): CslName {
  const name = unshout(author.name.replace(/\s+/g, ' ').trim());
  if (author.org) return { literal: name };
  const words = name.replace(/^(dr|prof|professor|mr|mrs|ms|mx)\.?\s+/i, '').split(' ');
  // A single word, a long string, an organisation, or a script whose names are not written
  // "given family" with spaces (Chinese, Japanese, Arabic…) is not split into parts.
  if (words.length === 1 || words.length > 5 || !/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s.'’,-]+$/u.test(name) || ORGANISATION.test(name)) return { literal: name };
  const comma = words.join(' ').split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1]) {
    // "Family, Given" (Highwire, Dublin Core), with a particle after the given names ("Jong, Michiel de").
    const given = comma[1].split(' ');
    const particle = given.length > 1 && PARTICLES.has(given[given.length - 1]!) ? given.pop() : undefined;
    return { family: particle ? `${particle} ${comma[0]}` : comma[0], given: given.join(' ') };
  }
  if (comma.length > 2) return { literal: name };
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? words.pop() : undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const out: CslName = { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
  if (suffix) out.suffix = suffix;
  return out;
}

/** The CSL-JSON item for a page, as HipLens saves it; `accessed` is when the reader saved it. */
export function toCslItem(meta: PageMetadata, accessed: Date): CslItem {
  const journal = !!meta.journal;
  const container = meta.journal || meta.siteName;
  const item: CslItem = {
    id: meta.url,
    type: journal ? 'article-journal' : 'webpage',
    // The site is the container: a title that ends in its name (" | eHow") loses it.
    title: withoutSite(meta.title, [meta.siteName]) || meta.url,
  };
  const seen = new Set<string>();
  const authors = meta.authors.map(toCslName).filter((n) => {
    const key = JSON.stringify(n).toLowerCase();
    return !seen.has(key) && !!seen.add(key);
  });
  if (authors.length) item.author = authors;
  if (container) item['container-title'] = container;
  const issued = meta.published ? cslDate(meta.published) : undefined;
  if (issued) item.issued = issued;
  item.accessed = cslDay(accessed);
  if (meta.url) item.URL = meta.url;
  if (meta.doi) item.DOI = meta.doi;
  if (meta.lang) item.language = meta.lang;
  if (meta.description) item.abstract = meta.description;
  if (meta.volume) item.volume = meta.volume;
  if (meta.issue) item.issue = meta.issue;
  if (meta.pages) item.page = meta.pages;
  if (journal && meta.siteName && meta.siteName !== meta.journal) item.publisher = meta.siteName;
  return item;
}
