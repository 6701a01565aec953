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
import { Field, MIN_FUZZY_LENGTH, PROFILE_SCALE, vocabularyGroupOf, type MatchIndex, type TermTarget } from './match-index';
import { OTHER_SENSES } from './other-senses';
import { ANIMAL_WORDS, COMPETING_REGION_WORDS, GENERIC_WORDS, NOT_LOWER_BACK, OTHER_REGION_WORDS, REGION_PAIRS, REGION_WORDS } from './region';
import { runAll, type Steps } from './steps';
import { STOPWORDS, clauses, contentTokens, editDistance, keyOf, tokenize } from './text';

export interface Suggestion {
  id: string;
  /** Relevance, 0..1. */
  score: number;
  /** The terms that matched, as the article writes them, strongest first. */
  reasons: string[];
  /** The article's title, added by the background for the page script's strip (which has no cards). */
  title?: string;
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
  /**
   * A condition both named on the page and resembling it in vocabulary (profile at least
   * `corroboratingProfile`) needs only this share of region words: two independent signals agree.
   */
  corroboratedDensity: 0.0075,
  corroboratingProfile: 0.25,
  /** Share of animal words (dog, horse, vet...) that marks a page as veterinary. */
  animalDensity: 0.01,
  /** A condition named just once in passing also needs this much profile similarity (a list of conditions is not a topic). */
  singleMentionProfile: 0.1,
  /** A profile-only candidate (named nowhere on the page) needs at least this cosine similarity. */
  profileOnly: 0.3,
  /** Or at least this much evidence from its keywords (anatomy, tests) on an on-topic page. */
  keywordsOnly: 2,
  /** Overview articles' scores are scaled by this, so a specific named condition comes first. */
  overviewFactor: 0.4,
  /** How much profile similarity (0..1) adds to the name evidence. */
  profileWeight: 20,
  /** Suggestions below this share of the best one's score are left out, keeping focused pages short. */
  relativeBar: 0.45,
  /** Minimum absolute score for any suggestion. */
  minScore: 3,
  /** Weight of a name split between the title and the body ("Hernia" ... "inguinal"). */
  splitNameWeight: 0.6,
};

// Characters of text scanned between chances to pause (the analysis is written as steps, see core/steps.ts).
const SLICE_CHARS = 1000;

/** Where a slice starting at `start` ends: at a line or sentence end, so no phrase is cut. */
function sliceEnd(text: string, start: number): number {
  if (text.length - start <= SLICE_CHARS) return text.length;
  for (const boundary of ['\n', '. ', ' ']) {
    const at = text.indexOf(boundary, start + SLICE_CHARS);
    if (at >= 0 && at < start + 2 * SLICE_CHARS) return at + 1;
  }
  return start + SLICE_CHARS;
}

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
  /** The part of it from keywords (anatomy, tests, procedures). */
  keywordScore: number;
  /** Cosine similarity of the page's words to the article's profile, 0..1. */
  profile: number;
  reasons: string[];
  /** A title or alias of this article is in the page's title, description or headings. */
  prominent: boolean;
  /** A title or alias of this article appears anywhere on the page. */
  named: boolean;
  /** How often its titles and aliases appear in the body. */
  mentions: number;
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
  /** Whether the page is about animals (veterinary), which HipLens is not for. */
  animals: boolean;
  /** Whether the page's own words place it in our region. */
  onTopic: boolean;
  articles: ArticleEvidence[];
}

// The index's JSON objects are read in place (no copying into Maps), so a page pays almost
// nothing to start the matcher; what is derived is derived lazily.
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export class Matcher {
  /** Every token that occurs in some term: phrases start and continue only on these. */
  private readonly knownTokens: Set<string>;
  private readonly overviews: Set<number>;
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, string | null>();
  /** For names split between heading and body (see keysByToken). */
  private keysByTokenCache?: Map<string, string[]>;

  constructor(private readonly index: MatchIndex) {
    this.knownTokens = new Set(index.termWords);
    this.overviews = new Set(index.overviews);
  }

  private term(key: string): TermTarget[] | undefined {
    return hasOwn(this.index.terms, key) ? this.index.terms[key] : undefined;
  }

  /**
   * Token -> the multi-word term keys that contain it, built on a page's first use in steps of a
   * hundred keys: on a fresh page, with code not yet compiled, it is the costliest part of matching.
   */
  private *keysByToken(): Steps<Map<string, string[]>> {
    if (this.keysByTokenCache) return this.keysByTokenCache;
    const keysByToken = new Map<string, string[]>();
    let done = 0;
    for (const key of Object.keys(this.index.terms)) {
      if (++done % 100 === 0) yield;
      const tokens = key.split(' ');
      if (tokens.length < 2) continue;
      for (const t of tokens) {
        const keys = keysByToken.get(t);
        if (keys) keys.push(key);
        else keysByToken.set(t, [key]);
      }
    }
    return (this.keysByTokenCache = keysByToken);
  }

  /** What the sidebar shows: at most five articles, only on pages really about a hip or groin topic. */
  match(page: PageText): Suggestion[] {
    return this.suggestionsFrom(this.analyse(page));
  }

  /**
   * Whether a page's headline alone (`page` with no body) might name one of our articles
   * prominently: the one way a page with no word of our region can be answered (the gate's other
   * ways all need region words). True for more pages than the full analysis would answer, never
   * fewer. Besides the names the headline holds, a name split between a heading and the body
   * counts (addSplitNames) unless it has a region word: on a page without one, the body cannot
   * hold its rest.
   */
  headlineMayName(page: PageText): boolean {
    if (this.analyse({ ...page, body: '' }).articles.some((e) => e.prominent)) return true;
    const keysByToken = runAll(this.keysByToken());
    // As addSplitNames reads them: the title and the first heading.
    return [page.title, page.headings[0] ?? ''].some((heading) => {
      const words = contentTokens(heading).filter((t) => !GENERIC_WORDS.has(t));
      if (words.some((t) => OTHER_REGION_WORDS.has(t))) return false;
      return words.some((t) => !REGION_WORDS.has(t) && (keysByToken.get(t) ?? []).some((key) => !key.split(' ').some((k) => REGION_WORDS.has(k))));
    });
  }

  /** Every article with any evidence on the page, best first, with the gate's verdict on each. */
  analyse(page: PageText): PageEvidence {
    return runAll(this.analysisSteps(page));
  }

  private suggestionsFrom(evidence: PageEvidence): Suggestion[] {
    const qualified = evidence.articles.filter((e) => e.qualifies);
    if (!qualified.length) return [];
    const best = qualified[0]!.score;
    return qualified
      .filter((e) => e.score >= best * GATE.relativeBar)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ id, score, reasons }) => ({ id, score: +(score / (score + 10)).toFixed(3), reasons }));
  }

  /** The analysis as a generator that stops (yields) between slices of the page's text. */
  private *analysisSteps(page: PageText): Steps<PageEvidence> {
    const hits = new Map<string, TermHits>();
    const zones: [Zone, string][] = [
      [Zone.Title, page.title],
      [Zone.Description, page.description],
      ...page.headings.map((h): [Zone, string] => [Zone.Headings, h]),
      [Zone.Body, page.body],
    ];
    const seen = new Map<string, number>();
    const headline = new Map<string, number>();
    const counts = { words: 0, regionPairs: 0, headlineRegionPairs: 0 };
    for (const [zone, text] of zones) {
      // Long texts are scanned a slice at a time (clauses never straddle a slice).
      for (let start = 0; start < text.length; ) {
        const end = sliceEnd(text, start);
        this.scan(text.slice(start, end), zone, hits, zone === Zone.Body ? seen : headline, counts);
        start = end;
        yield;
      }
    }
    const { words } = counts;
    for (const [token, count] of headline) seen.set(token, (seen.get(token) ?? 0) + count);
    yield* this.addSplitNames(page, hits, seen);
    yield;

    const count = (set: ReadonlySet<string>, from: Map<string, number>) => {
      let n = 0;
      for (const [token, c] of from) if (set.has(token)) n += c;
      return n;
    };
    const regionWords = count(REGION_WORDS, seen) + counts.regionPairs;
    const headlineRegionWords = count(REGION_WORDS, headline) + counts.headlineRegionPairs;
    const otherRegionWords = count(COMPETING_REGION_WORDS, seen);
    const headlineElsewhere = headlineRegionWords === 0 && count(OTHER_REGION_WORDS, headline) > 0;
    const animals = count(ANIMAL_WORDS, seen) >= Math.max(3, words * GATE.animalDensity);
    const inRegion = regionWords >= GATE.minRegionWords && regionWords > otherRegionWords && !animals;
    const onTopic =
      inRegion && regionWords >= words * (headlineRegionWords > 0 ? GATE.regionDensityWithHeadline : GATE.regionDensity);
    const corroborated = inRegion && regionWords >= words * GATE.corroboratedDensity;

    const byArticle = new Map<number, ArticleEvidence & { weighted: [string, number][] }>();
    const entryFor = (article: number) => {
      let entry = byArticle.get(article);
      if (!entry) {
        entry = { id: this.index.ids[article]!, score: 0, nameScore: 0, keywordScore: 0, profile: 0, reasons: [], weighted: [], prominent: false, named: false, mentions: 0, qualifies: false };
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
      const targets = this.term(key)!;
      const specificity = Math.log(1 + this.index.ids.length / targets.length);
      const evidence = (prominence + frequency) * specificity * (hit.split ? GATE.splitNameWeight : 1);
      for (const [article, field, surface] of targets) {
        // An abbreviation alone ("CDH", "PGP") means nothing on a page without region words.
        if (ABBREVIATION.test(surface) && regionWords === 0) continue;
        const entry = entryFor(article);
        const weight = FIELD_WEIGHT[field]! * evidence;
        entry.nameScore += weight;
        if (field === Field.Keyword) entry.keywordScore += weight;
        entry.weighted.push([surface, weight]);
        if (field !== Field.Keyword) {
          entry.named = true;
          entry.mentions += z[Zone.Body];
          // A headline about the knee or shoulder does not make our name prominent.
          entry.prominent ||= prominence > 0 && !headlineElsewhere;
        }
      }
    }

    yield;
    for (const [article, similarity] of this.profileSimilarity(seen, headline)) entryFor(article).profile = similarity;
    yield;

    const articles = [...byArticle]
      .map(([article, { weighted, ...e }]) => {
        const score = (e.nameScore + GATE.profileWeight * e.profile) * (this.overviews.has(article) ? GATE.overviewFactor : 1);
        const qualifies =
          score >= GATE.minScore &&
          !animals &&
          (e.prominent ||
            (onTopic &&
              ((e.named && (e.mentions > 1 || e.profile >= GATE.singleMentionProfile)) ||
                e.profile >= GATE.profileOnly ||
                e.keywordScore >= GATE.keywordsOnly)) ||
            (corroborated && e.named && e.profile >= GATE.corroboratingProfile));
        return { ...e, score, qualifies, reasons: weighted.sort((a, b) => b[1] - a[1]).map(([s]) => s) };
      })
      // Ids are ASCII: an ordinal tie-break, since localeCompare's first call starts ICU (15 ms in a fresh page).
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { words, regionWords, headlineRegionWords, otherRegionWords, headlineElsewhere, animals, onTopic, articles };
  }

  /** Cosine similarity between the page's words (headline words count double) and each article profile. */
  private profileSimilarity(body: Map<string, number>, headline: Map<string, number>): Map<number, number> {
    const scores = new Map<number, number>();
    let norm = 0;
    for (const [token, total] of body) {
      if (!hasOwn(this.index.profiles, token)) continue;
      const profile = this.index.profiles[token]!;
      const weight = ((1 + Math.log(total) + (headline.get(token) ?? 0 ? 1 : 0)) * profile[0]!) / PROFILE_SCALE;
      norm += weight * weight;
      for (let i = 1; i < profile.length; i += 2) {
        const article = profile[i]!;
        scores.set(article, (scores.get(article) ?? 0) + (weight * profile[i + 1]!) / PROFILE_SCALE);
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [article, dot] of scores) scores.set(article, dot / norm);
    return scores;
  }

  /**
   * Names split across a heading. A heading that holds every word of one of our names, in any
   * order ("Labral tear? | Hip forum"), names it. A heading word that belongs to the names of one
   * or two articles only ("Hernia", "Septic arthritis in children"), with the rest of such a name
   * in the body ("inguinal", "hip"), names that form too; and a name the body already spells out
   * gains the heading's prominence. Headings naming another part of the body ("Knee bursitis",
   * "Hiatal hernia") never count.
   */
  private *addSplitNames(page: PageText, hits: Map<string, TermHits>, seen: Map<string, number>): Steps<void> {
    const keysByToken = yield* this.keysByToken();
    yield;
    for (const heading of new Set([page.title, page.headings[0] ?? ''])) {
      const headingWords = new Set(contentTokens(heading).filter((t) => !GENERIC_WORDS.has(t)));
      if (!headingWords.size || [...headingWords].some((t) => OTHER_REGION_WORDS.has(t))) continue;
      for (const token of headingWords) {
        if (REGION_WORDS.has(token)) continue;
        const keys = keysByToken.get(token) ?? [];
        const specific = new Set(keys.flatMap((k) => this.term(k)!.map(([article]) => article))).size <= 2;
        for (const key of keys) {
          const rest = key.split(' ').filter((t) => t !== token);
          const hit = hits.get(key);
          if (hit) {
            if (hit.zones[Zone.Title] === 0 && hit.zones[Zone.Body] > 0) hit.zones[Zone.Title] = 1;
          } else if (rest.every((t) => headingWords.has(t))) {
            hits.set(key, { key, zones: [1, 0, 0, 0], split: true });
          } else if (specific && rest.every((t) => (seen.get(t) ?? 0) > 0 && !GENERIC_WORDS.has(t))) {
            hits.set(key, { key, zones: [1, 0, 0, 0], split: true });
          }
        }
      }
    }
  }

  /** Finds the terms in one zone's text; counts its content words into `seen` and `counts`. */
  private scan(
    text: string,
    zone: Zone,
    hits: Map<string, TermHits>,
    seen: Map<string, number>,
    counts: { words: number; regionPairs: number; headlineRegionPairs: number },
  ): void {
    if (!text) return;
    for (const clause of clauses(text)) {
      const tokens = this.clauseTokens(clause);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (!token) continue;
        counts.words++;
        seen.set(token, (seen.get(token) ?? 0) + 1);
        if (i > 0 && REGION_PAIRS.has(`${tokens[i - 1]} ${token}`) && !NOT_LOWER_BACK.has(tokens[i - 2] ?? '')) {
          if (zone === Zone.Body) counts.regionPairs++;
          else counts.headlineRegionPairs++;
        }
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
  }

  /** Content tokens of a clause, misspellings corrected; other-sense phrases become breaks (''). */
  private clauseTokens(clause: string): string[] {
    const raw = tokenize(clause);
    for (let i = 0; i < raw.length; i++) {
      for (const sense of OTHER_SENSES.get(raw[i]!) ?? []) {
        if (sense.every((t, j) => raw[i + j] === t)) {
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
      if (hasOwn(this.index.terms, key)) return [key, n];
    }
    return undefined;
  }

  /** A long unknown word close to a library word ("illiopsoas") is read as that word. */
  private correct(token: string): string | undefined {
    if (token.length < MIN_FUZZY_LENGTH) return undefined;
    let corrected = this.corrections.get(token);
    if (corrected === undefined) {
      corrected = null;
      const allowed = token.length >= 10 ? 2 : 1;
      const group = this.index.vocabulary[vocabularyGroupOf(token)];
      // A cheap bounded edit distance rules out almost every ordinary word; for the rest, Fuse
      // ranks the library's words and the edit distance confirms a true slip, so "osteoporosis"
      // is never read as "osteonecrosis".
      const plausible = (w: string) =>
        Math.abs(w.length - token.length) <= allowed &&
        (w.endsWith(token.slice(-3)) || w.startsWith(token.slice(0, 3))) &&
        editDistance(token, w, allowed) <= allowed;
      if (group?.words.some(plausible)) {
        const best = this.fuzzyGroup(token)?.search(token, { limit: 1 })[0];
        if (best && best.score! <= FUZZY_THRESHOLD && editDistance(token, best.item, allowed) <= allowed) corrected = best.item;
      }
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
