import type { PoolFairness } from '../domain/workforce/index.js';

/**
 * The agents' side of a run, from the workforce fairness report: who was present, what they
 * earned, how much of their presence was paid, and the unpaid waiting the product promises to keep
 * at zero. Quantiles are over agents who were present at all.
 */
export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface AgentFigures {
  agentsPresent: number;
  presenceHours: number;
  totalUnpaidWaitingMinutes: number;
  paidShareOfPresence: number | null;
  agentsBelowFloor: number;
  offersGini: number | null;
  offersPerPresenceHourGini: number | null;
  declineRate: number | null;
  earningsMinor: Quantiles | null;
  effectiveHourlyMinor: Quantiles | null;
  meanEarningsMinor: number | null;
}

export function agentFigures(fairness: PoolFairness, earnings: ReadonlyMap<string, number>): AgentFigures {
  const present = fairness.agents.filter((a) => a.presenceMinutes > 0);
  const hourly = present.flatMap((a) => (a.effectiveHourlyMinor === null ? [] : [a.effectiveHourlyMinor]));
  const earned = present.map((a) => earnings.get(a.agentId) ?? 0);
  return {
    agentsPresent: present.length,
    presenceHours: present.reduce((s, a) => s + a.presenceMinutes, 0) / 60,
    totalUnpaidWaitingMinutes: fairness.totalUnpaidWaitingMinutes,
    paidShareOfPresence: fairness.paidShareOfPresence,
    agentsBelowFloor: fairness.agentsBelowFloor,
    offersGini: fairness.offersGini,
    offersPerPresenceHourGini: fairness.offersPerPresenceHourGini,
    declineRate: fairness.declineRate,
    earningsMinor: quantiles(earned),
    effectiveHourlyMinor: quantiles(hourly),
    meanEarningsMinor: earned.length > 0 ? earned.reduce((s, x) => s + x, 0) / earned.length : null,
  };
}

/** Nearest-rank quantiles; null for an empty list. */
export function quantiles(values: readonly number[]): Quantiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}
