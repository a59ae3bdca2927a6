/**
 * Wilson score interval for a proportion. Unlike the normal approximation it stays inside [0, 1] and behaves
 * at small n and at rates near 0 or 1, which is where guardrail decisions are made.
 */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export function wilsonInterval(successes: number, n: number, z: number): Interval | null {
  if (n <= 0) return null;
  if (successes < 0 || successes > n) throw new Error(`wilsonInterval: successes ${successes} outside 0..${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
