import { diffDays, type IsoDate } from './dates.js';
import { DEFAULT_LATE_FEE_POLICY, countsTowardsCap, lateFeeCapMinor, type LateFeePolicy } from './late-fees.js';
import { formatMinor, type Currency } from './money.js';
import type { Instalment, LateFee, LateFeeRule, LateFeeStatus } from './types.js';

export interface FeeExplanationItem {
  feeId: string;
  instalmentId: string;
  instalmentSequence: number | null;
  /** The due date the fee was counted from. */
  instalmentDueDate: IsoDate;
  rule: LateFeeRule;
  ruleText: string;
  triggeredOn: IsoDate;
  /** Days past due on the day the fee was triggered. */
  daysLateWhenCharged: number;
  amountMinor: number;
  amountText: string;
  status: LateFeeStatus;
  reducedByCap: boolean;
}

export interface FeesExplained {
  purchaseId: string;
  currency: Currency;
  items: FeeExplanationItem[];
  /** Charged or paid (not waived). */
  totalChargedMinor: number;
  /** Charged and not yet paid. */
  totalOutstandingMinor: number;
  totalWaivedMinor: number;
  capMinor: number;
  capText: string;
  /** Every rule that can produce a fee on this purchase, in words, whether or not it fired. */
  rules: { rule: LateFeeRule | 'late_fee_cap'; text: string }[];
}

/**
 * A plain-data breakdown of every fee on a purchase and the rule that produced it, ready for the
 * assistant to read out ("£6.00 on 19 March because your second payment was 4 days late").
 */
export function explainFees(
  input: {
    purchase: { id: string; amountMinor: number; currency: Currency };
    instalments: readonly Instalment[];
    fees: readonly LateFee[];
  },
  policy: LateFeePolicy = DEFAULT_LATE_FEE_POLICY,
): FeesExplained {
  const { purchase, instalments, fees } = input;
  const money = (minor: number) => formatMinor(minor, purchase.currency);
  const ruleTexts: Record<LateFeeRule, string> = {
    late_fee_first: `A ${money(policy.feeMinor)} late fee is charged when a payment is more than ${policy.graceDays} days late.`,
    late_fee_repeat:
      `A further ${money(policy.feeMinor)} is charged if the payment is still unpaid ${policy.repeatAfterDays} days ` +
      `after the first fee (at most ${policy.maxFeesPerInstalment} fees per payment).`,
  };
  const capMinor = lateFeeCapMinor(purchase.amountMinor, policy);
  const capText =
    `Late fees on this purchase never add up to more than ${money(capMinor)}: the smaller of ` +
    `${money(policy.capMinor)} and ${policy.capPercentOfOrder}% of the ${money(purchase.amountMinor)} order.`;
  const ordered = fees
    .filter((fee) => fee.purchaseId === purchase.id)
    .sort((a, b) => (a.triggeredOn < b.triggeredOn ? -1 : a.triggeredOn > b.triggeredOn ? 1 : 0));
  const items = ordered.map((fee): FeeExplanationItem => {
    const instalment = instalments.find((candidate) => candidate.id === fee.instalmentId);
    return {
      feeId: fee.id,
      instalmentId: fee.instalmentId,
      instalmentSequence: instalment?.sequence ?? null,
      instalmentDueDate: fee.instalmentDueDate,
      rule: fee.rule,
      ruleText: ruleTexts[fee.rule],
      triggeredOn: fee.triggeredOn,
      daysLateWhenCharged: diffDays(fee.triggeredOn, fee.instalmentDueDate),
      amountMinor: fee.amountMinor,
      amountText: money(fee.amountMinor),
      status: fee.status,
      reducedByCap: fee.amountMinor < fee.fullAmountMinor,
    };
  });
  const total = (keep: (fee: LateFee) => boolean) =>
    ordered.filter(keep).reduce((sum, fee) => sum + fee.amountMinor, 0);
  return {
    purchaseId: purchase.id,
    currency: purchase.currency,
    items,
    totalChargedMinor: total(countsTowardsCap),
    totalOutstandingMinor: total((fee) => fee.status === 'charged'),
    totalWaivedMinor: total((fee) => fee.status === 'waived'),
    capMinor,
    capText,
    rules: [
      { rule: 'late_fee_first', text: ruleTexts.late_fee_first },
      { rule: 'late_fee_repeat', text: ruleTexts.late_fee_repeat },
      { rule: 'late_fee_cap', text: capText },
    ],
  };
}
