import { describe, expect, it } from 'vitest';
import { mulberry32, poisson } from './seeded-rng.test-helper.js';

describe('test randomness helpers', () => {
  it('mulberry32 is reproducible and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('poisson has the right mean and variance, including means above one chunk', () => {
    const rng = mulberry32(7);
    for (const mean of [0.5, 12, 95]) {
      const xs = Array.from({ length: 20_000 }, () => poisson(rng, mean));
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
      expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(mean / xs.length));
      expect(v / mean).toBeCloseTo(1, 1);
    }
    expect(poisson(rng, 0)).toBe(0);
  });
});
