// Which words are common English, for the library compiler's check on one-word terms.
import { tokenize } from '../core/text';
import commonWordList from './common-words.json';

/** Common English words, as written by `npm run common-words` (scripts/common-words.ts). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWordList as string[]);

/** A word (as the matcher tokenizes it) this frequent in about a million words of text is common. */
export const COMMON_COUNT = 20;

/** The tokens occurring at least COMMON_COUNT times in `texts`, sorted. */
export function commonWordsOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [...counts].filter(([token, n]) => n >= COMMON_COUNT && /\p{L}/u.test(token)).map(([token]) => token).sort();
}
