// A plain text as a simple article page (title as <title> and <h1>, one paragraph per block), the
// way ../shared/eval/score.mjs renders its corpora: used by the CLI for .txt files and by the bench.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function textPageHtml(title: string, text: string): string {
  const body = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => `<p>${escape(b)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><article><h1>${escape(title)}</h1>\n${body}\n</article></main></body></html>`;
}
