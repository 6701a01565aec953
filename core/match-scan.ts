// Phrase scanning: finds the library's terms in a page's text and counts its words, one zone
// (title, description, headings, body) and one slice at a time. Pure; no browser API.
import { hasOwn, type MatchIndex } from './match-index';
import type { RuleSwitch } from './match-gate';
import { GATE } from './match-gate';
import type { Speller } from './match-spelling';
import { blankOtherSenses } from './other-senses';
import { CONTEXT_PAIRS, CONTEXT_WORDS, NOT_LOWER_BACK, REGION_PAIRS } from './region';
import { STOPWORDS, clauses, keyOf, tokenize } from './text';

/** Where on the page a term was seen. Title and headings say what a page is about; the body says how much. */
export const Zone = { Title: 0, Description: 1, Headings: 2, Body: 3 } as const;
export type Zone = (typeof Zone)[keyof typeof Zone];
export type ZoneCounts = [title: number, description: number, headings: number, body: number];

export interface TermHits {
  key: string;
  zones: ZoneCounts;
  /** The same, counting only occurrences with a word of our region close by (GATE.contextWindow). */
  inContext: ZoneCounts;
  /** Found by splitting a name between the page heading and its body, not as a phrase. */
  split?: boolean;
  /** A name the body spells out whose one word is also in the title ("Hernia" ... "inguinal hernia"). */
  splitTitle?: boolean;
  /** ...and that word is no common English word ("hernia", not "broken"): the title is about it. */
  titleEchoSpecific?: boolean;
}

export interface ScanCounts {
  words: number;
  regionPairs: number;
  headlineRegionPairs: number;
}

// Characters of text scanned between chances to pause (the analysis is written as steps, see core/steps.ts).
const SLICE_CHARS = 1000;

/** Where a slice starting at `start` ends: at a line or sentence end, so no phrase is cut. */
export function sliceEnd(text: string, start: number): number {
  if (text.length - start <= SLICE_CHARS) return text.length;
  for (const boundary of ['\n', '. ', ' ']) {
    const at = text.indexOf(boundary, start + SLICE_CHARS);
    if (at >= 0 && at < start + 2 * SLICE_CHARS) return at + 1;
  }
  return start + SLICE_CHARS;
}

export class PhraseScanner {
  /** Every token that occurs in some term: phrases start and continue only on these. */
  private readonly knownTokens: Set<string>;

  constructor(
    private readonly index: MatchIndex,
    /** Keys of terms that some article counts only beside a word of our region. */
    private readonly contextKeys: ReadonlySet<string>,
    private readonly speller: Speller,
    private readonly on: RuleSwitch,
  ) {
    this.knownTokens = new Set(index.termWords);
  }

  /** Finds the terms in one zone's text; counts its content words into `seen` and `counts`. */
  scan(text: string, zone: Zone, hits: Map<string, TermHits>, seen: Map<string, number>, counts: ScanCounts): void {
    if (!text) return;
    // The slice's tokens, clause after clause, with '' between clauses: no phrase or pair
    // crosses a clause, but the context window may.
    const tokens: string[] = [];
    for (const clause of clauses(text)) {
      for (const token of this.clauseTokens(clause)) tokens.push(token);
      tokens.push('');
    }
    const pairs = this.on('region-pairs');
    const notLowerBack = this.on('not-lower-back');
    let context: number[] | undefined;
    const contextAt = () => (context ??= this.contextPositions(tokens));
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token) continue;
      counts.words++;
      seen.set(token, (seen.get(token) ?? 0) + 1);
      if (pairs && i > 0 && REGION_PAIRS.has(`${tokens[i - 1]} ${token}`) && !(notLowerBack && NOT_LOWER_BACK.has(tokens[i - 2] ?? ''))) {
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
      if (!entry) hits.set(key, (entry = { key, zones: [0, 0, 0, 0], inContext: [0, 0, 0, 0] }));
      entry.zones[zone]++;
      if (!this.contextKeys.has(key) || hasContext(contextAt(), i - GATE.contextWindow, i + length + GATE.contextWindow)) entry.inContext[zone]++;
      i += length;
    }
  }

  /** Positions of the hip, groin, buttock and low-back words among `tokens`. */
  private contextPositions(tokens: string[]): number[] {
    const positions: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (CONTEXT_WORDS.has(token) || (i > 0 && CONTEXT_PAIRS.has(`${tokens[i - 1]} ${token}`))) positions.push(i);
    }
    return positions;
  }

  /** Content tokens of a clause, misspellings corrected; other-sense phrases become breaks (''). */
  private clauseTokens(clause: string): string[] {
    const raw = tokenize(clause);
    if (this.on('other-senses')) blankOtherSenses(raw);
    const correcting = this.on('spelling-correction');
    const out: string[] = [];
    for (const token of raw) {
      if (STOPWORDS.has(token)) continue;
      out.push(this.knownTokens.has(token) || !token || !correcting ? token : (this.speller.correct(token) ?? token));
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
}

/** Whether a position in `sorted` falls within [from, to). */
function hasContext(sorted: number[], from: number, to: number): boolean {
  for (const at of sorted) {
    if (at >= to) return false;
    if (at >= from) return true;
  }
  return false;
}
