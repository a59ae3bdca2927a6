import { WAIT_BIN_EDGES, type IntervalCounters } from './model/metrics.js';

/**
 * Rates and figures derived from additive counters (model/metrics.ts). Definitions:
 *   serviceLevel     answered within the target / entered the human queue (abandons are failures; Erlang A's SL)
 *   asaSeconds       mean wait of answered customers, from entering the queue to an agent accepting
 *   p90WaitSeconds   90th percentile of answered waits (interpolated inside 1 s / 5 s / 30 s bins)
 *   pWait            could not be offered a slot by the first dispatch after entering / entered (Erlang's
 *                    P(W > 0): waiting for a free agent; the agent's own answer time is not counted here)
 *   abandonmentRate  left the queue before an answer / entered
 *   durableResolutionRate  resolutions that held (no repeat contact) / resolutions, by AI and humans
 *   csatProxy        mean probability of a satisfied customer over resolutions (the scenario's CSAT model)
 *   costPerContact   (AI cost + agent pay) / contacts, repeat contacts included
 *   utilisation      busy chat slots / online chat slots (concurrency counted)
 * Null means "no such event" (e.g. no one queued under AI-only), never zero.
 * `runs` divides absolute figures (counts, money, minutes) when counters of several seeds were summed.
 */
export interface DerivedMetrics {
  contacts: number;
  repeatContacts: number;
  aiConversations: number;
  aiContainment: number | null;
  aiWrongResolutionRate: number | null;
  refusedHandoffs: number;
  queued: number;
  escalationShare: number | null;
  serviceLevel: number | null;
  asaSeconds: number | null;
  p90WaitSeconds: number | null;
  pWait: number | null;
  abandonmentRate: number | null;
  resolutions: number;
  durableResolutionRate: number | null;
  csatProxy: number | null;
  aiCostMinor: number;
  agentPayMinor: number;
  standbyMinor: number;
  totalCostMinor: number;
  costPerContactMinor: number | null;
  costPerDurableResolutionMinor: number | null;
  utilisation: number | null;
  agentHoursOnline: number;
  unpaidWaitingMinutes: number;
  agentEarningsPerOnlineHourMinor: number | null;
  meanQueueLength: number;
  offers: number;
  acceptanceRate: number | null;
  callUpsSent: number;
  callUpArrivals: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export interface DeriveOptions {
  /** Counters summed over this many runs: absolute figures are divided by it. */
  runs?: number;
  /** Standby pay as settled by the ledger; default the per-interval accrual. */
  standbyMinor?: number;
  /** Length of time the counters cover, for the mean queue length. */
  durationMs: number;
}

export function deriveMetrics(c: IntervalCounters, options: DeriveOptions): DerivedMetrics {
  const runs = options.runs ?? 1;
  const standby = options.standbyMinor ?? c.standbyAccruedMinor;
  const pay = c.conversationPayMinor + c.surgePayMinor + standby;
  const total = c.aiCostMinor + pay;
  return {
    contacts: c.contacts / runs,
    repeatContacts: c.repeatContacts / runs,
    aiConversations: c.aiConversations / runs,
    aiContainment: ratio(c.aiResolved, c.aiConversations),
    aiWrongResolutionRate: ratio(c.aiResolvedWrongly, c.aiResolved),
    refusedHandoffs: c.refusedHandoffs / runs,
    queued: c.queued / runs,
    escalationShare: ratio(c.queued, c.contacts),
    serviceLevel: ratio(c.answeredWithinTarget, c.queued),
    asaSeconds: c.answered > 0 ? c.waitSumMs / c.answered / 1000 : null,
    p90WaitSeconds: percentileFromBins(c.waitBins, 0.9),
    pWait: ratio(c.queued - c.offeredAtOnce, c.queued),
    abandonmentRate: ratio(c.abandoned, c.queued),
    resolutions: c.resolutions / runs,
    durableResolutionRate: ratio(c.durableResolutions, c.resolutions),
    csatProxy: ratio(c.csatSum, c.csatCount),
    aiCostMinor: c.aiCostMinor / runs,
    agentPayMinor: pay / runs,
    standbyMinor: standby / runs,
    totalCostMinor: total / runs,
    costPerContactMinor: ratio(total, c.contacts),
    costPerDurableResolutionMinor: ratio(total, c.durableResolutions),
    utilisation: ratio(c.busySlotMs, c.onlineSlotMs),
    agentHoursOnline: c.onlineAgentMs / 3_600_000 / runs,
    unpaidWaitingMinutes: c.unpaidWaitingMs / 60_000 / runs,
    agentEarningsPerOnlineHourMinor: ratio(pay, c.onlineAgentMs / 3_600_000),
    meanQueueLength: options.durationMs > 0 ? c.queueLengthMs / options.durationMs / runs : 0,
    offers: c.offers / runs,
    acceptanceRate: ratio(c.accepted, c.accepted + c.declined + c.timedOut),
    callUpsSent: c.callUpsSent / runs,
    callUpArrivals: c.callUpArrivals / runs,
  };
}

/** The q-quantile of the binned waits, linear inside the bin; the open last bin reports its lower edge. */
export function percentileFromBins(bins: Record<number, number>, q: number): number | null {
  const entries = Object.entries(bins)
    .map(([bin, n]) => [Number(bin), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const target = q * total;
  let below = 0;
  for (const [bin, n] of entries) {
    if (below + n >= target) {
      const lower = bin === 0 ? 0 : WAIT_BIN_EDGES[bin - 1]!;
      const upper = WAIT_BIN_EDGES[bin];
      if (upper === undefined) return lower;
      return lower + ((target - below) / n) * (upper - lower);
    }
    below += n;
  }
  return WAIT_BIN_EDGES[WAIT_BIN_EDGES.length - 1]!;
}
