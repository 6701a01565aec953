import { parseHTML } from 'linkedom';

/** A DOM Document parsed in Node, as the command line parses pages. */
export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A simple article page: a title, headings and paragraphs. */
export function articlePage(title: string, ...paragraphs: string[]): Document {
  const body = paragraphs.map((p) => (p.startsWith('## ') ? `<h2>${p.slice(3)}</h2>` : `<p>${p}</p>`)).join('');
  return documentOf(`<!doctype html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`);
}
