/**
 * The two special functions the Erlang A series needs when it starts deep inside a long queue:
 * ln of a rising factorial and a shifted harmonic sum. Both are exact sums for short ranges and
 * asymptotic (Stirling / digamma) differences for long ones, written so that the two large,
 * nearly equal logarithms never get subtracted directly.
 */

/** Up to this many steps a plain loop is both exact and cheap. */
const DIRECT_STEPS = 64;
/** The asymptotic series below are accurate to ~1e-14 once the argument is at least this. */
const ASYMPTOTIC_FROM = 20;

/** ln Γ(a + m) - ln Γ(a) = Σ_{i=0..m-1} ln(a + i), for a > 0 and integer m >= 0. */
export function logRisingFactorial(a: number, m: number): number {
  if (m <= DIRECT_STEPS) {
    let sum = 0;
    for (let i = 0; i < m; i += 1) sum += Math.log(a + i);
    return sum;
  }
  let sum = 0;
  let base = a;
  let steps = m;
  while (base < ASYMPTOTIC_FROM && steps > 0) {
    sum += Math.log(base);
    base += 1;
    steps -= 1;
  }
  return steps === 0 ? sum : sum + logGammaDifference(base, base + steps);
}

/** ln m! for integer m >= 0. */
export function logFactorial(m: number): number {
  return logRisingFactorial(1, m);
}

/** Σ_{i=0..m-1} 1/(a + i) = ψ(a + m) - ψ(a), for a > 0 and integer m >= 0. */
export function harmonicRange(a: number, m: number): number {
  if (m <= DIRECT_STEPS) {
    let sum = 0;
    for (let i = 0; i < m; i += 1) sum += 1 / (a + i);
    return sum;
  }
  let sum = 0;
  let base = a;
  let steps = m;
  while (base < ASYMPTOTIC_FROM && steps > 0) {
    sum += 1 / base;
    base += 1;
    steps -= 1;
  }
  return steps === 0 ? sum : sum + digammaDifference(base, base + steps);
}

/**
 * ln Γ(b) - ln Γ(a) for b > a >= 20 by Stirling's series,
 *   ln Γ(z) = (z - ½) ln z - z + ½ ln 2π + 1/(12z) - 1/(360z³) + 1/(1260z⁵) - …,
 * with (b - ½) ln b - (a - ½) ln a rewritten as (a - ½)·log1p((b - a)/a) + (b - a)·ln b.
 */
function logGammaDifference(a: number, b: number): number {
  const gap = b - a;
  return (a - 0.5) * Math.log1p(gap / a) + gap * Math.log(b) - gap + stirlingTail(b) - stirlingTail(a);
}

function stirlingTail(z: number): number {
  const z2 = z * z;
  return (1 / z) * (1 / 12 - (1 / z2) * (1 / 360 - 1 / (1260 * z2)));
}

/**
 * ψ(b) - ψ(a) for b > a >= 20 by ψ(z) = ln z - 1/(2z) - 1/(12z²) + 1/(120z⁴) - 1/(252z⁶) + …,
 * with ln b - ln a taken as log1p((b - a)/a).
 */
function digammaDifference(a: number, b: number): number {
  return Math.log1p((b - a) / a) - (1 / (2 * b) - 1 / (2 * a)) - (digammaTail(b) - digammaTail(a));
}

function digammaTail(z: number): number {
  const inv2 = 1 / (z * z);
  return inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 / 252));
}
