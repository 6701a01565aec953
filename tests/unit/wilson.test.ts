import { describe, expect, it } from 'vitest';
import { wilson } from '../../core/wilson';

describe('the Wilson score interval', () => {
  it('matches published values', () => {
    // 19/19: about 83.2% to 100%; 81/100: about 72.2% to 87.5%.
    const [lo, hi] = wilson(19, 19);
    expect(lo).toBeCloseTo(0.832, 3);
    expect(hi).toBe(1);
    const [lo2, hi2] = wilson(81, 100);
    expect(lo2).toBeCloseTo(0.7222, 3);
    expect(hi2).toBeCloseTo(0.8749, 3);
  });
  it('is the whole range for no data', () => expect(wilson(0, 0)).toEqual([0, 1]));
});
