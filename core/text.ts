// Text normalisation shared by the library compiler, the matcher and the search box, so that
// a page and an article alias are always reduced to the same tokens.

/** Lower case, accents folded, apostrophes dropped, everything else that is not a letter or digit becomes a space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Endings removed so that "strained", "strains" and "strain" meet; deliberately light. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (/(ss|is|us|ys|as)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words that carry no topic; dropped from phrase keys so "pain in the hip" meets "hip pain". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an the of in on at to for and or with from by is are be as its it that this your you my our their'.split(' '),
);

/** Tokens of a text: normalised, stemmed words in reading order. */
export function tokenize(text: string): string[] {
  const normal = normalize(text);
  if (!normal) return [];
  return normal.split(' ').map(stem);
}

/** Content tokens: tokens without stopwords. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t));
}

/**
 * The key a phrase is looked up by: its content tokens, sorted, so that word order does not
 * matter ("groin strain", "strained groin" and "strain of the groin" share one key).
 */
export function phraseKey(text: string): string {
  return keyOf(contentTokens(text));
}

export function keyOf(tokens: readonly string[]): string {
  return tokens.length === 1 ? tokens[0]! : [...tokens].sort().join(' ');
}

/** Splits text where a phrase cannot continue: sentence and clause punctuation, line breaks. */
export function clauses(text: string): string[] {
  return text.split(/[.!?;:\n\r\u2022|()\[\]{}<>"“”]+/);
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
