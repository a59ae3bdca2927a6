/**
 * Seeded randomness for the simulator: xoshiro128** (Blackman & Vigna), 32-bit state words,
 * seeded through splitmix32 so that nearby seeds give unrelated streams. The same (seed, stream)
 * always yields the same numbers; separate named streams (arrivals, customers, agents…) keep one
 * part of the model from shifting another's numbers when it draws more or fewer of them, so two
 * policies run on the same seed see the same customers (common random numbers).
 */

export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  uniform(min: number, max: number): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  bernoulli(p: number): boolean;
  exponential(mean: number): number;
  normal(mean: number, sd: number): number;
  /** Lognormal given the mean and standard deviation of the variable itself (not of its log). */
  lognormal(mean: number, sd: number): number;
  /** Index chosen with probability weight / Σ weights; weights >= 0 with a positive sum. */
  weightedIndex(weights: readonly number[]): number;
  weightedChoice<T>(items: readonly T[], weights: readonly number[]): T;
  /** An independent stream derived from this one's seed and a name. */
  fork(name: string): Rng;
}

const TWO_POW_32 = 4_294_967_296;

/** FNV-1a over the UTF-16 code units: stable across platforms, good enough to separate stream names. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A stream for `seed` (any safe integer) and an optional stream name. */
export function createRng(seed: number, stream = ''): Rng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d) ^ hashName(stream));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one xoshiro cannot leave

  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / TWO_POW_32;
  };

  const normal = (mean: number, sd: number): number => {
    // Box–Muller without a cached spare: two uniforms per draw keeps the stream's use predictable.
    const u = 1 - next(); // (0, 1]: log(0) is never taken
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const rng: Rng = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bernoulli: (p) => next() < p,
    exponential: (mean) => -mean * Math.log(1 - next()),
    normal,
    lognormal: (mean, sd) => {
      if (!(mean > 0)) throw new RangeError(`lognormal mean must be > 0, got ${mean}`);
      if (sd === 0) return mean;
      const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
      return Math.exp(normal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2)));
    },
    weightedIndex: (weights) => weightedIndex(weights, next()),
    weightedChoice: (items, weights) => {
      if (items.length !== weights.length) throw new RangeError('weightedChoice: items and weights differ in length');
      return items[weightedIndex(weights, next())] as (typeof items)[number];
    },
    fork: (name) => createRng(seed, `${stream}/${name}`),
  };
  return rng;
}

/** The index whose cumulative weight first exceeds u × total (u in [0, 1)). */
export function weightedIndex(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weights must be finite and >= 0, got ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError('weights must have a positive sum');
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  // Rounding can leave target at a hair above 0: the last positive weight takes it.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
  return weights.length - 1;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
