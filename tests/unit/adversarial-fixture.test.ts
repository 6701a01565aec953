// The adversarial negatives (tests/fixtures/adversarial.jsonl, written by
// scripts/make-adversarial.ts) are what they claim: the file the generator writes today, pages
// that between them use the words of every multi-word term of the index, and pages in which no
// term of the index occurs and the region words appear only in other senses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../core/match-index';
import { OTHER_SENSES } from '../../core/other-senses';
import { contentTokens, keyOf, normalize, tokenize } from '../../core/text';
import { EXTRA_OTHER_SENSES, NO_ORDINARY_SENSE } from '../../scripts/adversarial/bank';
import { adversarialJsonl, FIXTURE } from '../../scripts/make-adversarial';

const root = join(__dirname, '..', '..');
const index = JSON.parse(readFileSync(join(root, 'data', 'generated', 'match-index.json'), 'utf8')) as MatchIndex;
const file = readFileSync(FIXTURE, 'utf8');
const pages = file
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; url: string; title: string; kind: string; expect: string[]; acceptable: string[]; text: string });
const pageTokens = pages.map((p) => tokenize(`${p.title}\n${p.text}`));
const multiWordKeys = Object.keys(index.terms).filter((k) => k.includes(' '));
const skipped = new Set(NO_ORDINARY_SENSE);

// The words that name the region, in their anatomical sense; written here, apart from the engine.
const REGION = new Set(
  (
    'hip hips groin groins buttock buttocks bum butt glute glutes gluteal gluteus pelvis pelvic thigh thighs femur femoral ' +
    'hamstring hamstrings sacroiliac sciatic sciatica inguinal pubic pubis adductor adductors iliopsoas psoas trochanter ' +
    'trochanteric acetabulum acetabular lumbar sacrum sacral coccyx tailbone iliac spine spinal vertebra vertebrae backache'
  )
    .split(' ')
    .map((w) => tokenize(w)[0]!),
);
/** Ordinary word pairs that name the region all the same. */
const REGION_PAIRS = ['low back', 'lower back', 'back pain', 'tail bone', 'sit bone', 'sitting bone'].map((p) => tokenize(p));
const otherSenses = [...[...OTHER_SENSES.values()].flat(), ...EXTRA_OTHER_SENSES.map((p) => tokenize(p))];

describe('the adversarial fixture', () => {
  it('is what scripts/make-adversarial.ts writes today', () => {
    // If this fails after the library changed: npx tsx scripts/make-adversarial.ts
    expect(adversarialJsonl(index) === file, 'tests/fixtures/adversarial.jsonl is stale').toBe(true);
  });

  it('holds far-negative pages of 120 to 400 words with titles, in the shared corpus format', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.length).toBeLessThanOrEqual(400);
    expect(file.length).toBeLessThan(1_500_000);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    for (const p of pages) {
      expect(Object.keys(p).sort()).toEqual(['acceptable', 'expect', 'id', 'kind', 'text', 'title', 'url']);
      expect(p.kind).toBe('far-negative');
      expect(p.expect).toEqual([]);
      expect(p.acceptable).toEqual([]);
      expect(p.url).toMatch(/^https:\/\//);
      expect(p.title.length).toBeGreaterThan(5);
      const words = normalize(`${p.title} ${p.text}`).split(' ').length;
      expect(words, p.id).toBeGreaterThanOrEqual(120);
      expect(words, p.id).toBeLessThanOrEqual(400);
    }
    const kinds = new Set(pages.map((p) => p.id.split('-')[2]));
    expect([...kinds].sort()).toEqual(['diy', 'finance', 'news', 'parenting', 'recipes', 'sport', 'tech', 'travel']);
  });

  it('uses, on one page, every word with an ordinary sense of every multi-word term', () => {
    const sets = pageTokens.map((t) => new Set(t));
    let whole = 0;
    const uncovered: string[] = [];
    for (const key of multiWordKeys) {
      const words = [...new Set(key.split(' '))];
      const needed = words.filter((w) => !skipped.has(w));
      if (sets.some((s) => words.every((w) => s.has(w)))) whole++;
      if (!sets.some((s) => needed.every((w) => s.has(w)))) uncovered.push(key);
    }
    const covered = multiWordKeys.length - uncovered.length;
    const share = (n: number) => `${((100 * n) / multiWordKeys.length).toFixed(1)}%`;
    console.log(
      `adversarial: ${pages.length} pages; ${multiWordKeys.length} multi-word terms; ` +
        `${covered} (${share(covered)}) have every word with an ordinary sense on one page; ` +
        `${whole} (${share(whole)}) have all their words there (the rest hold a word with no ordinary sense, skipped)`,
    );
    expect(uncovered).toEqual([]);
  });

  it('never uses a word listed as having no ordinary sense', () => {
    for (const [i, tokens] of pageTokens.entries()) {
      expect(tokens.filter((t) => skipped.has(t)), pages[i]!.id).toEqual([]);
    }
  });

  it('holds no term of the index: no run of content tokens is a key', () => {
    const found: string[] = [];
    for (const p of pages) {
      const tokens = contentTokens(`${p.title}\n${p.text}`);
      for (let i = 0; i < tokens.length; i++) {
        for (let n = 1; n <= index.maxPhrase && i + n <= tokens.length; n++) {
          const key = keyOf(tokens.slice(i, i + n));
          if (Object.hasOwn(index.terms, key)) found.push(`${p.id}: "${tokens.slice(i, i + n).join(' ')}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('uses region words only inside a phrase of another sense', () => {
    const stray: string[] = [];
    for (const [i, tokens] of pageTokens.entries()) {
      const inOtherSense = new Array<boolean>(tokens.length).fill(false);
      for (let at = 0; at < tokens.length; at++) {
        for (const phrase of otherSenses) {
          if (phrase.every((t, j) => tokens[at + j] === t)) phrase.forEach((_, j) => (inOtherSense[at + j] = true));
        }
      }
      tokens.forEach((t, at) => {
        if (REGION.has(t) && !inOtherSense[at]) stray.push(`${pages[i]!.id}: ${tokens.slice(Math.max(0, at - 3), at + 4).join(' ')}`);
      });
      for (const pair of REGION_PAIRS) {
        for (let at = 0; at + pair.length <= tokens.length; at++) {
          if (pair.every((t, j) => tokens[at + j] === t)) stray.push(`${pages[i]!.id}: ${pair.join(' ')}`);
        }
      }
    }
    expect(stray).toEqual([]);
  });
});
