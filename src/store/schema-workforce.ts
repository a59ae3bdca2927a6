import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Workforce: paid on-call blocks, the agents' claims on them, and the pay ledger.
 * Moments are `timestamptz` read as epoch ms by the repositories; `period_day` is the UTC calendar day of
 * a ledger entry, kept as a column so statements and payroll exports can group by day without time zones.
 * `agent_id` columns reference agents(id) through foreign keys written by hand in the migration
 * (drizzle/0005_workforce.sql, with the ledger's append-only trigger): importing `agents` here would make
 * schema.ts, which re-exports this file, an import cycle.
 */
const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A published block: `headcount` places, each paid `standby_rate_minor_per_hour` while online inside it. */
export const onCallBlocks = pgTable(
  'on_call_blocks',
  {
    id: text('id').primaryKey(),
    startsAt: moment('starts_at').notNull(),
    endsAt: moment('ends_at').notNull(),
    headcount: integer('headcount').notNull(),
    standbyRateMinorPerHour: integer('standby_rate_minor_per_hour').notNull(),
    currency: text('currency').notNull(),
    createdAt: moment('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    /** Set once the block has ended and every claim on it was turned into pay (or a no-show). */
    settledAt: moment('settled_at'),
  },
  (t) => [
    index('on_call_blocks_starts_idx').on(t.startsAt),
    index('on_call_blocks_unsettled_idx').on(t.endsAt).where(sql`settled_at is null`),
    check('on_call_blocks_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('on_call_blocks_headcount_positive', sql`${t.headcount} > 0`),
    check('on_call_blocks_rate_non_negative', sql`${t.standbyRateMinorPerHour} >= 0`),
    check('on_call_blocks_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const blockClaimStatuses = ['claimed', 'released', 'late_released', 'no_show', 'completed'] as const;

/**
 * One agent's place in one block. Released rows stay (they feed reliability figures); the partial unique
 * index allows one place per agent per block among the claims that still hold a place.
 */
export const blockClaims = pgTable(
  'block_claims',
  {
    id: text('id').primaryKey(),
    blockId: text('block_id')
      .notNull()
      .references(() => onCallBlocks.id),
    agentId: text('agent_id').notNull(),
    status: text('status', { enum: blockClaimStatuses }).notNull(),
    claimedAt: moment('claimed_at').notNull(),
    releasedAt: moment('released_at'),
  },
  (t) => [
    uniqueIndex('block_claims_one_place_per_agent')
      .on(t.blockId, t.agentId)
      .where(sql`status in ('claimed', 'completed', 'no_show')`),
    index('block_claims_block_idx').on(t.blockId, t.status),
    index('block_claims_agent_idx').on(t.agentId, t.status),
    check('block_claims_status_known', sql`${t.status} in ('claimed', 'released', 'late_released', 'no_show', 'completed')`),
    check('block_claims_release_has_time', sql`${t.status} not in ('released', 'late_released') or ${t.releasedAt} is not null`),
  ],
);

export const payKinds = ['standby', 'conversation', 'surge', 'quality_bonus', 'training'] as const;
export const payCauseKinds = ['block', 'conversation', 'call_up', 'review', 'training'] as const;

/**
 * The pay ledger. Append-only (a trigger in the migration refuses UPDATE and DELETE). Every entry names
 * its cause, and each kind has exactly one kind of cause (CHECK); the unique key means one cause pays an
 * agent once, so recording pay is idempotent and a retry can never pay twice.
 */
export const payLedger = pgTable(
  'pay_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agentId: text('agent_id').notNull(),
    kind: text('kind', { enum: payKinds }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    causeKind: text('cause_kind', { enum: payCauseKinds }).notNull(),
    causeId: text('cause_id').notNull(),
    detail: text('detail').notNull(),
    occurredAt: moment('occurred_at').notNull(),
    periodDay: date('period_day', { mode: 'string' }).notNull(),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pay_ledger_one_payment_per_cause').on(t.kind, t.causeKind, t.causeId, t.agentId),
    index('pay_ledger_agent_idx').on(t.agentId, t.occurredAt),
    index('pay_ledger_occurred_idx').on(t.occurredAt),
    check('pay_ledger_cause_present', sql`length(${t.causeId}) > 0`),
    check(
      'pay_ledger_kind_matches_cause',
      sql`(${t.kind} = 'standby' and ${t.causeKind} = 'block') or (${t.kind} = 'conversation' and ${t.causeKind} = 'conversation') or (${t.kind} = 'surge' and ${t.causeKind} = 'call_up') or (${t.kind} = 'quality_bonus' and ${t.causeKind} = 'review') or (${t.kind} = 'training' and ${t.causeKind} = 'training')`,
    ),
    check('pay_ledger_amount_non_negative', sql`${t.amountMinor} >= 0`),
    check('pay_ledger_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export type OnCallBlockRow = typeof onCallBlocks.$inferSelect;
export type BlockClaimRow = typeof blockClaims.$inferSelect;
export type PayLedgerRow = typeof payLedger.$inferSelect;

/**
 * The pay rates an operator set (one row, id 'current'); without it the configured defaults apply.
 * Changing it never touches the ledger: entries keep the amounts they were written with.
 */
export const payRateSettings = pgTable(
  'pay_rate_settings',
  {
    id: text('id').primaryKey().default('current'),
    settings: jsonb('settings').$type<Record<string, number>>().notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [check('pay_rate_settings_single_row', sql`${t.id} = 'current'`)],
);

export type PayRateSettingsRow = typeof payRateSettings.$inferSelect;
