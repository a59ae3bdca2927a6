import { describe, expect, it } from 'vitest';
import { MAX_AGENTS_SEARCHED, smallestMeeting } from './staff-search.js';

describe('smallestMeeting', () => {
  it('finds the first n that meets a monotone requirement', () => {
    for (const threshold of [0, 1, 2, 3, 17, 64, 65, 1000, 123_457]) {
      expect(smallestMeeting(0, (n) => n >= threshold)).toBe(threshold);
    }
  });

  it('returns the lower bound when it already meets the requirement', () => {
    expect(smallestMeeting(12, () => true)).toBe(12);
  });

  it('evaluates O(log n) candidates, not every n', () => {
    let calls = 0;
    smallestMeeting(0, (n) => {
      calls += 1;
      return n >= 100_000;
    });
    expect(calls).toBeLessThan(40);
  });

  it('throws when nothing up to the search limit meets the requirement', () => {
    expect(() => smallestMeeting(0, () => false)).toThrow(String(MAX_AGENTS_SEARCHED));
    expect(() => smallestMeeting(-1, () => true)).toThrow(RangeError);
  });
});
