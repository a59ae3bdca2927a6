import { count, eq, sql } from 'drizzle-orm';
import type { ClaimedTimer, TimerRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { timers } from './schema.js';

type ClaimedRow = { id: number | string; kind: string; due_at: string | Date; payload: Record<string, unknown>; dedupe_key: string | null; attempts: number };

export const timerRepository = (db: DbOrTx): TimerRepository => ({
  async schedule(t) {
    const rows = await db
      .insert(timers)
      .values({ kind: t.kind, dueAt: new Date(t.dueAt), payload: t.payload, dedupeKey: t.dedupeKey ?? null })
      .onConflictDoNothing()
      .returning({ id: timers.id });
    return rows.length === 1;
  },

  async cancel(dedupeKey) {
    await db.delete(timers).where(eq(timers.dedupeKey, dedupeKey));
  },

  async claimDue(owner, now, leaseMs, limit) {
    const nowDate = new Date(now).toISOString();
    const until = new Date(now + leaseMs).toISOString();
    // SKIP LOCKED: two nodes polling at once each take different rows instead of waiting on each other.
    const result = await db.execute(sql`
      update timers set claimed_by = ${owner}, claimed_until = ${until}, attempts = attempts + 1
      where id in (
        select id from timers
        where due_at <= ${nowDate} and (claimed_until is null or claimed_until < ${nowDate})
        order by due_at
        limit ${limit}
        for update skip locked
      )
      returning id, kind, due_at, payload, dedupe_key, attempts`);
    const rows = (result as unknown as { rows: ClaimedRow[] }).rows;
    return rows.map(
      (r): ClaimedTimer => ({
        id: Number(r.id),
        kind: r.kind,
        dueAt: new Date(r.due_at).getTime(),
        payload: r.payload,
        ...(r.dedupe_key ? { dedupeKey: r.dedupe_key } : {}),
        attempts: r.attempts,
      }),
    );
  },

  async complete(id) {
    await db.delete(timers).where(eq(timers.id, id));
  },

  async nextDueAt() {
    // As claimDue sees a row: claimable from its due time, or once its lease has run out (claimed_until < now).
    const [row] = await db.select({ at: sql<string | null>`min(greatest(${timers.dueAt}, coalesce(${timers.claimedUntil} + interval '1 millisecond', ${timers.dueAt})))` }).from(timers);
    return row?.at ? new Date(row.at).getTime() : null;
  },

  async countPending() {
    const [row] = await db.select({ n: count() }).from(timers);
    return row?.n ?? 0;
  },
});
