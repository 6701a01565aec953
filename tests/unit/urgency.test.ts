// One urgency scale for the whole library: every warning sign carries a level of core/urgency.ts,
// the same sign never has two levels, and the signs the issue named are worded and graded the same
// wherever they appear (cauda equina, testicular torsion, children's limp, cancer and safeguarding).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText, parseSigns, signKey } from '../../compiler/library-compiler';
import { toCard, type Article } from '../../core/library';
import { URGENCY, URGENCY_LEVELS, type UrgencyLevel } from '../../core/urgency';
import { compileFromDisk } from '../../scripts/compile-library';

const root = resolve(__dirname, '..', '..');
const library = compileFromDisk();
const signs = parseSigns(readFileSync(join(root, 'data', 'red-flags.yaml'), 'utf8'));
const signById = new Map(signs.map((s) => [s.id, s]));
const byId = new Map(library.map((a) => [a.id, a]));
const flagsOf = (a: Article) => a.redFlags;
const hasSign = (a: Article, sign: string) => a.redFlags.some((f) => f.sign === sign);
const allText = (a: Article) => [a.summary, a.seeAProfessional, ...a.redFlags.map((f) => f.text), blocksText(a.body)].join('\n');
/** Sentences of an article's advice: summary, when to see a professional and the body. */
const sentences = (a: Article) => [a.summary, a.seeAProfessional, blocksText(a.body)].join('\n').split(/(?<=[.!?:])\s+|\n+/);

describe('the urgency scale', () => {
  it('declares every level once, each with a text label and an action', () => {
    expect(URGENCY_LEVELS).toEqual(['emergency', 'same-day', 'within-days', 'routine']);
    for (const level of URGENCY_LEVELS) {
      expect(URGENCY[level].label.length, level).toBeGreaterThan(0);
      expect(URGENCY[level].action.length, level).toBeGreaterThan(0);
    }
    expect(URGENCY.emergency.action).toMatch(/999.*A&E/);
    expect(new Set(URGENCY_LEVELS.map((l) => URGENCY[l].label)).size).toBe(URGENCY_LEVELS.length);
  });

  it('gives every red flag of every article a level of the scale, most urgent first', () => {
    for (const a of library) {
      expect(a.redFlags.length, a.id).toBeGreaterThan(0);
      const order = a.redFlags.map((f) => URGENCY_LEVELS.indexOf(f.level));
      expect(order.every((n) => n >= 0), a.id).toBe(true);
      expect(order, a.id).toEqual([...order].sort((x, y) => x - y));
    }
  });

  it('keeps the level on the cards the sidebar shows', () => {
    for (const a of library) expect(toCard(a).redFlags.map((f) => f.level), a.id).toEqual(a.redFlags.map((f) => f.level));
  });
});

describe('the same sign never has two levels', () => {
  it('across articles: by shared sign id, and by wording for an article\'s own signs', () => {
    const levels = new Map<string, Map<UrgencyLevel, string[]>>();
    for (const a of library)
      for (const f of flagsOf(a)) {
        const key = f.sign ? `sign:${f.sign}` : `text:${signKey(f.text)}`;
        const byLevel = levels.get(key) ?? new Map<UrgencyLevel, string[]>();
        byLevel.set(f.level, [...(byLevel.get(f.level) ?? []), a.id]);
        levels.set(key, byLevel);
      }
    const conflicts = [...levels].filter(([, byLevel]) => byLevel.size > 1).map(([key, byLevel]) => `${key}: ${JSON.stringify(Object.fromEntries(byLevel))}`);
    expect(conflicts).toEqual([]);
  });

  it('a shared sign keeps the level and words of data/red-flags.yaml in every article', () => {
    for (const a of library)
      for (const f of flagsOf(a).filter((x) => x.sign)) {
        const sign = signById.get(f.sign!)!;
        expect(f.level, `${a.id}: ${f.sign}`).toBe(sign.level);
        expect(f.text.startsWith(sign.text), `${a.id}: ${f.sign}`).toBe(true);
      }
  });

  // Signs that mean the same thing however they are put: any flag that mentions one must be the
  // shared sign, so it reads and grades the same in every article.
  it.each([
    ['saddle numbness', /saddle|genitals|bottom or inner thighs/i, ['saddle-numbness']],
    ['bladder or bowel change', /bladder|bowel/i, ['bladder-bowel-change']],
    ['symptoms in both legs', /both legs/i, ['both-legs']],
    ['a testicle', /testic/i, ['testicle-sudden']],
    ['a calf', /\bcalf\b/i, ['calf-clot']],
    ['breathlessness or chest pain', /breathless|chest pain/i, ['chest-breathless']],
    ['a groin lump that will not go back', /will not go back|won't go back/i, ['hernia-stuck']],
  ])('%s is always the shared sign', (_, pattern, allowed) => {
    const stray = library.flatMap((a) => flagsOf(a).filter((f) => pattern.test(f.text) && !allowed.includes(f.sign ?? '')).map((f) => `${a.id}: ${f.text}`));
    expect(stray).toEqual([]);
  });

  it.each([
    ['a fever', /fever|temperature|shiver/i, 'same-day'],
    ['sepsis', /sepsis/i, 'emergency'],
    ['cauda equina syndrome', /cauda equina/i, 'emergency'],
    ['testicular torsion', /torsion/i, 'emergency'],
  ] as const)('%s always has the level %s', (_, pattern, level) => {
    const stray = library.flatMap((a) => flagsOf(a).filter((f) => pattern.test(f.text) && f.level !== level).map((f) => `${a.id}: ${f.level}: ${f.text}`));
    expect(stray).toEqual([]);
  });
});

describe('signs the clinical review named', () => {
  it('spinal red flags are the same four shared signs, at emergency, wherever saddle numbness appears', () => {
    for (const a of library.filter((x) => hasSign(x, 'saddle-numbness'))) expect(hasSign(a, 'bladder-bowel-change'), a.id).toBe(true);
    for (const id of ['lower-back-pain', 'sciatica', 'pinched-nerve', 'buttock-pain', 'piriformis-syndrome', 'deep-gluteal-syndrome', 'sacroiliac-joint-pain'])
      for (const sign of ['saddle-numbness', 'bladder-bowel-change', 'both-legs', 'worsening-weakness']) expect(hasSign(byId.get(id)!, sign), `${id}: ${sign}`).toBe(true);
    for (const sign of ['saddle-numbness', 'bladder-bowel-change', 'both-legs', 'worsening-weakness']) expect(signById.get(sign)!.level, sign).toBe('emergency');
  });

  it('weakness in one leg has one level everywhere: within days if stable, emergency if getting worse', () => {
    expect(signById.get('one-leg-weakness')!.level).toBe('within-days');
    expect(signById.get('worsening-weakness')!.level).toBe('emergency');
    for (const id of ['sciatica', 'piriformis-syndrome', 'pinched-nerve', 'deep-gluteal-syndrome'])
      expect(hasSign(byId.get(id)!, 'one-leg-weakness') && hasSign(byId.get(id)!, 'worsening-weakness'), id).toBe(true);
  });

  it('sudden testicular pain is an emergency, named as possible torsion, in every groin article and the overviews', () => {
    const tsv = readFileSync(join(root, 'data', 'conditions.tsv'), 'utf8');
    const groin = tsv.split('\n').filter((l) => l.split('\t')[2] === 'groin').map((l) => l.split('\t')[0]!);
    expect(groin.length).toBeGreaterThanOrEqual(6);
    expect(signById.get('testicle-sudden')).toMatchObject({ level: 'emergency', why: 'possible testicular torsion' });
    for (const id of [...groin, 'hip-groin-pain', 'groin-pain', 'hip-groin-buttock-faqs']) {
      const a = byId.get(id)!;
      expect(allText(a), id).toMatch(/testicular torsion/i);
      // Pelvic girdle pain is pain in pregnancy: it names torsion among other causes of groin pain
      // but does not list a testicle among a pregnant woman's warning signs.
      if (id !== 'pelvic-girdle-pain') expect(hasSign(a, 'testicle-sudden'), id).toBe(true);
    }
  });

  it('every children\'s article names cancer and safeguarding signs, in the warning signs and the text', () => {
    const children = library.filter((a) => a.region === 'children');
    expect(children.length).toBe(3);
    for (const a of children) {
      expect(hasSign(a, 'child-cancer-signs') && hasSign(a, 'child-injury-story'), a.id).toBe(true);
      const text = blocksText(a.body);
      for (const word of [/night/, /weight loss/, /tired/, /pale/, /bruis/, /leukaemia/, /tumour/, /does not match|do not match|not fit/])
        expect(text, `${a.id}: ${word}`).toMatch(word);
    }
  });

  it('children\'s limp follows the NICE CKS tiers: not every limp to A&E, and never a wait of more than a few days', () => {
    expect(signById.get('child-limp-unexplained')!.level).toBe('within-days');
    for (const id of ['child-no-weight', 'child-under-3', 'child-older-limp', 'child-limp-not-better', 'child-cancer-signs', 'child-injury-story'])
      expect(signById.get(id)!.level, id).toBe('same-day');
    expect(signById.get('very-unwell')!.level).toBe('emergency');
    const wrong: string[] = [];
    for (const a of library)
      for (const s of sentences(a)) {
        if (/\b(any|every|a new)\b[^.]*\blimp\b[^.]*(A&E|999)/i.test(s) && !/very unwell|cannot stand|sudden severe|cannot put weight|after a fall/i.test(s)) wrong.push(`${a.id}: ${s}`);
        if (/limp[^.]*(more than|longer than|over) (a few|several) days/i.test(s)) wrong.push(`${a.id}: ${s}`);
      }
    expect(wrong).toEqual([]);
  });

  it('the inflammatory back pain pattern is a reason to book a GP, not a red flag', () => {
    for (const a of library) expect(a.redFlags.some((f) => /morning stiffness/i.test(f.text)), a.id).toBe(false);
    expect(byId.get('sacroiliac-joint-pain')!.seeAProfessional).toMatch(/Book a GP appointment/);
  });
});
