import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { LedgerEntry, PayLedgerRepository } from '../app/workforce/ports.js';
import type { DbOrTx } from './database.js';
import { payLedger, type PayLedgerRow } from './schema-workforce.js';

const toEntry = (r: PayLedgerRow): LedgerEntry => ({
  id: r.id,
  agentId: r.agentId,
  kind: r.kind,
  amountMinor: r.amountMinor,
  currency: r.currency,
  causeKind: r.causeKind,
  causeId: r.causeId,
  detail: r.detail,
  occurredAt: r.occurredAt.getTime(),
  periodDay: r.periodDay,
});

/** Append-only: no update or delete here, and the database refuses them too (trigger). */
export const payLedgerRepository = (db: DbOrTx): PayLedgerRepository => ({
  async append(entry) {
    const rows = await db
      .insert(payLedger)
      .values({ ...entry, occurredAt: new Date(entry.occurredAt), periodDay: new Date(entry.occurredAt).toISOString().slice(0, 10) })
      // The unique key (kind, cause, agent) turns a second payment for the same cause into a no-op.
      .onConflictDoNothing({ target: [payLedger.kind, payLedger.causeKind, payLedger.causeId, payLedger.agentId] })
      .returning();
    const [row] = rows;
    return row ? toEntry(row) : null;
  },
  async list({ agentId, fromMs, toMs }) {
    const range = and(gte(payLedger.occurredAt, new Date(fromMs)), lt(payLedger.occurredAt, new Date(toMs)));
    const rows = await db
      .select()
      .from(payLedger)
      .where(agentId === undefined ? range : and(range, eq(payLedger.agentId, agentId)))
      .orderBy(asc(payLedger.occurredAt), asc(payLedger.id));
    return rows.map(toEntry);
  },
});
