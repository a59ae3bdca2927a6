import { compareIsoDates } from './dates.js';
import { isOwed } from './instalments.js';
import type { Instalment, LateFee, PurchaseStatus, Refund } from './types.js';

export interface OutstandingBalance {
  /** Owed on instalments (scheduled, late and paused), interest included. */
  instalmentsMinor: number;
  /** Late fees charged and not yet paid. */
  feesMinor: number;
  totalMinor: number;
}

export function outstandingBalance(instalments: readonly Instalment[], fees: readonly LateFee[] = []): OutstandingBalance {
  const instalmentsMinor = instalments.filter(isOwed).reduce((sum, instalment) => sum + instalment.amountMinor, 0);
  const feesMinor = fees.filter((fee) => fee.status === 'charged').reduce((sum, fee) => sum + fee.amountMinor, 0);
  return { instalmentsMinor, feesMinor, totalMinor: instalmentsMinor + feesMinor };
}

/**
 * The payment the customer should expect next: the earliest-due instalment that is owed and NOT paused
 * (a paused instalment will not be collected, so it is not "next"). Late ones count and come first.
 * Ties on the date go to the lower sequence. Null when nothing is collectable.
 */
export function nextPayment(instalments: readonly Instalment[]): Instalment | null {
  let next: Instalment | null = null;
  for (const instalment of instalments) {
    if (instalment.status !== 'scheduled' && instalment.status !== 'late') continue;
    if (instalment.amountMinor <= 0) continue;
    const earlier =
      next === null ||
      compareIsoDates(instalment.dueDate, next.dueDate) < 0 ||
      (instalment.dueDate === next.dueDate && instalment.sequence < next.sequence);
    if (earlier) next = instalment;
  }
  return next;
}

/**
 * `refunded` when processed refunds cover the whole amount; `paid_off` when nothing is owed (no owed
 * instalment, no unpaid fee); otherwise `active`.
 */
export function derivePurchaseStatus(input: {
  amountMinor: number;
  instalments: readonly Instalment[];
  refunds: readonly Refund[];
  fees?: readonly LateFee[];
}): PurchaseStatus {
  const processed = input.refunds
    .filter((refund) => refund.status === 'processed')
    .reduce((sum, refund) => sum + refund.amountMinor, 0);
  if (processed >= input.amountMinor) return 'refunded';
  return outstandingBalance(input.instalments, input.fees ?? []).totalMinor === 0 ? 'paid_off' : 'active';
}
