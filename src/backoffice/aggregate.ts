import {
  assessLateFees,
  derivePurchaseStatus,
  refreshStatuses,
  releaseExpiredReturnPauses,
  type Dispute,
  type Instalment,
  type IsoDate,
  type LateFee,
  type Merchant,
  type Purchase,
  type Refund,
  type ReturnRecord,
} from '../domain/lending/index.js';

/** One purchase with everything that hangs off it: the unit the back office loads, changes and saves. */
export type PurchaseAggregate = {
  purchase: Purchase;
  merchant: Merchant;
  instalments: Instalment[];
  fees: LateFee[];
  refunds: Refund[];
  returns: ReturnRecord[];
  disputes: Dispute[];
};

/**
 * The daily batch, run on demand: a purchase read on any day is first brought up to that day (expired
 * return pauses released, late statuses set, late fees assessed, purchase status derived), so answers never
 * depend on when a batch last ran. The lending rules date fees by their trigger day, so this is idempotent.
 */
export function bringUpToDate(aggregate: PurchaseAggregate, today: IsoDate): PurchaseAggregate {
  const released = releaseExpiredReturnPauses(aggregate.instalments, today);
  const instalments = refreshStatuses(released, today);
  const newFees = assessLateFees({ purchase: aggregate.purchase, instalments, existingFees: aggregate.fees, today });
  const fees = [...aggregate.fees, ...newFees];
  const status = derivePurchaseStatus({ amountMinor: aggregate.purchase.amountMinor, instalments, refunds: aggregate.refunds, fees });
  return { ...aggregate, purchase: { ...aggregate.purchase, status }, instalments, fees };
}
