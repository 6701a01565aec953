// Reads what a page is about from its DOM: title, description, headings and main text.
// Pure DOM walking (no browser API beyond the Document), so the content script, the command
// line (linkedom) and the tests run the same code.
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

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'MENU', 'DIALOG',
  'HEAD', 'LINK', 'META', 'MATH', 'HIPLENS-SIDEBAR',
]);
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alert']);
// Class or id words that mark page furniture rather than content (comments, share bars, cookie notices).
const FURNITURE = /(^|[\s_-])(comments?|disqus|sidebar|footer|navbar|nav|menu|breadcrumbs?|share|sharing|social|cookie|consent|advert|ads|promo|newsletter|related|recommended|popular|subscribe|masthead|skip-link)([\s_-]|$)/i;
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'ADDRESS', 'CAPTION', 'SUMMARY', 'DETAILS',
]);
const HEADING = /^H[1-6]$/;
// A stand-in text node that marks the end of a block element in the walk.
const newline = { nodeType: 3, nodeValue: '\n' } as unknown as Node;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isFurniture(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Only the outer layout wrappers are skipped this way; <main>/<article> are always content.
  return marks.length > 1 && el.tagName !== 'MAIN' && el.tagName !== 'ARTICLE' && el.tagName !== 'BODY' && FURNITURE.test(marks);
}

/** Whether the walk leaves out `el` and all under it (`root`, the content root, is never furniture). */
function isSkipped(el: Element, root: Element | null, tag = el.tagName.toUpperCase()): boolean {
  return SKIPPED_TAGS.has(tag) || isHidden(el) || (el !== root && isFurniture(el));
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

const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];
const DESCRIPTION_META = ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]'];

function metaContent(doc: Document, selectors: string[]): string {
  if (!doc.documentElement) return '';
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return squash(value);
  }
  return '';
}

/** The element holding the page's main content: <main>, [role=main] or a lone <article>, else <body>. */
function contentRoot(doc: Document): Element | null {
  if (!doc.documentElement) return null;
  // Fragments parsed without <html> may leave an empty <body> beside the real content.
  const body = doc.body?.firstChild ? doc.body : doc.documentElement;
  const candidates = [doc.querySelector('main'), doc.querySelector('[role="main"]')];
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) candidates.push(articles[0]!);
  for (const candidate of candidates) {
    // A <main> without a paragraph or heading is usually a mis-marked wrapper: keep the body then.
    // (Asking for its text instead would build a string of the whole page.)
    if (candidate?.querySelector('p, h1, h2, h3, li, td')) return candidate;
  }
  return body;
}

/**
 * Whether the page's text has any word of our region (core/region-hint.ts): a page without one
 * cannot be answered, so it is not read further. Every text node under the content root is
 * asked, not only what extraction would keep, so the answer never depends on what the walk
 * skips; node by node, because the page's one textContent runs the text of adjacent blocks
 * together ("Knee" and "Hip" in two list items become "KneeHip"). Stops at the first word found,
 * and yields like the extraction, so a huge page is asked in slices too.
 */
export function* regionHintSteps(doc: Document): Steps<boolean> {
  const title = documentTitle(doc) || metaContent(doc, TITLE_META);
  if (mentionsOurRegion(`${title}\n${metaContent(doc, DESCRIPTION_META)}`)) return true;
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
 * headings extraction would keep; the first is the one extraction would find first (the first not
 * in furniture), since the matcher reads names split between it and the body.
 */
export function headlineOf(doc: Document): PageText {
  const title = squash(documentTitle(doc) || metaContent(doc, TITLE_META));
  const headings: string[] = [];
  const root = contentRoot(doc);
  let first: string | undefined;
  if (root)
    for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const text = squash(heading.textContent ?? '').slice(0, MAX_HEADING_CHARS);
      if (!text) continue;
      if (first === undefined && isRead(heading, root)) first = text;
      else headings.push(text);
      if (headings.length >= MAX_HEADINGS) break;
    }
  if (first !== undefined) headings.unshift(first);
  return { title, description: metaContent(doc, DESCRIPTION_META), headings, body: '', truncated: false };
}

/** Whether extraction reads `el`: neither it nor any element up to `root` is skipped. */
function isRead(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement)
    if (isSkipped(at, root)) return false;
  return true;
}

const MAX_HEADINGS = 200;
const MAX_HEADING_CHARS = 300;

/** Text nodes asked between chances to pause: each costs far less than an element of the walk. */
const HINT_STEP_NODES = 400;

// Elements visited between chances to pause (see extractionSteps). Small, because on a busy
// machine a few hundred elements can already take tens of milliseconds; a chance to pause costs
// almost nothing when it is not taken.
const STEP_NODES = 50;

export function extractPageText(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): PageText {
  return runAll(extractionSteps(doc, limits));
}

/** The extraction as steps that stop (yield) every STEP_NODES elements, for a live page. */
export function* extractionSteps(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): Steps<PageText> {
  const title = squash(documentTitle(doc) || metaContent(doc, TITLE_META));
  const description = metaContent(doc, DESCRIPTION_META);
  const headings: string[] = [];
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  let truncated = false;
  const root = contentRoot(doc);

  // Iterative walk: deep DOMs cannot overflow the stack, and the caps stop it early.
  const stack: Node[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === newline) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim()) {
        parts.push(text);
        chars += text.length;
        if (chars >= limits.maxChars) {
          truncated = true;
          break;
        }
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (++nodes > limits.maxNodes) {
      truncated = true;
      break;
    }
    // Nodes already on the stack stay readable if the page changes them meanwhile.
    if (nodes % STEP_NODES === 0) yield;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (isSkipped(el, root, tag)) continue;
    if (HEADING.test(tag)) {
      const text = squash(el.textContent ?? '');
      if (text) headings.push(text);
    }
    if (BLOCK_TAGS.has(tag)) parts.push('\n');
    // Pushed in reverse so they pop in reading order; a block's closing newline goes first.
    if (BLOCK_TAGS.has(tag)) stack.push(newline);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }

  const body = parts.join('').replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return { title, description, headings: headings.slice(0, MAX_HEADINGS), body: body.slice(0, limits.maxChars), truncated };
}
