import { describe, expect, it } from 'vitest';
import { accuracyFigures, percentile } from './evaluation-metrics.js';

describe('accuracyFigures', () => {
  const scored = [
    { gold: 'a', predicted: 'a' },
    { gold: 'a', predicted: 'oos' },
    { gold: 'b', predicted: 'b' },
    { gold: 'b', predicted: 'a' },
    { gold: 'oos', predicted: 'oos' },
    { gold: 'oos', predicted: 'b' },
  ];

  it('gives plain accuracy without an out-of-scope label', () => {
    expect(accuracyFigures(scored)).toEqual({ accuracy: 0.5 });
  });

  it('splits in-scope accuracy and out-of-scope recall', () => {
    expect(accuracyFigures(scored, 'oos')).toEqual({ accuracy: 0.5, inScopeAccuracy: 0.5, oosRecall: 0.5 });
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});
