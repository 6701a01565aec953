// The library compiler: every way an article can be wrong stops the build with the file and field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError, compileLibrary, countWords, parseConditions, parseSigns, type Condition, type Sign, type SourceFile } from '../../compiler/library-compiler';
import { SUMMARY_LIMIT, type Source } from '../../core/library';
import { compileFromDisk } from '../../scripts/compile-library';

const root = resolve(__dirname, '..', '..');
const conditions: Condition[] = [
  { id: 'groin-strain', name: 'Groin strain', group: 'groin' },
  { id: 'hip-pointer', name: 'Hip pointer', group: 'anterior hip' },
];

const catalogue: Source[] = [
  { id: 'weir-2015', type: 'article', authors: ['Weir A'], etAl: true, title: 'Doha agreement meeting on terminology and definitions in groin pain in athletes', container: 'British Journal of Sports Medicine', year: 2015, doi: '10.1136/bjsports-2015-094869' },
];

const signs: Sign[] = [
  { id: 'groin-lump', text: 'a new lump in the groin', level: 'within-days' },
  { id: 'testicle-sudden', text: 'sudden, severe pain in a testicle', why: 'possible testicular torsion', level: 'emergency' },
];

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function article(fields: Record<string, string | undefined>, body = `## What it is\n\n${words(320)}\n`): string {
  const defaults: Record<string, string> = {
    id: 'groin-strain',
    title: 'Groin strain',
    summary: '"A pulled groin muscle. Most heal with rest and graded exercise."',
    region: 'groin',
    aliases: '["groin strain", "pulled groin"]',
    keywords: '["adductor longus"]',
    symptoms: '["pain in the inner thigh"]',
    causes: '["sudden change of direction"]',
    whoGetsIt: '["footballers"]',
    whatHelps: '["graded strengthening"]',
    redFlags: '[groin-lump]',
    seeAProfessional: 'If it does not improve in two weeks.',
    related: '["hip-pointer"]',
    sources: '[weir-2015, { type: guideline, issuer: NHS, title: "Groin pain", year: 2024 }, { type: article, authors: [Harøy J], etAl: true, title: "The Adductor Strengthening Programme", container: British Journal of Sports Medicine, year: 2019 }]',
    review: '{ date: 2026-12-02, by: "Editorial review", covered: "Red flags and sources" }',
    clinicians: '{ examination: ["pain on the adductor squeeze test"], differentials: [hip-pointer], referral: ["MRI for a suspected avulsion"], recovery: "Usually a few weeks" }',
  };
  const merged = { ...defaults, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

const pointer = (extra: Record<string, string | undefined> = {}): SourceFile => ({
  name: 'hip-pointer.md',
  text: article({
    id: 'hip-pointer',
    title: 'Hip pointer',
    region: 'anterior hip',
    aliases: '["hip pointer"]',
    related: '["groin-strain"]',
    clinicians: '{ examination: ["iliac crest tenderness"], differentials: [groin-strain], referral: ["X-ray in a teenager"], recovery: "A few weeks" }',
    ...extra,
  }),
});

function problemsOf(files: SourceFile[]): string[] {
  try {
    compileLibrary(files, conditions, signs, catalogue);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryError);
    return (error as LibraryError).problems;
  }
}

describe('compileLibrary', () => {
  it('compiles valid articles into cards with bodies as data', () => {
    const [groin] = compileLibrary([{ name: 'groin-strain.md', text: article({}) }, pointer()], conditions, signs, catalogue);
    expect(groin!.id).toBe('groin-strain');
    expect(groin!.body[0]).toEqual({ kind: 'heading', level: 2, text: 'What it is' });
    expect(countWords(groin!.body)).toBeGreaterThanOrEqual(320);
  });

  it.each([
    ['a missing id', { id: undefined }, 'groin-strain.md: id: required text is missing'],
    ['an id not in conditions.tsv', { id: 'knee-strain' }, 'groin-strain.md: id: "knee-strain" is not an id in conditions.tsv'],
    ['a missing required field', { summary: undefined }, 'groin-strain.md: summary: required text is missing'],
    ['a missing required list', { redFlags: undefined }, 'groin-strain.md: redFlags: required list is missing'],
    ['a summary over the limit', { summary: `"${'x'.repeat(SUMMARY_LIMIT + 1)}"` }, `groin-strain.md: summary: ${SUMMARY_LIMIT + 1} characters, over the limit of ${SUMMARY_LIMIT}`],
    ['a related id that does not exist', { related: '["no-such-article"]' }, 'groin-strain.md: related: "no-such-article" is not an id in conditions.tsv'],
    ['a region other than the tsv group', { region: 'buttock' }, 'groin-strain.md: region: "buttock" should be "groin"'],
    ['a source without a title', { sources: '[weir-2015, { type: guideline, issuer: NHS, year: 2024 }]' }, 'groin-strain.md: sources: entry 2 needs a title'],
    ['a source without authors or an issuer', { sources: '[{ type: article, title: "Groin pain", container: BJSM, year: 2015 }]' }, 'groin-strain.md: sources: entry 1 needs authors or an issuer'],
    ['a source without a year', { sources: '[{ type: guideline, issuer: NHS, title: "Groin pain" }]' }, 'groin-strain.md: sources: entry 1 needs a year'],
    ['a malformed DOI', { sources: '[{ type: article, issuer: BJSM, title: "Groin", container: BJSM, year: 2015, doi: "bjsports-2015" }]' }, 'groin-strain.md: sources: entry 1 doi "bjsports-2015" is not a DOI'],
    ['a web address in a source', { sources: '[{ type: guideline, issuer: NICE, title: "Osteoarthritis", year: 2022, url: "https://example.org" }]' }, 'groin-strain.md: sources: entry 1 url: the extension carries no web address'],
    ['an unknown source id', { sources: '[weir-2015, no-such-source]' }, 'groin-strain.md: sources: entry 2 "no-such-source" is not a source id in sources.yaml'],
    ['fewer than three sources', { sources: '[weir-2015]' }, 'groin-strain.md: sources: 1 sources, fewer than the 3 required'],
    ['a bad review date', { review: '{ date: last week, by: me, covered: all }' }, 'groin-strain.md: review: date "last week" is not a date written YYYY-MM-DD'],
    ['a review that does not say what it covered', { review: '{ date: 2026-12-02, by: me }' }, 'groin-strain.md: review: covered is required text'],
    ['no clinician\'s view', { clinicians: undefined }, 'groin-strain.md: clinicians: required: { examination, differentials, referral, recovery }'],
    ['a differential that is not an article id', { clinicians: '{ examination: [x], differentials: [knee-strain], referral: [y], recovery: z }' }, 'groin-strain.md: clinicians: differential "knee-strain" is not an id in conditions.tsv'],
    ['a clinician\'s view without a recovery timeline', { clinicians: '{ examination: [x], differentials: [hip-pointer], referral: [y] }' }, 'groin-strain.md: clinicians: recovery (a typical timeline to recovery) is required text'],
    ['the old batch date', { lastReviewed: '2026-11-27' }, 'groin-strain.md: lastReviewed: replaced by review: { date, by, covered }'],
    ['a red flag without a level', { redFlags: '[{ text: "a lump that grows when you cough" }]' }, 'groin-strain.md: redFlags: entry 1 ("a lump that grows when you cough") has no level'],
    ['a red flag with an unknown level', { redFlags: '[{ text: "a lump that grows", level: urgent }]' }, 'groin-strain.md: redFlags: entry 1 ("a lump that grows") has level "urgent", which is not one of emergency, same-day, within-days, routine'],
    ['an unknown sign id', { redFlags: '[groin-lump, no-such-sign]' }, 'groin-strain.md: redFlags: entry 2 "no-such-sign" is not a sign id in red-flags.yaml'],
    ['a shared sign reworded as its own', { redFlags: '[{ text: "A new lump in the groin!", level: routine }]' }, 'groin-strain.md: redFlags: entry 1 ("A new lump in the groin!") is the shared sign "groin-lump": list it by its id'],
    ['a sign listed twice', { redFlags: '[groin-lump, groin-lump]' }, 'groin-strain.md: redFlags: entry 2 "groin-lump" is listed twice'],
  ])('rejects %s, naming the file and field', (_, fields, message) => {
    const problems = problemsOf([{ name: 'groin-strain.md', text: article(fields) }, pointer()]);
    expect(problems.join('\n')).toContain(message);
  });

  it('gives every red flag its level: shared signs by id, own signs as written, most urgent first', () => {
    const fields = { redFlags: '[groin-lump, { text: "a pop with large bruising", level: same-day, why: "possible tendon tear" }, testicle-sudden]' };
    const [groin] = compileLibrary([{ name: 'groin-strain.md', text: article(fields) }, pointer()], conditions, signs, catalogue);
    expect(groin!.redFlags).toEqual([
      { text: 'sudden, severe pain in a testicle (possible testicular torsion)', level: 'emergency', sign: 'testicle-sudden' },
      { text: 'a pop with large bruising (possible tendon tear)', level: 'same-day' },
      { text: 'a new lump in the groin', level: 'within-days', sign: 'groin-lump' },
    ]);
  });

  it('rejects an id that does not match the file name', () => {
    expect(problemsOf([{ name: 'groin.md', text: article({}) }, pointer()]).join('\n')).toContain('groin.md: id: "groin-strain" does not match the file name "groin"');
  });

  it('rejects invalid YAML and missing front matter', () => {
    expect(problemsOf([{ name: 'groin-strain.md', text: '---\ntitle: [unclosed\n---\nbody' }, pointer()]).join('\n')).toMatch(/groin-strain\.md: front matter: not valid YAML/);
    expect(problemsOf([{ name: 'groin-strain.md', text: 'just text' }, pointer()]).join('\n')).toContain('groin-strain.md: front matter: missing');
  });

  it('rejects a body that is too short or has no sections', () => {
    expect(problemsOf([{ name: 'groin-strain.md', text: article({}, '## Short\n\nToo short.') }, pointer()]).join('\n')).toMatch(/groin-strain\.md: body: \d+ words, fewer than the 300 required/);
    expect(problemsOf([{ name: 'groin-strain.md', text: article({}, words(400)) }, pointer()]).join('\n')).toContain('groin-strain.md: body: needs sections');
    expect(problemsOf([{ name: 'groin-strain.md', text: article({}, `## A\n\n${words(320)} [x](https://example.org)`) }, pointer()]).join('\n')).toContain('must be written (article:<id>)');
  });

  it('rejects an alias claimed by two articles unless both mark it shared', () => {
    const clash = pointer({ aliases: '["hip pointer", "strained groin"]' });
    expect(problemsOf([{ name: 'groin-strain.md', text: article({ aliases: '["groin strain"]' }) }, clash]).join('\n')).toContain(
      'hip-pointer.md: aliases: "strained groin" is also claimed by groin-strain.md (as "groin strain")',
    );
    const shared = pointer({ aliases: '["hip pointer", "strained groin"]', sharedAliases: '["strained groin"]' });
    const groin = { name: 'groin-strain.md', text: article({ aliases: '["groin strain"]', sharedAliases: '["groin strain"]' }) };
    expect(problemsOf([groin, shared])).toEqual([]);
  });

  it('rejects a one-word alias or keyword that is common English unless it needs region words', () => {
    const groin = { name: 'groin-strain.md', text: article({}) };
    const common = pointer({ aliases: '["hip pointer", "knock"]', keywords: '["iliac crest", "red"]' });
    const problems = problemsOf([groin, common]).join('\n');
    expect(problems).toContain('hip-pointer.md: aliases: "knock" is a common English word');
    expect(problems).toContain('hip-pointer.md: keywords: "red" is a common English word');
    const marked = pointer({ aliases: '["hip pointer", "knock"]', keywords: '["iliac crest", "red"]', needsRegion: '["knock", "red"]' });
    expect(problemsOf([groin, marked])).toEqual([]);
    // Not common: a word of medicine, or an abbreviation written in capitals.
    expect(problemsOf([groin, pointer({ aliases: '["hip pointer", "HPI"]', keywords: '["iliac crest", "apophysitis"]' })])).toEqual([]);
  });

  it('takes needsRegion only for terms the article lists', () => {
    expect(problemsOf([pointer({ needsRegion: '["contusion"]' })]).join('\n')).toContain('needsRegion: "contusion" is not also listed in aliases or keywords');
  });

  it('rejects a duplicate id and a tsv id without an article', () => {
    const problems = problemsOf([{ name: 'groin-strain.md', text: article({}) }]);
    expect(problems.join('\n')).toContain('conditions.tsv: id: "hip-pointer" has no article');
  });
});

describe('parseSigns', () => {
  const problems = (yaml: string) => {
    try {
      parseSigns(yaml);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(LibraryError);
      return (error as LibraryError).problems;
    }
  };

  it('reads the shared signs with their levels', () => {
    expect(parseSigns('- { id: groin-lump, text: a new lump in the groin, level: within-days }')).toEqual([signs[0]]);
  });

  it.each([
    ['a sign without a level', '- { id: groin-lump, text: a lump }', 'red-flags.yaml: entry 1 (groin-lump): level: missing (one of emergency, same-day, within-days, routine)'],
    ['an unknown level', '- { id: groin-lump, text: a lump, level: soon }', 'red-flags.yaml: entry 1 (groin-lump): level: "soon" is not one of'],
    ['an id used twice', '- { id: a, text: one, level: routine }\n- { id: a, text: two, level: routine }', 'red-flags.yaml: entry 2 (a): id: "a" is used twice'],
    ['the same words twice', '- { id: a, text: a lump, level: routine }\n- { id: b, text: A lump., level: emergency }', 'red-flags.yaml: entry 2 (b): text: says the same as a'],
    ['a sign without words', '- { id: a, level: routine }', 'red-flags.yaml: entry 1 (a): text: required text is missing'],
  ])('rejects %s, naming the entry and field', (_, yaml, message) => {
    expect(problems(yaml).join('\n')).toContain(message);
  });
});

describe('the build', () => {
  it('stops with the file and field when an article is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hiplens-articles-'));
    writeFileSync(join(dir, 'groin-strain.md'), article({ summary: undefined }));
    const run = spawnSync('npx', ['tsx', 'scripts/compile-library.ts', '--articles', dir, '--out', join(dir, 'out')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('groin-strain.md: summary: required text is missing');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('stops when a red flag has no level or names a sign that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hiplens-articles-'));
    writeFileSync(join(dir, 'groin-strain.md'), article({ redFlags: '[no-such-sign, { text: "a swollen groin" }]' }));
    const run = spawnSync('npx', ['tsx', 'scripts/compile-library.ts', '--articles', dir, '--out', join(dir, 'out')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('groin-strain.md: redFlags: entry 1 "no-such-sign" is not a sign id in red-flags.yaml');
    expect(run.stderr).toContain('groin-strain.md: redFlags: entry 2 ("a swollen groin") has no level');
  });
});

describe('the real library', () => {
  const library = compileFromDisk();
  const tsv = parseConditions(readFileSync(join(root, 'data', 'conditions.tsv'), 'utf8'));

  it('has exactly one article for every condition id and none outside the list', () => {
    expect(library.map((a) => a.id).sort()).toEqual(tsv.map((c) => c.id).sort());
    expect(tsv).toHaveLength(43);
  });

  it('uses the shared specification unchanged', () => {
    const shared = resolve(root, '..', 'shared', 'spec', 'conditions.tsv');
    expect(readFileSync(join(root, 'data', 'conditions.tsv'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('gives every article sources, red flags and a body of at least 300 words', () => {
    for (const a of library) {
      expect(a.sources.length, a.id).toBeGreaterThanOrEqual(1);
      expect(a.redFlags.length, a.id).toBeGreaterThan(0);
      expect(countWords(a.body), a.id).toBeGreaterThanOrEqual(300);
      // No web address at all: the extension ships none (tests/e2e/privacy.test.ts).
      expect(a.sources.every((s) => !('url' in s)), a.id).toBe(true);
    }
  });

  it('links every overview article to specific articles', () => {
    for (const a of library.filter((x) => x.region === 'overview')) {
      const links = a.body.flatMap((b) => (b.kind === 'paragraph' ? b.content : b.kind === 'list' ? b.items.flat() : [])).filter((p) => p.kind === 'article-link');
      expect(links.length, a.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('is written in UK spelling outside the aliases', () => {
    const us = /\b(orthopedic|edema|hemorrhage|anesthetic|pediatric|recognize|center|program|behavior|color|fiber|labor)\b/i;
    for (const a of library) {
      const prose = [a.title, a.summary, ...a.symptoms, ...a.causes, ...a.whoGetsIt, ...a.whatHelps, ...a.redFlags.map((f) => f.text), a.seeAProfessional, JSON.stringify(a.body)].join(' ');
      expect(prose.match(us)?.[0], a.id).toBeUndefined();
    }
  });
});
