// The relevance gate as one declared policy, and the names of every rule of the gate and the
// scoring. The README's "The gate" section is this file in words: a page is answered only when
// its own words place it in our region or a title or alias of an article is in its headline, and
// each article shown got in by one of WAYS_IN.
//
// Every rule has a name in RULES so a test can switch it off (an ablation, tests/unit/ablation
// .test.ts) and show that an answer changes: a rule that changes nothing is not a rule.

/** The tuning of the gate and the scoring, named so tests and the README can refer to it. */
export const GATE = {
  /** Share of the page's content words that must be hip/groin region words for a page to count as on topic. */
  regionDensity: 0.015,
  /** The same share when the title, description or a heading already names the region. */
  regionDensityWithHeadline: 0.008,
  /** Region words needed at the least, however short the page. */
  minRegionWords: 2,
  /**
   * A page in our region by a lower share of region words, which is enough for an article the
   * page's words resemble (`profileOnly`): two independent signals agree. (A separate way in for
   * a named article resembled at 0.25 at this density was subsumed by profile-only and removed.)
   */
  corroboratedDensity: 0.0075,
  /** Share of animal words (dog, horse, vet...) that marks a page as veterinary. */
  animalDensity: 0.01,
  /** A condition named just once in passing also needs this much profile similarity (a list of conditions is not a topic). */
  singleMentionProfile: 0.1,
  /**
   * A profile-only candidate (named nowhere on the page) needs at least this cosine similarity:
   * the resemblance that alone reaches `minScore` (profileWeight × 0.15 = 3). Since every article
   * carries its lay vocabulary (inPlainWords), a page describing a condition in everyday words
   * resembles it at 0.15 to 0.4 while its closest neighbours stay near 0.1, and a page must still
   * be in our region by its own words: at the lower density of `corroboratedDensity`, since the
   * resemblance and the region words are two independent signals that agree.
   */
  profileOnly: 0.15,
  /** Or at least this much evidence from its keywords (anatomy, tests) on an on-topic page. */
  keywordsOnly: 2,
  /** Overview articles' scores are scaled by this, so a specific named condition comes first. */
  overviewFactor: 0.4,
  /**
   * An overview, or an article named only by where it hurts ("groin pain", "lower back pain"),
   * that resembles the page less than the specific article the page resembles most scores this
   * share of that article's score: it comes second.
   */
  overviewYield: 0.9,
  /** How much profile similarity (0..1) adds to the name evidence. */
  profileWeight: 20,
  /** Suggestions below this share of the best one's score are left out, keeping focused pages short. */
  relativeBar: 0.45,
  /** Minimum absolute score for any suggestion. */
  minScore: 3,
  /** Weight of a name split between the title and the body ("Hernia" ... "inguinal"). */
  splitNameWeight: 0.6,
  /**
   * Content words on either side within which a term that also names other regions or any joint
   * ("osteonecrosis", "slipped disc", "CDH") must have a hip, groin, buttock or low-back word.
   */
  contextWindow: 12,
};

export const MAX_SUGGESTIONS = 5;

/**
 * Every rule, by name. Page rules decide whether the page is in our region; term rules decide
 * which names count; ways in admit an article; scoring rules rank what is admitted.
 */
export const RULES = [
  // The page
  'region-density', // enough region words for the page's length
  'headline-density', // a lower share when the headline names the region
  'min-region-words', // at least two region words
  'competing-regions', // at least as many of our region's words as of another's (knee, shoulder); a tie is ours, since hip conditions of children are felt in the knee
  'animals', // veterinary pages are not ours
  'headline-elsewhere', // a headline about another body part makes no name prominent
  'other-senses', // "hip hop", "rose hip", "groin vault" are breaks, not region words
  'region-pairs', // "lower back", "sit bone" count as region words
  'not-lower-back', // "upper back pain" is not ours
  'hernia-types', // "hiatal", "umbilical"... hernias are elsewhere in the body
  // Which names count
  'abbreviation-needs-region', // "CDH", "PGP" alone mean nothing without region words
  'needs-region-context', // terms of other regions or any joint count only beside region words
  'split-names', // a name split between the headline and the body is read
  'split-not-prominent', // ...but never makes the page prominent
  'generic-heading-words', // "pain", "injury" in a heading start no split name
  'spelling-correction', // "illiopsoas" is read as iliopsoas
  // Ways in
  'prominent-name',
  'repeated-name',
  'single-mention-profile',
  'profile-only',
  'keywords-only',
  'min-score',
  // Scoring
  'zone-prominence', // a name in the title or headings weighs more
  'field-weight', // titles > aliases > keywords
  'specificity', // a term naming few articles weighs more
  'profile', // vocabulary resemblance adds to names
  'overview-factor', // overviews rank below a named condition
  'place-names-yield', // overviews, and names that say only where it hurts ("back pain"), rank below the condition the page resembles most
  'relative-bar', // suggestions far below the best are left out
  'max-suggestions', // at most five
] as const;
export type Rule = (typeof RULES)[number];

/** Which rules are on: all of them, except those a test switches off. */
export type RuleSwitch = (rule: Rule) => boolean;
export const allRulesOn: RuleSwitch = () => true;
export function rulesWithout(off: Iterable<Rule>): RuleSwitch {
  const set = new Set(off);
  return (rule) => !set.has(rule);
}

/** What the page's words say about its region, counted by the scan. */
export interface RegionCounts {
  words: number;
  regionWords: number;
  headlineRegionWords: number;
  otherRegionWords: number;
  headlineOtherRegionWords: number;
  animalWords: number;
}

export interface PageVerdict {
  /** Whether the title, description and headings name another part of the body and not ours. */
  headlineElsewhere: boolean;
  /** Whether the page is about animals (veterinary), which HipLens is not for. */
  animals: boolean;
  /** Whether the page's own words place it in our region. */
  onTopic: boolean;
  /** In our region with a lower density: enough for a name that the profile confirms. */
  corroborated: boolean;
}

export function pageVerdict(c: RegionCounts, on: RuleSwitch): PageVerdict {
  const headlineElsewhere = on('headline-elsewhere') && c.headlineRegionWords === 0 && c.headlineOtherRegionWords > 0;
  const animals = on('animals') && c.animalWords >= Math.max(3, c.words * GATE.animalDensity);
  const inRegion =
    c.regionWords >= (on('min-region-words') ? GATE.minRegionWords : 1) &&
    (!on('competing-regions') || c.regionWords >= c.otherRegionWords) &&
    !animals;
  const density = !on('region-density')
    ? 0
    : c.headlineRegionWords > 0 && on('headline-density')
      ? GATE.regionDensityWithHeadline
      : GATE.regionDensity;
  const onTopic = inRegion && c.regionWords >= c.words * density;
  const corroborated = inRegion && c.regionWords >= c.words * (on('region-density') ? GATE.corroboratedDensity : 0);
  return { headlineElsewhere, animals, onTopic, corroborated };
}

/** What the gate knows of one article's evidence. */
export interface ArticleFacts {
  score: number;
  keywordScore: number;
  profile: number;
  prominent: boolean;
  named: boolean;
  mentions: number;
}

interface WayIn {
  rule: Rule;
  /** In words, for `related --explain` and the README. */
  says: string;
  admits(e: ArticleFacts, page: PageVerdict): boolean;
}

/** The ways an article may be shown, in order; the first that holds is the reason given. */
export const WAYS_IN: readonly WayIn[] = [
  { rule: 'prominent-name', says: 'a title or alias of it is in the headline', admits: (e) => e.prominent },
  { rule: 'repeated-name', says: 'on topic, and named more than once', admits: (e, p) => p.onTopic && e.named && e.mentions > 1 },
  {
    rule: 'single-mention-profile',
    says: `on topic, named once, and the page's words resemble it (profile >= ${GATE.singleMentionProfile})`,
    admits: (e, p) => p.onTopic && e.named && e.profile >= GATE.singleMentionProfile,
  },
  {
    rule: 'profile-only',
    says: `in our region (at the lower density), and the page's words resemble it (profile >= ${GATE.profileOnly})`,
    admits: (e, p) => p.corroborated && e.profile >= GATE.profileOnly,
  },
  { rule: 'keywords-only', says: `on topic, with its anatomy, tests or procedures (keywords >= ${GATE.keywordsOnly})`, admits: (e, p) => p.onTopic && e.keywordScore >= GATE.keywordsOnly },
];

/** The rule that admits an article, or why none does. */
export function admission(e: ArticleFacts, page: PageVerdict, on: RuleSwitch): { admittedBy?: Rule; refused?: string } {
  if (page.animals) return { refused: 'a page about animals' };
  if (on('min-score') && e.score < GATE.minScore) return { refused: `score below ${GATE.minScore}` };
  const way = WAYS_IN.find((w) => on(w.rule) && w.admits(e, page));
  if (way) return { admittedBy: way.rule };
  return { refused: page.onTopic ? 'named too little and resembled too little' : page.corroborated ? 'not named, or resembled too little' : 'the page is not in our region' };
}
