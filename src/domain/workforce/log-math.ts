/**
 * Log-space arithmetic for the queueing code.
 *
 * Queue probabilities are ratios of sums whose terms overflow (a^n / n! for n = 2,000) or
 * underflow (e^-5,000) long before the ratio itself is extreme, so every sum is kept as a
 * logarithm. `-Infinity` is the logarithm of zero throughout and is handled explicitly: the
 * naive `a - a` on two infinities would give NaN.
 */

/** ln(e^a + e^b), exact for -Infinity operands and free of overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a >= b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * ln(1 - e^x) for x <= 0. Two branches (Mächler, "Accurately computing log(1 - exp(-|a|))", 2012):
 * near 0 the subtraction 1 - e^x cancels, far from 0 the log1p form keeps the precision.
 */
export function log1mExp(x: number): number {
  if (x > 0) throw new RangeError(`log1mExp needs x <= 0, got ${x}`);
  if (x === 0) return -Infinity;
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/**
 * Streaming sum of positive terms given by their logarithms. Keeps a running maximum so that
 * each addition is one exp() of a non-positive number: no overflow whatever the magnitudes, and
 * no precision lost to terms that are tiny compared with the running total.
 */
export class LogSum {
  private max = -Infinity;
  private scaled = 0; // sum of e^(term - max)

  add(logTerm: number): void {
    if (logTerm === -Infinity) return;
    if (Number.isNaN(logTerm)) throw new RangeError('LogSum.add got NaN');
    if (logTerm <= this.max) {
      this.scaled += Math.exp(logTerm - this.max);
    } else {
      this.scaled = this.scaled * Math.exp(this.max - logTerm) + 1;
      this.max = logTerm;
    }
  }

  /** ln of the sum so far; -Infinity while empty. */
  value(): number {
    return this.max === -Infinity ? -Infinity : this.max + Math.log(this.scaled);
  }
}

/** e^(logNumerator - logDenominator), treating 0/0 as 0 (an empty numerator means "no mass"). */
export function expRatio(logNumerator: number, logDenominator: number): number {
  if (logNumerator === -Infinity) return 0;
  return Math.exp(logNumerator - logDenominator);
}
