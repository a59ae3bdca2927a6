import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amortise } from './amortisation.js';
import { expectCode, expectOk } from './test-support.js';

describe('amortise', () => {
  it('matches the annuity formula: £1,200 over 12 months at 19.9% APR is £111.10 a month', () => {
    const schedule = expectOk(amortise({ principalMinor: 120_000, aprPercent: 19.9, months: 12 }));
    expect(schedule.monthlyPaymentMinor).toBe(11_110);
    // First month: interest on the full balance, 120000 × 0.199 / 12 = 1990.
    expect(schedule.rows[0]).toEqual({ sequence: 1, principalMinor: 9_120, interestMinor: 1_990, amountMinor: 11_110, balanceAfterMinor: 110_880 });
    expect(schedule.rows.slice(0, 11).every((row) => row.amountMinor === 11_110)).toBe(true);
    const last = schedule.rows[11];
    expect(last?.balanceAfterMinor).toBe(0);
    expect(last?.amountMinor).toBe(11_115); // the last instalment absorbs the rounding
    expect(schedule.totalInterestMinor).toBe(schedule.rows.reduce((sum, row) => sum + row.interestMinor, 0));
    expect(schedule.totalPayableMinor).toBe(120_000 + schedule.totalInterestMinor);
  });

  it('at 0% APR charges no interest and puts the rounding on the last instalment', () => {
    const schedule = expectOk(amortise({ principalMinor: 10_001, aprPercent: 0, months: 6 }));
    expect(schedule.rows.map((row) => row.amountMinor)).toEqual([1667, 1667, 1667, 1667, 1667, 1666]);
    expect(schedule.totalInterestMinor).toBe(0);
  });

  it('refuses terms, APRs and amounts outside the policy', () => {
    expect(expectCode(amortise({ principalMinor: 120_000, aprPercent: 19.9, months: 9 }))).toBe('term_not_offered');
    expect(expectCode(amortise({ principalMinor: 120_000, aprPercent: -1, months: 12 }))).toBe('apr_out_of_range');
    expect(expectCode(amortise({ principalMinor: 120_000, aprPercent: 100.1, months: 12 }))).toBe('apr_out_of_range');
    expect(expectCode(amortise({ principalMinor: 120_000, aprPercent: Number.NaN, months: 12 }))).toBe('apr_out_of_range');
    expect(expectCode(amortise({ principalMinor: 9_999, aprPercent: 10, months: 12 }))).toBe('amount_below_financing_minimum');
    expect(expectCode(amortise({ principalMinor: 12_000.5, aprPercent: 10, months: 12 }))).toBe('amount_not_integer');
    expect(amortise({ principalMinor: 10_000, aprPercent: 100, months: 24 }).ok).toBe(true);
  });

  it('principal always sums exactly to the amount, nothing is negative, interest falls month by month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
        fc.constantFrom(6, 12, 24),
        (principalMinor, aprPercent, months) => {
          const schedule = expectOk(amortise({ principalMinor, aprPercent, months }));
          expect(schedule.rows).toHaveLength(months);
          expect(schedule.rows.reduce((sum, row) => sum + row.principalMinor, 0)).toBe(principalMinor);
          for (const [index, row] of schedule.rows.entries()) {
            expect(row.principalMinor).toBeGreaterThanOrEqual(0);
            expect(row.interestMinor).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(row.principalMinor) && Number.isInteger(row.interestMinor)).toBe(true);
            expect(row.amountMinor).toBe(row.principalMinor + row.interestMinor);
            const previous = schedule.rows[index - 1];
            if (previous) expect(row.interestMinor).toBeLessThanOrEqual(previous.interestMinor);
          }
          // Up to a penny of rounding a month, compounded at the monthly rate, ends up on the last instalment.
          const last = schedule.rows[months - 1];
          const driftBound = months * Math.pow(1 + aprPercent / 1200, months);
          expect(Math.abs((last?.amountMinor ?? 0) - schedule.monthlyPaymentMinor)).toBeLessThanOrEqual(driftBound);
        },
      ),
    );
  });
});
