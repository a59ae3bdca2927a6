import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEvenly } from './split.js';

describe('splitEvenly', () => {
  it('gives the remainder pennies to the first parts', () => {
    expect(splitEvenly(10_001, 4)).toEqual([2501, 2500, 2500, 2500]);
    expect(splitEvenly(10_003, 4)).toEqual([2501, 2501, 2501, 2500]);
    expect(splitEvenly(8_999, 4)).toEqual([2250, 2250, 2250, 2249]);
    expect(splitEvenly(12_000, 4)).toEqual([3000, 3000, 3000, 3000]);
    expect(splitEvenly(3, 4)).toEqual([1, 1, 1, 0]);
    expect(splitEvenly(0, 3)).toEqual([0, 0, 0]);
    expect(splitEvenly(7, 1)).toEqual([7]);
    expect(splitEvenly(Number.MAX_SAFE_INTEGER, 7).reduce((sum, part) => sum + part, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws on programmer errors', () => {
    expect(() => splitEvenly(10, 0)).toThrow(RangeError);
    expect(() => splitEvenly(10.5, 2)).toThrow(RangeError);
    expect(() => splitEvenly(-1, 2)).toThrow(RangeError);
  });

  it('always sums exactly, parts differ by at most 1 and never increase (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 60 }), (total, n) => {
        const parts = splitEvenly(total, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        parts.forEach((part, index) => {
          expect(Number.isInteger(part)).toBe(true);
          if (index > 0) expect(part).toBeLessThanOrEqual(parts[index - 1] ?? Infinity);
        });
      }),
    );
  });
});
