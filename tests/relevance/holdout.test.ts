// Our own held-out pages (tests/fixtures/holdout.jsonl): realistic forum posts, clinic blogs,
// sports news and traps, written independently of the engine and labelled like the shared set.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');

describe('relevance on our held-out pages', () => {
  it('finds the topic and stays quiet on traps', () => {
    const run = spawnSync('node', [scorer, '--json', 'tests/fixtures/holdout.jsonl'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const metrics = JSON.parse(run.stdout.trim().split('\n').pop()!);
    console.log(JSON.stringify(metrics));
    expect(metrics.hit1).toBeGreaterThanOrEqual(0.85);
    expect(metrics.hit3).toBeGreaterThanOrEqual(0.95);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.88);
    for (const kind of ['near-negative', 'far-negative']) expect(metrics.quiet[kind], kind).toBe(1);
  });
});
