// The article cards as the extension ships them (compiled by scripts/compile-library.ts).
import cardsJson from '../data/generated/cards.json';
import type { ArticleCard } from './library';

export const cards = cardsJson as ArticleCard[];
export const cardsById: ReadonlyMap<string, ArticleCard> = new Map(cards.map((c) => [c.id, c]));
