// The search box: finds articles as the user types, for lay readers and clinicians alike.
// Pure and synchronous (the background answers on every key stroke); ranks in groups:
//   1. the query is exactly a title or alias, in any word order ("groin pull", "pulled groin"),
//      or an abbreviation used in one ("SIJ" from "SIJ pain"); full names before abbreviations;
//   2. weighted term scoring (BM25-like, idf over the library) across the title and aliases,
//      keywords, summary and symptoms, and the article body's word bag; articles covering more of
//      the query's words come first; misspelt words are corrected against the vocabulary and the
//      last word, while it is being typed, is also read as a prefix ("troch");
//   3. a query about another part of the body ("knee pain") says so (`uncovered`): it still lists
//      the articles that discuss that part (hip problems felt in the knee), never pretends.
import { parseWordBag, type SearchDoc } from './library';
import { OTHER_REGION_WORDS, REGION_WORDS } from './region';
import { STOPWORDS, contentTokens, editDistance, keyOf, normalize, stem, tokenize } from './text';

/** Words of a question that carry no topic ("do I need a scan for my hip pain"). */
const QUERY_STOPWORDS: ReadonlySet<string> = new Set(
  [
    'i', 'im', 'ive', 'me', 'myself', 'we', 'us', 'he', 'she', 'they', 'him', 'her', 'his', 'hers', 'them', 'do', 'does', 'did',
    'doing', 'done', 'can', 'cant', 'could', 'should', 'would', 'will', 'wont', 'dont', 'doesnt', 'didnt', 'isnt', 'what', 'which',
    'who', 'whom', 'how', 'why', 'when', 'where', 'whenever', 'there', 'here', 'have', 'has', 'had', 'was', 'were', 'been', 'am',
    'get', 'gets', 'got', 'very', 'really', 'so', 'just', 'about', 'than', 'then', 'also', 'if', 'but', 'not', 'no', 'any', 'some',
    'after', 'before', 'during', 'while', 'every', 'all', 'much', 'many', 'lot', 'bit', 'quite', 'still', 'keep', 'keeps', 'like',
    'getting', 'having', 'feel', 'feels', 'feeling', 'need', 'needs', 'want', 'wants',
  ].map(stem),
);

/**
 * Lay words for what the library names otherwise, read as those too (at a discount). Only
 * words a reader would use that articles do not, and that mean the same to a clinician.
 */
const LAY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['bum', ['buttock']],
      ['butt', ['buttock']],
      ['bottom', ['buttock']],
      ['hurt', ['pain']],
      ['hurting', ['pain']],
      ['sore', ['pain']],
      ['achy', ['ache', 'aching', 'pain']],
      ['tendonitis', ['tendinopathy', 'tendinitis']],
      ['tendinitis', ['tendinopathy', 'tendonitis']],
      // Irregular forms the stemmer cannot reach.
      ['tore', ['tear']],
      ['torn', ['tear']],
      ['worn', ['wear']],
      ['fell', ['fall']],
      ['fallen', ['fall']],
      ['broke', ['break', 'broken', 'fracture']],
      ['broken', ['break', 'fracture']],
      // Directions, in lay and clinical words.
      ['outside', ['outer', 'lateral']],
      ['outer', ['outside', 'lateral']],
      ['lateral', ['outside', 'outer']],
      ['inside', ['inner', 'medial']],
      ['inner', ['inside', 'medial']],
      ['medial', ['inside', 'inner']],
      ['front', ['anterior']],
      ['anterior', ['front']],
      ['behind', ['posterior']],
      ['posterior', ['behind']],
    ] as const
  ).map(([w, list]) => [stem(w), list.map(stem)]),
);

/** The name a part of the body outside ours is reported by (`uncovered`), for words that name it. */
const OTHER_REGIONS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['knee', ['knee', 'knees', 'kneecap', 'patella', 'patellar', 'meniscus', 'acl']],
      ['shoulder', ['shoulder', 'shoulders', 'rotator']],
      ['ankle', ['ankle', 'ankles', 'achilles']],
      ['foot', ['foot', 'feet', 'heel', 'heels', 'toe', 'toes', 'plantar', 'bunion']],
      ['elbow', ['elbow', 'elbows']],
      ['wrist', ['wrist', 'wrists', 'carpal']],
      ['hand', ['hand', 'hands', 'finger', 'fingers', 'thumb']],
      ['neck', ['neck', 'cervical']],
      ['jaw', ['jaw']],
      ['arm', ['arm', 'arms']],
      ['chest', ['chest']],
      ['head', ['head', 'headache']],
      ['calf', ['calf', 'shin']],
      ['upper back', ['thoracic']],
    ] as const
  ).flatMap(([region, words]) => words.map((w) => [stem(w), region] as const)),
);

/** Words that keep a query in our region, whatever else it names ("hip pain into the knee"). */
const OUR_REGION_WORDS: ReadonlySet<string> = new Set([...REGION_WORDS, ...['back', 'bum', 'butt', 'pelvic', 'sij', 'groin'].map(stem)]);

// Field weights: a word in a title or alias counts most, one only in the body least.
const NAME_WEIGHT = 5;
const KEYWORD_WEIGHT = 2.5;
const TEXT_WEIGHT = 1.5;
const BODY_WEIGHT = 1;
/**
 * The clinician's view counts only for a word no other field of any article holds, and then
 * little: a fallback, so that its test names (which recur across many articles) never change a
 * ranking the names, keywords and text give; they only find articles nothing else would.
 */
const CLINICAL_WEIGHT = 0.3;
/** BM25 saturation and body length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** Overviews are signposts: a specific article matching as well comes first. */
const OVERVIEW_FACTOR = 0.85;
/** An overview whose alias the query is exactly. */
const OVERVIEW_ALIAS_BOOST = 1.5;
/** A title or alias wholly inside the query multiplies the score by up to 1 + this. */
const NAME_INSIDE_BOOST = 1;
/** Neighbouring query words standing together in a short text multiply the score by up to 1 + this. */
const PAIR_BOOST = 1;
/** Discounts for a query word read as something else. */
const PREFIX_WEIGHT = 0.7;
const LAY_WEIGHT = 0.8;
const RELATED_WEIGHT = 0.8;
/** Results scoring under this share of the best one are noise. */
const CUTOFF = 0.03;
/** Under an exact name, results scoring under this share of it are noise. */
const EXACT_CUTOFF = 0.1;
/** How strongly covering more of the query's words counts. */
const COVERAGE_POWER = 2;

interface Prepared {
  /** Topic tokens of the title and each alias. */
  names: string[][];
  /** Topic tokens of every short text (names, keywords, summary, symptoms), for words near each other. */
  phrases: string[][];
  name: Map<string, number>;
  keywords: Map<string, number>;
  text: Map<string, number>;
  body: Map<string, number>;
  clinical: Map<string, number>;
  bodyNorm: number;
  overview: boolean;
}

export interface SearchOutcome<T> {
  docs: T[];
  /** The part of the body the query asks about that the library does not cover ("knee"), else null. */
  uncovered: string | null;
}

function countTokens(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const t of tokenize(text)) if (!STOPWORDS.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The topic words of a query or a name, in order. */
export function topicTokens(text: string): string[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t) && !QUERY_STOPWORDS.has(t));
}

/** Other forms of one word the light stemmer leaves apart: "stiff", "stiffness"; "numb", "numbness". */
function related(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 4 && long.startsWith(short) && DERIVED.test(long.slice(short.length));
}
const DERIVED = /^(ness|ing|ed|er|y|ly|ily|ity|al|ic|ical|ment|ation|ative|s|es|ful)$/;

const saturate = (tf: number) => (tf * (K1 + 1)) / (tf + K1);

export class LibrarySearch<T extends SearchDoc> {
  private readonly prepared: Prepared[];
  /** Every token of every field -> how many articles hold it. */
  private readonly df = new Map<string, number>();
  /** Tokens of the clinician's views -> how many articles hold them there (for words found only there). */
  private readonly clinicalDf = new Map<string, number>();
  private readonly vocabulary: string[];
  /** Phrase key of every title and alias -> articles, for exact hits in any word order. */
  private readonly names = new Map<string, number[]>();
  /** Abbreviations written in capitals inside a title or alias ("SIJ" of "SIJ pain") -> articles. */
  private readonly abbreviations = new Map<string, number[]>();
  /** Phrase key of every overview alias -> overviews: a strong match, not an exact one. */
  private readonly overviewNames = new Map<string, number[]>();
  /** Every word of those names, for correcting a misspelt query word before the exact lookup. */
  private readonly nameWords = new Set<string>();

  constructor(private readonly docs: readonly T[]) {
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      if (!key) return;
      const list = map.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(key, list);
    };
    this.prepared = docs.map((doc, i) => {
      // An overview's aliases describe symptoms ("pain outside of hip"): typed, they ask for the
      // conditions behind them as much as for the signpost, so only its title is an exact name.
      const overview = doc.region === 'overview';
      for (const name of [doc.title, ...doc.aliases]) {
        const tokens = contentTokens(name);
        for (const t of tokens) this.nameWords.add(t);
        if (!overview || name === doc.title) add(this.names, keyOf(tokens), i);
        else add(this.overviewNames, keyOf(tokens), i);
        for (const word of name.split(/[^A-Za-z0-9]+/)) if (/^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$/.test(word)) add(this.abbreviations, stem(normalize(word)), i);
      }
      const body = parseWordBag(doc.words);
      let bodyLength = 0;
      for (const n of body.values()) bodyLength += n;
      return {
        names: [doc.title, ...doc.aliases].map(topicTokens).filter((t) => t.length),
        phrases: [doc.title, ...doc.aliases, ...doc.keywords, doc.summary, ...doc.symptoms].map(topicTokens).filter((t) => t.length > 1),
        name: countTokens([doc.title, ...doc.aliases]),
        keywords: countTokens(doc.keywords),
        text: countTokens([doc.summary, ...doc.symptoms]),
        body,
        clinical: parseWordBag(doc.clinical ?? ''),
        bodyNorm: bodyLength,
        overview: doc.region === 'overview',
      };
    });
    const average = this.prepared.reduce((sum, p) => sum + p.bodyNorm, 0) / Math.max(1, this.prepared.length);
    for (const p of this.prepared) {
      p.bodyNorm = 1 - B + (B * p.bodyNorm) / Math.max(1, average);
      const seen = new Set([...p.name.keys(), ...p.keywords.keys(), ...p.text.keys(), ...p.body.keys()]);
      for (const t of seen) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      for (const t of p.clinical.keys()) this.clinicalDf.set(t, (this.clinicalDf.get(t) ?? 0) + 1);
    }
    this.vocabulary = [...this.df.keys()].sort();
  }

  /** Best first. An empty query finds nothing. */
  search(query: string, limit = 8): T[] {
    return this.query(query, limit).docs;
  }

  /** Best first, with the part of the body the query names that the library does not cover. */
  query(query: string, limit = 8): SearchOutcome<T> {
    const tokens = topicTokens(query.slice(0, 200));
    if (!tokens.length || limit <= 0) return { docs: [], uncovered: null };
    const uncovered = this.uncoveredRegion(tokens);
    const typing = !/\s$/.test(query);

    // 1. Exact names in any word order: full titles and aliases, then abbreviations.
    const corrected = contentTokens(query).map((t) => this.correctName(t));
    const key = keyOf(corrected);
    const exact = [...(this.names.get(key) ?? []), ...(corrected.length === 1 ? (this.abbreviations.get(key) ?? []) : [])];

    // 2. Term scoring.
    const scores = this.score(tokens, typing);
    for (const i of this.overviewNames.get(key) ?? []) scores[i]! *= OVERVIEW_ALIAS_BOOST;
    const ranked = scores
      .map((score, i) => ({ i, score }))
      .filter((r) => r.score > 0 && (!uncovered || this.mentionsOtherRegion(r.i, tokens)))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const best = ranked[0]?.score ?? 0;
    const order: number[] = [];
    const exactRanked = [...new Set(exact)];
    // Full names before abbreviations, each by its term score.
    const firstAbbreviation = new Set(this.names.get(key) ?? []);
    exactRanked.sort((a, b) => Number(firstAbbreviation.has(b)) - Number(firstAbbreviation.has(a)) || scores[b]! - scores[a]!);
    for (const i of exactRanked) if (!order.includes(i)) order.push(i);
    // Beside an exact name, only articles matching nearly as well ("GTPS": trochanteric bursitis).
    const floor = order.length ? Math.max(...order.map((i) => scores[i]!)) * EXACT_CUTOFF : best * CUTOFF;
    for (const r of ranked) if (r.score >= floor && !order.includes(r.i)) order.push(r.i);
    return { docs: order.slice(0, limit).map((i) => this.docs[i]!), uncovered };
  }

  /** Term scores of every article for the query's words. */
  private score(tokens: readonly string[], typing: boolean): number[] {
    const scores = new Array<number>(this.docs.length).fill(0);
    const covered = new Array<number>(this.docs.length).fill(0);
    let total = 0;
    const expanded = tokens.map((token, position) => this.expand(token, typing && position === tokens.length - 1));
    expanded.forEach((expansions) => {
      if (!expansions.length) return;
      let weight = 0;
      for (const [term, w] of expansions) weight = Math.max(weight, w * this.idf(term));
      total += weight;
      this.prepared.forEach((p, i) => {
        let best = 0;
        for (const [term, w] of expansions) {
          const field =
            NAME_WEIGHT * saturate(p.name.get(term) ?? 0) +
            KEYWORD_WEIGHT * saturate(p.keywords.get(term) ?? 0) +
            TEXT_WEIGHT * saturate(p.text.get(term) ?? 0) +
            BODY_WEIGHT * saturate((p.body.get(term) ?? 0) / p.bodyNorm);
          const fallback = this.df.has(term) ? 0 : CLINICAL_WEIGHT * saturate(p.clinical.get(term) ?? 0);
          if (fallback > 0) best = Math.max(best, w * this.idf(term) * fallback);
          if (field > 0) best = Math.max(best, w * this.idf(term) * field);
        }
        if (best > 0) {
          scores[i]! += best;
          covered[i]! += weight;
        }
      });
    });
    if (total === 0) return scores;
    const present = new Set(tokens);
    return scores.map((s, i) => {
      const p = this.prepared[i]!;
      const coverage = covered[i]! / total;
      // A whole name inside a longer query ("Doha classification groin pain") is a strong sign.
      let contained = 0;
      for (const name of p.names) {
        if (!name.every((t) => present.has(t))) continue;
        let weight = 0;
        for (const t of new Set(name)) weight += this.idf(t);
        contained = Math.max(contained, weight / total);
      }
      return (
        s *
        coverage ** COVERAGE_POWER *
        (1 + NAME_INSIDE_BOOST * Math.min(1, contained)) *
        (1 + PAIR_BOOST * this.nearShare(p, expanded)) *
        (p.overview ? OVERVIEW_FACTOR : 1)
      );
    });
  }

  /**
   * The share of the query's neighbouring word pairs that stand near each other (two words
   * apart at most) in one of an article's short texts: "pain outside of hip" in "pain on the
   * outside of the hip", not "outer thigh" here and "hip" there.
   */
  private nearShare(p: Prepared, expanded: readonly (readonly [string, number][])[]): number {
    const sets = expanded.filter((e) => e.length).map((e) => new Set(e.map(([t]) => t)));
    if (sets.length < 2) return 0;
    let near = 0;
    for (let k = 1; k < sets.length; k++) {
      const [a, b] = [sets[k - 1]!, sets[k]!];
      const found = p.phrases.some((phrase) =>
        phrase.some((t, i) => a.has(t) && phrase.slice(Math.max(0, i - 2), i + 3).some((u, j) => j + Math.max(0, i - 2) !== i && b.has(u))),
      );
      if (found) near++;
    }
    return near / (sets.length - 1);
  }

  private idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? this.clinicalDf.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** What a query word is read as: itself, lay equivalents, completions while typing, corrections. */
  private expand(token: string, last: boolean): [string, number][] {
    const out: [string, number][] = [];
    const known = this.df.has(token) || this.clinicalDf.has(token);
    if (known) out.push([token, 1]);
    for (const lay of LAY_WORDS.get(token) ?? []) if (this.df.has(lay)) out.push([lay, LAY_WEIGHT]);
    for (const term of this.vocabulary) {
      if (term === token) continue;
      if (last && !known && token.length >= 3 && term.startsWith(token)) out.push([term, PREFIX_WEIGHT]);
      else if (related(token, term)) out.push([term, RELATED_WEIGHT]);
    }
    // A word we do not know may be a clinician's short form ("glut med").
    if (!known && !last && token.length >= 3 && !out.length) {
      for (const term of this.vocabulary) if (term.startsWith(token)) out.push([term, PREFIX_WEIGHT]);
    }
    if (!known && token.length >= 5) {
      const allowed = token.length >= 8 ? 2 : 1;
      let bestDistance = allowed + 1;
      let candidates: string[] = [];
      for (const term of this.vocabulary) {
        const d = editDistance(token, term, allowed);
        if (d < bestDistance) [bestDistance, candidates] = [d, [term]];
        else if (d === bestDistance && d <= allowed) candidates.push(term);
      }
      for (const term of candidates) out.push([term, bestDistance === 1 ? 0.9 : 0.75]);
    }
    return out;
  }

  /** A query word one slip (two in long words) from a word of our names is read as that word. */
  private correctName(token: string): string {
    if (token.length < 5 || this.nameWords.has(token)) return token;
    const allowed = token.length >= 9 ? 2 : 1;
    for (const word of this.nameWords) if (editDistance(token, word, allowed) <= allowed) return word;
    return token;
  }

  /** The other part of the body a query names when it names none of ours. */
  private uncoveredRegion(tokens: readonly string[]): string | null {
    if (tokens.some((t) => OUR_REGION_WORDS.has(t))) return null;
    for (const t of tokens) {
      const region = OTHER_REGIONS.get(t) ?? (OTHER_REGION_WORDS.has(t) ? null : undefined);
      if (region) return region;
    }
    return null;
  }

  /** Whether an article discusses the other part of the body a query names (hip pain felt in the knee). */
  private mentionsOtherRegion(i: number, tokens: readonly string[]): boolean {
    const p = this.prepared[i]!;
    return tokens.some((t) => OTHER_REGIONS.has(t) && (p.name.has(t) || p.keywords.has(t) || p.text.has(t) || p.body.has(t)));
  }
}
