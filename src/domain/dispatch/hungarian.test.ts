import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxWeightAssignment } from './hungarian.js';

const X = -Infinity; // forbidden

/** Best (allowed pairs, total) over every injective pairing of the smaller side, by enumeration. */
function bruteForce(values: number[][]): { count: number; total: number } {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  let best = { count: 0, total: 0 };
  const usedCols = new Array<boolean>(cols).fill(false);
  const visit = (r: number, count: number, total: number) => {
    if (r === rows) {
      if (count > best.count || (count === best.count && total > best.total + 1e-12)) best = { count, total };
      return;
    }
    visit(r + 1, count, total); // row r unpaired
    for (let c = 0; c < cols; c++) {
      const v = values[r]![c]!;
      if (usedCols[c] || v === X) continue;
      usedCols[c] = true;
      visit(r + 1, count + 1, total + v);
      usedCols[c] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

function checkValid(values: number[][], rowToColumn: readonly (number | null)[]): void {
  const seen = new Set<number>();
  rowToColumn.forEach((c, r) => {
    if (c === null) return;
    expect(seen.has(c)).toBe(false);
    seen.add(c);
    expect(values[r]![c]).not.toBe(X);
  });
}

describe('maxWeightAssignment', () => {
  it('solves a square maximisation', () => {
    const values = [
      [7, 5, 1],
      [8, 9, 2],
      [6, 3, 4],
    ];
    // best: 0→0 (7) + 1→1 (9) + 2→2 (4) = 20 vs 0→1 5 + 1→0 8 + 2→2 4 = 17 …
    const r = maxWeightAssignment(values);
    expect(r.rowToColumn).toEqual([0, 1, 2]);
    expect(r.total).toBe(20);
    expect(r.assignedCount).toBe(3);
  });

  it('handles more columns than rows', () => {
    const r = maxWeightAssignment([
      [1, 10, 3, 0],
      [2, 9, 8, 1],
    ]);
    expect(r.rowToColumn).toEqual([1, 2]);
    expect(r.total).toBe(18);
  });

  it('handles more rows than columns, leaving the worst rows unpaired', () => {
    const r = maxWeightAssignment([[1], [5], [3]]);
    expect(r.rowToColumn).toEqual([null, 0, null]);
    expect(r.total).toBe(5);
  });

  it('prefers pairing more rows over a higher total (forbidden cells)', () => {
    // row 0 alone could take 100 at column 0, but then row 1 (only column 0 allowed) is stranded.
    const r = maxWeightAssignment([
      [100, 1],
      [2, X],
    ]);
    expect(r.rowToColumn).toEqual([1, 0]);
    expect(r.assignedCount).toBe(2);
    expect(r.total).toBe(3);
  });

  it('reports rows with only forbidden cells left as unpaired', () => {
    const r = maxWeightAssignment([
      [X, X],
      [4, X],
    ]);
    expect(r.rowToColumn).toEqual([null, 0]);
    expect(r.assignedCount).toBe(1);
  });

  it('handles empty and all-forbidden matrices', () => {
    expect(maxWeightAssignment([])).toEqual({ rowToColumn: [], assignedCount: 0, total: 0 });
    expect(maxWeightAssignment([[], []])).toEqual({ rowToColumn: [null, null], assignedCount: 0, total: 0 });
    expect(maxWeightAssignment([[X, X]])).toEqual({ rowToColumn: [null], assignedCount: 0, total: 0 });
  });

  it('handles negative values (still pairs min(rows, cols) when allowed)', () => {
    const r = maxWeightAssignment([
      [-5, -1],
      [-2, -9],
    ]);
    expect(r.rowToColumn).toEqual([1, 0]);
    expect(r.total).toBe(-3);
  });

  it('throws on ragged rows, NaN and +Infinity', () => {
    expect(() => maxWeightAssignment([[1, 2], [3]])).toThrow(RangeError);
    expect(() => maxWeightAssignment([[Number.NaN]])).toThrow(RangeError);
    expect(() => maxWeightAssignment([[Infinity]])).toThrow(RangeError);
  });

  it('matches brute force on random small matrices (any shape, forbidden cells, ties)', () => {
    const matrixArb = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([rows, cols]) =>
        fc.array(
          fc.array(
            fc.oneof(
              { weight: 1, arbitrary: fc.constant(X) },
              { weight: 2, arbitrary: fc.integer({ min: -5, max: 10 }) }, // integers: plenty of ties
              { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
            ),
            { minLength: cols, maxLength: cols },
          ),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(matrixArb, (values) => {
        const result = maxWeightAssignment(values);
        const expected = bruteForce(values);
        checkValid(values, result.rowToColumn);
        expect(result.assignedCount).toBe(expected.count);
        expect(result.total).toBeCloseTo(expected.total, 9);
        const recomputed = result.rowToColumn.reduce<number>((s, c, r) => (c === null ? s : s + values[r]![c]!), 0);
        expect(recomputed).toBeCloseTo(result.total, 12);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    const values = [
      [1, 1, 1],
      [1, 1, 1],
    ];
    expect(maxWeightAssignment(values)).toEqual(maxWeightAssignment(values));
  });
});
