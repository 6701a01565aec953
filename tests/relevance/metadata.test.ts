// The saved-page metadata gate: what core/page-metadata.ts reads from the 130 zoo pages agrees
// with their reference metadata (../shared/pages/readability-expected/*.metadata.json) at least as
// often as the README promises. Counts, not timings; agreement is defined in
// scripts/metadata-agreement.ts (also `npm run bench:metadata`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCslItem } from '../../core/page-csl';
import { readPageMetadata } from '../../core/page-metadata';
import { parseDocument } from '../../scripts/parse-document';
import { FIELDS, measureAgreement, type FieldAgreement } from '../../scripts/metadata-agreement';

const GATES = { title: 0.95, lang: 0.95, byline: 0.9, publishedTime: 0.9 } as const;
const pages = resolve(__dirname, '..', '..', '..', 'shared', 'pages');

describe('saved-page metadata on the page zoo', () => {
  const { pages: count, fields } = measureAgreement();
  const rate = (f: FieldAgreement) => f.agreed / f.counted;

  it('measures every zoo page', () => {
    expect(count).toBe(130);
    console.log(FIELDS.map((f) => `${f} ${(100 * rate(fields[f])).toFixed(1)}% (${fields[f].agreed}/${fields[f].counted})`).join(', '));
    // The reference has a title for nearly every page, a byline for most, a date for some.
    expect(fields.title.counted).toBeGreaterThan(120);
    expect(fields.byline.counted).toBeGreaterThan(70);
    expect(fields.publishedTime.counted).toBeGreaterThan(30);
    expect(fields.lang.counted).toBeGreaterThan(70);
  });

  for (const [field, gate] of Object.entries(GATES) as [keyof typeof GATES, number][])
    it(`agrees on ${field} for at least ${gate * 100}% of the pages that have one`, () => {
      const f = fields[field];
      expect(rate(f), f.misses.map((m) => `${m.page}: ${JSON.stringify(m.expected)} vs ${JSON.stringify(m.ours)}`).join('\n')).toBeGreaterThanOrEqual(gate);
    });

  it('never throws on any shared page, and always makes a CSL item with a title', () => {
    for (const dir of ['readability', 'trafilatura'])
      for (const file of readdirSync(join(pages, dir)).filter((f) => f.endsWith('.html'))) {
        const meta = readPageMetadata(parseDocument(readFileSync(join(pages, dir, file), 'utf8')), `https://example.org/${file}`);
        const item = toCslItem(meta, new Date());
        expect(item.title, file).toBeTruthy();
      }
  });
});
