import type { IsoDate } from './dates.js';
import type { Currency } from './money.js';

/** Plain records of the reference BNPL back office. Storage maps them to tables; rules take and return them. */

export type FinancingTermMonths = 6 | 12 | 24;

export type PlanTerms =
  | { kind: 'pay_in_4' }
  | { kind: 'pay_in_30' }
  /** `aprPercent` is a nominal annual rate, e.g. 19.9 (see amortisation.ts for how it is applied). */
  | { kind: 'financing'; months: FinancingTermMonths; aprPercent: number };

export type PlanKind = PlanTerms['kind'];

/** `paid_off`: nothing owed (instalments and fees). `refunded`: processed refunds cover the whole amount. */
export type PurchaseStatus = 'active' | 'paid_off' | 'refunded';

export interface Purchase {
  id: string;
  customerId: string;
  merchantId: string;
  paymentMethodId: string | null;
  description: string;
  amountMinor: number;
  currency: Currency;
  purchasedOn: IsoDate;
  plan: PlanTerms;
  status: PurchaseStatus;
}

/**
 * scheduled: owed, not yet due or due today. late: owed and at least one day past due.
 * paused: owed but collection stopped (return or dispute). paid. refunded: reduced to zero by a refund.
 */
export type InstalmentStatus = 'scheduled' | 'late' | 'paused' | 'paid' | 'refunded';

export type PauseReason = 'return' | 'dispute';

export interface Instalment {
  id: string;
  purchaseId: string;
  /** 1-based position in the plan. */
  sequence: number;
  dueDate: IsoDate;
  /** The due date the plan was created with, before any extension or pause shift. */
  originalDueDate: IsoDate;
  /** What this instalment costs the customer: principalMinor + interestMinor. */
  amountMinor: number;
  principalMinor: number;
  interestMinor: number;
  /** Principal removed from this instalment by refunds. */
  refundedMinor: number;
  status: InstalmentStatus;
  /** Epoch ms of payment, null until paid. */
  paidAt: number | null;
  /** First day of the current pause, null when not paused. */
  pausedOn: IsoDate | null;
  /** Day the time-limited (return) pause ends and collection resumes; null when not paused or paused only by a dispute. */
  pausedUntil: IsoDate | null;
  pausedBy: PauseReason[];
  /** 0 while the one extension allowed is unused. */
  extendedByDays: number;
}

export type LateFeeRule = 'late_fee_first' | 'late_fee_repeat';
export type LateFeeStatus = 'charged' | 'paid' | 'waived';

export interface LateFee {
  id: string;
  purchaseId: string;
  instalmentId: string;
  /** 1 for the first fee on the instalment, 2 for the repeat fee, ... */
  feeNumber: number;
  rule: LateFeeRule;
  /** The instalment's due date the fee was counted from (due dates can move later, e.g. after a pause). */
  instalmentDueDate: IsoDate;
  /** The day the rule made the fee due (not the day a batch happened to run). */
  triggeredOn: IsoDate;
  amountMinor: number;
  /** The fee before the cap; larger than amountMinor when the cap cut it down. */
  fullAmountMinor: number;
  currency: Currency;
  status: LateFeeStatus;
}

export type RefundStatus = 'pending' | 'processed';

export interface Refund {
  id: string;
  purchaseId: string;
  amountMinor: number;
  currency: Currency;
  /** `full` when this refund brings the purchase's refunds up to its whole amount. */
  kind: 'full' | 'partial';
  status: RefundStatus;
  reason: string;
  requestedAt: number;
  processedAt: number | null;
  /** Part of the refund sent back to the card because it exceeded what was left to pay; null until processed. */
  cardRefundMinor: number | null;
}

export interface ReturnRecord {
  id: string;
  purchaseId: string;
  reportedOn: IsoDate;
  /** Day the payment pause this report started ends (reportedOn + 21). */
  pausedUntil: IsoDate;
  status: 'open' | 'closed';
  closedOn: IsoDate | null;
}

export type DisputeOutcome = 'customer_favour' | 'merchant_favour';

export interface Dispute {
  id: string;
  purchaseId: string;
  openedOn: IsoDate;
  reason: string;
  status: 'open' | 'resolved';
  resolvedOn: IsoDate | null;
  outcome: DisputeOutcome | null;
}

export interface Merchant {
  id: string;
  name: string;
  /** e.g. 'outdoors', 'electronics': lets demo data and help answers talk about the right goods. */
  category: string;
  /** Days after the purchase date on which a return can still be reported (that day included). */
  returnWindowDays: number;
}

export type Language = 'en' | 'es' | 'fr' | 'de';

export interface Customer {
  id: string;
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  language: Language;
  /** Flagged as potentially vulnerable: support should take extra care and offer a human. */
  vulnerable: boolean;
  createdOn: IsoDate;
  defaultPaymentMethodId: string | null;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex';

export interface PaymentMethod {
  id: string;
  customerId: string;
  brand: CardBrand;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}
