// npm run related -- FILE.html|FILE.txt|URL      prints what the sidebar would show
//   add --explain to see the evidence for every article and the relevance gate's verdict
// npm run --silent related -- --jsonl IN.jsonl   the batch contract of ../shared/eval/score.mjs:
//   reads lines {"id","url","html"}, prints one line {"id","suggestions":[{"id","score"}]} per input line.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { matcher } from '../core/bundled-library';
import { cardsById } from '../core/cards';
import { suggestForDocument } from '../core/suggest';
import { parseDocument } from './parse-document';
import { textPageHtml } from './text-page';
import { answerBatch } from './related-batch';
import { explainPage } from '../core/match-explain';

const parse = parseDocument;

/** A text file: its first line is the title, the rest the body. */
function textToHtml(text: string): string {
  const [first = '', ...rest] = text.split(/\r?\n/);
  return textPageHtml(first, rest.join('\n'));
}

async function load(target: string): Promise<string> {
  if (/^https?:\/\//.test(target)) {
    const response = await fetch(target);
    if (!response.ok) throw new Error(`${target}: HTTP ${response.status}`);
    return response.text();
  }
  const text = readFileSync(target, 'utf8');
  return /\.html?$/i.test(target) ? text : textToHtml(text);
}

async function batch(file: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const answer = (html: string) => suggestForDocument(parse(html), matcher).suggestions.map(({ id, score }) => ({ id, score }));
  const status = await answerBatch(lines, answer, { out: (line) => process.stdout.write(line + '\n'), err: (line) => console.error(line) });
  if (status) process.exit(status);
}

async function single(target: string, explain: boolean): Promise<void> {
  const { page, suggestions } = suggestForDocument(parse(await load(target)), matcher);
  if (explain) console.log(explainPage(page, matcher.analyse(page)));
  console.log(`${page.title || '(untitled)'}: ${page.body.length} characters of text${page.truncated ? ' (truncated)' : ''}`);
  if (!suggestions.length) {
    console.log('No suggestions: HipLens stays quiet on this page.');
    return;
  }
  suggestions.forEach((s, i) => {
    console.log(`${i + 1}. ${cardsById.get(s.id)?.title ?? s.id}  [${s.id}]  score ${s.score.toFixed(3)}`);
    console.log(`   matched: ${s.reasons.join(', ')}`);
  });
}

const args = process.argv.slice(2);
const jsonl = args.indexOf('--jsonl');
if (jsonl >= 0 && args[jsonl + 1]) await batch(args[jsonl + 1]!);
else if (args.some((a) => !a.startsWith('--'))) await single(args.find((a) => !a.startsWith('--'))!, args.includes('--explain'));
else {
  console.error('usage: npm run related -- [--explain] FILE.html|FILE.txt|URL\n       npm run --silent related -- --jsonl IN.jsonl');
  process.exit(2);
}
