// npm run --silent search -- "pain outside of hip"     prints the ranked titles, as the search box lists them
// npm run --silent search -- --jsonl IN.jsonl           reads lines {"id","query"}, prints one line
//   {"id","results":[article ids, best first],"uncovered":"knee"|null} per input line
// npm run --silent search -- --score [FILE.jsonl]       scores a labelled query set (default
//   tests/fixtures/search-queries.jsonl), as the relevance gate does; --misses lists the misses
// Every mode runs core/library-search.ts, the very code the sidebar and the popup run.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import library from '../data/generated/search-docs.json';
import { searchLibrary } from '../core/library-search';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE = join(root, 'tests', 'fixtures', 'search-queries.jsonl');

export interface LabelledQuery {
  id: string;
  query: string;
  relevant: string[];
  kind: string;
  uncovered?: string;
}

export interface QueryResult {
  id: string;
  results: string[];
  uncovered: string | null;
}

export function runQuery(id: string, query: string): QueryResult {
  const { ids, uncovered } = searchLibrary(query);
  return { id, results: ids, uncovered };
}

export interface Tally {
  n: number;
  top1: number;
  top3: number;
}

export interface Score {
  overall: Tally;
  kinds: Record<string, Tally>;
  misses: { id: string; query: string; relevant: string[]; results: string[]; uncovered: string | null; top1: boolean; top3: boolean }[];
  /** Milliseconds per query, median over the set. */
  medianMs: number;
}

export function readLabelled(file = FIXTURE): LabelledQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledQuery);
}

/**
 * Top-1: the first result is relevant. Top-3: every relevant article is among the first three.
 * A query about a region the library does not cover (kind "uncovered") hits both when the
 * search names that region.
 */
export function scoreQueries(lines: readonly LabelledQuery[]): Score {
  const overall: Tally = { n: 0, top1: 0, top3: 0 };
  const kinds: Record<string, Tally> = {};
  const misses: Score['misses'] = [];
  const times: number[] = [];
  for (const line of lines) {
    const start = performance.now();
    const result = runQuery(line.id, line.query);
    times.push(performance.now() - start);
    let top1: boolean;
    let top3: boolean;
    if (line.kind === 'uncovered') top1 = top3 = result.uncovered === (line.uncovered ?? null);
    else {
      top1 = line.relevant.includes(result.results[0] ?? '');
      const first3 = result.results.slice(0, 3);
      top3 = line.relevant.every((id) => first3.includes(id));
    }
    for (const tally of [overall, (kinds[line.kind] ??= { n: 0, top1: 0, top3: 0 })]) {
      tally.n++;
      tally.top1 += Number(top1);
      tally.top3 += Number(top3);
    }
    if (!top1 || !top3) misses.push({ id: line.id, query: line.query, relevant: line.relevant, results: result.results, uncovered: result.uncovered, top1, top3 });
  }
  times.sort((a, b) => a - b);
  return { overall, kinds, misses, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}

const pct = (k: number, n: number) => `${k}/${n} (${n ? ((100 * k) / n).toFixed(1) : '0.0'}%)`;

export function formatScore(score: Score): string {
  const rows = [['overall', score.overall] as const, ...Object.entries(score.kinds)];
  return rows.map(([kind, t]) => `${kind.padEnd(13)} top-1 ${pct(t.top1, t.n).padEnd(14)} top-3 ${pct(t.top3, t.n)}`).join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const jsonl = args.indexOf('--jsonl');
  if (jsonl >= 0) {
    const file = args[jsonl + 1];
    if (!file) throw new Error('--jsonl needs a file');
    const out: string[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, query } = JSON.parse(line) as { id: string; query: string };
      out.push(JSON.stringify(runQuery(id, String(query ?? ''))));
    }
    process.stdout.write(out.length ? out.join('\n') + '\n' : '');
    return;
  }
  const scoreAt = args.indexOf('--score');
  if (scoreAt >= 0) {
    const file = args[scoreAt + 1] && !args[scoreAt + 1]!.startsWith('--') ? args[scoreAt + 1] : FIXTURE;
    runQuery('warm-up', 'warm up');
    const score = scoreQueries(readLabelled(file));
    console.log(formatScore(score));
    console.log(`median ${score.medianMs.toFixed(3)} ms per query`);
    if (args.includes('--misses'))
      for (const m of score.misses)
        console.log(`${m.id} ${m.top1 ? '' : '[top-1] '}${m.top3 ? '' : '[top-3] '}"${m.query}" want ${m.relevant.join(', ') || '-'} got ${m.results.slice(0, 4).join(', ')}${m.uncovered ? ` uncovered=${m.uncovered}` : ''}`);
    return;
  }
  const query = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!query.trim()) {
    console.error('usage: npm run --silent search -- "QUERY" | --jsonl IN.jsonl | --score [FILE.jsonl] [--misses]');
    process.exit(2);
  }
  const titles = new Map((library as { id: string; title: string }[]).map((d) => [d.id, d.title]));
  const { ids, uncovered } = searchLibrary(query);
  if (uncovered) console.log(`(the library does not cover the ${uncovered})`);
  if (!ids.length) console.log('(nothing found)');
  ids.forEach((id, i) => console.log(`${i + 1}. ${titles.get(id) ?? id}  [${id}]`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
