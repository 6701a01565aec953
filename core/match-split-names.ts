// Names split across a heading: "Hernia" in the title and "inguinal" in the body, or every word
// of a name scattered through one heading ("Labral tear? | Hip forum"). Pure.
import type { MatchIndex } from './match-index';
import type { RuleSwitch } from './match-gate';
import { Zone, type TermHits } from './match-scan';
import { CONTEXT_WORDS, GENERIC_WORDS, OTHER_REGION_WORDS, REGION_WORDS } from './region';
import type { Steps } from './steps';
import { contentTokens } from './text';

export class SplitNames {
  /** Token -> the multi-word term keys that contain it. */
  private keysByTokenCache?: Map<string, string[]>;

  constructor(
    private readonly terms: MatchIndex['terms'],
    /** Keys of terms that count only beside a word of our region (see PhraseScanner). */
    private readonly contextKeys: ReadonlySet<string>,
    /** Term words that are common English ("broken", "bad"): a title using one is not about our name. */
    private readonly commonTokens: ReadonlySet<string>,
    private readonly on: RuleSwitch,
  ) {}

  /**
   * Built on a page's first use in steps of a hundred keys: on a fresh page, with code not yet
   * compiled, it is the costliest part of matching.
   */
  private *keysByToken(): Steps<Map<string, string[]>> {
    if (this.keysByTokenCache) return this.keysByTokenCache;
    const keysByToken = new Map<string, string[]>();
    let done = 0;
    for (const key of Object.keys(this.terms)) {
      if (++done % 100 === 0) yield;
      const tokens = key.split(' ');
      if (tokens.length < 2) continue;
      for (const t of tokens) {
        const keys = keysByToken.get(t);
        if (keys) keys.push(key);
        else keysByToken.set(t, [key]);
      }
    }
    return (this.keysByTokenCache = keysByToken);
  }

  /**
   * A heading (the title, the first heading) that holds every word of one of our names, in any
   * order, names it; if the heading also has a word of our region, prominently. A heading word
   * that belongs to the names of one or two articles only ("Hernia", "Septic arthritis in
   * children"), with the rest of such a name in the body ("inguinal", "hip"), names that form
   * too, and a name the body already spells out gains weight from the heading. Neither makes
   * the page prominent (rule `split-not-prominent`), so the page must still be in our region;
   * the one exception is a title echoing a name the body spells out with a word that is no
   * common English word ("Hernia" ... "inguinal hernia"), never "Broken promises" ... "broken hip".
   * Headings naming another part of the body ("Knee bursitis", "Hiatal hernia") never count.
   */
  *add(headings: string[], hits: Map<string, TermHits>, seen: Map<string, number>): Steps<void> {
    if (!this.on('split-names')) return;
    const keysByToken = yield* this.keysByToken();
    yield;
    const generic = this.on('generic-heading-words') ? GENERIC_WORDS : new Set<string>();
    for (const heading of new Set(headings)) {
      const headingWords = new Set(contentTokens(heading).filter((t) => !generic.has(t)));
      if (!headingWords.size || [...headingWords].some((t) => OTHER_REGION_WORDS.has(t))) continue;
      const headingInRegion = [...headingWords].some((t) => REGION_WORDS.has(t));
      const headingInContext = [...headingWords].some((t) => CONTEXT_WORDS.has(t));
      const named = (key: string, split: boolean): TermHits => {
        const inContext = !this.contextKeys.has(key) || headingInContext ? 1 : 0;
        return { key, zones: [1, 0, 0, 0], inContext: [inContext, 0, 0, 0], split };
      };
      for (const token of headingWords) {
        if (REGION_WORDS.has(token)) continue;
        const keys = keysByToken.get(token) ?? [];
        const specific = new Set(keys.flatMap((k) => this.terms[k]!.map(([article]) => article))).size <= 2;
        for (const key of keys) {
          const rest = key.split(' ').filter((t) => t !== token);
          const hit = hits.get(key);
          if (hit) {
            if (hit.zones[Zone.Title] === 0 && hit.zones[Zone.Body] > 0) {
              hit.splitTitle = true;
              hit.titleEchoSpecific ||= !this.commonTokens.has(token);
            }
          } else if (rest.every((t) => headingWords.has(t))) {
            // The whole name is in the heading; prominent only where the heading is in our region.
            hits.set(key, named(key, !headingInRegion));
          } else if (specific && rest.every((t) => (seen.get(t) ?? 0) > 0 && !generic.has(t))) {
            hits.set(key, named(key, true));
          }
        }
      }
    }
  }
}
