import { describe, expect, it } from 'vitest';
import { createRng, weightedIndex } from './random.js';

const draw = <T,>(n: number, f: () => T): T[] => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('createRng', () => {
  it('is deterministic per (seed, stream) and differs across seeds and streams', () => {
    const a = draw(5, createRng(42).next);
    expect(draw(5, createRng(42).next)).toEqual(a);
    expect(draw(5, createRng(43).next)).not.toEqual(a);
    expect(draw(5, createRng(42, 'agents').next)).not.toEqual(a);
    expect(draw(5, createRng(42).fork('x').next)).toEqual(draw(5, createRng(42, '/x').next));
  });

  it('pins the first numbers of seed 1, so an accidental change to the generator is caught', () => {
    const first = draw(3, createRng(1).next).map((x) => Math.round(x * 1e9));
    expect(first).toMatchInlineSnapshot(`
      [
        767569309,
        68037024,
        745820822,
      ]
    `);
  });

  it('gives uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const xs = draw(100_000, createRng(3).next);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Standard error of the mean is sqrt(1/12 / 1e5) ≈ 0.0009; 0.005 is > 5 SE.
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(variance(xs)).toBeCloseTo(1 / 12, 2);
  });

  it('draws exponential, normal and lognormal with the right first two moments', () => {
    const rng = createRng(11);
    const exp = draw(100_000, () => rng.exponential(30));
    expect(Math.abs(mean(exp) - 30)).toBeLessThan(0.5); // SE 0.095
    expect(Math.abs(Math.sqrt(variance(exp)) - 30)).toBeLessThan(0.8);
    const norm = draw(100_000, () => rng.normal(5, 2));
    expect(Math.abs(mean(norm) - 5)).toBeLessThan(0.03); // SE 0.0063
    expect(Math.abs(Math.sqrt(variance(norm)) - 2)).toBeLessThan(0.03);
    const logn = draw(200_000, () => rng.lognormal(8, 5));
    expect(Math.abs(mean(logn) - 8)).toBeLessThan(0.1); // SE 0.011
    expect(Math.abs(Math.sqrt(variance(logn)) - 5)).toBeLessThan(0.25);
    expect(logn.every((x) => x > 0)).toBe(true);
    expect(rng.lognormal(3, 0)).toBe(3);
  });

  it('draws bernoulli and integers with the right frequencies', () => {
    const rng = createRng(5);
    const hits = draw(100_000, () => (rng.bernoulli(0.3) ? 1 : 0));
    expect(Math.abs(mean(hits) - 0.3)).toBeLessThan(0.006); // SE 0.0014
    const dice = draw(60_000, () => rng.int(1, 6));
    for (let face = 1; face <= 6; face++) {
      expect(Math.abs(dice.filter((d) => d === face).length - 10_000)).toBeLessThan(400); // SD ≈ 91
    }
  });

  it('chooses by weight and refuses meaningless weights', () => {
    const rng = createRng(9);
    const picks = draw(90_000, () => rng.weightedChoice(['a', 'b', 'c'], [1, 0, 2]));
    expect(picks.filter((p) => p === 'b')).toHaveLength(0);
    expect(Math.abs(picks.filter((p) => p === 'a').length - 30_000)).toBeLessThan(800); // SD ≈ 141
    expect(weightedIndex([1, 1], 0)).toBe(0);
    expect(weightedIndex([1, 1], 0.999999)).toBe(1);
    expect(weightedIndex([0, 3, 0], 0.9999999999)).toBe(1);
    expect(() => weightedIndex([0, 0], 0.5)).toThrow(RangeError);
    expect(() => weightedIndex([1, -1], 0.5)).toThrow(RangeError);
  });
});
