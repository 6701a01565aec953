// Citations and exports of the collection, through citation-js (its BibTeX, RIS and CSL plugins;
// the CSL styles APA 7th edition, Vancouver and Cite Them Right Harvard it ships). Only the
// extension pages that export and cite import this module (hundreds of kilobytes): never the page
// script, never the background (tests/unit/bundle-boundaries.test.ts).
//
// Where citation-js 0.7 gets a format wrong, the data handed to it is prepared, never the output
// rewritten by hand:
// - BibTeX: its ASCII mode drops every character it has no TeX command for (Chinese, Cyrillic,
//   Greek titles come out empty), so the output is UTF-8 (as Zotero and Better BibTeX write it,
//   and biber reads it) with TeX's special characters escaped in the text fields beforehand,
//   which it does not do (a "%" would comment out the rest of a title).
// - RIS: its writer wraps values at 70 characters, which real RIS readers reject and which breaks
//   URLs; the entries it maps are written one tag a line instead, and a web page's site (which it
//   leaves out) goes in T2, as Zotero writes it.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { savedItemCsl } from './citation-items';
import type { SavedItem } from './collection';
import { cleanCslItem, type CslDate, type CslItem, type CslName } from './csl';
import { decodeEntities } from './entities';
import type { Article } from './library';

plugins.config.get('@bibtex').format.asciiOnly = false;

export type CitationStyle = 'apa' | 'vancouver' | 'harvard';
export const CITATION_STYLES: Record<CitationStyle, { label: string; template: string }> = {
  apa: { label: 'APA 7th edition', template: 'apa' },
  vancouver: { label: 'Vancouver', template: 'vancouver' },
  harvard: { label: 'Harvard (Cite Them Right)', template: 'harvard1' },
};

export type ExportFormat = 'bibtex' | 'ris' | 'csl-json' | 'markdown' | 'csv';
export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  bibtex: { label: 'BibTeX (BibLaTeX, UTF-8)', extension: 'bib', mime: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  markdown: { label: 'Markdown', extension: 'md', mime: 'text/markdown' },
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv' },
};

/** One work to export, with the reader's note and tags (exported as its annotation and keywords). */
export interface ExportEntry {
  csl: CslItem;
  note?: string;
  tags?: string[];
}

export function exportEntriesOf(items: readonly SavedItem[], articles: ReadonlyMap<string, Article>): ExportEntry[] {
  return items.map((item) => ({ csl: savedItemCsl(item, articles), note: item.note, tags: item.tags }));
}

/** The CSL items to export: valid CSL-JSON, unique ids, the note as `annote`, the tags as `keyword`. */
function exportCsl(entries: readonly ExportEntry[]): CslItem[] {
  const ids = new Set<string>();
  return entries.map(({ csl, note, tags }, n) => {
    const item = cleanCslItem({ ...csl }, `item-${n + 1}`) ?? { id: `item-${n + 1}`, type: 'document' };
    if (ids.has(item.id)) item.id = `${item.id}#${n + 1}`;
    ids.add(item.id);
    if (note?.trim()) item.annote = note.trim();
    if (tags?.length) item.keyword = tags.join(', ');
    return item;
  });
}

/** One item's citation in a style, as text to paste or as HTML (italics kept). */
export function citeItem(csl: CslItem, style: CitationStyle, format: 'text' | 'html' = 'text'): string {
  const out = new Cite([exportCsl([{ csl }])[0]]).format('bibliography', { template: CITATION_STYLES[style].template, format, lang: 'en-US' }).trim();
  // A numbered style numbers its list; one citation copied on its own has no place in one.
  return format === 'text' ? out.replace(/^\d+\.\s+/, '') : out;
}

export function exportEntries(entries: readonly ExportEntry[], format: ExportFormat, options: { style?: CitationStyle } = {}): string {
  const items = exportCsl(entries);
  switch (format) {
    case 'csl-json':
      return `${JSON.stringify(items, null, 2)}\n`;
    case 'bibtex':
      return new Cite(withCitationKeys(items).map(texEscaped)).format('biblatex');
    case 'ris':
      return ris(items);
    case 'markdown':
      return markdown(items, options.style ?? 'apa');
    case 'csv':
      return csv(items);
  }
}

// ---- BibTeX ----

// Fields BibLaTeX reads verbatim (or that are identifiers): no TeX escaping.
const VERBATIM = new Set(['id', 'type', 'citation-key', 'URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'language']);
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's default font encoding "<" and ">" print as "¡" and "¿".
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};
const tex = (text: string) => text.replace(/[\\{}&%$#_~^<>]/g, (c) => TEX[c]!);

function texEscaped(item: CslItem): CslItem {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(item)) {
    if (typeof value === 'string') out[field] = VERBATIM.has(field) ? value : tex(value);
    else if (Array.isArray(value)) out[field] = (value as CslName[]).map((name) => Object.fromEntries(Object.entries(name).map(([k, v]) => [k, tex(v as string)])));
    else out[field] = value;
  }
  return out as unknown as CslItem;
}

const ascii = (text: string) => text.normalize('NFKD').replace(/[^A-Za-z0-9\s]/g, '');
const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'der', 'die', 'das', 'le', 'la', 'les', 'el']);

/** BibTeX keys as people write them (Author2024Word), in ASCII, each once. */
function withCitationKeys(items: CslItem[]): CslItem[] {
  const used = new Set<string>();
  return items.map((item) => {
    const first = item.author?.[0] ?? item.editor?.[0];
    const who = ascii(first?.family ?? first?.literal ?? '').split(/\s+/).find(Boolean) ?? '';
    const word = ascii(item.title ?? '').split(/\s+/).find((w) => w && !STOP.has(w.toLowerCase())) ?? '';
    const year = item.issued?.['date-parts']?.[0]?.[0] ?? '';
    const made = `${who}${year}${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    // A key starts with a letter; "item" stands in for a name or title in another script.
    const base = /^[A-Za-z]/.test(made) ? made : `item${made}`;
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    used.add(key);
    return { ...item, 'citation-key': key };
  });
}

// ---- RIS ----

function ris(items: CslItem[]): string {
  // RIS keeps at most 20 characters of an ID, so URLs would collide: a number each.
  const entries = new Cite(items.map((item, n) => ({ ...item, id: String(n + 1) }))).format('ris', { format: 'object' });
  return entries
    .map((entry, n) => {
      const { 'container-title': container, annote } = items[n]!;
      if (container && !['T2', 'JO', 'JF', 'BT', 'T3'].some((tag) => tag in entry)) entry.T2 = container;
      // The reader's note is a note (N1), which citation-js does not map from CSL's annote.
      if (annote) entry.N1 = [...([] as string[]).concat(entry.N1 ?? []), annote];
      const lines = [`TY  - ${entry.TY}`];
      // The year (PY) before the full date (DA): readers that take the last of the two keep the day.
      const tags = Object.keys(entry).filter((tag) => tag !== 'TY').sort((a, b) => Number(b === 'PY') - Number(a === 'PY'));
      for (const tag of tags) for (const v of ([] as string[]).concat(entry[tag]!)) if (String(v).trim()) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ').trim()}`);
      return [...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

// ---- Markdown ----

/**
 * Text as Markdown shows it: the characters Markdown reads as markup escaped (entities too, and a
 * list or heading marker starting a line), and addresses as <autolinks>, which need no escaping.
 */
const markdownText = (text: string) =>
  text
    .split(/(https?:\/\/\S+)/)
    .map((part, n) =>
      n % 2
        ? autolink(part)
        : part
            .replace(/[\\`*_[\]<>~|]/g, '\\$&')
            .replace(/&(?=#?\w+;)/g, '&amp;')
            .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('');

/** An address in running text as an autolink; the punctuation after it (and an unmatched ")") stays text. */
function autolink(url: string): string {
  let end = url.length;
  while (end > 0 && (/[.,;:!?'"]/.test(url[end - 1]!) || (url[end - 1] === ')' && url.slice(0, end).split('(').length <= url.slice(0, end).split(')').length - 1))) end--;
  return `<${url.slice(0, end).replace(/</g, '%3C').replace(/>/g, '%3E')}>${markdownText(url.slice(end))}`;
}

/** citation-js's HTML for one entry as Markdown: its italics and bold kept, everything else text. */
function htmlToMarkdown(html: string): string {
  return html
    .replace(/<div class="csl-left-margin">.*?<\/div>/g, '')
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (!part.startsWith('<')) return markdownText(decodeEntities(part));
      if (/^<\/?i>$/.test(part)) return '*';
      if (/^<\/?b>$/.test(part)) return '**';
      return '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function markdown(items: CslItem[], style: CitationStyle): string {
  const entries = new Cite(items).format('bibliography', { template: CITATION_STYLES[style].template, format: 'html', lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  const byId = new Map(items.map((item) => [item.id, item]));
  const lines = ['# HipLens collection', '', `${items.length} ${items.length === 1 ? 'item' : 'items'}, cited in ${CITATION_STYLES[style].label}.`, ''];
  // In the order the style sorts its list.
  for (const [id, html] of entries) {
    const item = byId.get(id);
    lines.push(`- ${htmlToMarkdown(html)}`);
    if (item?.annote) lines.push(`  - Note: ${item.annote.split(/\r?\n/).map(markdownText).join('\n    ')}`);
    if (item?.keyword) lines.push(`  - Tags: ${markdownText(item.keyword)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---- CSV ----

const nameText = (name: CslName) => name.literal ?? [name['non-dropping-particle'], name.family].filter(Boolean).join(' ') + (name.given ? `, ${name.given}` : '') + (name.suffix ? `, ${name.suffix}` : '');
const dateText = (date: CslDate | undefined) => date?.['date-parts']?.[0]?.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-') ?? date?.literal ?? date?.raw ?? '';

const CSV_COLUMNS: [string, (item: CslItem) => string][] = [
  ['Type', (i) => i.type],
  ['Title', (i) => i.title ?? ''],
  ['Authors', (i) => (i.author ?? []).map(nameText).join('; ')],
  ['Container', (i) => i['container-title'] ?? ''],
  ['Publisher', (i) => i.publisher ?? ''],
  ['Date', (i) => dateText(i.issued)],
  ['Volume', (i) => i.volume ?? ''],
  ['Issue', (i) => i.issue ?? ''],
  ['Pages', (i) => i.page ?? ''],
  ['DOI', (i) => i.DOI ?? ''],
  ['URL', (i) => i.URL ?? ''],
  ['Language', (i) => i.language ?? ''],
  ['Accessed', (i) => dateText(i.accessed)],
  ['Abstract', (i) => i.abstract ?? ''],
  ['Note', (i) => i.annote ?? ''],
  ['Tags', (i) => i.keyword ?? ''],
  ['Citation (APA 7th edition)', (i) => citeItem(i, 'apa')],
];

/**
 * RFC 4180: every field quoted, quotes doubled, CRLF between records. A field that a spreadsheet
 * would run as a formula (=, +, -, @ first: a page can choose its own title) starts with an
 * apostrophe, as OWASP advises. A byte order mark first, so spreadsheets read it as UTF-8.
 */
function csv(items: CslItem[]): string {
  const field = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
  const rows = [CSV_COLUMNS.map(([name]) => field(name)), ...items.map((item) => CSV_COLUMNS.map(([, read]) => field(read(item))))];
  return `\ufeff${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
