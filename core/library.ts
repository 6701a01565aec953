// The library's schema: what an article holds once compiled. The compiler
// (compiler/library-compiler.ts) produces these; everything else only reads them.

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

export interface Source {
  org: string;
  title: string;
  url?: string;
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
  redFlags: string[];
  seeAProfessional: string;
  /** Related conditions: the card's "also consider". */
  related: string[];
}

/** What the library search looks at (background and popup only). */
export interface SearchDoc {
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  summary: string;
}

/** The whole article, for the reader page and exports. */
export interface Article extends ArticleCard, SearchDoc {
  sharedAliases: string[];
  causes: string[];
  whoGetsIt: string[];
  whatHelps: string[];
  sources: Source[];
  lastReviewed: string;
  body: Block[];
}

export const SUMMARY_LIMIT = 280;
export const MIN_BODY_WORDS = 300;

export function toCard(article: Article): ArticleCard {
  const { id, title, summary, region, symptoms, redFlags, seeAProfessional, related } = article;
  return { id, title, summary, region, symptoms, redFlags, seeAProfessional, related };
}

export function toSearchDoc(article: Article): SearchDoc {
  const { id, title, aliases, keywords, summary } = article;
  return { id, title, aliases, keywords, summary };
}
