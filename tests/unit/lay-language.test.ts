// Lay language: a page that describes a condition in everyday words without naming it finds that
// condition through the articles' lay vocabulary (inPlainWords) and the gate's general rules.
// The pages here are written for these tests, one per rule; each rule is also switched off to
// show that it is what changes the answer.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import matchIndexJson from '../../data/generated/match-index.json';
import { compileLibrary, LibraryError, parseConditions, parseSigns, parseSourceCatalogue } from '../../compiler/library-compiler';
import { extractPageText } from '../../core/extract';
import { Matcher } from '../../core/match';
import { rulesWithout, type Rule } from '../../core/match-gate';
import type { MatchIndex } from '../../core/match-index';
import { mentionsOurRegion } from '../../core/region-hint';
import { compileFromDisk } from '../../scripts/compile-library';
import { articlePage } from './helpers';

const index = matchIndexJson as unknown as MatchIndex;
const matcher = new Matcher(index);
const without = (...rules: Rule[]) => new Matcher(index, { rules: rulesWithout(rules) });
const ids = (m: Matcher, doc: Document) => m.match(extractPageText(doc)).map((s) => s.id);

describe('the lay vocabulary of the articles', () => {
  it('is written for every article', () => {
    for (const article of compileFromDisk()) expect(article.inPlainWords.length, article.id).toBeGreaterThanOrEqual(3);
  });

  it('is rejected where it repeats a name of the article', () => {
    const root = resolve(__dirname, '..', '..');
    const dir = join(root, 'data', 'articles');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md') && !['README.md', 'REVIEW.md', 'REVIEW-2.md'].includes(f))
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return { name, text: name === 'groin-strain.md' ? text.replace('inPlainWords:\n', 'inPlainWords:\n  - pulled groin\n') : text };
      });
    const compile = () =>
      compileLibrary(
        files,
        parseConditions(readFileSync(join(root, 'data', 'conditions.tsv'), 'utf8')),
        parseSigns(readFileSync(join(root, 'data', 'red-flags.yaml'), 'utf8')),
        parseSourceCatalogue(readFileSync(join(root, 'data', 'sources.yaml'), 'utf8')),
      );
    expect(compile).toThrow(LibraryError);
    expect(() => compile()).toThrow(/groin-strain\.md: inPlainWords: "pulled groin" is a title, alias or keyword/);
  });
});

describe('a page that describes a condition without naming it', () => {
  const toddler = articlePage(
    'Our little one stopped walking this morning',
    'Our son is four. He had a runny nose and a cough last week, and today he will not put his left leg down and cries when we move his hip.',
    'He has no temperature and is eating and playing otherwise. The doctor did blood tests and an ultrasound, found a little fluid in the hip, and said it should settle in a week or so with rest and children’s painkillers.',
    'She told us to come back at once if he gets a fever or still will not walk in a few days.',
  );

  it('finds it by resemblance alone (profile-only)', () => {
    expect(ids(matcher, toddler)[0]).toBe('transient-synovitis');
    expect(ids(without('profile-only'), toddler)).not.toContain('transient-synovitis');
  });

  it('finds it on a page with few region words, since the resemblance corroborates them', () => {
    const page = articlePage(
      'Nan took a tumble on Sunday',
      'My nan is eighty-eight and lives on her own. On Sunday she tripped on the rug by the back door and could not get up, and when the carer found her she could not put any weight on her right leg at all.',
      'The paramedics said the leg was lying shorter than the other with the foot rolled outwards. In hospital the X-ray showed she had broken the top of the thigh bone just under the ball of the hip, and they operated the next morning and fixed it with a screw and a plate.',
      'The physios had her up on a frame the day after. She has been muddled since the operation, which the nurses say is common at her age, and they are talking about a few weeks of rehab before she goes home with more carers.',
      'We are also asking about her thin bones and whether she should have tablets to strengthen them, as her sister had the same fall two years ago.',
      'The ward has been kind and the food is better than we feared. We take turns visiting in the afternoons, bring her crossword and the local paper, and the grandchildren have drawn pictures for the wall beside her bed.',
    );
    const evidence = matcher.analyse(extractPageText(page));
    expect(evidence.onTopic).toBe(false);
    expect(evidence.corroborated).toBe(true);
    expect(ids(matcher, page)[0]).toBe('hip-fracture');
  });
});

describe('names that say only where it hurts (place-names-yield)', () => {
  it('come after the specific condition the page resembles most', () => {
    const page = articlePage(
      'Groin pain and a lump that comes and goes',
      'I am 61 and for a couple of months there has been a soft bulge in my right groin. It pushes out when I cough, lift the shopping or stand all day, and it disappears when I lie down flat.',
      'By the evening there is a dragging ache in the groin. The GP pushed it back in, said it was a weak spot in the tummy wall, and that I can wait and watch or have it fixed with a mesh.',
      'She said to go to A&E if it gets stuck, turns hard and painful, or I start being sick.',
    );
    const on = ids(matcher, page);
    expect(on[0]).toBe('inguinal-hernia');
    expect(on).toContain('groin-pain');
    expect(ids(without('place-names-yield'), page)[0]).toBe('groin-pain');
  });
});

describe('a tie between our region and a competing one (competing-regions)', () => {
  it('is ours: a child’s hip condition is often felt in the knee', () => {
    const page = articlePage(
      'Our son’s knee, and then his hip',
      'My son is thirteen, in a growth spurt and a bit heavy. For a month he has had an ache in his knee and the front of his thigh, and he walks with his foot turned out.',
      'The GP said growing pains in the knee, but the physio could not turn his leg inwards and sent him straight to hospital, where the X-ray showed the ball at the top of the thigh bone had slipped off at the growth plate.',
      'He had an operation the same night to put a screw in to hold it, and he is on crutches for six weeks. They said it is most common in boys his age.',
    );
    const evidence = matcher.analyse(extractPageText(page));
    expect(evidence.regionWords).toBe(evidence.otherRegionWords);
    expect(ids(matcher, page)[0]).toBe('slipped-capital-femoral-epiphysis');
  });
});

describe('everyday words for our region', () => {
  const words = (text: string) => matcher.analyse(extractPageText(articlePage('A note', text))).regionWords;

  it('count as region words, in the matcher and the page script’s hint alike', () => {
    for (const text of ['a pain in my bum', 'my left butt cheek', 'sore backside', 'an ache in the crotch', 'a lump at the top of my leg', 'pain in the small of the back', 'the bottom of my back', 'the base of my back', 'down the back of the leg']) {
      expect(words(text), text).toBe(1);
      expect(mentionsOurRegion(text), text).toBe(true);
    }
  });

  it('but not in their other senses', () => {
    for (const text of ['a cigarette butt in the ashtray', 'the rifle butt', 'the butt of every joke', 'a beach bum all summer', 'a bum steer']) expect(words(text), text).toBe(0);
  });
});
