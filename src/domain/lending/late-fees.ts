import { addDays, compareIsoDates, type IsoDate } from './dates.js';
import { childId } from './instalments.js';
import type { Currency } from './money.js';
import {
  LATE_FEE_CAP_MINOR,
  LATE_FEE_CAP_PERCENT_OF_ORDER,
  LATE_FEE_GRACE_DAYS,
  LATE_FEE_MINOR,
  LATE_FEE_REPEAT_AFTER_DAYS,
  LATE_FEES_PER_INSTALMENT_MAX,
} from './policy.js';
import type { Instalment, LateFee } from './types.js';

/**
 * LATE FEE RULE (reference policy; numbers in policy.ts)
 *
 * 1. First fee: £6 when an instalment is still owed and MORE than 3 days past its due date, i.e. it is
 *    triggered on due date + 4 days. (Due on the 1st: no fee on the 2nd, 3rd or 4th; fee on the 5th.)
 * 2. Repeat fee: a further £6 if the instalment is still owed 7 days after the first fee was triggered
 *    (due date + 11 days). At most 2 fees per instalment.
 * 3. Cap: all late fees on one purchase together never exceed the SMALLER of £24 and 25% of the order
 *    amount (rounded down to the minor unit). The fee that reaches the cap is cut down to fit it
 *    (`amountMinor` < `fullAmountMinor`); once the cap is reached no further fee is created.
 * 4. Only 'scheduled' and 'late' instalments attract fees. Paused (return, dispute), paid and refunded
 *    instalments never do; when a pause ends, due dates move forward by the pause (see pauses.ts), so
 *    days spent paused never count as days late.
 * 5. Fees are dated by the day the rule triggered them (`triggeredOn`), not the day the batch ran, and
 *    each (instalment, fee number) is created at most once whatever its later status (a waived fee is
 *    not charged again). So assessing daily or catching up after a week gives the same fees, and
 *    assessing twice on one day adds nothing.
 * 6. Waived fees do not count towards the cap (the customer was never charged them).
 * 7. The same nominal figures apply to EUR and USD purchases (€6 / $6, cap €24 / $24).
 */
export interface LateFeePolicy {
  feeMinor: number;
  graceDays: number;
  repeatAfterDays: number;
  maxFeesPerInstalment: number;
  capMinor: number;
  capPercentOfOrder: number;
}

export const DEFAULT_LATE_FEE_POLICY: LateFeePolicy = {
  feeMinor: LATE_FEE_MINOR,
  graceDays: LATE_FEE_GRACE_DAYS,
  repeatAfterDays: LATE_FEE_REPEAT_AFTER_DAYS,
  maxFeesPerInstalment: LATE_FEES_PER_INSTALMENT_MAX,
  capMinor: LATE_FEE_CAP_MINOR,
  capPercentOfOrder: LATE_FEE_CAP_PERCENT_OF_ORDER,
};

/** The most late fees one purchase can ever carry. */
export function lateFeeCapMinor(orderAmountMinor: number, policy: LateFeePolicy = DEFAULT_LATE_FEE_POLICY): number {
  return Math.min(policy.capMinor, Math.floor((orderAmountMinor * policy.capPercentOfOrder) / 100));
}

/** The day fee number `feeNumber` (1-based) becomes due for an instalment due on `dueDate`. */
export function lateFeeTriggerDate(
  dueDate: IsoDate,
  feeNumber: number,
  policy: LateFeePolicy = DEFAULT_LATE_FEE_POLICY,
): IsoDate {
  return addDays(dueDate, policy.graceDays + 1 + (feeNumber - 1) * policy.repeatAfterDays);
}

export function countsTowardsCap(fee: LateFee): boolean {
  return fee.status !== 'waived';
}

export interface AssessLateFeesInput {
  purchase: { id: string; amountMinor: number; currency: Currency };
  instalments: readonly Instalment[];
  /** Every fee already recorded on this purchase, whatever its status. */
  existingFees: readonly LateFee[];
  today: IsoDate;
}

/** The NEW fees the rule above charges on `today`; existing fees are never changed. */
export function assessLateFees(
  input: AssessLateFeesInput,
  policy: LateFeePolicy = DEFAULT_LATE_FEE_POLICY,
): LateFee[] {
  const { purchase, instalments, existingFees, today } = input;
  const already = new Set(existingFees.map((fee) => `${fee.instalmentId}#${fee.feeNumber}`));
  const candidates: { instalment: Instalment; feeNumber: number; triggeredOn: IsoDate }[] = [];
  for (const instalment of instalments) {
    if (instalment.status !== 'scheduled' && instalment.status !== 'late') continue;
    if (instalment.amountMinor <= 0) continue;
    for (let feeNumber = 1; feeNumber <= policy.maxFeesPerInstalment; feeNumber += 1) {
      const triggeredOn = lateFeeTriggerDate(instalment.dueDate, feeNumber, policy);
      if (compareIsoDates(triggeredOn, today) > 0) break;
      if (!already.has(`${instalment.id}#${feeNumber}`)) candidates.push({ instalment, feeNumber, triggeredOn });
    }
  }
  // Oldest trigger first, so a catch-up run spends the cap in the same order daily runs would have.
  candidates.sort(
    (a, b) =>
      compareIsoDates(a.triggeredOn, b.triggeredOn) ||
      a.instalment.sequence - b.instalment.sequence ||
      a.feeNumber - b.feeNumber,
  );
  const charged = existingFees.filter(countsTowardsCap).reduce((sum, fee) => sum + fee.amountMinor, 0);
  let capLeft = Math.max(0, lateFeeCapMinor(purchase.amountMinor, policy) - charged);
  const fees: LateFee[] = [];
  for (const { instalment, feeNumber, triggeredOn } of candidates) {
    const amountMinor = Math.min(policy.feeMinor, capLeft);
    if (amountMinor <= 0) break;
    capLeft -= amountMinor;
    fees.push({
      id: childId('fee', instalment.id, feeNumber),
      purchaseId: purchase.id,
      instalmentId: instalment.id,
      feeNumber,
      rule: feeNumber === 1 ? 'late_fee_first' : 'late_fee_repeat',
      instalmentDueDate: instalment.dueDate,
      triggeredOn,
      amountMinor,
      fullAmountMinor: policy.feeMinor,
      currency: purchase.currency,
      status: 'charged',
    });
  }
  return fees;
}
