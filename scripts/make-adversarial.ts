// Writes tests/fixtures/adversarial.jsonl: far-negative pages (news, parenting, tech, sport,
// finance, recipes, travel, DIY) that together use the words of every multi-word term of the
// match index, but apart or in other senses, never as the term. "groin strain" becomes a
// restoration story with a groin vault on one page and the strain on household budgets in
// another paragraph; "hip fracture" a hip-hop stage and a fractured coalition. Every page
// should leave HipLens quiet (tests/relevance/adversarial.test.ts).
//
//   npx tsx scripts/make-adversarial.ts        (after npm run library)
//
// Deterministic: a seeded generator over the index's keys in sorted order, so the same index
// gives the same bytes (tests/unit/adversarial-fixture.test.ts checks the file is current).
// The prose is hand-written (scripts/adversarial/): sentences for each word in an ordinary
// sense, and a frame per kind of page. A word with no ordinary sense (NO_ORDINARY_SENSE) is
// left out; a term is covered when its other words share a page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MatchIndex } from '../core/match-index';
import { contentTokens, keyOf, normalize, tokenize } from '../core/text';
import { GENRES, NO_ORDINARY_SENSE, SENTENCES, type Genre } from './adversarial/bank';
import { FRAMES, SLOTS } from './adversarial/genres';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE = join(root, 'tests', 'fixtures', 'adversarial.jsonl');
const SEED = 20_240_612;
/** Word sentences on one page at most: enough to cover many terms, few enough to stay readable. */
const WORDS_PER_PAGE = 12;
const MIN_WORDS = 120;
const MAX_WORDS = 400;

export interface AdversarialPage {
  id: string;
  url: string;
  title: string;
  kind: 'far-negative';
  expect: string[];
  acceptable: string[];
  text: string;
}

const skipped: ReadonlySet<string> = new Set(NO_ORDINARY_SENSE);

/** The index's multi-word keys (two or more content tokens), sorted. */
export function multiWordKeys(index: MatchIndex): string[] {
  return Object.keys(index.terms).filter((k) => k.includes(' ')).sort();
}

/** The words of a key a page must use: its distinct tokens that have an ordinary sense. */
export function ordinaryWords(key: string): string[] {
  return [...new Set(key.split(' '))].filter((t) => !skipped.has(t));
}

interface Sentence {
  word: string;
  genre: Genre | 'any';
  text: string;
}

export function parseSentences(): Map<string, Sentence[]> {
  const byWord = new Map<string, Sentence[]>();
  const errors: string[] = [];
  for (const line of SENTENCES.split('\n')) {
    if (!line.trim()) continue;
    const [word, genre, text] = line.split('|') as [string, Genre | 'any', string];
    if (genre !== 'any' && !GENRES.includes(genre)) errors.push(`unknown kind ${genre} in "${line}"`);
    if (!tokenize(text).includes(word)) errors.push(`"${text}" does not use the word ${word}`);
    const list = byWord.get(word) ?? [];
    list.push({ word, genre, text });
    byWord.set(word, list);
  }
  if (errors.length) throw new Error(`bank:\n${errors.join('\n')}`);
  return byWord;
}

/** mulberry32: a small seeded generator, so the fixture is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}

function fill(template: string, rand: () => number, chosen: Map<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (!chosen.has(slot)) chosen.set(slot, pick(SLOTS[slot] ?? [slot], rand));
    return chosen.get(slot)!;
  });
}

/** The first key whose tokens stand together in the text as a window of content tokens, if any. */
export function termIn(text: string, index: MatchIndex): string | undefined {
  const tokens = contentTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= index.maxPhrase && i + n <= tokens.length; n++) {
      const key = keyOf(tokens.slice(i, i + n));
      if (Object.hasOwn(index.terms, key)) return key;
    }
  }
  return undefined;
}

function wordCount(text: string): number {
  return normalize(text).split(' ').filter(Boolean).length;
}

/** Groups the keys into pages: each page a kind and the words it must use. */
export function plan(keys: string[], bank: Map<string, Sentence[]>): { genre: Genre; words: string[]; keys: string[] }[] {
  const genresOf = new Map<string, Set<Genre>>();
  for (const [word, list] of bank) {
    genresOf.set(word, new Set(list.flatMap((s) => (s.genre === 'any' ? [...GENRES] : [s.genre]))));
  }
  const missing = [...new Set(keys.flatMap(ordinaryWords))].filter((w) => !bank.has(w)).sort();
  if (missing.length) throw new Error(`bank: no sentence for ${missing.join(', ')} (write some, or list them in NO_ORDINARY_SENSE)`);
  const fits = (word: string, genre: Genre) => genresOf.get(word)!.has(genre);
  /** How many kinds of page a key could be written on. */
  const freedom = (key: string) => GENRES.filter((g) => ordinaryWords(key).every((w) => fits(w, g))).length;
  let open = keys.filter((k) => ordinaryWords(k).length > 0);
  const pages: { genre: Genre; words: string[]; keys: string[] }[] = [];
  let turn = 0;
  while (open.length) {
    // The kinds take turns; a kind with no key it can write on its own gives way to the next.
    let genre: Genre | undefined;
    let first: string | undefined;
    for (let step = 0; step < GENRES.length && !first; step++) {
      const g = GENRES[(turn + step) % GENRES.length]!;
      // The key that fits fewest kinds first, so the flexible ones are left to even out the kinds.
      const k = open.filter((key) => ordinaryWords(key).every((w) => fits(w, g))).sort((a, b) => freedom(a) - freedom(b))[0];
      if (k) [genre, first] = [g, k];
    }
    if (!first) {
      // Words from different kinds: the kind most of them fit, the rest borrowed.
      first = open[0]!;
      const words = ordinaryWords(first);
      genre = [...GENRES].sort((a, b) => words.filter((w) => fits(w, b)).length - words.filter((w) => fits(w, a)).length)[0]!;
    }
    turn++;
    const words = new Set(ordinaryWords(first));
    const taken = [first];
    // Then the key that adds fewest words, a word borrowed from another kind counting double
    // (a page borrows at most two), the least flexible key first among equals.
    let borrowed = ordinaryWords(first).filter((w) => !fits(w, genre!)).length;
    for (;;) {
      let best: string | undefined;
      let bestCost = Infinity;
      let bestFreedom = Infinity;
      let bestBorrowed = 0;
      for (const key of open) {
        if (taken.includes(key)) continue;
        const fresh = ordinaryWords(key).filter((w) => !words.has(w));
        if (words.size + fresh.length > WORDS_PER_PAGE) continue;
        const off = fresh.filter((w) => !fits(w, genre!)).length;
        if (off > 0 && borrowed + off > 2) continue;
        const cost = fresh.length + off;
        if (cost > bestCost || (cost === bestCost && freedom(key) >= bestFreedom)) continue;
        best = key;
        bestCost = cost;
        bestFreedom = freedom(key);
        bestBorrowed = off;
      }
      if (!best) break;
      taken.push(best);
      borrowed += bestBorrowed;
      for (const w of ordinaryWords(best)) words.add(w);
    }
    open = open.filter((k) => !taken.includes(k));
    pages.push({ genre: genre!, words: [...words].sort(), keys: taken });
  }
  return pages;
}

/** The adversarial pages for an index: a pure function of it (and of the hand-written bank). */
export function adversarialPages(index: MatchIndex): AdversarialPage[] {
  const bank = parseSentences();
  const rand = random(SEED);
  const used = new Map<string, number>();
  const titles = new Set<string>();
  const pages: AdversarialPage[] = [];
  const planned = plan(multiWordKeys(index), bank);
  planned.forEach(({ genre, words }, n) => {
    const frame = FRAMES[genre];
    const slots = new Map<string, string>();
    // One sentence per word, of the page's kind where the bank has one, least used first.
    const chosen = words.map((word) => {
      const all = bank.get(word)!;
      const own = all.filter((s) => s.genre === genre);
      const any = all.filter((s) => s.genre === 'any');
      const pool = own.length ? own : any.length ? any : all;
      const fewest = Math.min(...pool.map((s) => used.get(s.text) ?? 0));
      const sentence = pick(pool.filter((s) => (used.get(s.text) ?? 0) === fewest), rand);
      used.set(sentence.text, fewest + 1);
      return sentence.text;
    });
    let title = '';
    for (let tries = 0; tries < 50 && (!title || titles.has(title)); tries++) {
      slots.clear();
      title = fill(pick(frame.titles, rand), rand, slots);
    }
    if (titles.has(title)) title = `${title} (${n + 1})`;
    titles.add(title);
    // Other sentences of the same kind lengthen a short page (never a region word's: those
    // appear only where a term needs them).
    const others = [...bank.values()]
      .flat()
      .filter((s) => s.genre === genre && !words.includes(s.word) && !REGION_STEMS.has(s.word) && !chosen.includes(s.text));
    const target = 170 + Math.floor(rand() * 130);
    let text = '';
    for (let attempt = 0; attempt < 40 && !text; attempt++) {
      const intro = fill(pick(frame.intros, rand), rand, slots);
      const outro = fill(pick(frame.outros, rand), rand, slots);
      const body = shuffle(chosen, rand);
      const padding = shuffle(others, rand);
      const seen = new Set(body);
      while (wordCount([title, intro, ...body, outro].join(' ')) < target && padding.length) {
        const more = padding.pop()!.text;
        if (seen.has(more)) continue;
        seen.add(more);
        body.splice(Math.floor(rand() * (body.length + 1)), 0, more);
      }
      const fillers = shuffle(frame.fillers, rand).map((f) => fill(f, rand, slots));
      const paragraphs = [intro];
      for (let i = 0; i < body.length; ) {
        const size = 3 + Math.floor(rand() * 2);
        const part = body.slice(i, i + size);
        i += size;
        if (paragraphs.length > 1 && fillers.length && rand() < 0.5) part.unshift(fillers.pop()!);
        paragraphs.push(part.join(' '));
      }
      paragraphs.push(outro);
      const candidate = paragraphs.join('\n\n');
      if (!termIn(`${title}\n${candidate}`, index)) text = candidate;
    }
    if (!text) throw new Error(`page ${n + 1}: every ordering of its sentences joins a term (${words.join(', ')})`);
    const count = wordCount(`${title} ${text}`);
    if (count < MIN_WORDS || count > MAX_WORDS) throw new Error(`page ${n + 1}: ${count} words`);
    const id = `adv-${String(n + 1).padStart(3, '0')}-${genre}`;
    const slug = normalize(title).split(' ').slice(0, 8).join('-');
    const site = frame.site.replace(/\{(\w+)\}/g, (_, s: string) => normalize(slots.get(s) ?? pick(SLOTS[s]!, rand)).replace(/ /g, '-'));
    pages.push({ id, url: `${site}/${slug}`, title, kind: 'far-negative', expect: [], acceptable: [], text });
  });
  return pages;
}

/** Region words the padding leaves out: they appear only where a page needs them. */
const REGION_STEMS: ReadonlySet<string> = new Set(['hip', 'groin', 'thigh', 'spine', 'spinal', 'hamstr', 'butt', 'bum']);

/** The fixture's bytes: one JSON line per page. */
export function adversarialJsonl(index: MatchIndex): string {
  return adversarialPages(index).map((p) => JSON.stringify(p)).join('\n') + '\n';
}

function main(): void {
  const index = JSON.parse(readFileSync(join(root, 'data', 'generated', 'match-index.json'), 'utf8')) as MatchIndex;
  const jsonl = adversarialJsonl(index);
  writeFileSync(FIXTURE, jsonl);
  const pages = jsonl.trim().split('\n').length;
  console.log(`adversarial: ${pages} pages, ${multiWordKeys(index).length} multi-word terms, ${(jsonl.length / 1024).toFixed(0)} KB -> tests/fixtures/adversarial.jsonl`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
