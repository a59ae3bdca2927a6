import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chance, mulberry32, pick, pickWeighted, randomInt, seedFrom } from './prng.js';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const rng = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const x = rng();
      if (!(x >= 0 && x < 1)) outOfRange += 1;
      buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    }
    expect(outOfRange).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('seedFrom', () => {
  it('is stable and tells similar seeds apart', () => {
    expect(seedFrom('demo')).toBe(seedFrom('demo'));
    expect(seedFrom('demo')).not.toBe(seedFrom('demp'));
    expect(seedFrom(42)).toBe(seedFrom('42'));
  });
});

describe('helpers', () => {
  it('randomInt stays within both bounds (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const value = randomInt(mulberry32(seed), min, min + span);
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(min + span);
        expect(Number.isInteger(value)).toBe(true);
      }),
    );
  });

  it('pick, chance and pickWeighted follow their inputs', () => {
    const rng = mulberry32(1);
    expect(() => pick(rng, [])).toThrow(RangeError);
    expect(pick(rng, ['only'])).toBe('only');
    expect(chance(rng, 0)).toBe(false);
    expect(chance(rng, 1)).toBe(true);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i += 1) counts[pickWeighted(rng, { a: 3, b: 1, never: 0 })] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });
});
