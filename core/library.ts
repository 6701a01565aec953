// The library's schema: what an article holds once compiled. The compiler
// (compiler/library-compiler.ts) produces these; everything else only reads them.
import { sourceLine } from './citation';
import { contentTokens } from './text';
import type { UrgencyLevel } from './urgency';

export const REGIONS = [
  'overview',
  'anterior hip',
  'hip joint',
  'lateral hip',
  'buttock',
  'groin',
  'referred',
  'systemic',
  'children',
  'surgery',
] as const;
export type Region = (typeof REGIONS)[number];

export const SOURCE_TYPES = ['article', 'guideline', 'book', 'webpage'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * A source an article agrees with, with what a reference manager needs (core/citation.ts turns it
 * into a citation and CSL-JSON). Identifiers (doi, pmid) are present only when certain; there is no
 * web address, as the extension ships none.
 */
export interface Source {
  /** The id in data/sources.yaml; absent for a source an article writes inline. */
  id?: string;
  type: SourceType;
  /** "Family Initials", in order; etAl when the list is cut short. */
  authors?: string[];
  etAl?: boolean;
  /** The body that issued it: a guideline's institute, a group writing as one. */
  issuer?: string;
  title: string;
  /** The journal, for an article. */
  container?: string;
  /** A guideline's number, e.g. NG226. */
  number?: string;
  publisher?: string;
  edition?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** Year of publication; a living web document gives accessed instead. */
  year?: number;
  /** YYYY-MM-DD: when a document revised in place was last checked. */
  accessed?: string;
  doi?: string;
  pmid?: string;
}

/** The "for clinicians" part of an article: what a physiotherapist or doctor needs at a glance. */
export interface Clinicians {
  /** Key examination findings and tests. */
  examination: string[];
  /** The main differentials, as article ids. */
  differentials: string[];
  /** Referral and imaging criteria. */
  referral: string[];
  /** A typical timeline to recovery, without invented figures. */
  recovery: string;
}

/** Who last reviewed an article, when, and what the review covered. */
export interface Review {
  date: string;
  by: string;
  covered: string;
}

/** A warning sign and how soon to act on it (the scale is core/urgency.ts). */
export interface RedFlag {
  /** The sign in plain words, with what it may mean in brackets when the sign list gives it. */
  text: string;
  level: UrgencyLevel;
  /** The id in data/red-flags.yaml when this is a shared sign; absent for an article's own sign. */
  sign?: string;
  /** Where to go, when an article's own sign needs somewhere other than the level's usual place. */
  action?: string;
}

/** Inline text of an article body: plain runs, emphasis and links to other articles. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'article-link'; text: string; id: string };

/** A block of an article body. Bodies are data, never HTML, so the UI renders them with Preact. */
export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] };

/** What a sidebar card shows about an article: small, since every page that opens the sidebar carries it. */
export interface ArticleCard {
  id: string;
  title: string;
  summary: string;
  region: Region;
  symptoms: string[];
  /** Most urgent first. */
  redFlags: RedFlag[];
  seeAProfessional: string;
  /** Related conditions: the card's "also consider". */
  related: string[];
  /** The sources in one short line (core/citation.ts), for "Copy for patient". */
  sourceLine: string;
  /** The clinician's view, shown compactly under the card's "More". */
  clinicians: Clinicians;
}

/** What the library search looks at (background and popup only). */
export interface SearchDoc {
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  summary: string;
  region: Region;
  symptoms: string[];
  /**
   * The rest of the article (body, causes, who gets it, what helps, red flags, when to see a
   * professional) as a bag of content tokens: "token" or "token:count", space separated, so
   * the body is searchable without shipping it.
   */
  words: string;
  /**
   * The clinician's view (examination, referral, recovery) as a word bag of its own, which the
   * search reads only as a fallback (core/search.ts): "Trendelenburg", "FABER" find their articles
   * without the test names that recur across many articles blurring the search for them.
   */
  clinical?: string;
}

/** The whole article, for the reader page and exports. */
export interface Article extends Omit<ArticleCard, 'sourceLine'>, Omit<SearchDoc, 'words' | 'clinical'> {
  sharedAliases: string[];
  /** Aliases and keywords that also name other regions or any joint: they count only beside a hip, groin or buttock word. */
  needsRegion: string[];
  /**
   * How patients describe the condition in everyday words (symptoms, the movements that hurt, who
   * gets it, what they are told), never its names: read only by the matcher's word profile.
   */
  inPlainWords: string[];
  causes: string[];
  whoGetsIt: string[];
  whatHelps: string[];
  sources: Source[];
  review: Review;
  clinicians: Clinicians;
  body: Block[];
}

export const SUMMARY_LIMIT = 280;
export const MIN_SOURCES = 3;
export const MIN_BODY_WORDS = 300;

export function toCard(article: Article): ArticleCard {
  const { id, title, summary, region, symptoms, seeAProfessional, related, clinicians } = article;
  // The card needs the words and the level, not the sign ids.
  const redFlags = article.redFlags.map(({ text, level, action }) => (action ? { text, level, action } : { text, level }));
  return { id, title, summary, region, symptoms, redFlags, seeAProfessional, related, sourceLine: sourceLine(article.sources), clinicians };
}

export function toSearchDoc(article: Article): SearchDoc {
  const { id, title, aliases, keywords, summary, region, symptoms } = article;
  const { examination, referral, recovery } = article.clinicians;
  return { id, title, aliases, keywords, summary, region, symptoms, words: wordBag(bodyTexts(article)), clinical: wordBag([...examination, ...referral, recovery]) };
}

function inlineText(content: readonly Inline[]): string {
  return content.map((c) => c.text).join('');
}

/** Every text of an article the search's other fields do not already hold. */
function bodyTexts(article: Article): string[] {
  const texts: string[] = [];
  for (const block of article.body) {
    if (block.kind === 'heading') texts.push(block.text);
    else if (block.kind === 'paragraph') texts.push(inlineText(block.content));
    else for (const item of block.items) texts.push(inlineText(item));
  }
  // The clinician's view stays out: its test names (FADIR, squeeze test) recur across many
  // articles and would blur the search for them.
  // The lay vocabulary (how patients describe it) finds an article for a query in everyday words.
  return [...texts, ...article.causes, ...article.whoGetsIt, ...article.whatHelps, ...article.redFlags.map((f) => f.text), article.seeAProfessional, ...(article.inPlainWords ?? [])];
}

/** Content tokens and their counts, most frequent first: "hip:12 groin:3 limp". */
export function wordBag(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) for (const t of contentTokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t, n]) => (n > 1 ? `${t}:${n}` : t))
    .join(' ');
}

/** The counts of a word bag made by wordBag. */
export function parseWordBag(bag: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!bag) return counts;
  for (const entry of bag.split(' ')) {
    const colon = entry.lastIndexOf(':');
    if (colon < 0) counts.set(entry, 1);
    else counts.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
  }
  return counts;
}
