// Matches a page against the library and decides whether the page is about a hip or groin topic.
// Pure: takes the prepared index and a PageText; no browser API. The concerns live apart:
// - phrase scanning (core/match-scan.ts): the page's phrases looked up against every article's
//   title, aliases and keywords (word order, plurals and misspellings tolerated);
// - spelling correction (core/match-spelling.ts);
// - names split across a heading (core/match-split-names.ts);
// - word profiles (core/match-profile.ts): a condition described in lay words without its name;
// - the gate (core/match-gate.ts): one declared policy; a page is answered only when its own
//   words place it in the hip, groin or buttock region, or its headline names a condition;
// - scoring (here): names weighed by field, place, frequency and specificity, plus the profile.
import type { PageText } from './extract';
import { admission, allRulesOn, GATE, MAX_SUGGESTIONS, pageVerdict, type PageVerdict, type Rule, type RuleSwitch } from './match-gate';
import { Field, type MatchIndex, type TermTarget } from './match-index';
import { profileSimilarity } from './match-profile';
import { PhraseScanner, sliceEnd, Zone, type ScanCounts, type TermHits, type ZoneCounts } from './match-scan';
import { Speller } from './match-spelling';
import { SplitNames } from './match-split-names';
import { ANIMAL_WORDS, COMPETING_REGION_WORDS, GENERIC_WORDS, HERNIAS_ELSEWHERE, OTHER_REGION_WORDS, PLACE_WORDS, REGION_PAIRS, REGION_WORDS } from './region';
import { runAll, type Steps } from './steps';
import { stem } from './text';

export { GATE, MAX_SUGGESTIONS } from './match-gate';

export interface Suggestion {
  id: string;
  /** Relevance, 0..1. */
  score: number;
  /** The terms that matched, as the article writes them, strongest first. */
  reasons: string[];
  /** The article's title, added by the background for the page script's strip (which has no cards). */
  title?: string;
}

const ZONE_PROMINENCE = [3, 1.5, 1.5, 0];
const FIELD_WEIGHT = [1.5, 1.2, 0.5];

// Aliases such as "FAI", "CDH", "axSpA": short and ambiguous across medicine.
const ABBREVIATION = /^[^\s]*[A-Z][^\s]*[A-Z][^\s]*$/;

export interface ArticleEvidence {
  id: string;
  score: number;
  /** Evidence from names (titles, aliases, keywords) found on the page. */
  nameScore: number;
  /** The part of it from keywords (anatomy, tests, procedures). */
  keywordScore: number;
  /** Cosine similarity of the page's words to the article's profile, 0..1. */
  profile: number;
  reasons: string[];
  /** A title or alias of this article is in the page's title, description or headings. */
  prominent: boolean;
  /** A title or alias of this article appears anywhere on the page. */
  named: boolean;
  /** How often its titles and aliases appear in the body. */
  mentions: number;
  qualifies: boolean;
  /** The gate's way in that admitted it (core/match-gate.ts WAYS_IN), or why it was refused. */
  admittedBy?: Rule;
  refused?: string;
}

export interface PageEvidence extends PageVerdict {
  /** Content words on the page (after other senses such as "hip hop" are removed). */
  words: number;
  /** Hip, groin, buttock and lower-back words among them. */
  regionWords: number;
  /** Region words in the title, description and headings. */
  headlineRegionWords: number;
  /** Words naming other parts of the body (knee, shoulder...). */
  otherRegionWords: number;
  articles: ArticleEvidence[];
}

export interface MatcherOptions {
  /** Which rules are on; tests switch single rules off to show each one matters. */
  rules?: RuleSwitch;
}

export class Matcher {
  private readonly overviews: Set<number>;
  private readonly overviewIds: Set<string>;
  /** Term keys that say only where it hurts: region words and generic words ("groin pain", "lower back pain"). */
  private readonly placePhrases: Set<string>;
  private readonly scanner: PhraseScanner;
  private readonly splitNames: SplitNames;
  private readonly on: RuleSwitch;
  private readonly otherRegionWords: ReadonlySet<string>;
  private readonly competingRegionWords: ReadonlySet<string>;

  constructor(
    private readonly index: MatchIndex,
    options: MatcherOptions = {},
  ) {
    this.on = options.rules ?? allRulesOn;
    this.overviews = new Set(index.overviews);
    this.overviewIds = new Set(index.overviews.map((i) => index.ids[i]!));
    this.placePhrases = new Set(Object.keys(index.terms).filter(isPlacePhrase));
    const contextKeys = new Set(this.on('needs-region-context') ? index.contextKeys : []);
    this.scanner = new PhraseScanner(index, contextKeys, new Speller(index.vocabulary), this.on);
    this.splitNames = new SplitNames(index.terms, contextKeys, new Set(index.commonTokens), this.on);
    const hernias = new Set(HERNIAS_ELSEWHERE.map(stem));
    const withoutHernias = (set: ReadonlySet<string>) => (this.on('hernia-types') ? set : new Set([...set].filter((w) => !hernias.has(w))));
    this.otherRegionWords = withoutHernias(OTHER_REGION_WORDS);
    this.competingRegionWords = withoutHernias(COMPETING_REGION_WORDS);
  }

  /** What the sidebar shows: at most five articles, only on pages really about a hip or groin topic. */
  match(page: PageText): Suggestion[] {
    return this.suggestionsFrom(this.analyse(page));
  }

  /**
   * Whether a page's headline alone (`page` with no body) might name one of our articles
   * prominently: the one way a page with no word of our region can be answered (the gate's other
   * ways all need region words, and a name split between the headline and the body is never
   * prominent). True for more pages than the full analysis would answer, never fewer.
   */
  headlineMayName(page: PageText): boolean {
    return this.analyse({ ...page, body: '' }).articles.some((e) => e.prominent);
  }

  /** Every article with any evidence on the page, best first, with the gate's verdict on each. */
  analyse(page: PageText): PageEvidence {
    return runAll(this.analysisSteps(page));
  }

  private suggestionsFrom(evidence: PageEvidence): Suggestion[] {
    const qualified = evidence.articles.filter((e) => e.qualifies);
    if (!qualified.length) return [];
    const bar = this.on('relative-bar') ? qualified[0]!.score * GATE.relativeBar : 0;
    return qualified
      .filter((e) => e.score >= bar)
      .slice(0, this.on('max-suggestions') ? MAX_SUGGESTIONS : undefined)
      .map(({ id, score, reasons }) => ({ id, score: +(score / (score + 10)).toFixed(3), reasons }));
  }

  /** The analysis as a generator that stops (yields) between slices of the page's text. */
  private *analysisSteps(page: PageText): Steps<PageEvidence> {
    const hits = new Map<string, TermHits>();
    const zones: [Zone, string][] = [
      [Zone.Title, page.title],
      [Zone.Description, page.description],
      ...page.headings.map((h): [Zone, string] => [Zone.Headings, h]),
      [Zone.Body, page.body],
    ];
    const seen = new Map<string, number>();
    const headline = new Map<string, number>();
    const counts: ScanCounts = { words: 0, regionPairs: 0, headlineRegionPairs: 0 };
    for (const [zone, text] of zones) {
      // Long texts are scanned a slice at a time (clauses never straddle a slice).
      for (let start = 0; start < text.length; ) {
        const end = sliceEnd(text, start);
        this.scanner.scan(text.slice(start, end), zone, hits, zone === Zone.Body ? seen : headline, counts);
        start = end;
        yield;
      }
    }
    for (const [token, count] of headline) seen.set(token, (seen.get(token) ?? 0) + count);
    // As the page reader finds them: the title and the first heading.
    yield* this.splitNames.add([page.title, page.headings[0] ?? ''], hits, seen);
    yield;

    const count = (set: ReadonlySet<string>, from: Map<string, number>) => {
      let n = 0;
      for (const [token, c] of from) if (set.has(token)) n += c;
      return n;
    };
    const regionWords = count(REGION_WORDS, seen) + counts.regionPairs;
    const headlineRegionWords = count(REGION_WORDS, headline) + counts.headlineRegionPairs;
    const otherRegionWords = count(this.competingRegionWords, seen);
    const verdict = pageVerdict(
      {
        words: counts.words,
        regionWords,
        headlineRegionWords,
        otherRegionWords,
        headlineOtherRegionWords: count(this.otherRegionWords, headline),
        animalWords: count(ANIMAL_WORDS, seen),
      },
      this.on,
    );

    const byArticle = new Map<number, ArticleEvidence & { weighted: [string, number][]; placeOnly: boolean }>();
    const entryFor = (article: number) => {
      let entry = byArticle.get(article);
      if (!entry) {
        entry = { id: this.index.ids[article]!, score: 0, nameScore: 0, keywordScore: 0, profile: 0, reasons: [], weighted: [], prominent: false, named: false, mentions: 0, qualifies: false, placeOnly: true };
        byArticle.set(article, entry);
      }
      return entry;
    };

    for (const hit of hits.values()) {
      const targets = this.index.terms[hit.key]!;
      for (const target of targets) {
        const [article, field, surface, needsRegion] = target;
        // An abbreviation alone ("CDH", "PGP") means nothing on a page without region words.
        if (this.on('abbreviation-needs-region') && ABBREVIATION.test(surface) && regionWords === 0) continue;
        const z = needsRegion && this.on('needs-region-context') ? inContextZones(hit) : hit.zones;
        const evidence = this.termEvidence(hit, z, targets);
        if (evidence === 0) continue;
        const entry = entryFor(article);
        const weight = (this.on('field-weight') ? FIELD_WEIGHT[field]! : 1) * evidence;
        entry.nameScore += weight;
        if (field === Field.Keyword) entry.keywordScore += weight;
        entry.weighted.push([surface, weight]);
        entry.placeOnly &&= this.placePhrases.has(hit.key);
        if (field !== Field.Keyword) {
          entry.named = true;
          entry.mentions += z[Zone.Body];
          const inHeadline = z[Zone.Title] + z[Zone.Description] + z[Zone.Headings] > 0;
          const strict = this.on('split-not-prominent');
          const echoed = !!hit.splitTitle && z[Zone.Body] > 0 && (!!hit.titleEchoSpecific || !strict);
          // A headline about the knee or shoulder does not make our name prominent.
          entry.prominent ||= (inHeadline || echoed) && !(hit.split && strict) && !verdict.headlineElsewhere;
        }
      }
    }

    yield;
    if (this.on('profile')) for (const [article, similarity] of profileSimilarity(this.index.profiles, seen, headline)) entryFor(article).profile = similarity;
    yield;

    // Articles named on the page only by where it hurts ("lower back pain"), and the overviews.
    const placeNamed = new Set(this.overviewIds);
    const articles = [...byArticle]
      .map(([article, { weighted, placeOnly, ...e }]) => {
        if (placeOnly && weighted.length && !this.overviews.has(article)) placeNamed.add(e.id);
        const overview = this.overviews.has(article) && this.on('overview-factor');
        const score = (e.nameScore + GATE.profileWeight * e.profile) * (overview ? GATE.overviewFactor : 1);
        const { admittedBy, refused } = admission({ ...e, score }, verdict, this.on);
        return { ...e, score, qualifies: !!admittedBy, admittedBy, refused, reasons: weighted.sort((a, b) => b[1] - a[1]).map(([s]) => s) };
      })
      // Ids are ASCII: an ordinal tie-break, since localeCompare's first call starts ICU (15 ms in a fresh page).
      .sort(byScore);
    if (this.on('place-names-yield')) placeNamesYield(articles, (id) => placeNamed.has(id));
    return { words: counts.words, regionWords, headlineRegionWords, otherRegionWords, ...verdict, articles };
  }

  /** A term's evidence from where and how often it was seen, and how few articles it names. */
  private termEvidence(hit: TermHits, z: ZoneCounts, targets: readonly TermTarget[]): number {
    const prominenceOf = (zone: Zone) => (this.on('zone-prominence') ? ZONE_PROMINENCE[zone]! : 1) * Math.min(1, z[zone]);
    const splitTitle = hit.splitTitle && z[Zone.Title] === 0 && z[Zone.Body] > 0 ? ZONE_PROMINENCE[Zone.Title]! * GATE.splitNameWeight : 0;
    const prominence = prominenceOf(Zone.Title) + prominenceOf(Zone.Description) + prominenceOf(Zone.Headings) + splitTitle;
    const frequency = Math.log2(1 + z[Zone.Body] + z[Zone.Headings]);
    const specificity = this.on('specificity') ? Math.log(1 + this.index.ids.length / targets.length) : 1;
    return (prominence + frequency) * specificity * (hit.split ? GATE.splitNameWeight : 1);
  }
}

/** Whether a term (its key's tokens) says only where it hurts: region words, region pairs, generic and place words. */
function isPlacePhrase(key: string): boolean {
  const tokens = key.split(' ');
  return tokens.every(
    (t) => REGION_WORDS.has(t) || GENERIC_WORDS.has(t) || PLACE_WORDS.has(t) || tokens.some((u) => REGION_PAIRS.has(`${t} ${u}`) || REGION_PAIRS.has(`${u} ${t}`)),
  );
}

const byScore = (a: ArticleEvidence, b: ArticleEvidence) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * An overview, or an article the page names only by where it hurts ("groin pain", "lower back
 * pain"), yields first place to the specific article the page's words resemble most: a page that
 * describes one condition without naming it is about that condition, and a name that says only
 * where it hurts says nothing about which condition it is. The one that yields, still shown if
 * admitted, comes second; it must resemble the page less than that article does.
 */
function placeNamesYield(articles: ArticleEvidence[], yields: (id: string) => boolean): void {
  let leader: ArticleEvidence | undefined;
  for (const e of articles) if (e.qualifies && !yields(e.id) && (!leader || e.profile > leader.profile)) leader = e;
  if (!leader) return;
  let moved = false;
  for (const e of articles)
    if (yields(e.id) && e.profile < leader.profile && e.score >= leader.score) {
      e.score = leader.score * GATE.overviewYield;
      moved = true;
    }
  if (moved) articles.sort(byScore);
}

/**
 * The occurrences of a term that counts only beside a word of our region: those with one close
 * by, and those in the headline when the body uses the term beside one (a page titled "Hernia"
 * whose body speaks of hernias in the groin is about groin hernias; "Osteonecrosis" over a body
 * that never mentions the hip is not).
 */
function inContextZones(hit: TermHits): ZoneCounts {
  const z = hit.inContext;
  return z[Zone.Body] > 0 ? [hit.zones[Zone.Title], hit.zones[Zone.Description], hit.zones[Zone.Headings], z[Zone.Body]] : z;
}
