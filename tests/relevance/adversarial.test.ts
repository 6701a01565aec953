// The adversarial negatives (tests/fixtures/adversarial.jsonl, from scripts/make-adversarial.ts):
// ordinary pages that use the words of every multi-word term of the index apart or in other
// senses (a hip-hop review beside a fractured coalition, a groin vault beside the strain on
// budgets). None is about the hip, groin or buttock, so every one must leave HipLens quiet.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const corpus = 'tests/fixtures/adversarial.jsonl';

describe(`relevance on ${corpus}`, () => {
  it('stays quiet on every page', () => {
    const run = spawnSync('node', [scorer, '--json', corpus], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const metrics = JSON.parse(run.stdout.trim().split('\n').pop()!);
    console.log(corpus, JSON.stringify(metrics));
    expect(metrics.quiet['far-negative'], 'far-negative').toBe(1);
  });
});
