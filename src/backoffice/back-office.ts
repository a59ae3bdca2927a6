import type { FeesExplained } from '../domain/lending/index.js';

/**
 * The port the assistant and agents act through. Tandem ships a reference implementation on its own
 * tables (reference-back-office.ts); a company replaces it with connectors to its own systems. Every
 * method runs as one customer: a purchase or card of another customer reads as not found.
 */
export type BoResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string; field?: string };

export type MoneyView = { amountMinor: number; currency: string; text: string };

export type InstalmentView = {
  instalmentId: string;
  sequence: number;
  dueDate: string;
  amount: MoneyView;
  status: 'scheduled' | 'late' | 'paused' | 'paid' | 'refunded';
  paidOn: string | null;
  pausedUntil: string | null;
  extendedByDays: number;
};

export type PurchaseSummary = {
  purchaseId: string;
  merchant: string;
  description: string;
  purchasedOn: string;
  amount: MoneyView;
  plan: string;
  status: 'active' | 'paid_off' | 'refunded';
  outstanding: MoneyView;
  nextDue: { instalmentId: string; dueDate: string; amount: MoneyView } | null;
  paused: boolean;
  openDispute: boolean;
  refunded: MoneyView;
};

export type ScheduleView = { purchaseId: string; merchant: string; plan: string; instalments: InstalmentView[]; outstanding: MoneyView };

export type CustomerOverview = {
  customerId: string;
  name: string;
  language: string;
  country: string;
  vulnerable: boolean;
  accountStatus: 'active' | 'closed';
  defaultPaymentMethod: { paymentMethodId: string; brand: string; last4: string; expires: string; frozen: boolean } | null;
  paymentMethods: { paymentMethodId: string; brand: string; last4: string; expires: string; frozen: boolean }[];
  activePurchases: number;
  outstanding: MoneyView[];
  openCases: { caseId: string; kind: string; purchaseId: string | null }[];
};

export type RefundStatusView = {
  purchaseId: string;
  merchant: string;
  refunds: { refundId: string; amount: MoneyView; kind: 'full' | 'partial'; status: 'pending' | 'processed'; requestedOn: string; processedOn: string | null; toCard: MoneyView | null }[];
  stillRefundable: MoneyView;
};

export type DisputeStatusView = {
  purchaseId: string;
  merchant: string;
  disputes: { disputeId: string; status: 'open' | 'resolved'; reason: string; openedOn: string; resolvedOn: string | null; outcome: string | null }[];
  paymentsPaused: boolean;
};

export type ActionReceipt = { action: string; summary: string; reference: string; details: Record<string, unknown> };

export interface BackOffice {
  customerOverview(customerId: string): Promise<BoResult<CustomerOverview>>;
  listPurchases(customerId: string): Promise<BoResult<PurchaseSummary[]>>;
  getPurchase(customerId: string, purchaseId: string): Promise<BoResult<PurchaseSummary>>;
  paymentSchedule(customerId: string, purchaseId: string): Promise<BoResult<ScheduleView>>;
  nextPayment(customerId: string): Promise<BoResult<(PurchaseSummary['nextDue'] & { purchaseId: string; merchant: string }) | null>>;
  refundStatus(customerId: string, purchaseId: string): Promise<BoResult<RefundStatusView>>;
  disputeStatus(customerId: string, purchaseId: string): Promise<BoResult<DisputeStatusView>>;
  feesExplained(customerId: string, purchaseId: string): Promise<BoResult<FeesExplained>>;

  extendDueDate(customerId: string, input: { purchaseId: string; instalmentId?: string; days: number }): Promise<BoResult<ActionReceipt>>;
  payInstalmentNow(customerId: string, input: { purchaseId: string; instalmentId?: string }): Promise<BoResult<ActionReceipt>>;
  reportReturn(customerId: string, input: { purchaseId: string }): Promise<BoResult<ActionReceipt>>;
  changeDefaultPaymentMethod(customerId: string, input: { paymentMethodId: string }): Promise<BoResult<ActionReceipt>>;
  openDispute(customerId: string, input: { purchaseId: string; reason: DisputeReason; details?: string }): Promise<BoResult<ActionReceipt>>;
  requestHardship(customerId: string, input: { reason: string }): Promise<BoResult<ActionReceipt>>;
  closeAccount(customerId: string, input: { reason?: string }): Promise<BoResult<ActionReceipt>>;
  reportUnauthorisedPurchase(customerId: string, input: { purchaseId: string; details?: string }): Promise<BoResult<ActionReceipt>>;
  logComplaint(customerId: string, input: { summary: string; purchaseId?: string }): Promise<BoResult<ActionReceipt>>;
}

export const disputeReasons = ['item_not_received', 'item_not_as_described', 'damaged_item', 'wrong_item', 'cancelled_order', 'other'] as const;
export type DisputeReason = (typeof disputeReasons)[number];
