// Reads what a page is about from its DOM: title, description, headings and main text.
// Pure DOM walking (no browser API beyond the Document, no style or layout), so the content
// script, the command line (linkedom) and the tests run the same code.
//
// The main text is found in two bounded passes, both written as steps that yield:
//  1. one walk of the page (under its content root) that records, for each kept element, its
//     text length, link text, commas and a few counts (paragraphs, list items, images), then
//     scores the blocks the way Readability does: every paragraph-like block (a <p>, a cell, or a
//     <div> holding no block) of 25 characters or more gives points for its length and commas to
//     its parent and, less and less, to a few ancestors; an ancestor's
//     score is then scaled down by its link density. The best block, moved up when its parent
//     holds more, plus those of its siblings that score well or read as prose, is the article;
//     the walk starts at the content root: the page's one <article> (trafilatura's first guess),
//     else <main>, so a page's furniture and data around them cost nothing;
//  2. a walk of the chosen blocks that leaves out, inside them, the furniture the numbers show
//     (Readability's conditional cleaning): link-heavy blocks (menus, related links, tag lists,
//     comment threads), lists of short links, blocks of images without text; and the headline
//     that repeats the title.
// Link density and text length carry the decisions, so pages without semantic markup and with
// class names in any language are read the same way; English class words only nudge the scores.
import { mentionsOurRegion } from './region-hint';
import { runAll, type Steps } from './steps';

export interface PageText {
  title: string;
  description: string;
  headings: string[];
  body: string;
  /** True when the caps below cut the page short. */
  truncated: boolean;
}

export interface ExtractLimits {
  /** Characters of main text kept; the topic of a page shows well before this. */
  maxChars: number;
  /** Elements visited; bounds the work on huge or pathological DOMs. */
  maxNodes: number;
}

// Chosen by measurement over the page zoo (see README, "Speed"): the longest real article there
// has about 40,000 characters of text; beyond this the topic is settled and only time is lost.
export const DEFAULT_LIMITS: ExtractLimits = { maxChars: 40_000, maxNodes: 15_000 };

const set = (s: string) => new Set(s.split(' '));
const SKIPPED_TAGS = set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO NAV FOOTER ASIDE FORM BUTTON SELECT TEXTAREA INPUT OPTION MENU DIALOG HEAD LINK META HIPLENS-SIDEBAR',
);
const SKIPPED_ROLES = set('navigation complementary menu menubar dialog alert alertdialog banner search contentinfo');
// Inline content: text inside these belongs to the nearest block around them (any other element
// is a block: its text is a line of its own).
const PHRASING = set('A ABBR B BDI BDO BR CITE CODE DATA DEL DFN EM FONT I IMG INS KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR');
// Blocks that stop a <div> from being a paragraph of its own.
const DIV_BLOCKS = set('BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL');
// Blocks whose whole text is one paragraph.
const PARAGRAPHS = set('P TD PRE SECTION H2 H3 H4 H5 H6');
const HEADING = /^H[1-6]$/;
// Class and id words (Readability's, and cookie notices): a hint only; the numbers above decide.
const UNLIKELY = /-ad-|ai2html|banner|consent|cookie|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const COMMAS = /[,،﹐︐︑⹁⸴⸲，]/g;

// Elements visited between chances to pause (see extractionSteps). Small, because on a busy
// machine a few hundred elements can already take tens of milliseconds; a chance to pause costs
// almost nothing when it is not taken. The passes over the recorded blocks, far cheaper per
// block, pause every SUM_STEP blocks.
const STEP_NODES = 50;
const SUM_STEP = 2000;

/** One kept element: its place in the tree and what it holds (own, then with its descendants). */
interface Block {
  e: Element;
  t: string;
  /** Parent's index (-1 for the root); end of the subtree's index range (pre-order). */
  u: number;
  end: number;
  kids: number;
  /** Inside a <table> (4); a link within the page (8). */
  x: number;
  /** Class, id. */
  c: string;
  id: string;
  /** Own text length and commas. */
  ol: number;
  oc: number;
  // Totals over the subtree:
  len: number;
  lnk: number;
  com: number;
  p: number;
  img: number;
  li: number;
  lst: number;
  /** Holds a <table>. */
  tb: number;
  /** Holds a block that keeps a <div> from being a paragraph. */
  blk: boolean;
  cand: boolean;
  s: number;
  gone: boolean;
}

interface Tree {
  ns: Block[];
  at: Map<Element, number>;
  /** The first heading read and its text; the heading that repeats the title. */
  h?: Element;
  ht?: string;
  r?: Element;
  /** Whether the walk stopped at the element cap. */
  cut?: boolean;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether class and id words `m` mark `tag` as furniture (never a link, <body>, <main> or <article>). */
function unlikely(m: string, tag: string): boolean {
  return !/^(A|BODY|MAIN|ARTICLE)$/.test(tag) && UNLIKELY.test(m) && !MAYBE.test(m);
}

const marksOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/**
 * Whether the walk leaves out `el` and all under it: its tag, hidden, a furniture role, or (but
 * for `root`, the content root, and unless `strict` is off, as in the last attempts) the class and
 * id words of furniture. The one test for the walk and for headlineOf.
 */
function isSkipped(el: Element, root: Element | null, tag = el.tagName.toUpperCase(), strict = true, m?: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  if (isHidden(el)) return true;
  return el !== root && (SKIPPED_ROLES.has(el.getAttribute('role') ?? '') || (strict && unlikely(m ?? marksOf(el), tag)));
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function documentTitle(doc: Document): string {
  if (!doc.documentElement) return '';
  try {
    return doc.title ?? '';
  } catch {
    // Some DOM implementations throw on documents without the usual structure.
    return '';
  }
}

/** The page's <meta> contents by name or property, read in one pass (first one wins). */
function metas(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  if (doc.documentElement)
    for (const m of (doc.head ?? doc).querySelectorAll('meta')) {
      const key = m.getAttribute('name') ?? m.getAttribute('property');
      const value = squash(m.getAttribute('content') ?? '');
      if (key && value && !found.has(key)) found.set(key, value);
    }
  return found;
}

const titleOf = (doc: Document, meta: Map<string, string>) => squash(documentTitle(doc)) || meta.get('og:title') || meta.get('twitter:title') || '';
const descriptionOf = (meta: Map<string, string>) => meta.get('description') || meta.get('og:description') || meta.get('twitter:description') || '';

/** The element holding the page's main content: a lone <article>, else <main> or [role=main], else <body>. */
function contentRoot(doc: Document): Element | null {
  if (!doc.documentElement) return null;
  // Fragments parsed without <html> may leave an empty <body> beside the real content.
  const body = doc.body?.firstChild ? doc.body : doc.documentElement;
  const articles = doc.querySelectorAll('article');
  const candidates = [articles.length === 1 ? articles[0] : null, doc.querySelector('main,[role="main"]')];
  for (const candidate of candidates) {
    // A <main> without a paragraph or heading is usually a mis-marked wrapper: keep the body then.
    // (Asking for its text instead would build a string of the whole page.)
    if (candidate?.querySelector('p,h1,h2,h3,li,td')) return candidate;
  }
  return body;
}

/**
 * Whether the page's text has any word of our region (core/region-hint.ts): a page without one
 * cannot be answered, so it is not read further. Every text node under the content root (all
 * extraction may read) is asked, not only what extraction would keep, so the answer never
 * depends on what the walk skips; node by node, because the page's one textContent runs the text
 * of adjacent blocks together ("Knee" and "Hip" in two list items become "KneeHip"). Stops at the
 * first word found, and yields like the extraction, so a huge page is asked in slices too.
 */
export function* regionHintSteps(doc: Document): Steps<boolean> {
  const meta = metas(doc);
  if (mentionsOurRegion(`${titleOf(doc, meta)}\n${descriptionOf(meta)}`)) return true;
  const root = contentRoot(doc);
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (mentionsOurRegion(node.nodeValue ?? '')) return true;
    if (++nodes % HINT_STEP_NODES === 0) yield;
  }
  return false;
}

export function mayConcernOurRegion(doc: Document): boolean {
  return runAll(regionHintSteps(doc));
}

/**
 * The page's title, description and headings without its text: what a page with no word of our
 * region is asked about instead (a page titled "Osteonecrosis" may still name one of our
 * articles). Every heading under the content root, furniture included, so it holds at least the
 * headings extraction would keep; the first is the one extraction puts first, the headline (the
 * first heading not in furniture, see headingsOf), since the matcher reads names split between
 * it and the body.
 */
export function headlineOf(doc: Document): PageText {
  const meta = metas(doc);
  const root = contentRoot(doc);
  return { title: titleOf(doc, meta), description: descriptionOf(meta), headings: root ? headingsOf(root).list : [], body: '', truncated: false };
}

/**
 * The headings under `root` (each cut at MAX_HEADING_CHARS), the headline first: the first heading
 * the walk reads (see isRead), else the first of all. The one source of the headline for
 * headlineOf, and for extraction when its walk did not meet it.
 */
function headingsOf(root: Element): { h?: Element; list: string[] } {
  const list: string[] = [];
  let h: Element | undefined;
  let first: Element | undefined;
  for (const heading of root.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
    const text = squash(heading.textContent ?? '').slice(0, MAX_HEADING_CHARS);
    if (!text) continue;
    first ??= heading;
    if (!h && isRead(heading, root)) (h = heading), list.unshift(text);
    else list.push(text);
    if (list.length > MAX_HEADINGS) break;
  }
  return { h: h ?? first, list };
}

/** Whether extraction's first walk reads `el`: neither it nor any element up to `root` is skipped. */
function isRead(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement)
    if (isSkipped(at, root)) return false;
  return true;
}

const MAX_HEADINGS = 200;
const MAX_HEADING_CHARS = 300;

/** Text nodes asked between chances to pause: each costs far less than an element of the walk. */
const HINT_STEP_NODES = 400;

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);

/** Whether a heading mostly repeats the page title (Readability's measure). */
function repeatsTitle(title: string[], heading: string): boolean {
  const h = words(heading);
  return h.filter((w) => !title.includes(w)).join(' ').length < h.join(' ').length / 4;
}

function weight(n: Block): number {
  let w = 0;
  for (const m of [n.c, n.id]) w += (NEGATIVE.test(m) ? -25 : 0) + (POSITIVE.test(m) ? 25 : 0);
  return w;
}

const density = (n: Block) => (n.len ? n.lnk / n.len : 0);
const paragraphLike = (n: Block) => n.t === 'P' || (n.t === 'DIV' && !n.blk);

/** Pass 1: visits the page once, recording every kept element (see Block). */
function* walk(root: Element, strict: boolean, title: string[], limits: ExtractLimits): Steps<Tree> {
  const ns: Block[] = [];
  const at = new Map<Element, number>();
  const tree: Tree = { ns, at };
  const nodes: Node[] = [root];
  const ups: number[] = [-1];
  let visited = 0;
  // A bound on the headings read to find the one that repeats the title (each read costs the
  // element's whole subtree).
  let reads = 0;
  while (nodes.length) {
    const node = nodes.pop()!;
    const u = ups.pop()!;
    if (node.nodeType === 3) {
      if (u < 0) continue;
      // Measured trimmed: indentation is no text.
      const q = (node.nodeValue ?? '').trim();
      if (!q) continue;
      const c = q.match(COMMAS)?.length ?? 0;
      ns[u]!.ol += q.length;
      ns[u]!.oc += c;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (++visited > limits.maxNodes) {
      tree.cut = true;
      break;
    }
    // Nodes already on the stack stay readable if the page changes them meanwhile.
    if (visited % STEP_NODES === 0) yield;
    const el = node as Element;
    const t = el.tagName.toUpperCase();
    const up = ns[u];
    const a = el.hasAttributes();
    const c = (a && el.getAttribute('class')) || '';
    const id = (a && el.getAttribute('id')) || '';
    if (isSkipped(el, root, t, strict, `${c} ${id}`)) continue;
    // The headline: the first heading read (as headingsOf finds it, without a query of the page).
    // The first <h1> or <h2> that repeats the title is left out of the body (as Readability does;
    // the headings keep it).
    const h12 = t === 'H1' || t === 'H2';
    if (HEADING.test(t) && (!tree.h || (h12 && !tree.r && reads++ < 50))) {
      const h = squash(el.textContent ?? '').slice(0, MAX_HEADING_CHARS);
      if (h) tree.h ??= (tree.ht = h, el);
      if (h12 && !tree.r && repeatsTitle(title, h)) {
        tree.r = el;
        continue;
      }
    }
    const i = ns.length;
    const href = t === 'A' ? el.getAttribute('href') : null;
    if (up) up.kids++;
    const x = ((up?.x ?? 0) & 4) | (t === 'TABLE' ? 4 : href && /^#./.test(href) ? 8 : 0);
    // The totals are set by sum(), the score by choose().
    ns.push({ e: el, t, u, end: i + 1, kids: 0, x, c, id, ol: 0, oc: 0 } as Block);
    at.set(el, i);
    // Pushed in reverse so they pop in reading order.
    for (let child = el.lastChild; child; child = child.previousSibling) nodes.push(child), ups.push(i);
  }
  return tree;
}

/**
 * Sums what each element of ns[lo..hi) holds over its subtree, children before parents; an
 * element for which `drop` says so is left out of its parent's sums (and marked gone).
 */
function* sum(ns: Block[], lo: number, hi: number, drop?: (n: Block, i: number) => boolean): Steps<void> {
  for (let i = lo; i < hi; i++) {
    const n = ns[i]!;
    n.len = n.ol; n.com = n.oc; n.blk = false;
    n.lnk = n.p = n.img = n.li = n.lst = n.tb = 0;
    n.gone = false;
  }
  for (let i = hi - 1; i >= lo; i--) {
    if (i % SUM_STEP === 0) yield;
    const n = ns[i]!;
    const t = n.t;
    if (t === 'A') n.lnk = n.len * (n.x & 8 ? 0.3 : 1);
    if (t === 'UL' || t === 'OL') n.lst = n.len;
    if (t === 'IMG') n.img++;
    if (t === 'LI') n.li++;
    if (t === 'TABLE') n.tb = 1;
    if (paragraphLike(n)) n.p++;
    const u = n.u;
    if (drop?.(n, i)) {
      n.gone = true;
      continue;
    }
    if (u < lo) continue;
    const up = ns[u]!;
    up.len += n.len; up.lnk += n.lnk; up.com += n.com; up.p += n.p; up.img += n.img; up.li += n.li;
    up.lst += n.lst; up.tb |= n.tb;
    if (DIV_BLOCKS.has(t) || n.blk) up.blk = true;
    if (n.end > up.end) up.end = n.end;
  }
}

/**
 * Readability's choice of the article among the blocks: the best-scoring block
 * and the siblings that go with it.
 */
function* choose(ns: Block[]): Steps<number[]> {
  const cands: number[] = [];
  const init = (a: number) => {
    const n = ns[a]!;
    if (n.cand) return;
    n.cand = true;
    cands.push(a);
    const t = n.t;
    n.s = (t === 'DIV' ? 5 : /^(PRE|TD|BLOCKQUOTE)$/.test(t) ? 3 : /^(ADDRESS|OL|UL|DL|DD|DT|LI)$/.test(t) ? -3 : /^(H\d|TH)$/.test(t) ? -5 : 0) + weight(n);
  };
  const para = (a: number, len: number, com: number, from?: Block) => {
    if (len < 25 || a < 0) return;
    // A <div> around a lone paragraph is that paragraph.
    const up = ns[a]!;
    if (from && up.t === 'DIV' && up.kids === 1 && !up.ol && from.t === 'P' && density(up) < 0.25) a = up.u;
    const s = 2 + com + Math.min(Math.floor(len / 100), 3);
    for (let level = 0; a >= 0 && level < 5; a = ns[a]!.u, level++) {
      init(a);
      ns[a]!.s += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  };
  for (const n of ns) n.cand = false, (n.s = 0);
  for (let i = 0; i < ns.length; i++) {
    if (i % SUM_STEP === 0) yield;
    const n = ns[i]!;
    if (PARAGRAPHS.has(n.t) || paragraphLike(n)) para(n.u, n.len, n.com, n);
  }
  for (const c of cands) ns[c]!.s *= 1 - density(ns[c]!);
  const top5 = cands.sort((a, b) => ns[b]!.s - ns[a]!.s || a - b).slice(0, 5);
  let top = top5[0] ?? 0;
  // Climbing stops below <body>, at any other root (<main>, <article>).
  const lo = ns[0]!.t === 'BODY' ? 0 : -1;
  const score = (i: number) => {
    init(i);
    return ns[i]!.s;
  };
  if (!top) return [0];
  // Several close runners-up under one ancestor: the article is that ancestor.
  const alts = top5.slice(1).filter((c) => ns[c]!.s / ns[top]!.s >= 0.75);
  if (alts.length >= 3)
    for (let p = ns[top]!.u; p > lo; p = ns[p]!.u)
      if (alts.filter((c) => p < c && c < ns[p]!.end).length >= 3) {
        top = p;
        break;
      }
  // A parent scoring higher holds more of the article.
  let last = score(top);
  const floor = last / 3;
  for (let p = ns[top]!.u; p > lo; p = ns[p]!.u) {
    if (!ns[p]!.cand) continue;
    if (ns[p]!.s < floor) break;
    if (ns[p]!.s > last) {
      top = p;
      break;
    }
    last = ns[p]!.s;
  }
  while (ns[top]!.u > lo && ns[ns[top]!.u]!.kids === 1) top = ns[top]!.u;
  if (!top) return [0];
  const best = ns[top]!;
  const topScore = score(top);
  const threshold = Math.max(10, topScore * 0.2);
  const pp = best.u;
  const cls = best.c;
  const chosen: number[] = [];
  for (let c = pp + 1; c < ns[pp]!.end; c = ns[c]!.end) {
    const n = ns[c]!;
    const bonus = cls && n.c === cls ? topScore * 0.2 : 0;
    const keep = c === top || (n.cand && n.s + bonus >= threshold);
    // A sibling paragraph (or a <div> around a lone one) of some length and few links reads as
    // part of the article.
    if (keep || ((paragraphLike(n) || (n.kids === 1 && !n.ol && ns[c + 1]!.t === 'P')) && n.len > 80 && density(n) < 0.25)) chosen.push(c);
  }
  return chosen;
}

/** Pass 2's judgement: furniture inside the chosen blocks (Readability's conditional cleaning). */
function furniture(n: Block): boolean {
  const t = n.t;
  // Never inside a table or around one: data tables are content, whatever their numbers, and
  // telling them from layout tables costs more than the zoo shows it is worth.
  if ((t !== 'DIV' && t !== 'UL') || n.x & 4 || n.tb) return false;
  const w = weight(n);
  return w < 0 || (n.com < 10 && shady(n, t, w));
}

function shady(n: Block, t: string, w: number): boolean {
  const list = t === 'UL' || (n.len > 0 && n.lst / n.len > 0.9);
  const { p, img } = n;
  const d = density(n);
  return (
    (img > 1 && p / img < 0.5) ||
    (!list && w < 25 && d > 0.2) ||
    (w >= 25 && d > 0.5) ||
    // Beyond Readability: a list that is mostly links (related stories, tags, menus) is furniture.
    (list && d > 0.5 && n.len / Math.max(1, n.li) < 80) ||
    (img === 0 && n.len === 0)
  );
}

export function extractPageText(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): PageText {
  return runAll(extractionSteps(doc, limits));
}

/** The extraction as steps that stop (yield) every STEP_NODES elements, for a live page. */
export function* extractionSteps(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): Steps<PageText> {
  const meta = metas(doc);
  const title = titleOf(doc, meta);
  const page = { title, description: descriptionOf(meta), headings: [] as string[], body: '', truncated: false };
  const root = contentRoot(doc);
  if (!root) return page;
  const titleWords = words(`${title} ${meta.get('og:title') ?? ''}`);
  let best = { body: '', headings: [] as string[], truncated: false };
  // Readability's fallbacks, fewer: the first attempt that finds 500 characters of article wins;
  // the second walks again without leaving out what class and id words call furniture; the last,
  // only when nothing was found, reads the whole content root. (Readability's further retries,
  // unweighted and uncleaned, change no page of the zoo.)
  let tree: Tree | undefined;
  let head: { h?: Element; list: string[] } | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt < 2) tree = yield* walk(root, !attempt, titleWords, limits);
    // The headline is the first walk's first heading; asked of the content root as headlineOf asks
    // it only when that walk met none (none is read, or the element cap came first).
    head ??= tree!.h ? { h: tree!.h, list: [tree!.ht!] } : headingsOf(root);
    const { ns, at } = tree!;
    if (!ns.length) break;
    yield* sum(ns, 0, ns.length);
    const chosen = attempt < 2 ? yield* choose(ns) : [0];
    if (attempt < 2) for (const c of chosen) yield* sum(ns, c, ns[c]!.end, (n, i) => i > c && furniture(n));
    const text = yield* emit(chosen.map((c) => ns[c]!.e), at, ns, head.h, limits);
    // Unlike Readability, a short page keeps its first reading rather than the longest: a
    // retry that does not find an article only brings back what the first one left out.
    if (!best.body || text.body.length >= 500) best = text;
    if (text.body.length >= 500 || (attempt && best.body)) break;
  }
  // The headline first (whether or not the chosen blocks hold it), as headlineOf has it.
  const headings = head?.h ? [head.list[0]!, ...best.headings] : best.headings;
  return { ...page, ...best, headings: headings.slice(0, MAX_HEADINGS), truncated: best.truncated || !!tree?.cut };
}

/** Pass 2: the text of the chosen blocks in reading order, without what was judged furniture. */
function* emit(blocks: Element[], at: Map<Element, number>, ns: Block[], headline: Element | undefined, limits: ExtractLimits): Steps<{ body: string; headings: string[]; truncated: boolean }> {
  const headings: string[] = [];
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  let truncated = false;
  // Nodes, and the line breaks that end blocks.
  const stack: (Node | string)[] = [...blocks].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      // Counted as the body keeps it: runs of white space are one character there.
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      // White space alone still parts the words around it (<a>x</a> <a>y</a>), but is not counted.
      parts.push(text);
      if (text !== ' ' && (chars += text.length) >= limits.maxChars) {
        truncated = true;
        break;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const i = at.get(node as Element);
    if (i === undefined || ns[i]!.gone) continue;
    if (++visited % STEP_NODES === 0) yield;
    const tag = ns[i]!.t;
    if (HEADING.test(tag) && node !== headline) {
      const text = squash(node.textContent ?? '');
      if (text) headings.push(text);
    }
    if (!PHRASING.has(tag) || tag === 'BR') parts.push('\n'), stack.push('\n');
    // Pushed in reverse so they pop in reading order; a block's closing newline goes first.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const body = parts.join('').replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return { body: body.slice(0, limits.maxChars), headings, truncated };
}
