// The matcher's index: its shape and constants, shared by the matcher (core/match.ts) and its
// builder (compiler/match-index-builder.ts), which prepares it once at build time.
import type Fuse from 'fuse.js';

/** Where a term comes from in an article; earlier fields name the article more surely. */
export const Field = { Title: 0, Alias: 1, Keyword: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/**
 * One article a term points to: [article index, field, the term as written in the article, and
 * 1 if the article counts it only beside a word of our region (it also names other regions or
 * any joint: "osteonecrosis", "slipped disc")].
 */
export type TermTarget = [article: number, field: Field, surface: string, needsRegion?: 1];

/** What the index is built from: the names of an article and its prose. */
export interface IndexSource {
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  /** Those of the aliases and keywords that count only beside a word of our region. */
  needsRegion: string[];
  /** How patients describe it in everyday words (the article's inPlainWords), for its word profile. */
  plainWords: string;
  /** Everything else the article says (summary, symptoms, causes, body...), for its word profile. */
  prose: string;
  /** An overview of many conditions rather than one. */
  overview: boolean;
}

export interface MatchIndex {
  ids: string[];
  /** Articles that survey many conditions; a specific named condition ranks above them. */
  overviews: number[];
  /** Phrase key (see text.phraseKey) -> the articles it names. */
  terms: Record<string, TermTarget[]>;
  /** Keys with some target that counts only beside a word of our region (TermTarget's needsRegion). */
  contextKeys: string[];
  /** The term words that are common English words (compiler/common-words.ts). */
  commonTokens: string[];
  /** The longest phrase, in content tokens. */
  maxPhrase: number;
  /** Every word that occurs in some term: phrases start and continue only on these. */
  termWords: string[];
  /**
   * Long, specific words of the terms, for correcting misspelt page words, grouped by their first
   * two letters (misspellings rarely touch those) with each group's Fuse.js index serialised.
   */
  vocabulary: Record<string, VocabularyGroup>;
  /**
   * Each article's word profile (TF-IDF, unit length, its strongest words only), inverted and
   * flat to stay small in every page: word -> [idf × 1000, article, weight × 1000, article,
   * weight × 1000, ...]. Lets a page that describes a condition in lay words still find it.
   */
  profiles: Record<string, number[]>;
}

export interface VocabularyGroup {
  words: string[];
  index: ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>;
}

export function vocabularyGroupOf(word: string): string {
  return word.slice(0, 2);
}

/** Words this long or longer are corrected when misspelt; shorter ones collide with ordinary words. */
export const MIN_FUZZY_LENGTH = 7;
/**
 * Words kept in each article's profile: enough for its topic and its lay vocabulary (a page in
 * everyday words shares few of an article's strongest, clinical words), few enough to stay small
 * (the index grows from 112 to 141 kB).
 */
export const PROFILE_WORDS = 150;
/** Profile numbers are stored as integers in thousandths. */
export const PROFILE_SCALE = 1000;

/** Whether the index's plain JSON object has `key` (it is read in place, with no prototype-safe Map). */
export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
