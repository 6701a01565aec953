// What a page says about itself, for saving and citing it: title, authors, site, dates, language,
// description, DOI. Read from the tags publishers write for exactly this (Highwire `citation_*`
// for Google Scholar, schema.org JSON-LD, Dublin Core, Open Graph and article:*), then from the
// visible page (a byline, <title>, <html lang>). Pure DOM reading, so the page script, the
// command line (linkedom) and the tests (happy-dom) run the same code. It runs in the page script,
// so it is small and has no dependency; it never throws, whatever the markup.
//
// Precedence, measured on the page zoo (npm run bench:metadata): Highwire first (it is written
// for citing), then JSON-LD (what search engines read, so publishers keep it right; Open Graph
// titles are often teasers written for social cards), then Dublin Core, Open Graph, Twitter.
// Values are kept as the page declares them; the citation (core/page-csl.ts) tidies them.

import { decodeEntities } from './entities';

export interface PageAuthor {
  name: string;
  /** Declared an organisation (schema.org), so a citation never splits it into given and family names. */
  org?: boolean;
}

export interface PageMetadata {
  /** The page's address without its #fragment. */
  url: string;
  title: string;
  authors: PageAuthor[];
  siteName: string;
  /** Dates as the page declares them (ISO 8601 mostly); the citation reads the calendar day. */
  published: string;
  modified: string;
  lang: string;
  description: string;
  doi: string;
  /** Highwire's journal fields: set on scholarly articles only. */
  journal: string;
  volume: string;
  issue: string;
  pages: string;
}

type Json = Record<string, unknown>;

/** Squashed text; also undoes the entities publishers escape twice into attributes and JSON. */
function clean(value: unknown): string {
  return typeof value === 'string' ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
}

const isUrl = (s: string) => /^(https?:|www\.)/i.test(s);

/**
 * Every <meta> (and microdata <time itemprop=… datetime>), by each of its names lower-cased with
 * ":" as ".", so "DC.title" and "dc:title" meet. A name declared with `property` (RDFa, as Open
 * Graph and Dublin Core specify) is read from those tags only, not also from `name` tags that
 * repeat it. Answers the values of the first of the space-separated keys the page has.
 */
function metaTags(doc: Document): (keys: string) => string[] {
  const tags = new Map<string, string[]>();
  const metas = Array.from(doc.querySelectorAll('meta,time[itemprop]'));
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    const found = new Map<string, string[]>();
    for (const el of metas) {
      const content = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
      // A property may list several names at once ("dc:creator og:author").
      for (const name of (el.getAttribute(attr) ?? '').toLowerCase().replace(/:/g, '.').replace('dcterm.', 'dcterms.').split(/\s+/))
        if (name && content && !tags.has(name)) found.set(name, [...(found.get(name) ?? []), content]);
    }
    for (const [name, values] of found) tags.set(name, values);
  }
  return (keys) => keys.split(' ').map((key) => tags.get(key)).find(Boolean) ?? [];
}

// "@type" may be a string or a list of them; as JSON text, since a hostile object's own
// "toString" would make String() throw.
const typeOf = (node: Json) => JSON.stringify(node['@type']) ?? '';

/**
 * schema.org JSON-LD: every node of every script (arrays and @graph flattened, bounded), the page's
 * main node (an article, else a web page) and a resolver for {"@id"} references, which Yoast-style
 * graphs use for authors and publishers.
 */
function jsonLd(doc: Document): [Json, (v: unknown) => Json | undefined] {
  const nodes: Json[] = [];
  const byId = new Map<unknown, Json>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || nodes.length > 300 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as Json;
    nodes.push(node);
    if (typeof node['@id'] == 'string') byId.set(node['@id'], node);
    visit(node['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script')))
    if (/ld\+json/i.test(script.getAttribute('type') ?? ''))
      try {
        visit(JSON.parse((script.textContent ?? '').replace(/<!\[CDATA\[|\]\]>|<!--|-->/g, '')), 0);
      } catch {
        // Broken JSON-LD is common; the other tags still count.
      }
  const main = nodes.find((n) => /Article|Posting|Report/.test(typeOf(n))) ?? nodes.find((n) => /WebPage/.test(typeOf(n))) ?? {};
  const resolve = (v: unknown) => (v && typeof v === 'object' ? (byId.get((v as Json)['@id']) ?? (v as Json)) : undefined);
  return [main, resolve];
}

/** JSON-LD's authors: strings, Person or Organization nodes, arrays of them, references to them. */
function peopleOf(value: unknown, resolve: (v: unknown) => Json | undefined, out: PageAuthor[], depth = 0): PageAuthor[] {
  if (typeof value === 'string') out.push({ name: clean(value) });
  else if (Array.isArray(value)) for (const v of value.slice(0, 50)) peopleOf(v, resolve, out, depth + 1);
  else if (depth < 3) {
    const node = resolve(value);
    const name = clean(node?.name) || clean(`${clean(node?.givenName)} ${clean(node?.familyName)}`);
    if (node) out.push(/Organi[sz]ation|Corporation/.test(typeOf(node)) ? { name, org: true } : { name });
  }
  return out.filter((a) => a.name && !isUrl(a.name));
}

const CREDENTIAL = /^(MD|PhD|MA|MS|MSc|BSc|RN|MPH|FRCS)\.?$/i;

/**
 * The names in a byline ("By A. Smith, B. Jones and C. Brown | 5 May 2021"), without the "By",
 * the date, asides in brackets or credentials, and without cutting "Smith, Anna" or an
 * organisation like "Mac & i" in two.
 */
function splitNames(byline: string): PageAuthor[] {
  const text = byline
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^((written|posted|words|text) )?(by|par|por|von|door|di|av|from|de)\b\s*:?\s*/i, '')
    .replace(/\s*([|•·—–]|\d|\b(last )?(posted|published|updated|edited|on|le|am)\b|\b[a-z]{3,9}\.? \d|\b[a-z]{3,6}day\b).*$/i, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  const parts = text.split(/\s*(?:[;,&]|\b(?:and|et|und|y|e)\b)\s*/i).filter((p) => p && !CREDENTIAL.test(p));
  // A part of one word means one name written "Family, Given", or one that holds an "&".
  return (parts.length < 2 || parts.some((p) => !p.includes(' ')) ? [text.replace(/,\s*(\S+)$/, (c, last) => (CREDENTIAL.test(last) ? '' : c))] : parts)
    .filter(Boolean)
    .map((name) => ({ name }));
}

/**
 * A byline in the page when no tag names the author: first the marked-up ones (rel=author,
 * itemprop=author), then a byline-like class or id, never in navigation, footers, comments or, for
 * the class guess, asides (where related articles list their own authors). Names are short: a
 * "byline" of longer ones is a list of other stories.
 */
function visibleByline(doc: Document): PageAuthor[] {
  const guesses = ['[rel~=author],[itemprop~=author]', '[class*="byline" i],[id*="byline" i],[class*="author" i],[id*="author" i]'];
  for (let guess = 0; guess < 2; guess++)
    for (const el of Array.from(doc.querySelectorAll(guesses[guess]!))) {
      if (el.closest(`nav,footer,[class*=comment],[id*=comment]${guess ? ',aside,form' : ''}`)) continue;
      if (guess && !/byline|(^|[\s_-])author(s|name)?([\s_-]|$)/i.test(`${el.getAttribute('class')} ${el.getAttribute('id')}`)) continue;
      const text = clean((el.querySelector('[itemprop~=name]') ?? el).textContent);
      const names = text.length < 100 && /\p{L}/u.test(text) ? splitNames(text) : [];
      if (names.length && names.every((n) => n.name.length > 1 && n.name.split(' ').length < 6)) return names;
    }
  return [];
}

/**
 * A title without the site's name it ends in (" | Site", " - Site"). A guess from the document's
 * <title> also loses any last part that leaves at least five words, as Readability does: that
 * part is nearly always the site or a section.
 */
export function withoutSite(title: string, sites: string[], guess = false): string {
  const cut = title.match(/^(.*\S)\s+[|\-–—·\\/>»]\s+(.+)$/);
  return cut && (sites.some((s) => s && s.toLowerCase() === cut[2]!.toLowerCase()) || (guess && cut[1]!.split(' ').length > 4)) ? cut[1]! : title;
}

export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const meta: PageMetadata = { url: url.replace(/#.*/, ''), title: '', authors: [], siteName: '', published: '', modified: '', lang: '', description: '', doi: '', journal: '', volume: '', issue: '', pages: '' };
  const root = doc.documentElement;
  if (!root) return meta;
  try {
    const tag = metaTags(doc);
    const first = (keys: string) => tag(keys)[0] ?? '';
    const [main, resolve] = jsonLd(doc);
    const ld = (key: string) => clean(main[key]);
    const sites = [clean(resolve(main.publisher)?.name), first('og.site_name'), clean(resolve(main.isPartOf)?.name), first('application-name')];
    meta.siteName = sites.find(Boolean) ?? '';

    let docTitle = '';
    try {
      docTitle = clean(doc.title);
    } catch {
      // Some DOM implementations throw on documents without the usual structure.
    }
    // JSON-LD's `headline` is the article's title, but some pages put a description there (Wikipedia)
    // and the site's name in `name` (aktualne.cz): `name` wins when the document's title starts with it.
    const name = ld('name');
    meta.title =
      first('citation_title') ||
      (name && docTitle.toLowerCase().startsWith(name.toLowerCase()) ? name : ld('headline') || name) ||
      first('dc.title dcterms.title og.title twitter.title parsely-title title') ||
      withoutSite(docTitle, sites, true) ||
      clean(doc.querySelector('h1')?.textContent);

    const tagged = tag('citation_author dc.creator dcterms.creator');
    meta.authors = tagged.length ? tagged.map((name) => ({ name })) : peopleOf(main.author, resolve, []).flatMap((a) => (a.org ? [a] : splitNames(a.name)));
    if (!meta.authors.length) {
      const named = tag('author parsely-author article.author og.article.author').find((a) => !isUrl(a));
      meta.authors = named ? splitNames(named) : visibleByline(doc);
    }

    meta.published =
      first('citation_publication_date citation_date citation_online_date') ||
      ld('datePublished') ||
      first('article.published_time dc.date dcterms.issued dcterms.date dcterms.created dc.date.issued parsely-pub-date pubdate date datepublished');
    meta.modified = ld('dateModified') || first('article.modified_time og.updated_time dcterms.modified datemodified');

    const lang = (clean(root.getAttribute('lang')) || first('content-language citation_language dc.language dcterms.language language og.locale') || ld('inLanguage'))
      .split(/[,;\s]/)[0]!
      .replace(/_/g, '-');
    meta.lang = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(lang) ? lang : '';
    meta.description = ld('description') || first('dc.description dcterms.description dcterms.abstract og.description description twitter.description');
    meta.doi = [first('citation_doi'), ...tag('dc.identifier dcterms.identifier prism.doi'), ld('identifier'), meta.url].join(' ').match(/\b10\.\d{4,9}\/[^\s?#]+/)?.[0].replace(/[.,;]$/, '') ?? '';

    meta.journal = first('citation_journal_title');
    meta.volume = first('citation_volume');
    meta.issue = first('citation_issue');
    const pages = [first('citation_firstpage'), first('citation_lastpage')];
    meta.pages = [...new Set(pages.filter(Boolean))].join('-');
  } catch {
    // A page can break DOM methods in ways no test foresees; what was read so far is kept.
  }
  return meta;
}
