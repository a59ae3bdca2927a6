import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LendingStore } from '../backoffice/port.js';
import type { PurchaseAggregate } from '../backoffice/aggregate.js';
import type { Population } from '../domain/lending/index.js';
import type { Db, DbOrTx } from './database.js';
import {
  boCases,
  boCustomers,
  boDisputes,
  boInstalments,
  boLateFees,
  boMerchants,
  boPaymentMethods,
  boPurchases,
  boRefunds,
  boReturns,
} from './schema-backoffice.js';

const ms = (d: Date | null) => (d ? d.getTime() : null);
const date = (n: number | null) => (n === null ? null : new Date(n));

type InstalmentRow = typeof boInstalments.$inferSelect;
type RefundRow = typeof boRefunds.$inferSelect;
const toInstalment = (r: InstalmentRow) => ({ ...r, paidAt: ms(r.paidAt) });
const toRefund = (r: RefundRow) => ({ ...r, requestedAt: r.requestedAt.getTime(), processedAt: ms(r.processedAt) });

async function loadChildren(db: DbOrTx, purchases: (typeof boPurchases.$inferSelect)[]): Promise<PurchaseAggregate[]> {
  if (purchases.length === 0) return [];
  const ids = purchases.map((p) => p.id);
  const merchantIds = [...new Set(purchases.map((p) => p.merchantId))];
  const [merchants, instalments, fees, refunds, returns, disputes] = await Promise.all([
    db.select().from(boMerchants).where(inArray(boMerchants.id, merchantIds)),
    db.select().from(boInstalments).where(inArray(boInstalments.purchaseId, ids)).orderBy(asc(boInstalments.sequence)),
    db.select().from(boLateFees).where(inArray(boLateFees.purchaseId, ids)),
    db.select().from(boRefunds).where(inArray(boRefunds.purchaseId, ids)),
    db.select().from(boReturns).where(inArray(boReturns.purchaseId, ids)),
    db.select().from(boDisputes).where(inArray(boDisputes.purchaseId, ids)),
  ]);
  return purchases.map((purchase) => ({
    purchase,
    merchant: merchants.find((m) => m.id === purchase.merchantId)!,
    instalments: instalments.filter((i) => i.purchaseId === purchase.id).map(toInstalment),
    fees: fees.filter((f) => f.purchaseId === purchase.id),
    refunds: refunds.filter((r) => r.purchaseId === purchase.id).map(toRefund),
    returns: returns.filter((r) => r.purchaseId === purchase.id),
    disputes: disputes.filter((d) => d.purchaseId === purchase.id),
  }));
}

/** Upserts every child row by id: the aggregate is small (a handful of instalments and records). */
async function upsert<T extends { id: string }>(db: DbOrTx, table: Parameters<DbOrTx['insert']>[0], rows: T[]): Promise<void> {
  for (const row of rows) {
    const { id: _id, ...rest } = row;
    await db
      .insert(table)
      .values(row as never)
      .onConflictDoUpdate({ target: (table as typeof boInstalments).id, set: rest as never });
  }
}

function bind(db: DbOrTx, root: Db): LendingStore {
  return {
    async getCustomer(customerId) {
      const [row] = await db.select().from(boCustomers).where(eq(boCustomers.id, customerId));
      return row ? { ...row } : null;
    },
    listPaymentMethods: (customerId) => db.select().from(boPaymentMethods).where(eq(boPaymentMethods.customerId, customerId)),
    async listPurchaseIds(customerId) {
      return (await db.select({ id: boPurchases.id }).from(boPurchases).where(eq(boPurchases.customerId, customerId))).map((r) => r.id);
    },
    async loadAggregate(customerId, purchaseId, options = {}) {
      const where = and(eq(boPurchases.id, purchaseId), eq(boPurchases.customerId, customerId));
      const query = db.select().from(boPurchases).where(where);
      const purchases = options.forUpdate ? await query.for('update') : await query;
      return (await loadChildren(db, purchases))[0] ?? null;
    },
    async loadAggregates(customerId) {
      return loadChildren(db, await db.select().from(boPurchases).where(eq(boPurchases.customerId, customerId)));
    },
    async saveAggregate(a) {
      await db.update(boPurchases).set({ status: a.purchase.status }).where(eq(boPurchases.id, a.purchase.id));
      await upsert(db, boInstalments, a.instalments.map((i) => ({ ...i, paidAt: date(i.paidAt) })));
      await upsert(db, boLateFees, a.fees);
      await upsert(db, boRefunds, a.refunds.map((r) => ({ ...r, requestedAt: new Date(r.requestedAt), processedAt: date(r.processedAt) })));
      await upsert(db, boReturns, a.returns);
      await upsert(db, boDisputes, a.disputes);
    },
    async setDefaultPaymentMethod(customerId, paymentMethodId) {
      await db.update(boCustomers).set({ defaultPaymentMethodId: paymentMethodId }).where(eq(boCustomers.id, customerId));
    },
    async freezePaymentMethod(paymentMethodId) {
      await db.update(boPaymentMethods).set({ frozen: true }).where(eq(boPaymentMethods.id, paymentMethodId));
    },
    async openCase(c) {
      await db.insert(boCases).values({ ...c, createdAt: new Date(c.createdAt) });
    },
    async listOpenCases(customerId) {
      const rows = await db.select().from(boCases).where(and(eq(boCases.customerId, customerId), eq(boCases.status, 'open')));
      return rows.map((r) => ({ id: r.id, kind: r.kind, purchaseId: r.purchaseId, createdAt: r.createdAt.getTime() }));
    },
    async closeCustomer(customerId, at) {
      await db.update(boCustomers).set({ status: 'closed', closedAt: new Date(at) }).where(eq(boCustomers.id, customerId));
    },
    transaction: (work) => (db === root ? root.transaction((tx) => work(bind(tx, root))) : work(bind(db, root))),
  };
}

export const createLendingStore = (db: Db): LendingStore => bind(db, db);

/** Bulk-loads a generated population in chunks (a few thousand rows per statement keeps PGlite quick). */
export async function insertPopulation(db: Db, p: Population): Promise<void> {
  const chunked = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
  };
  await db.transaction(async (tx) => {
    await chunked(p.merchants, (c) => tx.insert(boMerchants).values(c));
    await chunked(p.customers, (c) => tx.insert(boCustomers).values(c.map((x) => ({ ...x, status: 'active' as const }))));
    await chunked(p.paymentMethods, (c) => tx.insert(boPaymentMethods).values(c));
    await chunked(p.purchases, (c) => tx.insert(boPurchases).values(c));
    await chunked(p.instalments, (c) => tx.insert(boInstalments).values(c.map((i) => ({ ...i, paidAt: date(i.paidAt) }))));
    await chunked(p.fees, (c) => tx.insert(boLateFees).values(c));
    await chunked(p.refunds, (c) => tx.insert(boRefunds).values(c.map((r) => ({ ...r, requestedAt: new Date(r.requestedAt), processedAt: date(r.processedAt) }))));
    await chunked(p.returns, (c) => tx.insert(boReturns).values(c));
    await chunked(p.disputes, (c) => tx.insert(boDisputes).values(c));
  });
}

export async function populationSeeded(db: Db): Promise<boolean> {
  return (await db.select({ id: boCustomers.id }).from(boCustomers).limit(1)).length > 0;
}
