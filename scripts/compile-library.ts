// Compiles data/articles/*.md, with the shared warning signs of data/red-flags.yaml and the shared
// sources of data/sources.yaml, into data/generated/: the validated library, the cards the content
// script ships, the search documents (with each body's word bag) and the matcher's prepared index.
// Exits non-zero, naming the file and field, when an article is invalid.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LibraryError, compileLibrary, indexSourceOf, parseConditions, parseSigns, parseSourceCatalogue } from '../compiler/library-compiler';
import { toCard, toSearchDoc } from '../core/library';
import { buildMatchIndex } from '../compiler/match-index-builder';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --articles DIR and --out DIR exist for the tests, which prove that a bad file stops the build.
const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const articlesDir = option('--articles', join(root, 'data', 'articles'));
const outDir = option('--out', join(root, 'data', 'generated'));

/** Markdown in the articles folder that is for editors, not an article. */
const EDITORS_NOTES = new Set(['README.md', 'REVIEW.md', 'REVIEW-2.md']);

export function compileFromDisk() {
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md') && !EDITORS_NOTES.has(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(articlesDir, name), 'utf8') }));
  const conditions = parseConditions(readFileSync(join(root, 'data', 'conditions.tsv'), 'utf8'));
  const signs = parseSigns(readFileSync(join(root, 'data', 'red-flags.yaml'), 'utf8'));
  const catalogue = parseSourceCatalogue(readFileSync(join(root, 'data', 'sources.yaml'), 'utf8'));
  return compileLibrary(files, conditions, signs, catalogue);
}

function main() {
  let articles;
  try {
    articles = compileFromDisk();
  } catch (error) {
    if (error instanceof LibraryError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(outDir, name), JSON.stringify(data));
  write('library.json', articles);
  write('cards.json', articles.map(toCard));
  const searchDocs = articles.map(toSearchDoc);
  write('search-docs.json', searchDocs);
  write('match-index.json', buildMatchIndex(articles.map(indexSourceOf)));
  if (!process.argv.includes('--quiet')) console.log(`library: ${articles.length} articles compiled into data/generated/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
