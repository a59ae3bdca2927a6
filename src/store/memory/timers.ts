import type { ClaimedTimer, TimerRepository } from '../../app/ports.js';
import { deleteRow, setRow, type Tables, type TimerRow, type Undo } from './tables.js';

function enqueue(t: Tables, row: TimerRow): void {
  t.timerQueue.enqueue({ id: row.id, at: row.availableAt });
}

function remove(t: Tables, undo: Undo, row: TimerRow): void {
  deleteRow(undo, t.timers, row.id);
  if (row.dedupeKey !== null) deleteRow(undo, t.timerIdByKey, row.dedupeKey);
  // The queue entry goes stale and is skipped; a rollback puts a fresh one back.
  undo.record(() => enqueue(t, row));
}

/** A queue entry is live while its row exists and has not been re-leased since it was queued. */
const live = (t: Tables, entry: { id: number; at: number }) => t.timers.get(entry.id)?.availableAt === entry.at;

export const memoryTimers = (t: Tables, undo: Undo): TimerRepository => ({
  async schedule(spec) {
    if (spec.dedupeKey !== undefined && t.timerIdByKey.has(spec.dedupeKey)) return false;
    const row: TimerRow = {
      id: ++t.sequences.timer,
      kind: spec.kind,
      dueAt: spec.dueAt,
      payload: { ...spec.payload },
      dedupeKey: spec.dedupeKey ?? null,
      attempts: 0,
      claimedUntil: null,
      availableAt: spec.dueAt,
    };
    setRow(undo, t.timers, row.id, row);
    if (row.dedupeKey !== null) setRow(undo, t.timerIdByKey, row.dedupeKey, row.id);
    enqueue(t, row);
    return true;
  },
  async cancel(dedupeKey) {
    const id = t.timerIdByKey.get(dedupeKey);
    const row = id === undefined ? undefined : t.timers.get(id);
    if (row) remove(t, undo, row);
  },
  async claimDue(_owner, now, leaseMs, limit) {
    const claimed: ClaimedTimer[] = [];
    while (claimed.length < limit) {
      const entry = t.timerQueue.front();
      if (entry === null || entry.at > now) break;
      t.timerQueue.dequeue();
      if (!live(t, entry)) continue;
      const row = t.timers.get(entry.id)!;
      const leased: TimerRow = { ...row, attempts: row.attempts + 1, claimedUntil: now + leaseMs, availableAt: now + leaseMs + 1 };
      setRow(undo, t.timers, row.id, leased);
      // A crashed claimer's lease runs out: the row can be claimed again just after it.
      enqueue(t, leased);
      undo.record(() => enqueue(t, row));
      claimed.push({ id: row.id, kind: row.kind, dueAt: row.dueAt, payload: { ...row.payload }, ...(row.dedupeKey !== null && { dedupeKey: row.dedupeKey }), attempts: leased.attempts });
    }
    return claimed;
  },
  async complete(id) {
    const row = t.timers.get(id);
    if (row) remove(t, undo, row);
  },
  async countPending() {
    return t.timers.size;
  },
  async nextDueAt() {
    return nextTimerAt(t);
  },
});

/** When the next timer can be claimed, or null when none is pending (what a poller would find). */
export function nextTimerAt(t: Tables): number | null {
  for (;;) {
    const entry = t.timerQueue.front();
    if (entry === null) return null;
    if (live(t, entry)) return entry.at;
    t.timerQueue.dequeue();
  }
}
