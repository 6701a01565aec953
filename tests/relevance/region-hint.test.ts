// The page script asks a page for a word of our region before it extracts and sends it
// (core/region-hint.ts); a page with none is asked only whether its headline might name one of
// our articles (Matcher.headlineMayName). Those questions may only ever save work: on every page
// we have (the shared labelled pages, our held-out pages, both page zoos and the end-to-end
// fixtures), each page the matcher answers must pass them, so skipping the rest changes no answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matcher } from '../../core/bundled-library';
import { extractPageText, headlineOf, mayConcernOurRegion } from '../../core/extract';
import { parseDocument } from '../../scripts/parse-document';
import { textPageHtml } from '../../scripts/text-page';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');

function* corpus(): Generator<{ name: string; html: string }> {
  const jsonl = [
    ...readdirSync(join(shared, 'eval')).filter((f) => f.endsWith('.jsonl')).map((f) => join(shared, 'eval', f)),
    ...readdirSync(join(root, 'tests', 'fixtures')).filter((f) => f.startsWith('holdout')).map((f) => join(root, 'tests', 'fixtures', f)),
  ];
  for (const file of jsonl)
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const page = JSON.parse(line) as { id: string; html?: string; title?: string; text?: string };
      yield { name: `${file}:${page.id}`, html: page.html ?? textPageHtml(page.title ?? '', page.text ?? '') };
    }
  for (const dir of [join(shared, 'pages', 'readability'), join(shared, 'pages', 'trafilatura'), join(root, 'tests', 'e2e', 'pages')])
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) yield { name: join(dir, f), html: readFileSync(join(dir, f), 'utf8') };
}

describe('the page script\'s first questions: any word of our region, or a name in the headline?', () => {
  it('never turns away a page the matcher answers, and spares most of the rest', () => {
    const lost: string[] = [];
    let answered = 0;
    let pages = 0;
    let spared = 0;
    for (const { name, html } of corpus()) {
      const doc = parseDocument(html);
      const hint = mayConcernOurRegion(doc) || matcher.headlineMayName(headlineOf(doc));
      const suggestions = matcher.match(extractPageText(doc));
      pages++;
      if (suggestions.length) answered++;
      if (suggestions.length && !hint) lost.push(`${name}: ${suggestions.map((s) => s.id).join(', ')}`);
      if (!hint) spared++;
    }
    console.log(`${pages} pages: ${answered} answered by the matcher, ${spared} never extracted (no region word, no name in the headline)`);
    expect(pages).toBeGreaterThan(700);
    expect(answered).toBeGreaterThan(100);
    expect(lost).toEqual([]);
    // What it is for: most pages of the web are about something else and cost no walk at all.
    expect(spared / (pages - answered)).toBeGreaterThan(0.5);
  });
});
