// DOM -> page text -> gated suggestions in one go, as the command line and the tests run it. In
// the extension the two halves run apart: extraction in the page, matching in the background.
import { extractPageText, headlineOf, mayConcernOurRegion, type PageText } from './extract';
import type { Matcher, Suggestion } from './match';

export interface PageSuggestions {
  page: PageText;
  suggestions: Suggestion[];
}

/**
 * As the extension answers: a page with no word of our region is matched only if its headline
 * might name one of our articles (otherwise the page script never extracts or sends its text).
 */
export function suggestForDocument(doc: Document, matcher: Matcher): PageSuggestions {
  const page = extractPageText(doc);
  const worthMatching = mayConcernOurRegion(doc) || matcher.headlineMayName(headlineOf(doc));
  return { page, suggestions: worthMatching ? matcher.match(page) : [] };
}

