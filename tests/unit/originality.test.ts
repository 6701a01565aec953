// Our articles are our own prose: no run of ten words may be shared with any page we were given
// (the labelled health pages and the page zoo). Catches copying, not shared medical terms.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../compiler/library-compiler';
import { compileFromDisk } from '../../scripts/compile-library';

const SHINGLE = 10;
const shared = resolve(__dirname, '..', '..', '..', 'shared');
const words = (text: string) => text.toLowerCase().replace(/<[^>]*>/g, ' ').match(/[a-z0-9']+/g) ?? [];

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

describe('originality', () => {
  it(`shares no run of ${SHINGLE} words with the pages we were given`, () => {
    const given = new Set<string>();
    for (const line of readFileSync(join(shared, 'eval', 'medquad.jsonl'), 'utf8').split('\n').filter(Boolean))
      for (const s of shingles((JSON.parse(line) as { text: string }).text)) given.add(s);
    const zoo = join(shared, 'pages', 'readability');
    for (const file of readdirSync(zoo)) for (const s of shingles(readFileSync(join(zoo, file), 'utf8'))) given.add(s);
    expect(given.size).toBeGreaterThan(100_000);

    const copied: string[] = [];
    for (const article of compileFromDisk()) {
      const prose = [article.summary, ...article.symptoms, ...article.causes, ...article.whatHelps, ...article.redFlags.map((f) => f.text), article.seeAProfessional, blocksText(article.body)].join('\n');
      for (const s of shingles(prose)) if (given.has(s)) copied.push(`${article.id}: "${s}"`);
    }
    expect(copied).toEqual([]);
  });
});
