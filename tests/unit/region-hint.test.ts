import { describe, expect, it } from 'vitest';
import { mentionsOurRegion } from '../../core/region-hint';
import { REGION_PAIR_LIST, REGION_WORD_LIST } from '../../core/region';

describe('mentionsOurRegion', () => {
  it('finds every region word and phrase of the matcher, plural and capitalised too', () => {
    const words = [...REGION_WORD_LIST, ...REGION_PAIR_LIST];
    const plural = (w: string) => (/(s|ae)$/.test(w) ? w : /x$/.test(w) ? `${w}es` : `${w}s`);
    for (const word of words) {
      expect(mentionsOurRegion(`It is about the ${word} here.`), word).toBe(true);
      expect(mentionsOurRegion(`${word.toUpperCase()}: a note`), word).toBe(true);
      if (!word.includes(' ')) expect(mentionsOurRegion(`two ${plural(word)}.`), plural(word)).toBe(true);
    }
  });

  it('draws word boundaries as the tokenizer does', () => {
    expect(mentionsOurRegion('hip-hop')).toBe(true);
    expect(mentionsOurRegion('the hip_pain tag')).toBe(true);
    expect(mentionsOurRegion("the hip's joint")).toBe(true);
    expect(mentionsOurRegion('lower\n back ache')).toBe(true);
    for (const text of ['relationship and membership', 'chips and whips', 'a hipster cafe', 'spinach', 'thighbone-free', 'the back office', 'spinning'])
      expect(mentionsOurRegion(text), text).toBe(false);
  });
});
