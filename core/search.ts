// The search box: finds articles by title, alias or keyword as the user types, tolerating
// misspellings (fuse.js) and word order ("pulled groin", "groin pull").
import Fuse, { type FuseIndex } from 'fuse.js';
import type { SearchDoc } from './library';
import { contentTokens, editDistance, keyOf } from './text';

type Searchable = SearchDoc;

export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'keywords', weight: 1 },
  { name: 'summary', weight: 0.3 },
];

const OPTIONS = { keys: SEARCH_KEYS, includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 };

export type SearchIndexJson = ReturnType<FuseIndex<Searchable>['toJSON']>;

export class LibrarySearch<T extends Searchable> {
  private readonly fuse: Fuse<T>;
  /** Phrase key of every title and alias -> articles, for exact synonym hits in any word order. */
  private readonly names = new Map<string, number[]>();
  /** Every word of those names, for correcting a misspelt query word before the exact lookup. */
  private readonly nameWords = new Set<string>();

  constructor(private readonly cards: readonly T[], index: SearchIndexJson) {
    this.fuse = new Fuse([...cards], OPTIONS, Fuse.parseIndex<T>(index));
    cards.forEach((card, i) => {
      for (const name of [card.title, ...card.aliases]) {
        const tokens = contentTokens(name);
        for (const t of tokens) this.nameWords.add(t);
        const key = keyOf(tokens);
        const list = this.names.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        this.names.set(key, list);
      }
    });
  }

  /** Best first; exact names before fuzzy matches. An empty query finds nothing. */
  search(query: string, limit = 10): T[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const exact = (this.names.get(keyOf(contentTokens(trimmed).map((t) => this.correct(t)))) ?? []).map((i) => this.cards[i]!);
    const fuzzy = this.fuse.search(trimmed.slice(0, 64), { limit: limit + exact.length }).map((r) => r.item);
    return [...new Set([...exact, ...fuzzy])].slice(0, limit);
  }

  /** A query word one slip (two in long words) from a word of our names is read as that word. */
  private correct(token: string): string {
    if (token.length < 5 || this.nameWords.has(token)) return token;
    const allowed = token.length >= 9 ? 2 : 1;
    for (const word of this.nameWords) if (editDistance(token, word, allowed) <= allowed) return word;
    return token;
  }
}
