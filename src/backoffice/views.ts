import {
  formatMinor,
  nextPayment,
  outstandingBalance,
  refundableMinor,
  toIsoDate,
  type Currency,
  type Instalment,
  type PaymentMethod,
  type PlanTerms,
} from '../domain/lending/index.js';
import type { PurchaseAggregate } from './aggregate.js';
import type { InstalmentView, MoneyView, PurchaseSummary, RefundStatusView, ScheduleView, DisputeStatusView } from './back-office.js';

/** Pure mappers from the lending records to the views tools return (and replies cite). */
export const money = (amountMinor: number, currency: Currency | string): MoneyView => ({
  amountMinor,
  currency,
  text: formatMinor(amountMinor, currency as Currency),
});

export const planName = (plan: PlanTerms): string =>
  plan.kind === 'pay_in_4' ? 'Pay in 4' : plan.kind === 'pay_in_30' ? 'Pay in 30 days' : `Financing over ${plan.months} months at ${plan.aprPercent}% APR`;

export const instalmentView = (i: Instalment, currency: Currency): InstalmentView => ({
  instalmentId: i.id,
  sequence: i.sequence,
  dueDate: i.dueDate,
  amount: money(i.amountMinor, currency),
  status: i.status,
  paidOn: i.paidAt === null ? null : toIsoDate(i.paidAt),
  pausedUntil: i.pausedUntil,
  extendedByDays: i.extendedByDays,
});

export function purchaseSummary(a: PurchaseAggregate): PurchaseSummary {
  const { purchase } = a;
  const next = nextPayment(a.instalments);
  const refunded = a.refunds.filter((r) => r.status === 'processed').reduce((sum, r) => sum + r.amountMinor, 0);
  return {
    purchaseId: purchase.id,
    merchant: a.merchant.name,
    description: purchase.description,
    purchasedOn: purchase.purchasedOn,
    amount: money(purchase.amountMinor, purchase.currency),
    plan: planName(purchase.plan),
    status: purchase.status,
    outstanding: money(outstandingBalance(a.instalments, a.fees).totalMinor, purchase.currency),
    nextDue: next ? { instalmentId: next.id, dueDate: next.dueDate, amount: money(next.amountMinor, purchase.currency) } : null,
    paused: a.instalments.some((i) => i.status === 'paused'),
    openDispute: a.disputes.some((d) => d.status === 'open'),
    refunded: money(refunded, purchase.currency),
  };
}

export const scheduleView = (a: PurchaseAggregate): ScheduleView => ({
  purchaseId: a.purchase.id,
  merchant: a.merchant.name,
  plan: planName(a.purchase.plan),
  instalments: [...a.instalments].sort((x, y) => x.sequence - y.sequence).map((i) => instalmentView(i, a.purchase.currency)),
  outstanding: money(outstandingBalance(a.instalments, a.fees).totalMinor, a.purchase.currency),
});

export const refundStatusView = (a: PurchaseAggregate): RefundStatusView => ({
  purchaseId: a.purchase.id,
  merchant: a.merchant.name,
  refunds: a.refunds.map((r) => ({
    refundId: r.id,
    amount: money(r.amountMinor, r.currency),
    kind: r.kind,
    status: r.status,
    requestedOn: toIsoDate(r.requestedAt),
    processedOn: r.processedAt === null ? null : toIsoDate(r.processedAt),
    toCard: r.cardRefundMinor === null ? null : money(r.cardRefundMinor, r.currency),
  })),
  stillRefundable: money(refundableMinor(a.purchase, a.refunds), a.purchase.currency),
});

export const disputeStatusView = (a: PurchaseAggregate): DisputeStatusView => ({
  purchaseId: a.purchase.id,
  merchant: a.merchant.name,
  disputes: a.disputes.map((d) => ({ disputeId: d.id, status: d.status, reason: d.reason, openedOn: d.openedOn, resolvedOn: d.resolvedOn, outcome: d.outcome })),
  paymentsPaused: a.instalments.some((i) => i.status === 'paused' && i.pausedBy.includes('dispute')),
});

export const cardView = (m: PaymentMethod & { frozen: boolean }) => ({
  paymentMethodId: m.id,
  brand: m.brand,
  last4: m.last4,
  expires: `${String(m.expiryMonth).padStart(2, '0')}/${m.expiryYear}`,
  frozen: m.frozen,
});
