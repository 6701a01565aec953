// Plain language, measured: the reading-level gate of npm test. The measure is text-readability's
// Flesch-Kincaid grade (a US school grade) on prose prepared by compiler/readability.ts (each
// paragraph and list item counted as its own sentences; headings left out). Summaries at most
// grade 8; bodies at most grade 9 on average and none above grade 10. Every summary says when to
// seek help, and the terms a reader will not know are explained where they are first used.
import { describe, expect, it } from 'vitest';
import { BODY_GRADE_LIMIT, BODY_MEAN_GRADE_LIMIT, SUMMARY_GRADE_LIMIT, bodyGrade, grade, libraryLevels, summaryGrade } from '../../compiler/readability';
import { SUMMARY_LIMIT, type Article, type Inline } from '../../core/library';
import { compileFromDisk } from '../../scripts/compile-library';

const library = compileFromDisk();
const levels = libraryLevels(library);

describe('reading levels', () => {
  it('measures what it should: plain prose low, dense clinical prose high, lists as sentences', () => {
    expect(grade('The hip is a ball and socket. It can get sore. Rest helps.')).toBeLessThan(4);
    expect(grade('Symptomatic femoroacetabular impingement necessitates comprehensive multidisciplinary evaluation incorporating radiological investigation.')).toBeGreaterThan(16);
    const list = { body: [{ kind: 'list' as const, items: ['pain on walking', 'pain on stairs', 'pain at night'].map((text): Inline[] => [{ kind: 'text', text }]) }] };
    expect(bodyGrade(list)).toBeLessThan(4);
  });

  it(`every summary reads at US grade ${SUMMARY_GRADE_LIMIT} or below`, () => {
    const over = library.filter((a) => summaryGrade(a) > SUMMARY_GRADE_LIMIT).map((a) => `${a.id}: ${summaryGrade(a)}`);
    expect(over).toEqual([]);
  });

  it(`every body reads at grade ${BODY_GRADE_LIMIT} or below, and at ${BODY_MEAN_GRADE_LIMIT} or below on average`, () => {
    const over = library.filter((a) => bodyGrade(a) > BODY_GRADE_LIMIT).map((a) => `${a.id}: ${bodyGrade(a)}`);
    expect(over).toEqual([]);
    expect(levels.bodies.mean).toBeLessThanOrEqual(BODY_MEAN_GRADE_LIMIT);
  });
});

describe('summaries', () => {
  it(`are at most ${SUMMARY_LIMIT} characters`, () => {
    for (const a of library) expect(a.summary.length, a.id).toBeLessThanOrEqual(SUMMARY_LIMIT);
  });

  it('each say when to seek help, naming who to see or call', () => {
    const when = /\b(see|ask|call|book|tell|get|needs?)\b[^.;]*\b(GP|physio|physiotherapist|doctor|999|A&E|111|midwife|maternity unit|health visitor|seen|help)\b/i;
    for (const a of library) expect(a.summary, a.id).toMatch(when);
  });
});

// A term a reader will not know, and what its first use (in the reader's order: summary, when to
// see a professional, red flags, the fact lists, then the body) must say about it.
const JARGON: [string, RegExp, RegExp][] = [
  ['anti-CCP antibodies', /anti-CCP/i, /immune system|protein/i],
  ['shockwave therapy', /shockwave/i, /sound waves/i],
  ['the Copenhagen adduction exercise', /Copenhagen/i, /side plank/i],
  ['the Nordic hamstring exercise', /Nordic hamstring/i, /kneel/i],
  ['isometric exercise', /isometric/i, /without (moving|the (hip|joint|muscle) moving)|muscle works without|hold/i],
  ['the FADIR test', /FADIR/, /bend|fold/i],
  ['the FAIR test', /FAIR test/, /bend/i],
  ['disease-modifying drugs', /disease-modifying|DMARD/i, /immune/i],
  ['biologic medicines', /biologic/i, /inject|block/i],
  ['HLA-B27', /HLA-B27/, /gene/i],
  ['an MR arthrogram', /arthrogram/i, /dye/i],
  ['an osteotomy', /osteotomy/i, /moves|reposition|operation/i],
  ['a tenotomy', /tenotomy/i, /cut|releas/i],
  ['an epidural', /epidural/i, /inject/i],
  ['a microdiscectomy', /microdiscectomy/i, /remov|reliev|surgery/i],
  ['core decompression', /core decompression/i, /drill|channel/i],
  ['a hemiarthroplasty', /hemiarthroplasty/i, /ball|partial/i],
  ['radiofrequency denervation', /radiofrequency/i, /nerve/i],
  ['a Trendelenburg gait', /Trendelenburg/i, /pelvis|sway|drop/i],
  ['a Pavlik harness', /Pavlik/i, /brace|harness/i],
  ['REDs', /\bREDs\b/, /energy/i],
  ['an avulsion', /avulsion/i, /pull/i],
  ['enthesitis', /enthesitis/i, /attach/i],
  ['osteophytes', /osteophyte/i, /bony/i],
];

const inline = (content: Inline[]) => content.map((p) => p.text).join('');
function unitsInReaderOrder(a: Article): string[] {
  const units = [a.summary, a.seeAProfessional, ...a.redFlags.map((f) => f.text), ...a.symptoms, ...a.causes, ...a.whoGetsIt, ...a.whatHelps];
  for (const b of a.body) {
    if (b.kind === 'paragraph') units.push(inline(b.content));
    else if (b.kind === 'list') units.push(...b.items.map(inline));
  }
  return units;
}

describe('jargon', () => {
  it.each(JARGON)('%s is explained where it is first used', (_, term, explanation) => {
    const unexplained: string[] = [];
    let uses = 0;
    for (const a of library) {
      const first = unitsInReaderOrder(a).find((u) => term.test(u));
      if (!first) continue;
      uses++;
      if (!explanation.test(first)) unexplained.push(`${a.id}: ${first}`);
    }
    expect(unexplained).toEqual([]);
    expect(uses, 'a term no article uses should leave the list').toBeGreaterThan(0);
  });
});
