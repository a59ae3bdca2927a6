import {
  extendDueDate,
  findInstalment,
  isOwed,
  nextPayment,
  openDispute,
  outstandingBalance,
  payInstalmentNow,
  reportReturn,
  toIsoDate,
  explainFees,
  type Instalment,
  type IsoDate,
} from '../domain/lending/index.js';
import { bringUpToDate, type PurchaseAggregate } from './aggregate.js';
import type { ActionReceipt, BackOffice, BoResult } from './back-office.js';
import type { LendingStore } from './port.js';
import { cardView, disputeStatusView, money, purchaseSummary, refundStatusView, scheduleView } from './views.js';

type Deps = { store: LendingStore; now: () => number; newId: (prefix: string) => string };

const fail = (code: string, message: string, field?: string) => ({ ok: false as const, code, message, ...(field ? { field } : {}) });
const ok = <T>(value: T) => ({ ok: true as const, value });
const notFound = () => fail('purchase_not_found', 'purchaseId: no such purchase on this account', 'purchaseId');

/** The reference back office on Tandem's own `bo_` tables, applying the pure lending rules. */
export function referenceBackOffice(deps: Deps): BackOffice {
  const today = (): IsoDate => toIsoDate(deps.now());

  /** Loads one purchase of this customer, brought up to today; null if it is not theirs. */
  const load = async (store: LendingStore, customerId: string, purchaseId: string, forUpdate = false) => {
    const aggregate = await store.loadAggregate(customerId, purchaseId, { forUpdate });
    return aggregate ? bringUpToDate(aggregate, today()) : null;
  };

  const read = async <T>(customerId: string, purchaseId: string, view: (a: PurchaseAggregate) => T): Promise<BoResult<T>> => {
    const aggregate = await load(deps.store, customerId, purchaseId);
    return aggregate ? ok(view(aggregate)) : notFound();
  };

  /**
   * One change to one purchase, in a transaction holding its row lock: load, check the account is open,
   * apply a pure rule, save. A refused rule writes nothing.
   */
  const change = (
    customerId: string,
    purchaseId: string,
    apply: (a: PurchaseAggregate) => BoResult<{ aggregate: PurchaseAggregate; receipt: ActionReceipt }>,
  ): Promise<BoResult<ActionReceipt>> =>
    deps.store.transaction(async (store) => {
      const customer = await store.getCustomer(customerId);
      if (!customer) return fail('customer_not_found', 'customerId: no such customer', 'customerId');
      if (customer.status === 'closed') return fail('account_closed', 'this account is closed');
      const aggregate = await load(store, customerId, purchaseId, true);
      if (!aggregate) return notFound();
      if (aggregate.purchase.status !== 'active') {
        return fail('purchase_not_active', `purchaseId: this purchase is ${aggregate.purchase.status.replace('_', ' ')}; nothing on it can change`, 'purchaseId');
      }
      const result = apply(aggregate);
      if (!result.ok) return result;
      await store.saveAggregate(result.value.aggregate);
      return ok(result.value.receipt);
    });

  /** The instalment named, or the next one owed when none is named. */
  const target = (a: PurchaseAggregate, instalmentId: string | undefined): BoResult<Instalment> => {
    if (instalmentId) {
      const found = findInstalment(a.instalments, instalmentId);
      return found.ok ? found : fail('instalment_not_found', 'instalmentId: no such instalment on this purchase', 'instalmentId');
    }
    const next = nextPayment(a.instalments) ?? a.instalments.find(isOwed);
    return next ? ok(next) : fail('nothing_owed', 'nothing is left to pay on this purchase');
  };

  return {
    async customerOverview(customerId) {
      const customer = await deps.store.getCustomer(customerId);
      if (!customer) return fail('customer_not_found', 'customerId: no such customer', 'customerId');
      const [methods, aggregates, cases] = await Promise.all([
        deps.store.listPaymentMethods(customerId),
        deps.store.loadAggregates(customerId),
        deps.store.listOpenCases(customerId),
      ]);
      const current = aggregates.map((a) => bringUpToDate(a, today()));
      const owedByCurrency = new Map<string, number>();
      for (const a of current) {
        const owed = outstandingBalance(a.instalments, a.fees).totalMinor;
        owedByCurrency.set(a.purchase.currency, (owedByCurrency.get(a.purchase.currency) ?? 0) + owed);
      }
      const cards = methods.map(cardView);
      return ok({
        customerId,
        name: customer.name,
        language: customer.language,
        country: customer.country,
        vulnerable: customer.vulnerable,
        accountStatus: customer.status,
        defaultPaymentMethod: cards.find((c) => c.paymentMethodId === customer.defaultPaymentMethodId) ?? null,
        paymentMethods: cards,
        activePurchases: current.filter((a) => a.purchase.status === 'active').length,
        outstanding: [...owedByCurrency].map(([currency, minor]) => money(minor, currency)),
        openCases: cases.map((c) => ({ caseId: c.id, kind: c.kind, purchaseId: c.purchaseId })),
      });
    },

    async listPurchases(customerId) {
      const aggregates = await deps.store.loadAggregates(customerId);
      return ok(aggregates.map((a) => purchaseSummary(bringUpToDate(a, today()))).sort((x, y) => y.purchasedOn.localeCompare(x.purchasedOn)));
    },

    getPurchase: (customerId, purchaseId) => read(customerId, purchaseId, purchaseSummary),
    paymentSchedule: (customerId, purchaseId) => read(customerId, purchaseId, scheduleView),
    refundStatus: (customerId, purchaseId) => read(customerId, purchaseId, refundStatusView),
    disputeStatus: (customerId, purchaseId) => read(customerId, purchaseId, disputeStatusView),
    feesExplained: (customerId, purchaseId) => read(customerId, purchaseId, (a) => explainFees({ purchase: a.purchase, instalments: a.instalments, fees: a.fees })),

    async nextPayment(customerId) {
      const listed = await this.listPurchases(customerId);
      if (!listed.ok) return listed;
      const dues = listed.value.flatMap((p) => (p.nextDue ? [{ ...p.nextDue, purchaseId: p.purchaseId, merchant: p.merchant }] : []));
      dues.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      return ok(dues[0] ?? null);
    },

    extendDueDate: (customerId, input) =>
      change(customerId, input.purchaseId, (a) => {
        const instalment = target(a, input.instalmentId);
        if (!instalment.ok) return instalment;
        const result = extendDueDate({ instalments: a.instalments, instalmentId: instalment.value.id, days: input.days, today: today() });
        if (!result.ok) return fail(result.code, result.message, 'days');
        const moved = result.value.instalment;
        return ok({
          aggregate: { ...a, instalments: result.value.instalments },
          receipt: {
            action: 'extend_due_date',
            summary: `Payment ${moved.sequence} of ${a.merchant.name} moved from ${instalment.value.dueDate} to ${moved.dueDate}.`,
            reference: moved.id,
            details: { purchaseId: a.purchase.id, instalmentId: moved.id, previousDueDate: instalment.value.dueDate, newDueDate: moved.dueDate, amount: money(moved.amountMinor, a.purchase.currency) },
          },
        });
      }),

    payInstalmentNow: (customerId, input) =>
      change(customerId, input.purchaseId, (a) => {
        const instalment = target(a, input.instalmentId);
        if (!instalment.ok) return instalment;
        const result = payInstalmentNow({ instalments: a.instalments, instalmentId: instalment.value.id, now: deps.now() });
        if (!result.ok) return fail(result.code, result.message, 'instalmentId');
        const paid = result.value.instalment;
        const amount = money(paid.amountMinor, a.purchase.currency);
        return ok({
          aggregate: { ...a, instalments: result.value.instalments },
          receipt: {
            action: 'pay_instalment_now',
            summary: `Paid ${amount.text} for payment ${paid.sequence} of ${a.merchant.name} today (${today()}).`,
            reference: paid.id,
            details: { purchaseId: a.purchase.id, instalmentId: paid.id, amount, paidOn: today() },
          },
        });
      }),

    reportReturn: (customerId, input) =>
      change(customerId, input.purchaseId, (a) => {
        const result = reportReturn({ id: deps.newId('ret'), purchase: a.purchase, merchant: a.merchant, instalments: a.instalments, existingReturns: a.returns, today: today() });
        if (!result.ok) return fail(result.code, result.message, 'purchaseId');
        const { returnRecord } = result.value;
        return ok({
          aggregate: { ...a, instalments: result.value.instalments, returns: [...a.returns, returnRecord] },
          receipt: {
            action: 'report_return',
            summary: `Return recorded for ${a.merchant.name}; payments are paused until ${returnRecord.pausedUntil}.`,
            reference: returnRecord.id,
            details: { purchaseId: a.purchase.id, returnId: returnRecord.id, pausedUntil: returnRecord.pausedUntil },
          },
        });
      }),

    openDispute: (customerId, input) =>
      change(customerId, input.purchaseId, (a) => {
        const result = openDispute({ id: deps.newId('dsp'), purchaseId: a.purchase.id, reason: input.reason, instalments: a.instalments, existingDisputes: a.disputes, today: today() });
        if (!result.ok) return fail(result.code, result.message, 'purchaseId');
        const { dispute } = result.value;
        return ok({
          aggregate: { ...a, instalments: result.value.instalments, disputes: [...a.disputes, dispute] },
          receipt: {
            action: 'open_dispute',
            summary: `Dispute opened for ${a.merchant.name} (${input.reason.replaceAll('_', ' ')}); payments are paused while it is open.`,
            reference: dispute.id,
            details: { purchaseId: a.purchase.id, disputeId: dispute.id, reason: input.reason, openedOn: dispute.openedOn },
          },
        });
      }),

    async changeDefaultPaymentMethod(customerId, input) {
      return deps.store.transaction(async (store) => {
        const methods = await store.listPaymentMethods(customerId);
        const method = methods.find((m) => m.id === input.paymentMethodId);
        if (!method) return fail('payment_method_not_found', 'paymentMethodId: no such card on this account', 'paymentMethodId');
        if (method.frozen) return fail('payment_method_frozen', 'paymentMethodId: this card is frozen', 'paymentMethodId');
        const [year, month] = today().split('-').map(Number) as [number, number];
        if (method.expiryYear < year || (method.expiryYear === year && method.expiryMonth < month)) {
          return fail('payment_method_expired', 'paymentMethodId: this card has expired', 'paymentMethodId');
        }
        await store.setDefaultPaymentMethod(customerId, method.id);
        const card = cardView(method);
        return ok({ action: 'change_default_payment_method', summary: `Payments will now be taken from the ${card.brand} card ending ${card.last4}.`, reference: method.id, details: { card } });
      });
    },

    requestHardship: (customerId, input) => openCase(deps, customerId, 'hardship', null, { reason: input.reason }, 'Hardship request recorded; a specialist will review it.'),
    logComplaint: (customerId, input) => openCase(deps, customerId, 'complaint', input.purchaseId ?? null, { summary: input.summary }, 'Complaint logged; it will be acknowledged within 3 business days.'),

    async closeAccount(customerId, input) {
      const overview = await this.customerOverview(customerId);
      if (!overview.ok) return overview;
      const owed = overview.value.outstanding.filter((m) => m.amountMinor > 0);
      if (owed.length > 0) return fail('outstanding_balance', `the account still owes ${owed.map((m) => m.text).join(' and ')}; it can be closed once that is paid`);
      const receipt = await openCase(deps, customerId, 'account_closure', null, { reason: input.reason ?? null }, 'Account closed.');
      if (receipt.ok) await deps.store.closeCustomer(customerId, deps.now());
      return receipt;
    },

    async reportUnauthorisedPurchase(customerId, input) {
      const aggregate = await load(deps.store, customerId, input.purchaseId);
      if (!aggregate) return notFound();
      if (aggregate.purchase.paymentMethodId) await deps.store.freezePaymentMethod(aggregate.purchase.paymentMethodId);
      return openCase(deps, customerId, 'unauthorised_purchase', input.purchaseId, { details: input.details ?? null, frozenPaymentMethodId: aggregate.purchase.paymentMethodId }, 'Unauthorised purchase reported; the card used has been frozen.');
    },
  };
}

async function openCase(deps: Deps, customerId: string, kind: 'hardship' | 'complaint' | 'account_closure' | 'unauthorised_purchase', purchaseId: string | null, details: Record<string, unknown>, summary: string): Promise<BoResult<ActionReceipt>> {
  const customer = await deps.store.getCustomer(customerId);
  if (!customer) return fail('customer_not_found', 'customerId: no such customer', 'customerId');
  if (purchaseId && !(await deps.store.loadAggregate(customerId, purchaseId))) return notFound();
  const id = deps.newId('case');
  await deps.store.openCase({ id, customerId, kind, purchaseId, details, createdAt: deps.now() });
  return ok({ action: kind, summary, reference: id, details: { caseId: id, ...(purchaseId ? { purchaseId } : {}) } });
}
