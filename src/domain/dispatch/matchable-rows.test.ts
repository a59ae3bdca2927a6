import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { earliestMatchableRows } from './matchable-rows.js';

/** Can all these rows be matched at once? (brute force) */
function allMatchable(rows: number[], allowed: number[][]): boolean {
  const used = new Set<number>();
  const go = (k: number): boolean => {
    if (k === rows.length) return true;
    for (const c of allowed[rows[k]!]!) {
      if (used.has(c)) continue;
      used.add(c);
      if (go(k + 1)) return true;
      used.delete(c);
    }
    return false;
  };
  return go(0);
}

describe('earliestMatchableRows', () => {
  it('re-routes an earlier row to make room instead of dropping a later one', () => {
    // row 0 may use columns 0 or 1; row 1 only column 0.
    expect(earliestMatchableRows([[0, 1], [0]], 2)).toEqual([0, 1]);
  });

  it('drops the later row when two rows compete for one column', () => {
    expect(earliestMatchableRows([[0], [0], [1]], 2)).toEqual([0, 2]);
  });

  it('equals the greedy-by-order brute force on random bipartite graphs', () => {
    const graphArb = fc
      .tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 5 }))
      .chain(([rows, cols]) =>
        fc.tuple(fc.constant(cols), fc.array(fc.subarray(Array.from({ length: cols }, (_, i) => i)), { minLength: rows, maxLength: rows })),
      );
    fc.assert(
      fc.property(graphArb, ([cols, allowed]) => {
        const expected: number[] = [];
        for (let r = 0; r < allowed.length; r++) if (allMatchable([...expected, r], allowed)) expected.push(r);
        expect(earliestMatchableRows(allowed, cols)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
