// The bench's in-process port of the shared extraction scorer must give the shared scorer's number.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../core/extract';
import { pageCounts, scoreExtraction, shared, zooPairs } from '../../scripts/extraction-score';
import { parseDocument } from '../../scripts/parse-document';

describe('the extraction score (scripts/extraction-score.ts)', () => {
  it('counts shingles as the shared scorer does', () => {
    expect(pageCounts('one two three four five', 'one two three four five')).toEqual([1, 0, 0]);
    expect(pageCounts('one two three four', 'five six seven eight')).toEqual([0, 0.5, 0.5]);
  });

  it('agrees with ../shared/eval/extraction.mjs on the zoo within 0.001', () => {
    const pairs = zooPairs();
    const texts = new Map(pairs.map((p) => [p.id, extractPageText(parseDocument(p.html)).body]));
    const ours = scoreExtraction(pairs, texts);
    const run = spawnSync('node', [join(shared, 'eval', 'extraction.mjs'), '--json'], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.status, run.stderr).toBe(0);
    const theirs = JSON.parse(run.stdout.trim().split('\n').pop()!) as { pages: number; f1: number };
    expect(ours.pages).toBe(theirs.pages);
    expect(Math.abs(ours.f1 - theirs.f1)).toBeLessThan(0.001);
  });
});
