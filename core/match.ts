// Matches a page against the library and decides whether the page is about a hip or groin topic.
// Pure: takes the prepared index and a PageText; no browser API.
import Fuse from 'fuse.js';
import type { PageText } from './extract';
import { Field, MIN_FUZZY_LENGTH, vocabularyGroupOf, type MatchIndex, type TermTarget } from './match-index';
import { OTHER_SENSES } from './other-senses';
import { GENERIC_WORDS, OTHER_REGION_WORDS, REGION_WORDS } from './region';
import { STOPWORDS, clauses, contentTokens, editDistance, keyOf, tokenize } from './text';

export interface Suggestion {
  id: string;
  /** Relevance, 0..1: this article's evidence against the strongest possible. */
  score: number;
  /** The terms that matched, as the article writes them, strongest first. */
  reasons: string[];
}

/** Where on the page a term was seen. Title and headings say what a page is about; the body says how much. */
const enum Zone {
  Title = 0,
  Description = 1,
  Headings = 2,
  Body = 3,
}
const ZONE_PROMINENCE = [3, 1.5, 1.5, 0];
const FIELD_WEIGHT = [1.5, 1.2, 0.5];

export const MAX_SUGGESTIONS = 5;

/** The tuning of the relevance gate, named so tests and the README can refer to it. */
export const GATE = {
  /** A term naming an article must be this prominent, or seen this often in the body, to carry a page. */
  bodyMentionsToCarry: 3,
  /** Suggestions below this share of the best one's score are left out, keeping focused pages short. */
  relativeBar: 0.3,
  /** Minimum absolute score (after field and specificity weights) for any suggestion. */
  minScore: 2,
  /** Region words (hip, groin, pelvis...) a page needs before an abbreviation ("CDH", "PGP") counts. */
  regionWordsForAbbreviations: 1,
  /** Weight of a name split between the title and the body ("Hernia" ... "inguinal"). */
  splitNameWeight: 0.6,
};

// Aliases such as "FAI", "CDH", "axSpA": short and ambiguous across medicine.
const ABBREVIATION = /^[^\s]*[A-Z][^\s]*[A-Z][^\s]*$/;

interface TermHits {
  key: string;
  zones: [number, number, number, number];
  /** Found by splitting a name between the page title and its body, not as a phrase. */
  split?: boolean;
}

export interface ArticleEvidence {
  id: string;
  score: number;
  reasons: string[];
  /** Whether a term naming this article (its title or an alias) is in the page's title, description or headings. */
  prominent: boolean;
  /** Body mentions of terms naming this article. */
  namingMentions: number;
  qualifies: boolean;
}

export class Matcher {
  private readonly terms: Map<string, TermTarget[]>;
  /** Every token that occurs in some term: phrases start and continue only on these. */
  private readonly knownTokens: Set<string>;
  private readonly idf: Map<string, number>;
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, string | null>();
  /** Token -> the term keys that contain it, for names split between title and body. */
  private readonly keysByToken = new Map<string, string[]>();

  constructor(private readonly index: MatchIndex) {
    this.terms = new Map(Object.entries(index.terms));
    this.knownTokens = new Set([...this.terms.keys()].flatMap((k) => k.split(' ')));
    for (const key of this.terms.keys()) {
      const tokens = key.split(' ');
      if (tokens.length < 2) continue;
      for (const token of tokens) this.keysByToken.set(token, [...(this.keysByToken.get(token) ?? []), key]);
    }
    const articles = index.ids.length;
    this.idf = new Map([...this.terms].map(([key, targets]) => [key, Math.log(1 + articles / targets.length)]));
  }

  get size(): number {
    return this.index.ids.length;
  }

  /** What the sidebar shows: at most five articles, only on pages really about a hip or groin topic. */
  match(page: PageText): Suggestion[] {
    const evidence = this.analyse(page);
    const qualified = evidence.filter((e) => e.qualifies);
    if (!qualified.length) return [];
    const best = qualified[0]!.score;
    return qualified
      .filter((e) => e.score >= best * GATE.relativeBar)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ id, score, reasons }) => ({ id, score: +Math.min(1, score / 30).toFixed(3), reasons }));
  }

  /** Every article with any evidence on the page, best first, with the gate's verdict on each. */
  analyse(page: PageText): ArticleEvidence[] {
    const hits = new Map<string, TermHits>();
    const zones: [Zone, string][] = [
      [Zone.Title, page.title],
      [Zone.Description, page.description],
      ...page.headings.map((h): [Zone, string] => [Zone.Headings, h]),
      [Zone.Body, page.body],
    ];
    const seen = new Map<string, number>();
    for (const [zone, text] of zones) this.scan(text, zone, hits, seen);
    this.addSplitNames(page, hits, seen);
    let regionWords = 0;
    for (const [token, count] of seen) if (REGION_WORDS.has(token)) regionWords += count;

    const byArticle = new Map<number, { score: number; reasons: [string, number][]; prominent: boolean; mentions: number }>();
    for (const hit of hits.values()) {
      const { key, zones: z } = hit;
      const prominence = ZONE_PROMINENCE[Zone.Title]! * Math.min(1, z[Zone.Title]) +
        ZONE_PROMINENCE[Zone.Description]! * Math.min(1, z[Zone.Description]) +
        ZONE_PROMINENCE[Zone.Headings]! * Math.min(1, z[Zone.Headings]);
      const frequency = Math.log2(1 + z[Zone.Body] + z[Zone.Headings]);
      const evidence = (prominence + frequency) * this.idf.get(key)! * (hit.split ? GATE.splitNameWeight : 1);
      for (const [article, field, surface] of this.terms.get(key)!) {
        if (ABBREVIATION.test(surface) && regionWords < GATE.regionWordsForAbbreviations) continue;
        const entry = byArticle.get(article) ?? { score: 0, reasons: [], prominent: false, mentions: 0 };
        const weight = FIELD_WEIGHT[field]! * evidence;
        entry.score += weight;
        entry.reasons.push([surface, weight]);
        if (field !== Field.Keyword) {
          entry.prominent ||= prominence > 0;
          entry.mentions += z[Zone.Body];
        }
        byArticle.set(article, entry);
      }
    }
    return [...byArticle]
      .map(([article, e]) => ({
        id: this.index.ids[article]!,
        score: e.score,
        reasons: e.reasons.sort((a, b) => b[1] - a[1]).map(([surface]) => surface),
        prominent: e.prominent,
        namingMentions: e.mentions,
        qualifies: e.score >= GATE.minScore && (e.prominent || e.mentions >= GATE.bodyMentionsToCarry),
      }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  /**
   * A page headed with a condition's head word ("Hernia", "Osteoarthritis") whose body supplies the
   * rest of one of our names ("inguinal", "hip") is taken to discuss that named form; a name the
   * body already spells out gains the heading's prominence. Only headings made entirely of words
   * we know, naming no other part of the body, qualify: "Knee bursitis" or "Hiatal hernia" never do.
   */
  private addSplitNames(page: PageText, hits: Map<string, TermHits>, seen: Map<string, number>): void {
    for (const heading of new Set([page.title, page.headings[0] ?? ''])) {
      const words = contentTokens(heading).filter((t) => !GENERIC_WORDS.has(t));
      if (!words.length || !words.every((t) => this.knownTokens.has(t) && !OTHER_REGION_WORDS.has(t))) continue;
      for (const token of new Set(words)) {
        if (REGION_WORDS.has(token)) continue;
        for (const key of this.keysByToken.get(token) ?? []) {
          const hit = hits.get(key);
          if (hit) {
            if (hit.zones[Zone.Title] === 0 && hit.zones[Zone.Body] > 0) hit.zones[Zone.Title] = 1;
            continue;
          }
          const rest = key.split(' ').filter((t) => t !== token);
          if (rest.every((t) => (seen.get(t) ?? 0) > 0 && !GENERIC_WORDS.has(t)))
            hits.set(key, { key, zones: [1, 0, 0, 0], split: true });
        }
      }
    }
  }

  private scan(text: string, zone: Zone, hits: Map<string, TermHits>, seen: Map<string, number>): void {
    if (!text) return;
    for (const clause of clauses(text)) {
      const tokens = this.clauseTokens(clause);
      for (const token of tokens) if (token) seen.set(token, (seen.get(token) ?? 0) + 1);
      for (let i = 0; i < tokens.length; ) {
        const matched = this.longestTermAt(tokens, i);
        if (!matched) {
          i++;
          continue;
        }
        const [key, length] = matched;
        const entry = hits.get(key) ?? { key, zones: [0, 0, 0, 0] };
        entry.zones[zone]++;
        hits.set(key, entry);
        i += length;
      }
    }
  }

  /** Content tokens of a clause, misspellings corrected; other-sense phrases become breaks (''). */
  private clauseTokens(clause: string): string[] {
    const raw = tokenize(clause);
    for (let i = 0; i < raw.length; i++) {
      for (const sense of OTHER_SENSES) {
        if (sense.every((t, j) => raw[i + j] === t)) {
          raw.fill('', i, i + sense.length);
          break;
        }
      }
    }
    const out: string[] = [];
    for (const token of raw) {
      if (STOPWORDS.has(token)) continue;
      out.push(this.knownTokens.has(token) ? token : (this.correct(token) ?? ''));
    }
    return out;
  }

  private longestTermAt(tokens: string[], start: number): [string, number] | undefined {
    let end = start;
    while (end < tokens.length && end - start < this.index.maxPhrase && tokens[end]) end++;
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
      const best = near ? this.fuzzyGroup(token)!.search(token, { limit: 1 })[0] : undefined;
      // Fuse finds the nearest library word; an edit-distance check then keeps only true slips, so
      // "osteoporosis" is never read as "osteonecrosis".
      corrected =
        best && best.score! <= FUZZY_THRESHOLD && editDistance(token, best.item, token.length >= 10 ? 2 : 1) <= (token.length >= 10 ? 2 : 1)
          ? best.item
          : null;
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
