/**
 * Seeded randomness for tests only (not exported from index.ts): reproducible synthetic
 * histories without Math.random().
 */

/** mulberry32: a tiny 32-bit PRNG with good enough statistics for test data. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Poisson sample by Knuth's product method, in chunks of mean <= 30 (a sum of independent
 * Poisson variables is Poisson), so e^-mean never underflows.
 */
export function poisson(rng: () => number, mean: number): number {
  let total = 0;
  let remaining = mean;
  while (remaining > 0) {
    const chunk = Math.min(remaining, 30);
    remaining -= chunk;
    const limit = Math.exp(-chunk);
    let product = rng();
    while (product > limit) {
      total += 1;
      product *= rng();
    }
  }
  return total;
}
