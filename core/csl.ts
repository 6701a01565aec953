// CSL-JSON, the data model of the Citation Style Language (what Zotero, Mendeley, pandoc and
// citation-js exchange): the shape of a saved item's bibliographic data, and a repair that keeps
// only well-formed fields, so whatever a page, an import or an old version stored is always valid
// against the CSL-JSON schema (../shared/spec/csl/csl-data.json). Pure and small: the collection's
// message check runs it, and no citation library is needed for it.

export interface CslName {
  family?: string;
  given?: string;
  /** An organisation, or a name that must not be split ("NHS England", "肖春芳"). */
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export interface CslDate {
  /** [[year, month?, day?]], and a second such list for a range. */
  'date-parts'?: (number | string)[][];
  literal?: string;
  raw?: string;
  circa?: boolean | string | number;
  season?: string | number;
}

/** The CSL-JSON fields HipLens keeps; any other field of an imported item is left out. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  'title-short'?: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  'container-author'?: CslName[];
  'collection-editor'?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  'collection-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  'original-date'?: CslDate;
  'event-date'?: CslDate;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  ISSN?: string;
  PMID?: string;
  PMCID?: string;
  language?: string;
  abstract?: string;
  note?: string;
  /** The reader's own note on the work. */
  annote?: string;
  volume?: string;
  issue?: string;
  page?: string;
  edition?: string;
  number?: string;
  'number-of-pages'?: string;
  'chapter-number'?: string;
  genre?: string;
  medium?: string;
  source?: string;
  archive?: string;
  'archive_location'?: string;
  'event-title'?: string;
  'event-place'?: string;
  section?: string;
  version?: string;
  status?: string;
  keyword?: string;
  'citation-key'?: string;
}

// Every type the CSL 1.0.2 schema allows; an item of another type is read as a "document". (Plain
// strings at the top level, so a bundle that does not use them drops them.)
const CSL_TYPES =
  ' article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document ' +
  'entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case legislation manuscript map ' +
  'motion_picture musical_score pamphlet paper-conference patent performance periodical personal_communication post ' +
  'post-weblog regulation report review review-book software song speech standard thesis treaty webpage ';

export function isCslType(type: unknown): type is string {
  return typeof type === 'string' && /^[a-z_-]+$/.test(type) && CSL_TYPES.includes(` ${type} `);
}

const NAME_FIELDS = ['author', 'editor', 'translator', 'container-author', 'collection-editor'] as const;
const DATE_FIELDS = ['issued', 'accessed', 'original-date', 'event-date'] as const;
// Text fields; the numeric ones (volume, issue, page…) may arrive as numbers and are kept as text.
const TEXT_FIELDS =
  'title title-short container-title container-title-short collection-title publisher publisher-place URL DOI ISBN ISSN ' +
  'PMID PMCID language abstract note annote volume issue page edition number number-of-pages chapter-number genre medium source ' +
  'archive archive_location event-title event-place section version status keyword citation-key';
const NAME_PARTS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const;

/** The most text one field may hold: an abstract fits, a pasted book does not. */
export const MAX_FIELD = 20_000;
const MAX_NAMES = 500;

function text(value: unknown): string | undefined {
  const t = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  return t ? t.slice(0, MAX_FIELD) : undefined;
}

function name(value: unknown): CslName | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const out: CslName = {};
  for (const part of NAME_PARTS) {
    const t = text(raw[part]);
    if (t) out[part] = t;
  }
  return out.family || out.literal || out.given ? out : undefined;
}

function date(value: unknown): CslDate | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const out: CslDate = {};
  const parts = Array.isArray(raw['date-parts']) ? raw['date-parts'].slice(0, 2) : [];
  const lists = parts
    .map((list) => (Array.isArray(list) ? list.slice(0, 3).filter((p) => (typeof p === 'number' && Number.isInteger(p)) || (typeof p === 'string' && /^-?\d+$/.test(p))) : []))
    .filter((list) => list.length);
  if (lists.length) out['date-parts'] = lists.map((list) => list.map(Number));
  for (const key of ['literal', 'raw', 'season'] as const) {
    const t = text(raw[key]);
    if (t) out[key] = t;
  }
  if (raw.circa === true) out.circa = true;
  return out['date-parts'] || out.literal || out.raw ? out : undefined;
}

/** Web and file addresses, and the urn: HipLens keys a work without one by; no script or data address. */
export function isSafeAddress(url: string): boolean {
  return /^(https?|ftp|file|urn):/i.test(url.trim());
}

/** A CSL-JSON item repaired: known fields of the right shape only, or undefined if it is not an item at all. */
export function cleanCslItem(value: unknown, fallbackId = ''): CslItem | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const id = text(raw.id) ?? fallbackId;
  if (!id) return undefined;
  const item: CslItem = { id, type: isCslType(raw.type) ? raw.type : 'document' };
  for (const field of TEXT_FIELDS.split(' ')) {
    const t = text(raw[field]);
    if (t) (item as unknown as Record<string, string>)[field] = t;
  }
  // An address a link may open: never javascript:, data: or the like from an imported file.
  if (item.URL && !isSafeAddress(item.URL)) delete item.URL;
  // A DOI without its resolver ("https://doi.org/", "doi:"), and only if it is one.
  const doi = item.DOI?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (doi && /^10\.\d{4,9}\/\S+$/.test(doi)) item.DOI = doi;
  else delete item.DOI;
  for (const field of NAME_FIELDS) {
    const names = Array.isArray(raw[field]) ? (raw[field] as unknown[]).slice(0, MAX_NAMES).map(name).filter((n): n is CslName => !!n) : [];
    if (names.length) item[field] = names;
  }
  for (const field of DATE_FIELDS) {
    const d = date(raw[field]);
    if (d) item[field] = d;
  }
  return item;
}

/** The calendar day of a declared date ("2018-04-05T06:00", "2020/03/05", "5 March 2020") as CSL date parts. */
export function cslDate(declared: string): CslDate | undefined {
  const iso = declared.match(/^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2] ?? 0), Number(iso[3] ?? 0)];
    const parts = month >= 1 && month <= 12 ? (day >= 1 && day <= 31 ? [year, month, day] : [year, month]) : [year];
    return { 'date-parts': [parts] };
  }
  const parsed = Date.parse(declared);
  if (Number.isNaN(parsed)) return declared.trim() ? { literal: declared.trim().slice(0, 100) } : undefined;
  const d = new Date(parsed);
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

/** A moment as the CSL date of its day where the reader is (an "accessed" date is the reader's day). */
export function cslDay(moment: Date): CslDate {
  return { 'date-parts': [[moment.getFullYear(), moment.getMonth() + 1, moment.getDate()]] };
}

/** The year of an item, or undefined. */
export function cslYear(item: Pick<CslItem, 'issued'>): number | undefined {
  const year = Number(item.issued?.['date-parts']?.[0]?.[0]);
  return Number.isFinite(year) && year ? year : undefined;
}
