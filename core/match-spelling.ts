// Spelling correction for the matcher: a long page word one slip away from a library word
// ("illiopsoas") is read as that word, and never one ordinary word as another.
import Fuse from 'fuse.js';
import { MIN_FUZZY_LENGTH, vocabularyGroupOf, type MatchIndex } from './match-index';
import { editDistance } from './text';

// Strict: one slip in a long word ("illiopsoas", "trochanter"), never a different ordinary word.
const FUZZY_THRESHOLD = 0.25;
const FUZZY_OPTIONS = { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true };
/** Corrections remembered across pages, bounded: the background keeps the matcher for its life. */
const MAX_REMEMBERED = 5000;

export class Speller {
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, string | null>();

  constructor(private readonly vocabulary: MatchIndex['vocabulary']) {}

  /** The library word `token` is a slip of, if any. */
  correct(token: string): string | undefined {
    if (token.length < MIN_FUZZY_LENGTH) return undefined;
    let corrected = this.corrections.get(token);
    if (corrected === undefined) {
      corrected = null;
      const allowed = token.length >= 10 ? 2 : 1;
      const group = this.vocabulary[vocabularyGroupOf(token)];
      // A cheap bounded edit distance rules out almost every ordinary word; for the rest, Fuse
      // ranks the library's words and the edit distance confirms a true slip, so "osteoporosis"
      // is never read as "osteonecrosis".
      const plausible = (w: string) =>
        Math.abs(w.length - token.length) <= allowed &&
        (w.endsWith(token.slice(-3)) || w.startsWith(token.slice(0, 3))) &&
        editDistance(token, w, allowed) <= allowed;
      if (group?.words.some(plausible)) {
        const best = this.fuzzyGroup(token)?.search(token, { limit: 1 })[0];
        if (best && best.score! <= FUZZY_THRESHOLD && editDistance(token, best.item, allowed) <= allowed) corrected = best.item;
      }
      if (this.corrections.size > MAX_REMEMBERED) this.corrections.clear();
      this.corrections.set(token, corrected);
    }
    return corrected ?? undefined;
  }

  private fuzzyGroup(token: string): Fuse<string> | undefined {
    const name = vocabularyGroupOf(token);
    let fuse = this.fuzzy.get(name);
    const group = this.vocabulary[name];
    if (!fuse && group) {
      fuse = new Fuse(group.words, FUZZY_OPTIONS, Fuse.parseIndex(group.index));
      this.fuzzy.set(name, fuse);
    }
    return fuse;
  }
}
