// The matcher's index, prepared once at build time from the articles and shipped as JSON, so no
// page ever pays for building it.
import Fuse from 'fuse.js';
import { GENERIC_WORDS } from './region';
import { contentTokens, keyOf } from './text';

/** Where a term comes from in an article; earlier fields name the article more surely. */
export const Field = { Title: 0, Alias: 1, Keyword: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/** One article a term points to: [article index, field, the term as written in the article]. */
export type TermTarget = [article: number, field: Field, surface: string];

/** What the index is built from: the names of an article and its prose. */
export interface IndexSource {
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
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
/** Words kept in each article's profile: enough for its topic, few enough to stay small. */
export const PROFILE_WORDS = 60;
/** Profile numbers are stored as integers in thousandths. */
export const PROFILE_SCALE = 1000;

export function buildMatchIndex(sources: readonly IndexSource[]): MatchIndex {
  const terms: Record<string, TermTarget[]> = {};
  let maxPhrase = 1;
  const vocabulary = new Set<string>();
  sources.forEach((source, article) => {
    const add = (surface: string, field: Field) => {
      const tokens = contentTokens(surface);
      if (!tokens.length) return;
      const key = keyOf(tokens);
      const targets = (terms[key] ??= []);
      const existing = targets.find((t) => t[0] === article);
      // One entry per article and key, at the strongest field that names it.
      if (existing) {
        if (field < existing[1]) existing[1] = field;
        return;
      }
      targets.push([article, field, surface]);
      maxPhrase = Math.max(maxPhrase, tokens.length);
      for (const token of tokens) if (token.length >= MIN_FUZZY_LENGTH && /^\p{L}+$/u.test(token)) vocabulary.add(token);
    };
    add(source.title, Field.Title);
    for (const alias of source.aliases) add(alias, Field.Alias);
    for (const keyword of source.keywords) add(keyword, Field.Keyword);
  });
  const groups: Record<string, string[]> = {};
  for (const word of [...vocabulary].sort()) (groups[vocabularyGroupOf(word)] ??= []).push(word);
  return {
    ids: sources.map((s) => s.id),
    overviews: sources.flatMap((s, i) => (s.overview ? [i] : [])),
    terms,
    maxPhrase,
    termWords: [...new Set(Object.keys(terms).flatMap((k) => k.split(' ')))].sort(),
    vocabulary: Object.fromEntries(
      Object.entries(groups).map(([group, words]) => [group, { words, index: Fuse.createIndex([], words).toJSON() }]),
    ),
    profiles: buildProfiles(sources),
  };
}

function buildProfiles(sources: readonly IndexSource[]): MatchIndex['profiles'] {
  const counts = sources.map((source) => {
    const tf = new Map<string, number>();
    // Names count double: they are what the article is about.
    const named = [source.title, ...source.aliases, ...source.keywords].join(' . ');
    for (const [text, weight] of [[named, 2], [source.prose, 1]] as const)
      for (const token of contentTokens(text))
        if (token.length >= 3 && /^\p{L}+$/u.test(token) && !GENERIC_WORDS.has(token)) tf.set(token, (tf.get(token) ?? 0) + weight);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const token of tf.keys()) df.set(token, (df.get(token) ?? 0) + 1);
  const n = sources.length;
  const idf = (token: string) => Math.log((n + 1) / (df.get(token)! + 0.5));
  const profiles: MatchIndex['profiles'] = {};
  counts.forEach((tf, article) => {
    const weighted = [...tf]
      .map(([token, count]): [string, number] => [token, (1 + Math.log(count)) * idf(token)])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, PROFILE_WORDS);
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    for (const [token, w] of weighted) (profiles[token] ??= [Math.round(idf(token) * PROFILE_SCALE)]).push(article, Math.round((w / norm) * PROFILE_SCALE));
  });
  return profiles;
}
