// Lay-language pages: 111 forum threads, parent-group posts, physio Q&As, diaries and Reddit-like
// threads in everyday UK/US/AU English (typos and text-speak included), each describing one
// condition without naming it (no name, alias, abbreviation or medical term) — only symptoms,
// the movements that hurt, who it happens to and what the clinician said in plain words.
// Written by a blind author: a separate session that never read the engine (core/, compiler/,
// data/articles/, data/generated/) or the wording of the other fixtures, only conditions.tsv and
// the scorer's corpus format. The gate was set before the first run and is not to be lowered to
// fit the engine. Baseline, first run against the engine at 1b7e9c5: hit@1 9.0%, hit@3 10.8%,
// precision 75.0% (48 suggestions on 111 pages; 99 pages missed, most with nothing shown).
import { describe, expect, it } from 'vitest';
import { score } from './scorer';

const corpus = 'tests/fixtures/lay-pages.jsonl';

describe(`relevance on ${corpus}`, () => {
  it('finds the condition a page describes in lay words without naming it', () => {
    const metrics = score(corpus);
    expect(metrics.hit1).toBeGreaterThanOrEqual(0.9);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.85);
  });
});
