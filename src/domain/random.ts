/**
 * mulberry32: a tiny, fast 32-bit seeded PRNG. Not cryptographic; it makes demo data, training shuffles,
 * simulations and property tests reproducible (same seed, same sequence on every machine: 32-bit integer
 * maths only). Randomness is always passed into domain code as a function like the one this returns.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
