import { failure, success, type Result } from './errors.js';
import { bySequence, isOwed } from './instalments.js';
import { validateAmountMinor, type Currency } from './money.js';
import type { Instalment, Refund } from './types.js';

/**
 * REFUND RULE
 *
 * 1. The refunds of a purchase (pending and processed) never add up to more than its amount: a new refund
 *    may be at most amount − every earlier refund (`refund_exceeds_refundable` otherwise). Pending refunds
 *    count, so two refunds requested before either is processed cannot over-refund.
 * 2. A processed refund reduces the PRINCIPAL of the owed instalments (scheduled, late or paused),
 *    starting from the LAST one and working backwards, so the next payment date and amount stay the same
 *    for as long as possible.
 * 3. An instalment whose principal reaches zero is KEPT in the schedule (so history and ids stay intact),
 *    marked 'refunded' with amount 0 and its interest forgiven. On a partly reduced financing instalment
 *    the interest shrinks in proportion to the principal left, rounded down (in the customer's favour).
 * 4. If the refund is larger than the principal still owed, the excess goes back to the customer's card
 *    (`cardRefundMinor`). The card refund never exceeds the principal the customer has paid, because of
 *    rule 1. Interest already paid is not refunded; late fees are not touched by refunds.
 * 5. Nothing ever goes negative: each instalment is reduced by at most its own principal.
 */

/** What can still be refunded: the amount minus every refund already requested or processed. */
export function refundableMinor(purchase: { id: string; amountMinor: number }, refunds: readonly Refund[]): number {
  const refunded = refunds
    .filter((refund) => refund.purchaseId === purchase.id)
    .reduce((sum, refund) => sum + refund.amountMinor, 0);
  return Math.max(0, purchase.amountMinor - refunded);
}

export interface CreateRefundInput {
  id: string;
  purchase: { id: string; amountMinor: number; currency: Currency };
  existingRefunds: readonly Refund[];
  amountMinor: number;
  reason: string;
  now: number;
}

/** A pending refund, once the amount is checked against rule 1. */
export function createRefund(input: CreateRefundInput): Result<Refund> {
  const amount = validateAmountMinor(input.amountMinor);
  if (!amount.ok) return amount;
  if (input.amountMinor === 0) return failure('refund_amount_zero');
  const refundable = refundableMinor(input.purchase, input.existingRefunds);
  if (input.amountMinor > refundable) {
    return failure(
      'refund_exceeds_refundable',
      `the refund of ${input.amountMinor} is larger than the ${refundable} left to refund on this purchase`,
    );
  }
  return success({
    id: input.id,
    purchaseId: input.purchase.id,
    amountMinor: input.amountMinor,
    currency: input.purchase.currency,
    kind: input.amountMinor === refundable ? 'full' : 'partial',
    status: 'pending',
    reason: input.reason,
    requestedAt: input.now,
    processedAt: null,
    cardRefundMinor: null,
  });
}

export interface RefundApplied {
  instalments: Instalment[];
  /** Principal removed from owed instalments. */
  reducedMinor: number;
  /** The rest of the refund, returned to the card. */
  cardRefundMinor: number;
}

/** Rules 2–5 on a schedule: the effect of refunding `amountMinor`. */
export function applyRefundToSchedule(instalments: readonly Instalment[], amountMinor: number): RefundApplied {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`refund amount must be a safe non-negative integer: ${amountMinor}`);
  }
  let left = amountMinor;
  const reduced = new Map<string, Instalment>();
  for (const instalment of [...instalments].filter(isOwed).sort(bySequence).reverse()) {
    if (left === 0) break;
    const take = Math.min(left, instalment.principalMinor);
    if (take === 0) continue;
    left -= take;
    reduced.set(instalment.id, reducePrincipal(instalment, take));
  }
  return {
    instalments: instalments.map((instalment) => reduced.get(instalment.id) ?? instalment),
    reducedMinor: amountMinor - left,
    cardRefundMinor: left,
  };
}

function reducePrincipal(instalment: Instalment, take: number): Instalment {
  const principalMinor = instalment.principalMinor - take;
  const refundedMinor = instalment.refundedMinor + take;
  if (principalMinor === 0) {
    return {
      ...instalment,
      principalMinor: 0,
      interestMinor: 0,
      amountMinor: 0,
      refundedMinor,
      status: 'refunded',
      pausedOn: null,
      pausedUntil: null,
      pausedBy: [],
    };
  }
  const interestMinor = Math.floor((instalment.interestMinor * principalMinor) / instalment.principalMinor);
  return { ...instalment, principalMinor, interestMinor, amountMinor: principalMinor + interestMinor, refundedMinor };
}

export interface ProcessRefundResult {
  refund: Refund;
  instalments: Instalment[];
  cardRefundMinor: number;
}

/** Marks a pending refund processed at `now` and applies it to the purchase's schedule. */
export function processRefund(input: {
  refund: Refund;
  instalments: readonly Instalment[];
  now: number;
}): Result<ProcessRefundResult> {
  const { refund, now } = input;
  if (refund.status === 'processed') return failure('refund_already_processed');
  const foreign = input.instalments.some((instalment) => instalment.purchaseId !== refund.purchaseId);
  if (foreign) return failure('refund_wrong_purchase');
  const applied = applyRefundToSchedule(input.instalments, refund.amountMinor);
  return success({
    refund: { ...refund, status: 'processed', processedAt: now, cardRefundMinor: applied.cardRefundMinor },
    instalments: applied.instalments,
    cardRefundMinor: applied.cardRefundMinor,
  });
}
