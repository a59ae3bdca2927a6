/**
 * Splits `totalMinor` into `n` whole-minor-unit parts that always add up to exactly `totalMinor`.
 *
 * Rule: every part gets floor(total / n); the remainder (always fewer than n minor units) goes one unit
 * each to the FIRST parts. So £100.01 in 4 is 25.01, 25.00, 25.00, 25.00: the odd pennies are paid at
 * checkout (pay in 4's first instalment) instead of lingering on the last payment, and later parts are
 * never larger than earlier ones.
 *
 * Throws on a non-integer/negative total or n < 1: those are programmer errors, since amounts are
 * validated with validateAmountMinor at the edge.
 */
export function splitEvenly(totalMinor: number, n: number): number[] {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) {
    throw new RangeError(`totalMinor must be a safe non-negative integer: ${totalMinor}`);
  }
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer: ${n}`);
  // % is exact on safe integers; Math.floor(total / n) can be off by one near 2^53.
  const remainder = totalMinor % n;
  const base = (totalMinor - remainder) / n;
  return Array.from({ length: n }, (_, index) => (index < remainder ? base + 1 : base));
}
