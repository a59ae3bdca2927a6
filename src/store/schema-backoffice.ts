import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PauseReason, PlanTerms } from '../domain/lending/types.js';

/**
 * The reference BNPL back office's own tables (prefix `bo_`). Column keys mirror the lending records in
 * src/domain/lending/types.ts, so rows and records map one to one. Calendar dates are `date` columns read
 * as 'YYYY-MM-DD' strings; moments are `timestamptz` read as epoch ms by the repository.
 */
const day = (name: string) => date(name, { mode: 'string' });
const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const boCustomers = pgTable('bo_customers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  country: text('country').notNull(),
  language: text('language', { enum: ['en', 'es', 'fr', 'de'] }).notNull(),
  vulnerable: boolean('vulnerable').notNull(),
  createdOn: day('created_on').notNull(),
  defaultPaymentMethodId: text('default_payment_method_id'),
  status: text('status', { enum: ['active', 'closed'] }).notNull().default('active'),
  closedAt: moment('closed_at'),
});

export const boMerchants = pgTable('bo_merchants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  returnWindowDays: integer('return_window_days').notNull(),
});

export const boPaymentMethods = pgTable(
  'bo_payment_methods',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull().references(() => boCustomers.id),
    brand: text('brand', { enum: ['visa', 'mastercard', 'amex'] }).notNull(),
    last4: text('last4').notNull(),
    expiryMonth: integer('expiry_month').notNull(),
    expiryYear: integer('expiry_year').notNull(),
    /** Set when the customer reports an unauthorised purchase on this card. */
    frozen: boolean('frozen').notNull().default(false),
  },
  (t) => [index('bo_payment_methods_customer_idx').on(t.customerId)],
);

export const boPurchases = pgTable(
  'bo_purchases',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull().references(() => boCustomers.id),
    merchantId: text('merchant_id').notNull().references(() => boMerchants.id),
    paymentMethodId: text('payment_method_id'),
    description: text('description').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency', { enum: ['GBP', 'EUR', 'USD'] }).notNull(),
    purchasedOn: day('purchased_on').notNull(),
    plan: jsonb('plan').$type<PlanTerms>().notNull(),
    status: text('status', { enum: ['active', 'paid_off', 'refunded'] }).notNull(),
  },
  (t) => [index('bo_purchases_customer_idx').on(t.customerId, t.purchasedOn)],
);

export const boInstalments = pgTable(
  'bo_instalments',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull().references(() => boPurchases.id),
    sequence: integer('sequence').notNull(),
    dueDate: day('due_date').notNull(),
    originalDueDate: day('original_due_date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    principalMinor: integer('principal_minor').notNull(),
    interestMinor: integer('interest_minor').notNull(),
    refundedMinor: integer('refunded_minor').notNull(),
    status: text('status', { enum: ['scheduled', 'late', 'paused', 'paid', 'refunded'] }).notNull(),
    paidAt: moment('paid_at'),
    pausedOn: day('paused_on'),
    pausedUntil: day('paused_until'),
    pausedBy: jsonb('paused_by').$type<PauseReason[]>().notNull().default(sql`'[]'::jsonb`),
    extendedByDays: integer('extended_by_days').notNull(),
  },
  (t) => [index('bo_instalments_purchase_idx').on(t.purchaseId, t.sequence)],
);

export const boLateFees = pgTable(
  'bo_late_fees',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull().references(() => boPurchases.id),
    instalmentId: text('instalment_id').notNull(),
    feeNumber: integer('fee_number').notNull(),
    rule: text('rule', { enum: ['late_fee_first', 'late_fee_repeat'] }).notNull(),
    instalmentDueDate: day('instalment_due_date').notNull(),
    triggeredOn: day('triggered_on').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    fullAmountMinor: integer('full_amount_minor').notNull(),
    currency: text('currency', { enum: ['GBP', 'EUR', 'USD'] }).notNull(),
    status: text('status', { enum: ['charged', 'paid', 'waived'] }).notNull(),
  },
  (t) => [index('bo_late_fees_purchase_idx').on(t.purchaseId)],
);

export const boRefunds = pgTable(
  'bo_refunds',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull().references(() => boPurchases.id),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency', { enum: ['GBP', 'EUR', 'USD'] }).notNull(),
    kind: text('kind', { enum: ['full', 'partial'] }).notNull(),
    status: text('status', { enum: ['pending', 'processed'] }).notNull(),
    reason: text('reason').notNull(),
    requestedAt: moment('requested_at').notNull(),
    processedAt: moment('processed_at'),
    cardRefundMinor: integer('card_refund_minor'),
  },
  (t) => [index('bo_refunds_purchase_idx').on(t.purchaseId)],
);

export const boReturns = pgTable(
  'bo_returns',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull().references(() => boPurchases.id),
    reportedOn: day('reported_on').notNull(),
    pausedUntil: day('paused_until').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    closedOn: day('closed_on'),
  },
  (t) => [index('bo_returns_purchase_idx').on(t.purchaseId)],
);

export const boDisputes = pgTable(
  'bo_disputes',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull().references(() => boPurchases.id),
    openedOn: day('opened_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'resolved'] }).notNull(),
    resolvedOn: day('resolved_on'),
    outcome: text('outcome', { enum: ['customer_favour', 'merchant_favour'] }),
  },
  (t) => [index('bo_disputes_purchase_idx').on(t.purchaseId)],
);

/** Requests that a person handles: hardship arrangements, complaints, unauthorised purchases, closures. */
export const boCases = pgTable(
  'bo_cases',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull().references(() => boCustomers.id),
    kind: text('kind', { enum: ['hardship', 'complaint', 'unauthorised_purchase', 'account_closure'] }).notNull(),
    purchaseId: text('purchase_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [index('bo_cases_customer_idx').on(t.customerId, t.kind)],
);

/**
 * Every tool call, AI or agent, read or act: who, in which conversation, with what, and what came back.
 * Append-only. The unique key makes an action idempotent: a retry with the same key finds the first call.
 */
export const toolAudit = pgTable(
  'tool_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tool: text('tool').notNull(),
    actorKind: text('actor_kind', { enum: ['ai', 'agent'] }).notNull(),
    actorId: text('actor_id'),
    conversationId: text('conversation_id'),
    customerId: text('customer_id').notNull(),
    args: jsonb('args').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    ok: boolean('ok').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('tool_audit_idempotency_unique').on(t.customerId, t.tool, t.idempotencyKey),
    index('tool_audit_conversation_idx').on(t.conversationId, t.id),
  ],
);

/** Admin-editable: which tools the AI may run alone, which need the customer's confirmation, which are human-only. */
export const toolPolicy = pgTable('tool_policy', {
  tool: text('tool').primaryKey(),
  mode: text('mode', { enum: ['ai', 'confirm', 'human_only'] }).notNull(),
  updatedAt: moment('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});
