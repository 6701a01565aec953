// Saved HTML as a DOM for the command line and benches: linkedom, the same DOM walking the
// browser does for core/extract.ts.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
