// Reading levels of the library's prose, for the gate in tests/unit/readability.test.ts and the
// figures in data/articles/REVIEW.md. The measure is the Flesch-Kincaid grade (a US school grade)
// of the text-readability package, on text prepared so that its sentence counter sees each
// paragraph and each list item as the sentences they are.
import readability from 'text-readability';
import type { Article, Block, Inline } from '../core/library';

export const SUMMARY_GRADE_LIMIT = 8;
export const BODY_GRADE_LIMIT = 10;
export const BODY_MEAN_GRADE_LIMIT = 9;

const inline = (content: readonly Inline[]) => content.map((part) => part.text).join('');

/**
 * One unit of prose (a paragraph or a list item) as the counter expects a sentence: capitalised
 * and ending with a full stop. text-readability splits sentences only at ". " before a capital, so
 * without this a list of lower-case items reads as one long sentence.
 */
function asSentences(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]["')\]]*$/.test(capital) ? capital : `${capital.replace(/[:;,]$/, '')}.`;
}

/** The running prose of a body: paragraphs and list items, not headings. */
export function bodyProse(blocks: readonly Block[]): string {
  const units: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') units.push(asSentences(inline(block.content)));
    else if (block.kind === 'list') for (const item of block.items) units.push(asSentences(inline(item)));
  }
  return units.filter(Boolean).join(' ');
}

export function grade(text: string): number {
  return readability.fleschKincaidGrade(asSentences(text));
}

export function summaryGrade(article: Pick<Article, 'summary'>): number {
  return readability.fleschKincaidGrade(asSentences(article.summary));
}

export function bodyGrade(article: Pick<Article, 'body'>): number {
  return readability.fleschKincaidGrade(bodyProse(article.body));
}

export interface LibraryLevels {
  summaries: { mean: number; max: number; maxId: string };
  bodies: { mean: number; max: number; maxId: string };
  summaryLength: { mean: number; max: number };
  byArticle: { id: string; summary: number; body: number; summaryLength: number }[];
}

/** Every article's levels, and the library's mean and worst. */
export function libraryLevels(articles: readonly Article[]): LibraryLevels {
  const byArticle = articles.map((a) => ({ id: a.id, summary: summaryGrade(a), body: bodyGrade(a), summaryLength: a.summary.length }));
  const stats = (key: 'summary' | 'body') => {
    const worst = byArticle.reduce((w, r) => (r[key] > w[key] ? r : w));
    return { mean: round(byArticle.reduce((n, r) => n + r[key], 0) / byArticle.length), max: worst[key], maxId: worst.id };
  };
  return {
    summaries: stats('summary'),
    bodies: stats('body'),
    summaryLength: { mean: round(byArticle.reduce((n, r) => n + r.summaryLength, 0) / byArticle.length), max: Math.max(...byArticle.map((r) => r.summaryLength)) },
    byArticle,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
