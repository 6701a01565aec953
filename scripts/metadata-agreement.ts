// npm run bench:metadata [-- --verbose]
//   How often the metadata HipLens saves for a page (core/page-metadata.ts, the very code the page
//   script runs) agrees with the reference metadata of the 130 zoo pages
//   (../shared/pages/readability-expected/NAME.metadata.json, from mozilla/readability's test suite).
//
// Agreement, per field, counted over the pages whose reference value is present and not null:
//   title, siteName, excerpt   equal after Unicode (NFKC) and case folding, typographic quotes and
//                              dashes made plain, and whitespace squashed;
//   lang                       equal language tags, case-insensitive ("en-US" = "en-us");
//   publishedTime              the same calendar day as written (2018-04-05T06:00 = 2018-04-05);
//   byline                     the same names: the name words (letters only, "by" and "and" left out)
//                              of one are all among the other's, so "By Erin Cunningham" = "Erin
//                              Cunningham", and a reference that also caught a date still agrees.
// Our excerpt is the page's declared description only; the reference falls back to the first
// paragraph of the content, which HipLens does not save as a description.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readPageMetadata, type PageMetadata } from '../core/page-metadata';
import { parseDocument } from './parse-document';

export const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldAgreement {
  /** Pages whose reference value is present. */
  counted: number;
  agreed: number;
  /** Pages where we disagree: the reference value, then ours. */
  misses: { page: string; expected: string; ours: string }[];
}

const ZOO = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'pages');

function plain(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOT_NAMES = new Set(['by', 'and', 'par', 'por', 'von', 'written', 'edited']);
function nameWords(text: string): Set<string> {
  return new Set((plain(text).match(/\p{L}+/gu) ?? []).filter((w) => !NOT_NAMES.has(w)));
}
const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

function day(text: string): string {
  const iso = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? plain(text) : new Date(parsed).toISOString().slice(0, 10);
}

export function agrees(field: Field, expected: string, ours: string): boolean {
  if (!ours) return false;
  switch (field) {
    case 'byline': {
      const [e, o] = [nameWords(expected), nameWords(ours)];
      return within(o, e) || within(e, o);
    }
    case 'publishedTime':
      return day(expected) === day(ours);
    case 'lang':
      return expected.toLowerCase() === ours.toLowerCase();
    default:
      return plain(expected) === plain(ours);
  }
}

export function ourValue(field: Field, meta: PageMetadata): string {
  switch (field) {
    case 'byline':
      return meta.authors.map((a) => a.name).join(', ');
    case 'publishedTime':
      return meta.published;
    case 'excerpt':
      return meta.description;
    default:
      return meta[field];
  }
}

export function measureAgreement(zoo = ZOO): { pages: number; fields: Record<Field, FieldAgreement> } {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { counted: 0, agreed: 0, misses: [] }])) as unknown as Record<Field, FieldAgreement>;
  const names = readdirSync(join(zoo, 'readability'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
  for (const page of names) {
    const expected = JSON.parse(readFileSync(join(zoo, 'readability-expected', `${page}.metadata.json`), 'utf8')) as Record<string, unknown>;
    const meta = readPageMetadata(parseDocument(readFileSync(join(zoo, 'readability', `${page}.html`), 'utf8')), `https://example.org/${page}`);
    for (const field of FIELDS) {
      const want = expected[field];
      if (typeof want !== 'string' || !want.trim()) continue;
      const ours = ourValue(field, meta);
      const result = fields[field];
      result.counted++;
      if (agrees(field, want, ours)) result.agreed++;
      else result.misses.push({ page, expected: want, ours });
    }
  }
  return { pages: names.length, fields };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const verbose = process.argv.includes('--verbose');
  const { pages, fields } = measureAgreement();
  console.log(`metadata agreement on ${pages} zoo pages (counted where the reference has a value)`);
  for (const field of FIELDS) {
    const { counted, agreed, misses } = fields[field];
    const none = misses.filter((m) => !m.ours).length;
    console.log(`${field.padEnd(14)} ${((100 * agreed) / counted).toFixed(1).padStart(5)}%  ${agreed}/${counted}${none ? `  (${none} of the ${misses.length} misses: HipLens found none)` : ''}`);
    if (verbose) for (const m of misses) console.log(`    ${m.page}: expected ${JSON.stringify(m.expected.slice(0, 90))}, ours ${JSON.stringify(m.ours.slice(0, 90))}`);
  }
}
