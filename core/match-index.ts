// The matcher's index, prepared once at build time from the article cards and shipped as JSON,
// so no page ever pays for building it.
import Fuse from 'fuse.js';
import type { ArticleCard } from './library';
import { contentTokens, keyOf } from './text';

/** Where a term comes from in an article; earlier fields name the article more surely. */
export const Field = { Title: 0, Alias: 1, Keyword: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/** One article a term points to: [article index, field, the term as written in the article]. */
export type TermTarget = [article: number, field: Field, surface: string];

export interface MatchIndex {
  ids: string[];
  /** Phrase key (see text.phraseKey) -> the articles it names. */
  terms: Record<string, TermTarget[]>;
  /** The longest phrase, in content tokens. */
  maxPhrase: number;
  /**
   * Long, specific words of the terms, for correcting misspelt page words, grouped by their first
   * two letters (misspellings rarely touch those) with each group's Fuse.js index serialised.
   */
  vocabulary: Record<string, VocabularyGroup>;
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

export function buildMatchIndex(cards: readonly Pick<ArticleCard, 'id' | 'title' | 'aliases' | 'keywords'>[]): MatchIndex {
  const terms: Record<string, TermTarget[]> = {};
  let maxPhrase = 1;
  const vocabulary = new Set<string>();
  cards.forEach((card, article) => {
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
    add(card.title, Field.Title);
    for (const alias of card.aliases) add(alias, Field.Alias);
    for (const keyword of card.keywords) add(keyword, Field.Keyword);
  });
  const groups: Record<string, string[]> = {};
  for (const word of [...vocabulary].sort()) (groups[vocabularyGroupOf(word)] ??= []).push(word);
  return {
    ids: cards.map((c) => c.id),
    terms,
    maxPhrase,
    vocabulary: Object.fromEntries(
      Object.entries(groups).map(([group, words]) => [group, { words, index: Fuse.createIndex([], words).toJSON() }]),
    ),
  };
}
