// The library as the extension ships it: the cards and the prepared matcher index compiled by
// scripts/compile-library.ts. Imported by the content script, the extension pages and the CLI.
import cardsJson from '../data/generated/cards.json';
import matchIndexJson from '../data/generated/match-index.json';
import type { ArticleCard } from './library';
import { Matcher } from './match';
import type { MatchIndex } from './match-index';

export const cards = cardsJson as ArticleCard[];
export const cardsById: ReadonlyMap<string, ArticleCard> = new Map(cards.map((c) => [c.id, c]));
export const matcher = new Matcher(matchIndexJson as unknown as MatchIndex);
