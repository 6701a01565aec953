// DOM -> page text -> gated suggestions in one go, as the command line and the tests run it. In
// the extension the two halves run apart: extraction in the page, matching in the background.
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

