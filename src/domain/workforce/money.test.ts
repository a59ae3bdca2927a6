import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp } from './money.js';

describe('divideRoundHalfUp', () => {
  it('rounds halves up and everything else to nearest', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(7, 2)).toBe(4);
    expect(divideRoundHalfUp(149, 100)).toBe(1);
    expect(divideRoundHalfUp(150, 100)).toBe(2);
    expect(divideRoundHalfUp(0, 7)).toBe(0);
  });

  it('is exact where floating point is not (0.285 × 100 is 28.499999999999996)', () => {
    expect(divideRoundHalfUp(285, 10)).toBe(29);
  });

  it('stays exact for large safe integers', () => {
    expect(divideRoundHalfUp(9_007_199_254_740_991, 2)).toBe(4_503_599_627_370_496);
  });

  it('rejects non-integers, negatives and a zero denominator', () => {
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });
});
