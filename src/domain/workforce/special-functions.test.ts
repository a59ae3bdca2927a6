import { describe, expect, it } from 'vitest';
import { harmonicRange, logFactorial, logRisingFactorial } from './special-functions.js';

function directLogRising(a: number, m: number): number {
  let sum = 0;
  for (let i = 0; i < m; i += 1) sum += Math.log(a + i);
  return sum;
}

function directHarmonic(a: number, m: number): number {
  let sum = 0;
  for (let i = m - 1; i >= 0; i -= 1) sum += 1 / (a + i); // smallest terms first
  return sum;
}

describe('logRisingFactorial', () => {
  it.each([
    [0.3, 10],
    [1, 65],
    [0.05, 1000],
    [7.5, 100_000],
    [2e4, 3e5],
    [5.5e7, 2e5],
  ])('matches the direct sum for a = %f, m = %i', (a, m) => {
    const direct = directLogRising(a, m);
    expect(Math.abs(logRisingFactorial(a, m) - direct)).toBeLessThan(1e-9 * Math.max(1, Math.abs(direct)) + 1e-10);
  });

  it('gives ln m! and is 0 for an empty product', () => {
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 12);
    expect(logFactorial(170)).toBeCloseTo(706.5730622457874, 9);
    expect(logRisingFactorial(3.3, 0)).toBe(0);
  });
});

describe('harmonicRange', () => {
  it.each([
    [0.5, 10],
    [1, 1000],
    [0.001, 5000],
    [3e6, 2e5],
  ])('matches the direct sum for a = %f, m = %i', (a, m) => {
    expect(harmonicRange(a, m)).toBeCloseTo(directHarmonic(a, m), 11);
  });

  it('is the harmonic number H_m for a = 1', () => {
    expect(harmonicRange(1, 4)).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4, 15);
    expect(harmonicRange(1, 1e6)).toBeCloseTo(Math.log(1e6) + 0.5772156649015329 + 1 / 2e6, 11);
  });
});
