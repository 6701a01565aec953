// npm run common-words: writes compiler/common-words.json, the common English words the library
// compiler will not take as a one-word alias or keyword unless the article marks it `needsRegion`
// ("red" would otherwise name an article on every page that says "a red, swollen hip").
// Counted over ../shared/eval/brown.jsonl (the Brown Corpus: 500 texts, about a million words of
// edited American English in 15 genres): a word is common if it occurs at least COMMON_COUNT times.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commonWordsOf } from '../compiler/common-words';

const root = resolve(import.meta.dirname, '..');
const brown = readFileSync(resolve(root, '..', 'shared', 'eval', 'brown.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const words = commonWordsOf(brown);
writeFileSync(resolve(root, 'compiler', 'common-words.json'), JSON.stringify(words) + '\n');
console.log(`compiler/common-words.json: ${words.length} common words from ${brown.length} Brown texts`);
