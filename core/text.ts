// Text normalisation shared by the library compiler, the matcher and the search box, so that
// a page and an article alias are always reduced to the same tokens.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents folded, apostrophes dropped, everything else that is not a letter or digit becomes a space. */
export function normalize(text: string): string {
  // Most page text is ASCII: it skips Unicode decomposition and property classes, the costly part.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Plurals the endings rule below leaves alone, read as their singular: words of four letters or
 * fewer are never stemmed (a rule would fold "REDs" into "red" and "GTPS" into "gtp"), and
 * "-as" is kept whole ("atlas", "pancreas"); the few the library needs are listed.
 */
const LISTED_PLURALS: Readonly<Record<string, string>> = {
  hips: 'hip', legs: 'leg', arms: 'arm', toes: 'toe', ribs: 'rib', bums: 'bum', butts: 'butt', hernias: 'hernia', bursas: 'bursa', bursae: 'bursa',
};

/** Endings removed so that "strained", "strains" and "strain" meet; deliberately light. */
export function stem(word: string): string {
  const n = word.length;
  const listed = LISTED_PLURALS[word];
  if (listed) return listed;
  if (n <= 4) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    const before = word[n - 2];
    if (before === 's' || before === 'i' || before === 'u' || before === 'y' || before === 'a') return word;
    if (n > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
    if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('sses')) return word.slice(0, -2);
    return word.slice(0, -1);
  }
  if (last === 103 /* g */ && n > 6 && word.endsWith('ing')) return word.slice(0, -3);
  if (last === 100 /* d */ && n > 5 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  return word;
}

// A word written with two or more capitals that is short ("NSAID", "SIJ") or mixes cases
// ("NSAIDs", "axSpA"): an abbreviation, whose last letter is no plural ending to fold.
const ABBREVIATION_WORD = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu})(?:[\p{L}\p{N}]{2,5}|[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/gu;
const HAS_TWO_CAPITALS = /\p{Lu}[\p{L}\p{N}]*\p{Lu}/u;

/** Words that carry no topic; dropped from phrase keys so "pain in the hip" meets "hip pain". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an the of in on at to for and or with from by is are be as its it that this your you my our their'.split(' '),
);

/** Tokens of a text: normalised, stemmed words in reading order; abbreviations are never stemmed. */
export function tokenize(text: string): string[] {
  const normal = normalize(text);
  if (!normal) return [];
  const tokens = normal.split(' ');
  // Most text has no abbreviation: one cheap test spares it the search for them.
  const abbreviations = HAS_TWO_CAPITALS.test(text) ? abbreviationsIn(text) : undefined;
  for (let i = 0; i < tokens.length; i++) if (!abbreviations?.has(tokens[i]!)) tokens[i] = stem(tokens[i]!);
  return tokens;
}

/** The normalised forms of the abbreviations written in `text`. */
function abbreviationsIn(text: string): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const [word] of text.matchAll(ABBREVIATION_WORD)) {
    // All capitals and long is a heading in capitals ("STRAINED GROIN"), not an abbreviation.
    if (word.length > 5 && word === word.toUpperCase()) continue;
    (found ??= new Set()).add(normalize(word));
  }
  return found;
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

// Two rows reused across calls: the distance runs for many page words and must not allocate.
let previousRow = new Uint16Array(64);
let currentRow = new Uint16Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Uint16Array(b.length + 1);
    currentRow = new Uint16Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previousRow[j]! + 1, currentRow[j - 1]! + 1, previousRow[j - 1]! + cost);
      currentRow[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previousRow, currentRow] = [currentRow, previousRow];
  }
  return previousRow[b.length]!;
}
