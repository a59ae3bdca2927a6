/**
 * Metrics per interval (15, 30 or 60 minutes). Everything stored is additive — counts, sums and
 * time integrals — so intervals, seeds and whole runs combine by adding, and rates are derived
 * afterwards (summary.ts). Queue outcomes (answered, abandoned, waits) belong to the interval in
 * which the customer ENTERED the queue (a cohort), so a customer who waits across a boundary is
 * still judged against the conditions they arrived into; flows (contacts, pay) belong to the
 * interval in which they happen. Time integrals (agents online, busy slots…) are advanced on every
 * change of level, split exactly at interval boundaries.
 */

/** Upper edges (seconds) of the wait histogram bins; the last bin is open-ended. */
export const WAIT_BIN_EDGES: readonly number[] = [
  0.001, // "answered at once" gets a bin of its own, so a mostly-zero p90 reads as 0, not 0.9 s
  ...Array.from({ length: 60 }, (_, i) => i + 1), // 1 s bins to a minute
  ...Array.from({ length: 48 }, (_, i) => 65 + i * 5), // 5 s bins to 5 minutes
  ...Array.from({ length: 110 }, (_, i) => 330 + i * 30), // 30 s bins to an hour
];

export interface IntervalCounters {
  contacts: number;
  repeatContacts: number;
  aiConversations: number;
  aiResolved: number;
  aiResolvedWrongly: number;
  aiEscalated: number;
  /** AI-only: the policy wanted a human and there was none. */
  refusedHandoffs: number;
  queued: number;
  answered: number;
  /** Offered a slot by the first dispatch after entering the queue: found a free agent (Erlang's W = 0). */
  offeredAtOnce: number;
  answeredWithinTarget: number;
  abandoned: number;
  waitSumMs: number;
  abandonWaitSumMs: number;
  /** Answered waits by WAIT_BIN_EDGES (sparse: bin index → count). */
  waitBins: Record<number, number>;
  resolutions: number;
  durableResolutions: number;
  humanResolutions: number;
  csatSum: number;
  csatCount: number;
  aiCostMinor: number;
  conversationPayMinor: number;
  surgePayMinor: number;
  /** Standby accrued per ms of paid online time (fractional; the ledger settles whole blocks). */
  standbyAccruedMinor: number;
  offers: number;
  accepted: number;
  declined: number;
  timedOut: number;
  withdrawn: number;
  callUpsSent: number;
  agentsInvited: number;
  callUpArrivals: number;
  onlineAgentMs: number;
  onlineSlotMs: number;
  busySlotMs: number;
  unpaidWaitingMs: number;
  paidOnlineMs: number;
  queueLengthMs: number;
}

export const emptyCounters = (): IntervalCounters => ({
  contacts: 0, repeatContacts: 0, aiConversations: 0, aiResolved: 0, aiResolvedWrongly: 0, aiEscalated: 0,
  refusedHandoffs: 0, queued: 0, answered: 0, offeredAtOnce: 0, answeredWithinTarget: 0, abandoned: 0,
  waitSumMs: 0, abandonWaitSumMs: 0, waitBins: {}, resolutions: 0, durableResolutions: 0, humanResolutions: 0,
  csatSum: 0, csatCount: 0, aiCostMinor: 0, conversationPayMinor: 0, surgePayMinor: 0, standbyAccruedMinor: 0,
  offers: 0, accepted: 0, declined: 0, timedOut: 0, withdrawn: 0, callUpsSent: 0, agentsInvited: 0,
  callUpArrivals: 0, onlineAgentMs: 0, onlineSlotMs: 0, busySlotMs: 0, unpaidWaitingMs: 0, paidOnlineMs: 0,
  queueLengthMs: 0,
});

type NumericKey = { [K in keyof IntervalCounters]: IntervalCounters[K] extends number ? K : never }[keyof IntervalCounters];

/** a += b, field by field. */
export function addCounters(a: IntervalCounters, b: IntervalCounters): IntervalCounters {
  for (const key of Object.keys(b) as (keyof IntervalCounters)[]) {
    if (key === 'waitBins') {
      for (const [bin, n] of Object.entries(b.waitBins)) a.waitBins[Number(bin)] = (a.waitBins[Number(bin)] ?? 0) + n;
    } else {
      a[key] += b[key];
    }
  }
  return a;
}

export function waitBin(waitSeconds: number): number {
  let lo = 0;
  let hi = WAIT_BIN_EDGES.length; // index WAIT_BIN_EDGES.length = overflow bin
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (waitSeconds < WAIT_BIN_EDGES[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Agent-level state the integrals follow; an agent contributes one of these at any moment. */
export interface Levels {
  online: number;
  slots: number;
  busySlots: number;
  unpaidWaiting: number;
  paidOnline: number;
}

export class Metrics {
  readonly intervals: IntervalCounters[];
  private readonly level: Levels = { online: 0, slots: 0, busySlots: 0, unpaidWaiting: 0, paidOnline: 0 };
  private queueLength = 0;
  private lastMs = 0;

  constructor(
    readonly intervalMs: number,
    readonly runEndMs: number,
    private readonly standbyMinorPerHour: number,
  ) {
    this.intervals = Array.from({ length: Math.max(1, Math.ceil(runEndMs / intervalMs)) }, emptyCounters);
  }

  index(ms: number): number {
    return Math.min(this.intervals.length - 1, Math.max(0, Math.floor(ms / this.intervalMs)));
  }

  at(ms: number): IntervalCounters {
    return this.intervals[this.index(ms)]!;
  }

  add(ms: number, key: NumericKey, amount = 1): void {
    this.at(ms)[key] += amount;
  }

  /** Integrate the current levels from the last change up to `ms`. */
  advance(ms: number): void {
    let t = this.lastMs;
    while (t < ms) {
      const i = this.index(t);
      const end = Math.min(ms, (i + 1) * this.intervalMs, this.runEndMs);
      const dt = (end > t ? end : ms) - t;
      const c = this.intervals[i]!;
      c.onlineAgentMs += this.level.online * dt;
      c.onlineSlotMs += this.level.slots * dt;
      c.busySlotMs += this.level.busySlots * dt;
      c.unpaidWaitingMs += this.level.unpaidWaiting * dt;
      c.paidOnlineMs += this.level.paidOnline * dt;
      c.standbyAccruedMinor += (this.level.paidOnline * dt * this.standbyMinorPerHour) / 3_600_000;
      c.queueLengthMs += this.queueLength * dt;
      t += dt;
    }
    this.lastMs = Math.max(this.lastMs, ms);
  }

  /** An agent's contribution changed from `before` to `after` at `ms`. */
  shiftLevels(ms: number, before: Levels, after: Levels): void {
    this.advance(ms);
    for (const k of Object.keys(before) as (keyof Levels)[]) this.level[k] += after[k] - before[k];
  }

  shiftQueue(ms: number, delta: number): void {
    this.advance(ms);
    this.queueLength += delta;
  }

  recordAnsweredWait(queueInterval: number, waitMs: number, targetMs: number): void {
    const c = this.intervals[queueInterval]!;
    c.answered++;
    c.waitSumMs += waitMs;
    if (waitMs <= targetMs) c.answeredWithinTarget++;
    const bin = waitBin(waitMs / 1000);
    c.waitBins[bin] = (c.waitBins[bin] ?? 0) + 1;
  }

  recordAbandon(queueInterval: number, waitMs: number): void {
    const c = this.intervals[queueInterval]!;
    c.abandoned++;
    c.abandonWaitSumMs += waitMs;
  }
}
