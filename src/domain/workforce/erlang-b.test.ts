import { describe, expect, it } from 'vitest';
import { erlangB, logErlangB } from './erlang-b.js';

/** Textbook definition, fine for small n: (a^n/n!) / Σ_{k<=n} a^k/k!. */
function erlangBByDefinition(n: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= n; k += 1) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

describe('erlangB', () => {
  it('matches the textbook definition for small systems', () => {
    for (const n of [1, 2, 5, 10, 20, 30]) {
      for (const a of [0.3, 1, 4.5, 10, 25]) {
        expect(erlangB(n, a)).toBeCloseTo(erlangBByDefinition(n, a), 13);
      }
    }
  });

  it('gives the Erlang B table value for 10 trunks at 5 Erlangs (1.84 % blocking)', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
  });

  it('has the boundary values: no servers blocks everything, no load blocks nothing', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(7, 0)).toBe(0);
    expect(logErlangB(7, 0)).toBe(-Infinity);
  });

  it('stays finite in log space where the probability underflows (5,000 servers, 10 Erlangs)', () => {
    const logB = logErlangB(5000, 10);
    expect(Number.isFinite(logB)).toBe(true);
    // For n >> a the denominator Σ a^k/k! is e^a, so ln B = n ln a - ln n! - a; ln n! by Stirling.
    const n = 5000;
    const logFactorial = n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n);
    expect(logB).toBeCloseTo(n * Math.log(10) - logFactorial - 10, 6);
    expect(erlangB(5000, 10)).toBe(0);
  });

  it('is finite and in (0, 1) for large systems at and above saturation', () => {
    for (const [n, a] of [
      [2000, 2000],
      [2000, 1999.999],
      [3000, 6000],
      [1, 1e6],
    ] as const) {
      const b = erlangB(n, a);
      expect(b).toBeGreaterThan(0);
      expect(b).toBeLessThan(1);
    }
    // Large-n limit: B(n, n) ≈ sqrt(2 / (π n)) (Jagerman); within 2 % at n = 2000.
    expect(erlangB(2000, 2000) / Math.sqrt(2 / (Math.PI * 2000))).toBeCloseTo(1, 1);
  });

  it('rejects non-integer or negative servers and negative load', () => {
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
    expect(() => erlangB(-1, 1)).toThrow(RangeError);
    expect(() => erlangB(3, -1)).toThrow(RangeError);
    expect(() => erlangB(3, Number.NaN)).toThrow(RangeError);
  });
});
