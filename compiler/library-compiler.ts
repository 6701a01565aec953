// Turns the human-edited article files into the validated library the extension ships.
// Pure: it takes file texts and returns articles or errors; scripts/ does the reading and writing.
import { parse as parseYaml } from 'yaml';
import { Lexer, type Token, type Tokens } from 'marked';
import {
  MIN_BODY_WORDS,
  MIN_SOURCES,
  REGIONS,
  SOURCE_TYPES,
  SUMMARY_LIMIT,
  type Article,
  type Block,
  type Clinicians,
  type Inline,
  type RedFlag,
  type Region,
  type Review,
  type Source,
} from '../core/library';
import { URGENCY_LEVELS, byUrgency, isUrgencyLevel, type UrgencyLevel } from '../core/urgency';
import type { IndexSource } from '../core/match-index';
import { contentTokens, phraseKey } from '../core/text';
import { COMMON_WORDS } from './common-words';

export interface SourceFile {
  /** File name, used in messages, e.g. "hip-flexor-strain.md". */
  name: string;
  text: string;
}

export interface Condition {
  id: string;
  name: string;
  group: string;
}

/** A shared warning sign from data/red-flags.yaml: one wording, one level. */
export interface Sign {
  id: string;
  text: string;
  level: UrgencyLevel;
  /** What the sign can mean, shown after it in brackets. */
  why?: string;
}

export class LibraryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The article library is invalid:\n  ${problems.join('\n  ')}`);
  }
}

export function parseConditions(tsv: string): Condition[] {
  const [header, ...rows] = tsv.split(/\r?\n/).filter((l) => l.trim());
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return { id: cells[at('id')]!, name: cells[at('name')]!, group: cells[at('group')]! };
  });
}

const LIST_FIELDS = ['aliases', 'keywords', 'symptoms', 'causes', 'whoGetsIt', 'whatHelps', 'related'] as const;
const LEVELS = URGENCY_LEVELS.join(', ');
const SIGN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The text a sign is shown with: its words, then what it may mean in brackets. */
function signText(text: string, why: string | undefined): string {
  return why ? `${text} (${why})` : text;
}

/** A sign's words reduced for comparison, so that case and punctuation cannot hide a duplicate. */
export function signKey(text: string): string {
  return text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Parses and checks the shared sign list (data/red-flags.yaml): a list of { id, text, level, why? }.
 * Throws a LibraryError naming the file, the entry and the field for every problem.
 */
export function parseSigns(yamlText: string, name = 'red-flags.yaml'): Sign[] {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new LibraryError([`${name}: not valid YAML (${(error as Error).message.split('\n')[0]})`]);
  }
  if (!Array.isArray(data)) throw new LibraryError([`${name}: must be a list of { id, text, level } signs`]);
  const signs: Sign[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  data.forEach((entry: unknown, i) => {
    const s = (entry ?? {}) as Partial<Record<string, unknown>>;
    const where = `${name}: entry ${i + 1}${typeof s.id === 'string' ? ` (${s.id})` : ''}`;
    const before = problems.length;
    if (typeof s.id !== 'string' || !SIGN_ID.test(s.id)) problems.push(`${where}: id: must be lower-case words joined by hyphens`);
    else if (ids.has(s.id)) problems.push(`${where}: id: "${s.id}" is used twice`);
    if (typeof s.text !== 'string' || !s.text.trim()) problems.push(`${where}: text: required text is missing`);
    if (s.level === undefined) problems.push(`${where}: level: missing (one of ${LEVELS})`);
    else if (!isUrgencyLevel(s.level)) problems.push(`${where}: level: "${String(s.level)}" is not one of ${LEVELS}`);
    if (s.why !== undefined && (typeof s.why !== 'string' || !s.why.trim())) problems.push(`${where}: why: must be a text`);
    for (const key of Object.keys(s))
      if (!['id', 'text', 'level', 'why'].includes(key)) problems.push(`${where}: ${key}: unknown field`);
    if (problems.length > before) return;
    const sign: Sign = { id: s.id as string, text: (s.text as string).trim(), level: s.level as UrgencyLevel };
    if (typeof s.why === 'string') sign.why = s.why.trim();
    const other = texts.get(signKey(sign.text));
    if (other) problems.push(`${where}: text: says the same as ${other}`);
    ids.add(sign.id);
    texts.set(signKey(sign.text), sign.id);
    signs.push(sign);
  });
  if (problems.length) throw new LibraryError(problems);
  return signs;
}
const TEXT_FIELDS = ['id', 'title', 'summary', 'region', 'seeAProfessional'] as const;

/** Compiles every file; throws a LibraryError listing every problem (file and field) found. */
export function compileLibrary(
  files: SourceFile[],
  conditions: Condition[],
  signs: readonly Sign[] = [],
  catalogue: readonly Source[] = [],
): Article[] {
  const problems: string[] = [];
  const known = new Map(conditions.map((c) => [c.id, c]));
  const signsById = new Map(signs.map((s) => [s.id, s]));
  const sourcesById = new Map(catalogue.map((s) => [s.id!, s]));
  const articles: Article[] = [];
  for (const file of files) {
    const article = compileArticle(file, known, signsById, sourcesById, (field, message) => problems.push(`${file.name}: ${field}: ${message}`));
    if (article) articles.push(article);
  }
  checkAcrossArticles(articles, files, known, problems);
  if (problems.length) throw new LibraryError(problems);
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

type Report = (field: string, message: string) => void;

function compileArticle(
  file: SourceFile,
  known: Map<string, Condition>,
  signs: ReadonlyMap<string, Sign>,
  catalogue: ReadonlyMap<string, Source>,
  reportProblem: Report,
): Article | undefined {
  let problemCount = 0;
  const report: Report = (field, message) => {
    problemCount++;
    reportProblem(field, message);
  };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text);
  if (!match) {
    report('front matter', 'missing: the file must start with YAML between two --- lines');
    return undefined;
  }
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = parseYaml(match[1]!);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a mapping of fields');
    data = parsed as Record<string, unknown>;
  } catch (error) {
    report('front matter', `not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const text = (field: string): string => {
    const value = data[field];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string' || !value.trim()) {
      report(field, 'required text is missing');
      return '';
    }
    return value.trim();
  };
  const list = (field: string, required: boolean): string[] => {
    const value = data[field];
    if (value === undefined || value === null) {
      if (required) report(field, 'required list is missing');
      return [];
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
      report(field, 'must be a list of non-empty texts');
      return [];
    }
    if (required && value.length === 0) report(field, 'must not be empty');
    return value.map((v: string) => v.trim());
  };

  const fields = Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(f)])) as Record<(typeof TEXT_FIELDS)[number], string>;
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, list(f, true)])) as Record<(typeof LIST_FIELDS)[number], string[]>;
  const sharedAliases = list('sharedAliases', false);
  const needsRegion = list('needsRegion', false);
  const inPlainWords = list('inPlainWords', false);

  const expectedId = file.name.replace(/\.md$/, '');
  if (fields.id) {
    const condition = known.get(fields.id);
    if (!condition) report('id', `"${fields.id}" is not an id in conditions.tsv`);
    else if (fields.region && fields.region !== condition.group)
      report('region', `"${fields.region}" should be "${condition.group}", the group conditions.tsv gives`);
    if (fields.id !== expectedId) report('id', `"${fields.id}" does not match the file name "${expectedId}"`);
  }
  if (fields.region && !(REGIONS as readonly string[]).includes(fields.region))
    report('region', `"${fields.region}" is not one of: ${REGIONS.join(', ')}`);
  if (fields.summary.length > SUMMARY_LIMIT)
    report('summary', `${fields.summary.length} characters, over the limit of ${SUMMARY_LIMIT}`);
  if (data.lastReviewed !== undefined) report('lastReviewed', 'replaced by review: { date, by, covered }');
  const review = compileReview(data.review, report);
  for (const alias of sharedAliases)
    if (!lists.aliases.includes(alias)) report('sharedAliases', `"${alias}" is not also listed in aliases`);
  for (const term of needsRegion)
    if (!lists.aliases.includes(term) && !lists.keywords.includes(term))
      report('needsRegion', `"${term}" is not also listed in aliases or keywords`);
  for (const field of ['aliases', 'keywords'] as const)
    for (const term of lists[field]) {
      const tokens = contentTokens(term);
      if (tokens.length === 1 && COMMON_WORDS.has(tokens[0]!) && !needsRegion.includes(term))
        report(field, `"${term}" is a common English word: list it in needsRegion too (it then counts only beside a hip, groin or buttock word), or make it a phrase`);
    }
  // The lay vocabulary is prose for the word profile, never a name: it must not repeat one.
  const names = new Set([fields.title, ...lists.aliases, ...lists.keywords].map(phraseKey));
  for (const phrase of inPlainWords) if (names.has(phraseKey(phrase))) report('inPlainWords', `"${phrase}" is a title, alias or keyword already: write how a patient would describe it instead`);
  const redFlags = compileRedFlags(data.redFlags, signs, report);
  const clinicians = compileClinicians(data.clinicians, fields.id, known, report);
  const sources = compileSources(data.sources, catalogue, report);
  const body = compileBody(match[2] ?? '', report);

  if (problemCount) return undefined;
  return {
    ...fields,
    region: fields.region as Region,
    ...lists,
    redFlags,
    sharedAliases,
    needsRegion,
    inPlainWords,
    sources,
    review,
    clinicians,
    body,
  };
}

/**
 * Red flags: each entry is the id of a shared sign (data/red-flags.yaml), or an article's own sign
 * written { text, level } (optionally why and action). Every one ends up with a level of the scale;
 * the list is sorted most urgent first.
 */
function compileRedFlags(value: unknown, signs: ReadonlyMap<string, Sign>, report: Report): RedFlag[] {
  if (value === undefined || value === null) {
    report('redFlags', 'required list is missing');
    return [];
  }
  if (!Array.isArray(value) || value.length === 0) {
    report('redFlags', 'must be a non-empty list of sign ids or { text, level } entries');
    return [];
  }
  const flags: RedFlag[] = [];
  const seen = new Set<string>();
  const sharedByKey = new Map([...signs.values()].map((s) => [signKey(s.text), s.id]));
  value.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (typeof entry === 'string') {
      const sign = signs.get(entry.trim());
      if (!sign) {
        report('redFlags', `${where} "${entry}" is not a sign id in red-flags.yaml (an article's own sign is written { text, level })`);
        return;
      }
      if (seen.has(sign.id)) report('redFlags', `${where} "${sign.id}" is listed twice`);
      seen.add(sign.id);
      flags.push({ text: signText(sign.text, sign.why), level: sign.level, sign: sign.id });
      return;
    }
    const f = (entry ?? {}) as Partial<Record<string, unknown>>;
    if (typeof entry !== 'object' || Array.isArray(entry) || typeof f.text !== 'string' || !f.text.trim()) {
      report('redFlags', `${where} must be a sign id from red-flags.yaml or { text, level }`);
      return;
    }
    const text = f.text.trim();
    if (f.level === undefined) {
      report('redFlags', `${where} ("${text}") has no level: give one of ${LEVELS}`);
      return;
    }
    if (!isUrgencyLevel(f.level)) {
      report('redFlags', `${where} ("${text}") has level "${String(f.level)}", which is not one of ${LEVELS}`);
      return;
    }
    for (const key of Object.keys(f))
      if (!['text', 'level', 'why', 'action'].includes(key)) report('redFlags', `${where} ("${text}") has an unknown field "${key}"`);
    for (const key of ['why', 'action'] as const)
      if (f[key] !== undefined && (typeof f[key] !== 'string' || !(f[key] as string).trim()))
        report('redFlags', `${where} ("${text}"): ${key} must be a text`);
    const shared = sharedByKey.get(signKey(text));
    if (shared) {
      report('redFlags', `${where} ("${text}") is the shared sign "${shared}": list it by its id`);
      return;
    }
    const flag: RedFlag = { text: signText(text, typeof f.why === 'string' ? f.why.trim() : undefined), level: f.level };
    if (typeof f.action === 'string' && f.action.trim()) flag.action = f.action.trim();
    flags.push(flag);
  });
  return byUrgency(flags);
}

const SOURCE_FIELDS = ['id', 'type', 'authors', 'etAl', 'issuer', 'title', 'container', 'number', 'publisher', 'edition', 'volume', 'issue', 'pages', 'year', 'accessed', 'doi', 'pmid', 'url'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks one source (from data/sources.yaml or written inline in an article): what a reference
 * manager needs, and identifiers only in a form that can be right. Returns undefined after
 * reporting, with `where` naming the entry, when it is not usable.
 */
export function checkSource(value: unknown, where: string, problem: (message: string) => void): Source | undefined {
  const s = (value ?? {}) as Partial<Record<string, unknown>>;
  const before: string[] = [];
  const bad = (message: string) => before.push(message);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(`${where} must be a source id or { type, title, year, authors or issuer }`);
    return undefined;
  }
  const text = (key: string) => typeof s[key] === 'string' && (s[key] as string).trim() !== '';
  for (const key of Object.keys(s)) if (!SOURCE_FIELDS.includes(key)) bad(`has an unknown field "${key}"`);
  if (!(SOURCE_TYPES as readonly string[]).includes(s.type as string)) bad(`type must be one of ${SOURCE_TYPES.join(', ')}`);
  if (!text('title')) bad('needs a title');
  const authors = s.authors;
  const hasAuthors = Array.isArray(authors) && authors.length > 0 && authors.every((a) => typeof a === 'string' && a.trim());
  if (authors !== undefined && !hasAuthors) bad('authors must be a list of names');
  if (!hasAuthors && !text('issuer')) bad('needs authors or an issuer (the body that issued it)');
  if (s.etAl !== undefined && typeof s.etAl !== 'boolean') bad('etAl must be true or false');
  if (s.year !== undefined && !(Number.isInteger(s.year) && (s.year as number) >= 1800 && (s.year as number) <= 2100)) bad(`year "${String(s.year)}" is not a year`);
  if (s.accessed !== undefined && !(s.accessed instanceof Date || (typeof s.accessed === 'string' && DATE.test(s.accessed)))) bad('accessed must be a date written YYYY-MM-DD');
  if (s.year === undefined && s.accessed === undefined) bad('needs a year (or, for a web page revised in place, accessed)');
  if (s.accessed !== undefined && s.year === undefined && s.type !== 'webpage') bad('only a web page may give accessed instead of a year');
  if (s.type === 'article' && !text('container')) bad('an article needs its journal (container)');
  for (const key of ['container', 'number', 'publisher', 'edition', 'volume', 'issue', 'pages', 'issuer'])
    if (s[key] !== undefined && !text(key)) bad(`${key} must be a text`);
  if (s.doi !== undefined && !(typeof s.doi === 'string' && /^10\.\d{4,9}\/\S+$/.test(s.doi))) bad(`doi "${String(s.doi)}" is not a DOI (10.xxxx/...)`);
  if (s.pmid !== undefined && !(typeof s.pmid === 'string' && /^\d{1,9}$/.test(s.pmid))) bad(`pmid "${String(s.pmid)}" is not a PubMed id (digits, written as text)`);
  // The extension ships no web address at all (tests/e2e/privacy.test.ts reads the built code).
  if (s.url !== undefined) bad('url: the extension carries no web address; give the DOI, PMID or guideline number instead');
  if (before.length) {
    for (const message of before) problem(`${where} ${message}`);
    return undefined;
  }
  const out: Source = { type: s.type as Source['type'], title: (s.title as string).trim() };
  if (typeof s.id === 'string') out.id = s.id;
  if (hasAuthors) out.authors = (authors as string[]).map((a) => a.trim());
  if (s.etAl) out.etAl = true;
  for (const key of ['issuer', 'container', 'number', 'publisher', 'edition', 'volume', 'issue', 'pages', 'doi', 'pmid'] as const)
    if (typeof s[key] === 'string') out[key] = (s[key] as string).trim();
  if (typeof s.year === 'number') out.year = s.year;
  if (s.accessed !== undefined) out.accessed = s.accessed instanceof Date ? s.accessed.toISOString().slice(0, 10) : (s.accessed as string);
  return out;
}

/** Parses and checks the shared source list (data/sources.yaml); throws a LibraryError for every problem. */
export function parseSourceCatalogue(yamlText: string, name = 'sources.yaml'): Source[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new LibraryError([`${name}: not valid YAML (${(error as Error).message.split('\n')[0]})`]);
  }
  if (!Array.isArray(data)) throw new LibraryError([`${name}: must be a list of sources`]);
  const problems: string[] = [];
  const ids = new Set<string>();
  const sources: Source[] = [];
  data.forEach((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const where = `${name}: entry ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    if (typeof id !== 'string' || !SIGN_ID.test(id)) {
      problems.push(`${where}: id: must be lower-case words joined by hyphens`);
      return;
    }
    if (ids.has(id)) problems.push(`${where}: id: "${id}" is used twice`);
    ids.add(id);
    const source = checkSource(entry, where + ':', (message) => problems.push(message));
    if (source) sources.push(source);
  });
  if (problems.length) throw new LibraryError(problems);
  return sources;
}

function compileSources(value: unknown, catalogue: ReadonlyMap<string, Source>, report: Report): Source[] {
  if (!Array.isArray(value) || value.length === 0) {
    report('sources', 'required list of source ids (data/sources.yaml) or sources is missing');
    return [];
  }
  const sources: Source[] = [];
  const seen = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (typeof entry === 'string') {
      const source = catalogue.get(entry.trim());
      if (!source) report('sources', `${where} "${entry}" is not a source id in sources.yaml`);
      else if (seen.has(source.id!)) report('sources', `${where} "${entry}" is listed twice`);
      else {
        seen.add(source.id!);
        sources.push(source);
      }
      return;
    }
    const source = checkSource(entry, where, (message) => report('sources', message));
    if (source) sources.push(source);
  });
  if (sources.length < MIN_SOURCES) report('sources', `${sources.length} sources, fewer than the ${MIN_SOURCES} required`);
  return sources;
}

/**
 * The "for clinicians" part: { examination: [...], differentials: [article ids], referral: [...],
 * recovery: text }, all required.
 */
function compileClinicians(value: unknown, id: string, known: Map<string, Condition>, report: Report): Clinicians {
  const empty: Clinicians = { examination: [], differentials: [], referral: [], recovery: '' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('clinicians', 'required: { examination, differentials, referral, recovery }');
    return empty;
  }
  const c = value as Partial<Record<string, unknown>>;
  const list = (key: 'examination' | 'differentials' | 'referral'): string[] => {
    const v = c[key];
    if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x.trim())) {
      report('clinicians', `${key} must be a non-empty list of texts`);
      return [];
    }
    return v.map((x: string) => x.trim());
  };
  const out: Clinicians = { examination: list('examination'), differentials: list('differentials'), referral: list('referral'), recovery: '' };
  if (typeof c.recovery !== 'string' || !c.recovery.trim()) report('clinicians', 'recovery (a typical timeline to recovery) is required text');
  else out.recovery = c.recovery.trim();
  for (const key of Object.keys(c))
    if (!['examination', 'differentials', 'referral', 'recovery'].includes(key)) report('clinicians', `unknown field "${key}"`);
  for (const d of out.differentials) {
    if (!known.has(d)) report('clinicians', `differential "${d}" is not an id in conditions.tsv`);
    if (d === id) report('clinicians', 'an article cannot be its own differential');
  }
  if (new Set(out.differentials).size !== out.differentials.length) report('clinicians', 'a differential is listed twice');
  return out;
}

/** The review record: review: { date: YYYY-MM-DD, by, covered }. */
function compileReview(value: unknown, report: Report): Review {
  const r = (value ?? {}) as Partial<Record<string, unknown>>;
  if (typeof value !== 'object' || value === null) {
    report('review', 'required: { date, by, covered } (when it was reviewed, by whom, and what the review covered)');
    return { date: '', by: '', covered: '' };
  }
  const date = r.date instanceof Date ? r.date.toISOString().slice(0, 10) : r.date;
  if (typeof date !== 'string' || !DATE.test(date)) report('review', `date "${String(r.date)}" is not a date written YYYY-MM-DD`);
  for (const key of ['by', 'covered'] as const)
    if (typeof r[key] !== 'string' || !(r[key] as string).trim()) report('review', `${key} is required text`);
  for (const key of Object.keys(r)) if (!['date', 'by', 'covered'].includes(key)) report('review', `unknown field "${key}"`);
  return { date: String(date ?? ''), by: String(r.by ?? '').trim(), covered: String(r.covered ?? '').trim() };
}

/** The plain text of a body, for word counts and the matcher's word profiles. */
export function blocksText(blocks: Block[]): string {
  const inline = (content: Inline[]) => content.map((part) => part.text).join('');
  return blocks
    .map((b) => (b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? inline(b.content) : b.items.map(inline).join('\n')))
    .join('\n');
}

/** What the matcher indexes of an article: its names, and its prose for the word profile. */
export function indexSourceOf(article: Article): IndexSource {
  const { id, title, aliases, keywords, needsRegion, inPlainWords } = article;
  const prose = [article.summary, ...article.symptoms, ...article.causes, ...article.whoGetsIt, blocksText(article.body)].join('\n');
  return { id, title, aliases, keywords, needsRegion, plainWords: inPlainWords.join('\n'), prose, overview: article.region === 'overview' };
}

export function countWords(blocks: Block[]): number {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const inline = (content: Inline[]) => content.reduce((n, part) => n + words(part.text), 0);
  return blocks.reduce((n, b) => {
    if (b.kind === 'heading') return n + words(b.text);
    if (b.kind === 'paragraph') return n + inline(b.content);
    return n + b.items.reduce((m, item) => m + inline(item), 0);
  }, 0);
}

function compileBody(markdown: string, report: Report): Block[] {
  const blocks: Block[] = [];
  for (const token of new Lexer().lex(markdown)) {
    if (token.type === 'space') continue;
    if (token.type === 'heading') {
      const level = (token as Tokens.Heading).depth;
      if (level !== 2 && level !== 3) report('body', `heading level ${level} is not allowed (use ## or ###)`);
      else blocks.push({ kind: 'heading', level, text: plainText((token as Tokens.Heading).tokens) });
    } else if (token.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', content: inlines((token as Tokens.Paragraph).tokens, report) });
    } else if (token.type === 'list') {
      blocks.push({
        kind: 'list',
        items: (token as Tokens.List).items.map((item) => inlines(item.tokens.flatMap(childTokens), report)),
      });
    } else {
      report('body', `"${token.type}" Markdown is not supported (use headings, paragraphs and - lists)`);
    }
  }
  if (!blocks.some((b) => b.kind === 'heading')) report('body', 'needs sections headed ## ...');
  const words = countWords(blocks);
  if (words < MIN_BODY_WORDS) report('body', `${words} words, fewer than the ${MIN_BODY_WORDS} required`);
  return blocks;
}

// List items wrap their text in a "text" token that itself holds inline tokens.
function childTokens(token: Token): Token[] {
  return 'tokens' in token && token.type === 'text' && token.tokens ? token.tokens : [token];
}

function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? []).map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : decode(t.raw))).join('');
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function inlines(tokens: Token[] | undefined, report: Report): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'escape' || t.type === 'codespan') {
      const text = 'tokens' in t && t.tokens ? plainText(t.tokens) : decode((t as Tokens.Text).text);
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += text;
      else out.push({ kind: 'text', text });
    } else if (t.type === 'strong') out.push({ kind: 'strong', text: plainText((t as Tokens.Strong).tokens) });
    else if (t.type === 'em') out.push({ kind: 'em', text: plainText((t as Tokens.Em).tokens) });
    else if (t.type === 'link') {
      const link = t as Tokens.Link;
      const id = /^article:([a-z0-9-]+)$/.exec(link.href)?.[1];
      if (!id) report('body', `link "${link.href}" must be written (article:<id>)`);
      else out.push({ kind: 'article-link', text: plainText(link.tokens), id });
    } else if (t.type === 'br') out.push({ kind: 'text', text: ' ' });
    else report('body', `inline "${t.type}" Markdown is not supported`);
  }
  return out;
}

function checkAcrossArticles(articles: Article[], files: SourceFile[], known: Map<string, Condition>, problems: string[]): void {
  const ids = new Set(articles.map((a) => a.id));
  const fileOf = new Map(articles.map((a) => [a.id, `${a.id}.md`]));
  const seenIds = new Map<string, string>();
  for (const file of files) {
    const id = /^---[\s\S]*?\bid:\s*["']?([^\s"']+)/.exec(file.text)?.[1];
    if (!id) continue;
    const other = seenIds.get(id);
    if (other) problems.push(`${file.name}: id: "${id}" is already used by ${other}`);
    seenIds.set(id, file.name);
  }
  for (const id of known.keys())
    if (!seenIds.has(id)) problems.push(`conditions.tsv: id: "${id}" has no article (add data/articles/${id}.md)`);
  const claimed = new Map<string, { id: string; alias: string; shared: boolean }>();
  for (const article of articles) {
    const file = fileOf.get(article.id)!;
    for (const related of article.related) {
      if (!known.has(related)) problems.push(`${file}: related: "${related}" is not an id in conditions.tsv`);
      else if (!ids.has(related)) problems.push(`${file}: related: "${related}" has no article`);
      if (related === article.id) problems.push(`${file}: related: an article cannot be related to itself`);
    }
    for (const block of article.body) {
      const parts = block.kind === 'paragraph' ? block.content : block.kind === 'list' ? block.items.flat() : [];
      for (const part of parts)
        if (part.kind === 'article-link' && !known.has(part.id))
          problems.push(`${file}: body: link to "${part.id}", which is not an id in conditions.tsv`);
    }
    for (const alias of article.aliases) {
      const key = phraseKey(alias);
      if (!key) {
        problems.push(`${file}: aliases: "${alias}" has no words to match`);
        continue;
      }
      const shared = article.sharedAliases.includes(alias);
      const previous = claimed.get(key);
      if (previous && previous.id !== article.id && !(previous.shared && shared))
        problems.push(
          `${file}: aliases: "${alias}" is also claimed by ${previous.id}.md (as "${previous.alias}"); mark it in sharedAliases of both or keep it in one`,
        );
      if (!previous) claimed.set(key, { id: article.id, alias, shared });
    }
  }
}
