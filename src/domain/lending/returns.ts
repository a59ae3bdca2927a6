import { addDays, compareIsoDates, type IsoDate } from './dates.js';
import { failure, success, type Result } from './errors.js';
import { pauseOwed, resumePaused } from './pauses.js';
import { RETURN_PAUSE_DAYS } from './policy.js';
import type { Instalment, Merchant, Purchase, ReturnRecord } from './types.js';

/**
 * RETURN RULE
 *
 * - A return can be reported up to and including the last day of the merchant's return window:
 *   purchasedOn + returnWindowDays. After that the report is refused with `return_window_closed`.
 * - One open return per purchase (`return_already_open`).
 * - Reporting pauses every owed instalment for 21 days (`pausedUntil` = reportedOn + 21, the day
 *   collection resumes), so the customer is not chased while the item travels back. Paid and refunded
 *   instalments are untouched. If the merchant's refund arrives it is processed as a normal refund.
 * - When the 21 days end (releaseExpiredReturnPauses) or the return is closed early (closeReturn), the
 *   pause ends under the resume rule in pauses.ts.
 */
export function returnWindowEndsOn(purchase: Pick<Purchase, 'purchasedOn'>, merchant: Pick<Merchant, 'returnWindowDays'>): IsoDate {
  return addDays(purchase.purchasedOn, merchant.returnWindowDays);
}

export interface ReportReturnInput {
  id: string;
  purchase: Pick<Purchase, 'id' | 'purchasedOn'>;
  merchant: Pick<Merchant, 'returnWindowDays'>;
  instalments: readonly Instalment[];
  existingReturns: readonly ReturnRecord[];
  today: IsoDate;
}

export function reportReturn(
  input: ReportReturnInput,
): Result<{ returnRecord: ReturnRecord; instalments: Instalment[] }> {
  const { purchase, today } = input;
  const windowEnds = returnWindowEndsOn(purchase, input.merchant);
  if (compareIsoDates(today, windowEnds) > 0) {
    return failure('return_window_closed', `the merchant's return window for this purchase closed on ${windowEnds}`);
  }
  if (input.existingReturns.some((record) => record.purchaseId === purchase.id && record.status === 'open')) {
    return failure('return_already_open');
  }
  const pausedUntil = addDays(today, RETURN_PAUSE_DAYS);
  return success({
    returnRecord: { id: input.id, purchaseId: purchase.id, reportedOn: today, pausedUntil, status: 'open', closedOn: null },
    instalments: pauseOwed(input.instalments, { reason: 'return', on: today, until: pausedUntil }),
  });
}

/** Closes a return (item received and refunded, or return abandoned) and lifts its pause if still running. */
export function closeReturn(input: {
  returnRecord: ReturnRecord;
  instalments: readonly Instalment[];
  today: IsoDate;
}): Result<{ returnRecord: ReturnRecord; instalments: Instalment[] }> {
  if (input.returnRecord.status !== 'open') return failure('return_not_open');
  return success({
    returnRecord: { ...input.returnRecord, status: 'closed', closedOn: input.today },
    instalments: resumePaused(input.instalments, { reason: 'return', on: input.today, today: input.today }),
  });
}
