/**
 * Seeded randomness for tests only (not exported from index.ts): reproducible synthetic
 * histories without Math.random().
 */

import { mulberry32 } from '../random.js';

export { mulberry32 };

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
