// Blind evaluation set: tests/fixtures/blind.jsonl was written blind, by a separate author who
// never saw the engine, the article library or any score, and it is never tuned on: it is scored
// once as written. Pages are clinic leaflets, abstracts, news, blogs, forum threads and traps
// (near- and far-negatives), labelled like the shared set.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');

describe.each(['tests/fixtures/blind.jsonl'])('relevance on %s', (corpus) => {
  it('finds the topic and stays quiet on negatives and traps', () => {
    const run = spawnSync('node', [scorer, '--json', corpus], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const metrics = JSON.parse(run.stdout.trim().split('\n').pop()!);
    console.log(corpus, JSON.stringify(metrics));
    expect(metrics.hit1).toBeGreaterThanOrEqual(0.85);
    expect(metrics.hit3).toBeGreaterThanOrEqual(0.92);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.88);
    for (const kind of ['near-negative', 'far-negative']) expect(metrics.quiet[kind], kind).toBe(1);
  });
});
