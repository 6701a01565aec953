// Citations of the library's sources: a plain reference line for the reader and the handout, and
// CSL-JSON (the Citation Style Language's data format) for reference managers and exports. No web
// address is built here: the extension ships none, so a DOI stays text the reader can copy.
import type { Source } from './library';

/** A reference line in the Vancouver style medical journals use (identifiers last, unless left out). */
export function formatCitation(s: Source, { identifiers = true }: { identifiers?: boolean } = {}): string {
  const parts: string[] = [];
  const who = s.authors?.length ? `${s.authors.join(', ')}${s.etAl ? ', et al' : ''}` : s.issuer;
  if (who) parts.push(`${who}.`);
  parts.push(`${s.title}${/[.?!]$/.test(s.title) ? '' : '.'}`);
  if (s.type === 'article') {
    let where = s.container ?? '';
    if (s.year) where += `. ${s.year}`;
    if (s.volume) where += `;${s.volume}${s.issue ? `(${s.issue})` : ''}`;
    if (s.pages) where += `:${s.pages.replace('-', '–')}`;
    parts.push(`${where}.`);
  } else {
    if (s.number) parts.push(`${s.number}.`);
    if (s.edition) parts.push(`${s.edition} edition.`);
    const publisher = s.publisher ?? (s.authors?.length ? s.issuer : undefined);
    if (publisher) parts.push(`${publisher}${s.year ? ';' : '.'}`);
    if (s.year) parts.push(`${s.year}.`);
    if (s.accessed) parts.push(`Accessed ${s.accessed}.`);
  }
  if (identifiers && s.doi) parts.push(`doi:${s.doi}.`);
  if (s.pmid) parts.push(`PMID: ${s.pmid}.`);
  return parts.join(' ');
}

/** A source in a few words, for a handout's source line: "Weir A et al 2015", "NICE NG226 2022". */
export function shortSource(s: Source): string {
  // "National Institute for Health and Care Excellence (NICE), Clinical Knowledge Summaries" -> "NICE, Clinical Knowledge Summaries".
  const body = s.issuer?.replace(/[^(),]+\(([^()]+)\)/g, '$1').trim();
  const who = s.authors?.length ? `${s.authors[0]}${s.authors.length > 1 || s.etAl ? ' et al' : ''}` : (body ?? s.title);
  const year = s.year ?? s.accessed?.slice(0, 4);
  return [who, s.number, year].filter(Boolean).join(' ');
}

/** The one line of sources a handout and "Copy for patient" give instead of the whole list. */
export function sourceLine(sources: readonly Source[]): string {
  return `Sources: ${sources.map(shortSource).join('; ')}.`;
}

type CslName = { family: string; given?: string } | { literal: string };

/** "van der Horst N" -> { family: "van der Horst", given: "N" }; a body's name stays whole. */
function cslName(name: string): CslName {
  const m = /^(.*\S)\s+([A-Z][A-Z-]*)$/.exec(name.trim());
  return m ? { family: m[1]!, given: m[2]! } : { literal: name };
}

const CSL_TYPE: Record<Source['type'], string> = { article: 'article-journal', guideline: 'report', book: 'book', webpage: 'webpage' };

/** One CSL-JSON item (the Citation Style Language's data format) for a source. */
export function toCsl(s: Source, id: string): Record<string, unknown> {
  const item: Record<string, unknown> = { id, type: CSL_TYPE[s.type], title: s.title };
  if (s.authors?.length) item.author = s.authors.map(cslName);
  else if (s.issuer) item.author = [{ literal: s.issuer }];
  if (s.issuer && s.authors?.length) item.publisher = s.issuer;
  if (s.container) item['container-title'] = s.container;
  if (s.number) item.number = s.number;
  if (s.publisher) item.publisher = s.publisher;
  if (s.type === 'guideline' && !item.publisher && s.issuer) item.publisher = s.issuer;
  if (s.edition) item.edition = s.edition;
  if (s.volume) item.volume = s.volume;
  if (s.issue) item.issue = s.issue;
  if (s.pages) item.page = s.pages;
  if (s.year) item.issued = { 'date-parts': [[s.year]] };
  if (s.accessed) item.accessed = { 'date-parts': [s.accessed.split('-').map(Number)] };
  if (s.doi) item.DOI = s.doi;
  if (s.pmid) item.PMID = s.pmid;
  return item;
}
