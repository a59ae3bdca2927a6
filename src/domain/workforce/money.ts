/**
 * Money is integer minor units (pence, cents). Rates that produce fractions (per minute, per
 * millisecond, multipliers) are applied as one integer fraction and rounded once, half up, so
 * results never depend on binary floating point (0.1 × 3 ≠ 0.3) and never drift line by line.
 */

/** Basis points: 10,000 bp = ×1. Multipliers are given this way to stay in integers. */
export const BASIS_POINTS = 10_000;

/** numerator / denominator rounded half up, for non-negative safe integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new RangeError(`numerator must be a safe integer >= 0, got ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError(`denominator must be a safe integer > 0, got ${denominator}`);
  // The float division can be off by one near 2^53; the integer remainder corrects it.
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}
