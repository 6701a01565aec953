// npm run --silent extract -- --jsonl IN.jsonl
//   the contract of ../shared/eval/extraction.mjs: reads lines {"id","url","html"} and prints one
//   line {"id","title","text","meta"} per input line, in order, where `text` is the page's main
//   content exactly as the relevance engine reads it (the very extraction code the page script
//   runs) and `meta` the CSL-JSON item HipLens would save for the page (core/page-metadata.ts and
//   core/page-csl.ts, the very code the extension runs; accessed today).
// npm run --silent extract -- FILE.html    the same for one saved page, as plain text.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractPageText } from '../core/extract';
import { toCslItem } from '../core/page-csl';
import { readPageMetadata } from '../core/page-metadata';
import { parseDocument } from './parse-document';

async function batch(file: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { id, url, html } = JSON.parse(line) as { id: string; url?: string; html: string };
    let page;
    let meta;
    try {
      const doc = parseDocument(html);
      page = extractPageText(doc);
      meta = toCslItem(readPageMetadata(doc, url ?? ''), new Date());
    } catch (error) {
      // A crash is never an empty answer: the scorer must see it.
      console.error(`extract: page ${id} failed: ${(error as Error).stack ?? error}`);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify({ id, title: page.title, text: page.body, meta }) + '\n');
  }
}

const args = process.argv.slice(2);
if (args[0] === '--jsonl' && args[1]) await batch(args[1]);
else if (args[0]) {
  const page = extractPageText(parseDocument(readFileSync(args[0], 'utf8')));
  process.stdout.write(`${page.title}\n\n${page.body}\n`);
} else {
  console.error('usage: npm run --silent extract -- --jsonl IN.jsonl | FILE.html');
  process.exit(2);
}
