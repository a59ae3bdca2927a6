import { describe, expect, it } from 'vitest';
import { intersectIntervals, normalizeIntervals, subtractIntervals, totalMs, unionIntervals } from './intervals.js';

const iv = (startMs: number, endMs: number) => ({ startMs, endMs });

describe('intervals', () => {
  it('normalises unsorted, overlapping and touching intervals and drops empty ones', () => {
    expect(normalizeIntervals([iv(10, 20), iv(0, 5), iv(5, 8), iv(15, 30), iv(40, 40)])).toEqual([iv(0, 8), iv(10, 30)]);
  });

  it('counts overlapping time once', () => {
    expect(totalMs([iv(0, 10), iv(5, 15)])).toBe(15);
    expect(totalMs([])).toBe(0);
  });

  it('intersects', () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)]);
    expect(intersectIntervals([iv(0, 10)], [iv(10, 20)])).toEqual([]);
  });

  it('subtracts, including cuts that split and cuts that cover', () => {
    expect(subtractIntervals([iv(0, 100)], [iv(10, 20), iv(50, 60)])).toEqual([iv(0, 10), iv(20, 50), iv(60, 100)]);
    expect(subtractIntervals([iv(0, 10)], [iv(-5, 15)])).toEqual([]);
    expect(subtractIntervals([iv(0, 10), iv(20, 30)], [])).toEqual([iv(0, 10), iv(20, 30)]);
  });

  it('unions', () => {
    expect(unionIntervals([iv(0, 5)], [iv(3, 9), iv(12, 13)])).toEqual([iv(0, 9), iv(12, 13)]);
  });

  it('rejects reversed or non-finite intervals', () => {
    expect(() => normalizeIntervals([iv(5, 1)])).toThrow(RangeError);
    expect(() => normalizeIntervals([iv(0, Number.NaN)])).toThrow(RangeError);
  });
});
