import { FINANCING_MAX_APR_PERCENT, FINANCING_MIN_AMOUNT_MINOR, FINANCING_TERMS_MONTHS } from './policy.js';
import { failure, success, type Result } from './errors.js';
import { validateAmountMinor } from './money.js';
import type { FinancingTermMonths } from './types.js';

export interface AmortisationRow {
  /** 1-based month number. */
  sequence: number;
  principalMinor: number;
  interestMinor: number;
  /** principalMinor + interestMinor: what the customer pays that month. */
  amountMinor: number;
  /** Principal still owed after this payment. */
  balanceAfterMinor: number;
}

export interface AmortisationSchedule {
  rows: AmortisationRow[];
  /** The level monthly payment before the last instalment's adjustment. */
  monthlyPaymentMinor: number;
  totalInterestMinor: number;
  totalPayableMinor: number;
}

export function isFinancingTerm(months: number): months is FinancingTermMonths {
  return (FINANCING_TERMS_MONTHS as readonly number[]).includes(months);
}

/**
 * Annuity (level-payment) amortisation.
 *
 * - Monthly rate r = aprPercent / 100 / 12: the APR is read as a NOMINAL annual rate compounded monthly.
 *   A lender quoting an effective APR converts first: nominal = 12 * ((1 + effective)^(1/12) - 1).
 * - Level payment A = P·r / (1 − (1 + r)^−n), or P / n at 0% APR, rounded to the minor unit.
 * - Each month: interest = balance·r rounded half-up to the minor unit; principal = A − interest
 *   (never more than the balance left).
 * - The LAST instalment takes whatever principal is left, plus its own interest, so the principal column
 *   sums exactly to P and every rounding penny lands there.
 */
export function amortise(input: {
  principalMinor: number;
  aprPercent: number;
  months: number;
}): Result<AmortisationSchedule> {
  const { principalMinor, aprPercent, months } = input;
  const amount = validateAmountMinor(principalMinor);
  if (!amount.ok) return amount;
  if (principalMinor < FINANCING_MIN_AMOUNT_MINOR) return failure('amount_below_financing_minimum');
  if (!isFinancingTerm(months)) return failure('term_not_offered');
  if (!Number.isFinite(aprPercent) || aprPercent < 0 || aprPercent > FINANCING_MAX_APR_PERCENT) {
    return failure('apr_out_of_range', `APR must be between 0 and ${FINANCING_MAX_APR_PERCENT}%`);
  }
  return success(annuitySchedule(principalMinor, aprPercent / 100 / 12, months));
}

function annuitySchedule(principalMinor: number, monthlyRate: number, months: number): AmortisationSchedule {
  const level =
    monthlyRate === 0
      ? principalMinor / months
      : (principalMinor * monthlyRate) / (1 - Math.pow(1 + monthlyRate, -months));
  const monthlyPaymentMinor = Math.round(level);
  const rows: AmortisationRow[] = [];
  let balance = principalMinor;
  for (let sequence = 1; sequence <= months; sequence += 1) {
    const interestMinor = Math.round(balance * monthlyRate);
    const principalPart =
      sequence === months ? balance : Math.min(balance, Math.max(0, monthlyPaymentMinor - interestMinor));
    balance -= principalPart;
    rows.push({
      sequence,
      principalMinor: principalPart,
      interestMinor,
      amountMinor: principalPart + interestMinor,
      balanceAfterMinor: balance,
    });
  }
  const totalInterestMinor = rows.reduce((sum, row) => sum + row.interestMinor, 0);
  return {
    rows,
    monthlyPaymentMinor,
    totalInterestMinor,
    totalPayableMinor: principalMinor + totalInterestMinor,
  };
}
