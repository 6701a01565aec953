// The main-text measure of ../shared/eval/extraction.mjs, as a module the bench and the tests can
// call in-process: word 4-gram shingles of the expected and the extracted text, true/false
// positives and negatives normalised per page (every page weighs the same), precision and recall
// averaged over pages, F1 from those. Kept line for line with the shared scorer
// (tests/unit/extraction-score.test.ts checks that both give the same number on the zoo).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const shared = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The expected content's text, as the shared scorer reads the expected HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1)) : (entities[e.toLowerCase()] ?? m),
    );
}

const tokens = (t: string) => t.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const w = tokens(text);
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, w.length - 3); i++) {
    const k = w.slice(i, i + 4).join(' ');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** A page's true positives, false positives and false negatives, as shares of their sum. */
export function pageCounts(truth: string, predicted: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(k) ?? 0;
    const p = b.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp! / (tp! + fp!));
const recallOf = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp! / (tp! + fn!));
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / (a.length || 1);

export interface ExtractionScore {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  rows: { id: string; precision: number; recall: number }[];
}

/** Scores extracted texts against the expected ones (same ids), as the shared scorer does. */
export function scoreExtraction(pairs: { id: string; expected: string }[], texts: Map<string, string>): ExtractionScore {
  const rows = pairs.map((p) => {
    const counts = pageCounts(p.expected, texts.get(p.id) ?? '');
    return { id: p.id, counts, precision: precisionOf(counts), recall: recallOf(counts) };
  });
  const P = mean(rows.filter((r) => r.counts[0] + r.counts[1] > 0).map((r) => r.precision));
  const R = mean(rows.filter((r) => r.counts[0] + r.counts[2] > 0).map((r) => r.recall));
  return { pages: rows.length, f1: (2 * P * R) / (P + R), precision: P, recall: R, rows: rows.map(({ id, precision, recall }) => ({ id, precision, recall })) };
}

/** The zoo: the saved pages that have an expected content, with that content as text. */
export function zooPairs(): { id: string; html: string; expected: string }[] {
  const zoo = join(shared, 'pages', 'readability');
  const expected = join(shared, 'pages', 'readability-expected');
  return readdirSync(zoo)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((f) => {
      const id = f.replace(/\.html$/, '');
      const exp = join(expected, `${id}.expected.html`);
      if (!existsSync(exp)) return [];
      return [{ id, html: readFileSync(join(zoo, f), 'utf8'), expected: htmlToText(readFileSync(exp, 'utf8')) }];
    });
}
