// Runs the shared relevance scorer (../shared/eval/score.mjs) on a corpus, or on its default
// corpora, and returns its metrics: what every relevance gate reads.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const root = resolve(__dirname, '..', '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');

export interface Metrics {
  pages: number;
  hit1: number;
  hit3: number;
  precision: number;
  quiet: Record<string, number>;
}

export function score(corpus?: string): Metrics {
  expect(existsSync(scorer), `${scorer} is missing: the shared folder must sit beside the repository`).toBe(true);
  const run = spawnSync('node', [scorer, '--json', ...(corpus ? [corpus] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBe(0);
  const metrics = JSON.parse(run.stdout.trim().split('\n').pop()!) as Metrics;
  console.log(corpus ?? 'shared corpora', JSON.stringify(metrics));
  return metrics;
}
