// Matches a page against the library and decides whether the page is about a hip or groin topic.
// Pure: takes the prepared index and a PageText; no browser API.
//
// Two kinds of evidence, then a gate:
// - names: the page's phrases looked up against every article's title, aliases and keywords
//   (word order, plurals and misspellings tolerated), weighed by field, place and frequency;
// - profile: how much the page's vocabulary resembles each article's (TF-IDF cosine), which
//   finds a condition described in lay words without being named;
// - the gate: a page is answered only when its own words place it in the hip, groin or buttock
//   region, or when it names a condition in its title; senses such as "hip hop" never count.
import Fuse from 'fuse.js';
import type { PageText } from './extract';
import { Field, MIN_FUZZY_LENGTH, vocabularyGroupOf, type MatchIndex, type TermTarget } from './match-index';
import { OTHER_SENSES } from './other-senses';
import { GENERIC_WORDS, OTHER_REGION_WORDS, REGION_WORDS } from './region';
import { STOPWORDS, clauses, contentTokens, editDistance, keyOf, tokenize } from './text';

export interface Suggestion {
  id: string;
  /** Relevance, 0..1. */
  score: number;
  /** The terms that matched, as the article writes them, strongest first. */
  reasons: string[];
}

/** Where on the page a term was seen. Title and headings say what a page is about; the body says how much. */
const Zone = { Title: 0, Description: 1, Headings: 2, Body: 3 } as const;
type Zone = (typeof Zone)[keyof typeof Zone];
const ZONE_PROMINENCE = [3, 1.5, 1.5, 0];
const FIELD_WEIGHT = [1.5, 1.2, 0.5];

export const MAX_SUGGESTIONS = 5;

/** The tuning of the relevance gate, named so tests and the README can refer to it. */
export const GATE = {
  /** Share of the page's content words that must be hip/groin region words for a page to count as on topic. */
  regionDensity: 0.015,
  /** The same share when the title, description or a heading already names the region. */
  regionDensityWithHeadline: 0.008,
  /** Region words needed at the least, however short the page. */
  minRegionWords: 2,
  /** A profile-only candidate (named nowhere on the page) needs at least this cosine similarity. */
  profileOnly: 0.3,
  /** Or at least this much evidence from its keywords (anatomy, tests) on an on-topic page. */
  keywordsOnly: 2,
  /** Overview articles' scores are scaled by this, so a specific named condition comes first. */
  overviewFactor: 0.4,
  /** How much profile similarity (0..1) adds to the name evidence. */
  profileWeight: 20,
  /** Suggestions below this share of the best one's score are left out, keeping focused pages short. */
  relativeBar: 0.35,
  /** Minimum absolute score for any suggestion. */
  minScore: 3,
  /** Weight of a name split between the title and the body ("Hernia" ... "inguinal"). */
  splitNameWeight: 0.6,
};

// Aliases such as "FAI", "CDH", "axSpA": short and ambiguous across medicine.
const ABBREVIATION = /^[^\s]*[A-Z][^\s]*[A-Z][^\s]*$/;

interface TermHits {
  key: string;
  zones: [number, number, number, number];
  /** Found by splitting a name between the page heading and its body, not as a phrase. */
  split?: boolean;
}

export interface ArticleEvidence {
  id: string;
  score: number;
  /** Evidence from names (titles, aliases, keywords) found on the page. */
  nameScore: number;
  /** Cosine similarity of the page's words to the article's profile, 0..1. */
  profile: number;
  reasons: string[];
  /** A title or alias of this article is in the page's title, description or headings. */
  prominent: boolean;
  /** A title or alias of this article appears anywhere on the page. */
  named: boolean;
  qualifies: boolean;
}

export interface PageEvidence {
  /** Content words on the page (after other senses such as "hip hop" are removed). */
  words: number;
  /** Hip, groin, buttock and lower-back words among them. */
  regionWords: number;
  /** Region words in the title, description and headings. */
  headlineRegionWords: number;
  /** Words naming other parts of the body (knee, shoulder...). */
  otherRegionWords: number;
  /** Whether the title, description and headings name another part of the body and not ours. */
  headlineElsewhere: boolean;
  /** Whether the page's own words place it in our region. */
  onTopic: boolean;
  articles: ArticleEvidence[];
}

export class Matcher {
  private readonly terms: Map<string, TermTarget[]>;
  /** Every token that occurs in some term: phrases start and continue only on these. */
  private readonly knownTokens: Set<string>;
  private readonly idf: Map<string, number>;
  private readonly profiles: Map<string, MatchIndex['profiles'][string]>;
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, string | null>();
  /** Token -> the multi-word term keys that contain it, for names split between heading and body. */
  private readonly keysByToken = new Map<string, string[]>();

  constructor(private readonly index: MatchIndex) {
    this.terms = new Map(Object.entries(index.terms));
    this.profiles = new Map(Object.entries(index.profiles));
    this.knownTokens = new Set([...this.terms.keys()].flatMap((k) => k.split(' ')));
    for (const key of this.terms.keys()) {
      const tokens = key.split(' ');
      if (tokens.length < 2) continue;
      for (const token of tokens) {
        const keys = this.keysByToken.get(token);
        if (keys) keys.push(key);
        else this.keysByToken.set(token, [key]);
      }
    }
    const articles = index.ids.length;
    this.idf = new Map([...this.terms].map(([key, targets]) => [key, Math.log(1 + articles / targets.length)]));
  }

  get size(): number {
    return this.index.ids.length;
  }

  /** What the sidebar shows: at most five articles, only on pages really about a hip or groin topic. */
  match(page: PageText): Suggestion[] {
    const qualified = this.analyse(page).articles.filter((e) => e.qualifies);
    if (!qualified.length) return [];
    const best = qualified[0]!.score;
    return qualified
      .filter((e) => e.score >= best * GATE.relativeBar)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ id, score, reasons }) => ({ id, score: +(score / (score + 10)).toFixed(3), reasons }));
  }

  /** Every article with any evidence on the page, best first, with the gate's verdict on each. */
  analyse(page: PageText): PageEvidence {
    const hits = new Map<string, TermHits>();
    const zones: [Zone, string][] = [
      [Zone.Title, page.title],
      [Zone.Description, page.description],
      ...page.headings.map((h): [Zone, string] => [Zone.Headings, h]),
      [Zone.Body, page.body],
    ];
    const seen = new Map<string, number>();
    const headline = new Map<string, number>();
    let words = 0;
    for (const [zone, text] of zones) words += this.scan(text, zone, hits, zone === Zone.Body ? seen : headline);
    for (const [token, count] of headline) seen.set(token, (seen.get(token) ?? 0) + count);
    this.addSplitNames(page, hits, seen);

    const count = (set: ReadonlySet<string>, from: Map<string, number>) => {
      let n = 0;
      for (const [token, c] of from) if (set.has(token)) n += c;
      return n;
    };
    const regionWords = count(REGION_WORDS, seen);
    const headlineRegionWords = count(REGION_WORDS, headline);
    const otherRegionWords = count(OTHER_REGION_WORDS, seen);
    const headlineElsewhere = headlineRegionWords === 0 && count(OTHER_REGION_WORDS, headline) > 0;
    const onTopic =
      regionWords >= GATE.minRegionWords &&
      regionWords > otherRegionWords &&
      regionWords >= words * (headlineRegionWords > 0 ? GATE.regionDensityWithHeadline : GATE.regionDensity);

    const byArticle = new Map<number, ArticleEvidence & { weighted: [string, number][] }>();
    const entryFor = (article: number) => {
      let entry = byArticle.get(article);
      if (!entry) {
        entry = { id: this.index.ids[article]!, score: 0, nameScore: 0, profile: 0, reasons: [], weighted: [], prominent: false, named: false, qualifies: false };
        byArticle.set(article, entry);
      }
      return entry;
    };

    for (const hit of hits.values()) {
      const { key, zones: z } = hit;
      const prominence =
        ZONE_PROMINENCE[Zone.Title]! * Math.min(1, z[Zone.Title]) +
        ZONE_PROMINENCE[Zone.Description]! * Math.min(1, z[Zone.Description]) +
        ZONE_PROMINENCE[Zone.Headings]! * Math.min(1, z[Zone.Headings]);
      const frequency = Math.log2(1 + z[Zone.Body] + z[Zone.Headings]);
      const evidence = (prominence + frequency) * this.idf.get(key)! * (hit.split ? GATE.splitNameWeight : 1);
      for (const [article, field, surface] of this.terms.get(key)!) {
        // An abbreviation alone ("CDH", "PGP") means nothing on a page without region words.
        if (ABBREVIATION.test(surface) && regionWords === 0) continue;
        const entry = entryFor(article);
        const weight = FIELD_WEIGHT[field]! * evidence;
        entry.nameScore += weight;
        entry.weighted.push([surface, weight]);
        if (field !== Field.Keyword) {
          entry.named = true;
          // A headline about the knee or shoulder does not make our name prominent.
          entry.prominent ||= prominence > 0 && !headlineElsewhere;
        }
      }
    }

    for (const [article, similarity] of this.profileSimilarity(seen, headline)) entryFor(article).profile = similarity;

    const overviews = new Set(this.index.overviews.map((i) => this.index.ids[i]));
    const articles = [...byArticle.values()]
      .map(({ weighted, ...e }) => {
        const score = (e.nameScore + GATE.profileWeight * e.profile) * (overviews.has(e.id) ? GATE.overviewFactor : 1);
        const qualifies =
          score >= GATE.minScore &&
          (e.prominent || (onTopic && (e.named || e.profile >= GATE.profileOnly || e.nameScore >= GATE.keywordsOnly)));
        return { ...e, score, qualifies, reasons: weighted.sort((a, b) => b[1] - a[1]).map(([s]) => s) };
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return { words, regionWords, headlineRegionWords, otherRegionWords, headlineElsewhere, onTopic, articles };
  }

  /** Cosine similarity between the page's words (headline words count double) and each article profile. */
  private profileSimilarity(body: Map<string, number>, headline: Map<string, number>): Map<number, number> {
    const scores = new Map<number, number>();
    let norm = 0;
    for (const [token, total] of body) {
      const profile = this.profiles.get(token);
      if (!profile) continue;
      const [idf, ...postings] = profile;
      const weight = (1 + Math.log(total) + (headline.get(token) ?? 0 ? 1 : 0)) * idf;
      norm += weight * weight;
      for (const [article, w] of postings) scores.set(article, (scores.get(article) ?? 0) + weight * w);
    }
    norm = Math.sqrt(norm) || 1;
    for (const [article, dot] of scores) scores.set(article, dot / norm);
    return scores;
  }

  /**
   * A page headed with a condition's head word ("Hernia", "Osteoarthritis") whose body supplies the
   * rest of one of our names ("inguinal", "hip") is taken to discuss that named form; a name the
   * body already spells out gains the heading's prominence. Only headings made entirely of words
   * we know, naming no other part of the body, qualify: "Knee bursitis" or "Hiatal hernia" never do.
   */
  private addSplitNames(page: PageText, hits: Map<string, TermHits>, seen: Map<string, number>): void {
    for (const heading of new Set([page.title, page.headings[0] ?? ''])) {
      const headingWords = contentTokens(heading).filter((t) => !GENERIC_WORDS.has(t));
      if (!headingWords.length || !headingWords.every((t) => this.knownTokens.has(t) && !OTHER_REGION_WORDS.has(t))) continue;
      for (const token of new Set(headingWords)) {
        if (REGION_WORDS.has(token)) continue;
        for (const key of this.keysByToken.get(token) ?? []) {
          const hit = hits.get(key);
          if (hit) {
            if (hit.zones[Zone.Title] === 0 && hit.zones[Zone.Body] > 0) hit.zones[Zone.Title] = 1;
            continue;
          }
          const rest = key.split(' ').filter((t) => t !== token);
          if (rest.every((t) => (seen.get(t) ?? 0) > 0 && !GENERIC_WORDS.has(t))) hits.set(key, { key, zones: [1, 0, 0, 0], split: true });
        }
      }
    }
  }

  /** Finds the terms in one zone's text; counts its content words into `seen`; returns how many. */
  private scan(text: string, zone: Zone, hits: Map<string, TermHits>, seen: Map<string, number>): number {
    if (!text) return 0;
    let words = 0;
    for (const clause of clauses(text)) {
      const tokens = this.clauseTokens(clause);
      for (const token of tokens) {
        if (!token) continue;
        words++;
        seen.set(token, (seen.get(token) ?? 0) + 1);
      }
      for (let i = 0; i < tokens.length; ) {
        const matched = this.knownTokens.has(tokens[i]!) ? this.longestTermAt(tokens, i) : undefined;
        if (!matched) {
          i++;
          continue;
        }
        const [key, length] = matched;
        let entry = hits.get(key);
        if (!entry) hits.set(key, (entry = { key, zones: [0, 0, 0, 0] }));
        entry.zones[zone]++;
        i += length;
      }
    }
    return words;
  }

  /** Content tokens of a clause, misspellings corrected; other-sense phrases become breaks (''). */
  private clauseTokens(clause: string): string[] {
    const raw = tokenize(clause);
    for (let i = 0; i < raw.length; i++) {
      for (const sense of OTHER_SENSES) {
        if (sense[0] === raw[i] && sense.every((t, j) => raw[i + j] === t)) {
          raw.fill('', i, i + sense.length);
          break;
        }
      }
    }
    const out: string[] = [];
    for (const token of raw) {
      if (STOPWORDS.has(token)) continue;
      out.push(this.knownTokens.has(token) || !token ? token : (this.correct(token) ?? token));
    }
    return out;
  }

  private longestTermAt(tokens: string[], start: number): [string, number] | undefined {
    let end = start;
    while (end < tokens.length && end - start < this.index.maxPhrase && this.knownTokens.has(tokens[end]!)) end++;
    for (let n = end - start; n >= 1; n--) {
      const key = keyOf(tokens.slice(start, start + n));
      if (this.terms.has(key)) return [key, n];
    }
    return undefined;
  }

  /** A long unknown word close to a library word ("illiopsoas") is read as that word. */
  private correct(token: string): string | undefined {
    if (token.length < MIN_FUZZY_LENGTH || !/^\p{L}+$/u.test(token)) return undefined;
    let corrected = this.corrections.get(token);
    if (corrected === undefined) {
      const group = this.index.vocabulary[vocabularyGroupOf(token)];
      const near = group?.words.some((w) => Math.abs(w.length - token.length) <= 2);
      const best = near ? this.fuzzyGroup(token)?.search(token, { limit: 1 })[0] : undefined;
      // Fuse finds the nearest library word; an edit-distance check then keeps only true slips, so
      // "osteoporosis" is never read as "osteonecrosis".
      const allowed = token.length >= 10 ? 2 : 1;
      corrected = best && best.score! <= FUZZY_THRESHOLD && editDistance(token, best.item, allowed) <= allowed ? best.item : null;
      if (this.corrections.size > 5000) this.corrections.clear();
      this.corrections.set(token, corrected);
    }
    return corrected ?? undefined;
  }

  private fuzzyGroup(token: string): Fuse<string> | undefined {
    const name = vocabularyGroupOf(token);
    let fuse = this.fuzzy.get(name);
    const group = this.index.vocabulary[name];
    if (!fuse && group) {
      fuse = new Fuse(group.words, FUZZY_OPTIONS, Fuse.parseIndex(group.index));
      this.fuzzy.set(name, fuse);
    }
    return fuse;
  }
}

// Strict: one slip in a long word ("illiopsoas", "trochanter"), never a different ordinary word.
const FUZZY_THRESHOLD = 0.25;
const FUZZY_OPTIONS = { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true };
