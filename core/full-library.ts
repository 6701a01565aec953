// The whole library with article bodies and sources: for extension pages only (reader, exports),
// never the content scripts (the sidebar UI ships just the cards).
import libraryJson from '../data/generated/library.json';
import type { Article } from './library';

export const articles = libraryJson as Article[];
export const articlesById: ReadonlyMap<string, Article> = new Map(articles.map((a) => [a.id, a]));
