// npm run bench:relevance: every relevance set scored by the shared scorer, as counts (n/N) with
// 95% Wilson score intervals, in the table the README quotes. Says which sets were tuned on.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { wilson } from '../core/wilson';

const root = resolve(import.meta.dirname, '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');

interface Group {
  pages: number;
  hit1: number;
  hit3: number;
  quiet: number;
  shown: number;
  good: number;
}

const SETS: [label: string, args: string[], tuned: string][] = [
  ['shared: MedQuAD, Brown Corpus, both page zoos', [], 'tuned on'],
  ['holdout.jsonl (ours)', ['tests/fixtures/holdout.jsonl'], 'tuned on'],
  ['holdout-2.jsonl (ours)', ['tests/fixtures/holdout-2.jsonl'], 'tuned on after its first scoring'],
  ['holdout-3.jsonl (ours)', ['tests/fixtures/holdout-3.jsonl'], 'tuned on after its first scoring'],
  ['lay-pages.jsonl (ours, lay language)', ['tests/fixtures/lay-pages.jsonl'], 'tuned on'],
  ['adversarial.jsonl (generated)', ['tests/fixtures/adversarial.jsonl'], 'generated; never fired'],
  ['blind.jsonl (ours, blind)', ['tests/fixtures/blind.jsonl'], 'never tuned on'],
];

const cell = (k: number, n: number) => {
  if (!n) return '-';
  const [lo, hi] = wilson(k, n);
  return `${k}/${n} (${(100 * k / n).toFixed(1)}%, ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)})`;
};

console.log('| set | hit@1 | hit@3 | precision | quiet on negatives | tuned |');
console.log('|---|---|---|---|---|---|');
for (const [label, args, tuned] of SETS) {
  const run = spawnSync('node', [scorer, '--json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    console.error(`${label}: the scorer failed\n${run.stderr}`);
    process.exit(1);
  }
  const { groups } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { groups: Record<string, Group> };
  const positive = groups.positive;
  const all = Object.values(groups);
  const negatives = Object.entries(groups).filter(([kind]) => kind === 'near-negative' || kind === 'far-negative').map(([, g]) => g);
  const shown = all.reduce((n, g) => n + g.shown, 0);
  const good = all.reduce((n, g) => n + g.good, 0);
  const quiet = negatives.reduce((n, g) => n + g.quiet, 0);
  const negativePages = negatives.reduce((n, g) => n + g.pages, 0);
  console.log(
    `| ${label} | ${positive ? cell(positive.hit1, positive.pages) : '-'} | ${positive ? cell(positive.hit3, positive.pages) : '-'} | ${cell(good, shown)} | ${cell(quiet, negativePages)} | ${tuned} |`,
  );
}
console.log('\nEach cell: count, share, and its 95% Wilson score interval.');
