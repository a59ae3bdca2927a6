import { describe, expect, it } from 'vitest';
import { LogSum, expRatio, log1mExp, logAddExp } from './log-math.js';

describe('logAddExp', () => {
  it('adds ordinary numbers', () => {
    expect(Math.exp(logAddExp(Math.log(2), Math.log(3)))).toBeCloseTo(5, 12);
  });
  it('treats -Infinity as zero without producing NaN', () => {
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logAddExp(-Infinity, 1.5)).toBe(1.5);
  });
  it('does not overflow for huge logs', () => {
    expect(logAddExp(5000, 5000)).toBeCloseTo(5000 + Math.LN2, 10);
  });
});

describe('log1mExp', () => {
  it('is accurate near zero and far from it', () => {
    expect(log1mExp(-1e-20)).toBeCloseTo(Math.log(1e-20), 10);
    expect(log1mExp(-50)).toBeCloseTo(-Math.exp(-50), 30);
    expect(log1mExp(-1)).toBeCloseTo(Math.log(1 - Math.exp(-1)), 14);
  });
  it('gives -Infinity at 0 and rejects positive input', () => {
    expect(log1mExp(0)).toBe(-Infinity);
    expect(() => log1mExp(0.1)).toThrow(RangeError);
  });
});

describe('LogSum', () => {
  it('sums terms of wildly different sizes', () => {
    const sum = new LogSum();
    for (const v of [1e-300, 2, 3, 1e-300]) sum.add(Math.log(v));
    expect(Math.exp(sum.value())).toBeCloseTo(5, 12);
  });
  it('handles terms that would overflow as plain numbers', () => {
    const sum = new LogSum();
    sum.add(2000);
    sum.add(2000 + Math.log(3));
    expect(sum.value()).toBeCloseTo(2000 + Math.log(4), 10);
  });
  it('is -Infinity while empty and ignores zero terms', () => {
    const sum = new LogSum();
    expect(sum.value()).toBe(-Infinity);
    sum.add(-Infinity);
    expect(sum.value()).toBe(-Infinity);
  });
  it('refuses NaN', () => {
    expect(() => new LogSum().add(Number.NaN)).toThrow(RangeError);
  });
});

describe('expRatio', () => {
  it('reads an empty numerator as zero even over an empty denominator', () => {
    expect(expRatio(-Infinity, -Infinity)).toBe(0);
    expect(expRatio(Math.log(1), Math.log(4))).toBeCloseTo(0.25, 15);
  });
});
