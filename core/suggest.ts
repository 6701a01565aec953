// The one path a page takes: DOM -> page text -> gated suggestions.
import { extractPageText, type PageText } from './extract';
import type { Matcher, Suggestion } from './match';

export interface PageSuggestions {
  page: PageText;
  suggestions: Suggestion[];
}

export function suggestForDocument(doc: Document, matcher: Matcher): PageSuggestions {
  const page = extractPageText(doc);
  return { page, suggestions: matcher.match(page) };
}
