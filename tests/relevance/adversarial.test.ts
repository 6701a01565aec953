// The adversarial negatives (tests/fixtures/adversarial.jsonl, from scripts/make-adversarial.ts):
// ordinary pages that use the words of every multi-word term of the index apart or in other
// senses (a hip-hop review beside a fractured coalition, a groin vault beside the strain on
// budgets). None is about the hip, groin or buttock, so every one must leave HipLens quiet.
import { describe, expect, it } from 'vitest';
import { score } from './scorer';

const corpus = 'tests/fixtures/adversarial.jsonl';

describe(`relevance on ${corpus}`, () => {
  it('stays quiet on every page', () => {
    const metrics = score(corpus);
    expect(metrics.quiet['far-negative'], 'far-negative').toBe(1);
  });
});
