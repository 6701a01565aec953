// The relevance gates: the shared scorer runs our command-line matcher over real labelled
// health pages and the page zoo; the thresholds are the product's promise (see README).
import { describe, expect, it } from 'vitest';
import { score, type Metrics } from './scorer';

describe('relevance on the shared labelled pages', () => {
  let metrics: Metrics;
  it('scores every page', () => {
    metrics = score();
    expect(metrics.pages).toBeGreaterThan(300);
  });
  it('finds the main topic first on positive pages (hit@1 >= 90%) and in the top three (hit@3 >= 97%)', () => {
    expect(metrics.hit1).toBeGreaterThanOrEqual(0.9);
    expect(metrics.hit3).toBeGreaterThanOrEqual(0.97);
  });
  it('shows mostly right suggestions (precision >= 90%)', () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('stays quiet on near negatives (>= 97%), far negatives and the page zoo (100%)', () => {
    expect(metrics.quiet['near-negative']).toBeGreaterThanOrEqual(0.97);
    expect(metrics.quiet['far-negative']).toBe(1);
  });
});
