import type { Customer, Dispute, PaymentMethod, Refund } from '../domain/lending/index.js';
import type { PurchaseAggregate } from './aggregate.js';

/**
 * What the reference back office needs from storage (implemented in src/store). A company replacing the
 * back office implements `BackOffice` (tools.ts) against its own systems instead; this port is ours alone.
 */
export interface LendingStore {
  getCustomer(customerId: string): Promise<(Customer & { status: 'active' | 'closed' }) | null>;
  listPaymentMethods(customerId: string): Promise<(PaymentMethod & { frozen: boolean })[]>;
  listPurchaseIds(customerId: string): Promise<string[]>;
  /** The aggregate only when it belongs to `customerId`: another customer's purchase reads as missing. */
  loadAggregate(customerId: string, purchaseId: string, options?: { forUpdate?: boolean }): Promise<PurchaseAggregate | null>;
  loadAggregates(customerId: string): Promise<PurchaseAggregate[]>;
  saveAggregate(aggregate: PurchaseAggregate): Promise<void>;
  setDefaultPaymentMethod(customerId: string, paymentMethodId: string): Promise<void>;
  freezePaymentMethod(paymentMethodId: string): Promise<void>;
  openCase(input: { id: string; customerId: string; kind: CaseKind; purchaseId: string | null; details: Record<string, unknown>; createdAt: number }): Promise<void>;
  listOpenCases(customerId: string): Promise<{ id: string; kind: CaseKind; purchaseId: string | null; createdAt: number }[]>;
  closeCustomer(customerId: string, at: number): Promise<void>;
  transaction<T>(work: (store: LendingStore) => Promise<T>): Promise<T>;
}

export type CaseKind = 'hardship' | 'complaint' | 'unauthorised_purchase' | 'account_closure';

export type { Dispute, Refund };
