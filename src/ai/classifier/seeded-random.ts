/**
 * Deterministic pseudo-random numbers (mulberry32) so that training with the same seed gives the
 * same model: shuffling order changes coordinate descent results slightly, and reproducible
 * evaluation numbers matter more here than statistical quality of the generator.
 */
export { mulberry32 as seededRandom } from '../../domain/random.js';

/** Fisher-Yates shuffle in place, driven by the given generator. */
export function shuffleInPlace<T>(items: T[] | Int32Array, rng: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}
