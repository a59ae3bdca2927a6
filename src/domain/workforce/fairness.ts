/**
 * Fairness figures for the on-demand pool, from plain per-agent data for one period.
 *
 * Per agent, with presence = online ∪ busy (handling a conversation counts as present):
 *   paid time          presence inside a paid block or busy with a conversation
 *   unpaid waiting     presence outside every paid block and not busy — the figure the product
 *                      promises to keep at zero (nobody should wait by a device for free)
 *   paid share         paid time / presence time
 *   effective hourly   all earnings / presence hours (waiting counts as working time), compared
 *                      with an hourly floor — only from MIN_PRESENCE_FOR_HOURLY_MINUTES of presence
 *                      on: below that the figure is null ("not enough time"), since a bonus earned in
 *                      30 seconds online would read as thousands an hour
 *   offers, declines, decline rate, offers per online hour
 * Pool: totals, agents below the floor, the Gini coefficient of offers (raw, and per online
 * hour — the "amortised" view in which an agent online twice as long should get twice the offers)
 * and the Gini of effective hourly pay. Agents without a measured hourly figure are left out of the
 * floor count and the hourly Gini.
 * Figures that divide by zero are null, never NaN.
 */
import { subtractIntervals, totalMs, unionIntervals, type Interval } from './intervals.js';
import { divideRoundHalfUp } from './money.js';

export interface AgentPeriod {
  agentId: string;
  /** Presence: online and available (or busy), any order, overlaps allowed. */
  online: readonly Interval[];
  /** Paid on-call blocks the agent attended (as settled by blocks.ts). */
  paidBlocks: readonly Interval[];
  /** Time handling at least one conversation. */
  busy: readonly Interval[];
  /** Everything earned in the period (standby, conversations, bonuses), minor units. */
  earningsMinor: number;
  /** Offers received and how many were declined (explicitly or by letting them time out). */
  offers: number;
  declines: number;
}

export interface AgentFairness {
  agentId: string;
  presenceMinutes: number;
  paidMinutes: number;
  unpaidWaitingMinutes: number;
  paidShareOfPresence: number | null;
  /** Minor units per hour, rounded half up; null without enough presence to measure it (see hourlyMeasured). */
  effectiveHourlyMinor: number | null;
  /** Whether presence reached the minimum for an hourly figure ("not enough time" when false). */
  hourlyMeasured: boolean;
  /** null whenever the hourly figure is not measured. */
  belowFloor: boolean | null;
  offers: number;
  declines: number;
  declineRate: number | null;
  offersPerPresenceHour: number | null;
}

export interface PoolFairness {
  agents: AgentFairness[];
  totalUnpaidWaitingMinutes: number;
  paidShareOfPresence: number | null;
  agentsBelowFloor: number;
  offersGini: number | null;
  offersPerPresenceHourGini: number | null;
  /** Gini of effective hourly pay over the agents with a measured figure; null when none has one. */
  effectiveHourlyGini: number | null;
  /** The minimum presence, in minutes, behind every hourly figure in this report. */
  minPresenceMinutesForHourly: number;
  declineRate: number | null;
}

/**
 * The least presence (online or busy) over which effective hourly pay is measured, in minutes. Under it
 * the figure is null and the agent is neither flagged below the floor nor counted in the Gini of hourly
 * pay: a fixed bonus over a few seconds online is noise, not a rate. A quarter of an hour keeps one short
 * shift in view while ruling out a log-in that was over at once. Override per report with
 * `minPresenceMinutesForHourly`.
 */
export const MIN_PRESENCE_FOR_HOURLY_MINUTES = 15;

export interface FairnessOptions {
  /** Minor units per hour; a measured effective hourly figure under it is flagged. */
  hourlyFloorMinor: number;
  /** Default MIN_PRESENCE_FOR_HOURLY_MINUTES; 0 measures any presence at all. */
  minPresenceMinutesForHourly?: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

/**
 * Gini coefficient of non-negative values: mean absolute difference over twice the mean,
 * computed as (2 Σ i·x_(i)) / (n Σ x) - (n + 1)/n on sorted values. 0 = perfectly equal,
 * (n - 1)/n = one value holds everything. All zeros → 0; no values → null.
 */
export function gini(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  if (values.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new RangeError('gini needs finite values >= 0');
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  if (sum === 0) return 0;
  const n = sorted.length;
  const weighted = sorted.reduce((s, v, i) => s + (i + 1) * v, 0);
  return Math.max(0, (2 * weighted) / (n * sum) - (n + 1) / n);
}

function minimumPresenceMs(minutes: number | undefined): number {
  const value = minutes ?? MIN_PRESENCE_FOR_HOURLY_MINUTES;
  if (!Number.isFinite(value) || value < 0) throw new RangeError('minPresenceMinutesForHourly must be a number >= 0');
  return value * MS_PER_MINUTE;
}

export function agentFairness(agent: AgentPeriod, hourlyFloorMinor: number, options: { minPresenceMinutesForHourly?: number } = {}): AgentFairness {
  const minimumMs = minimumPresenceMs(options.minPresenceMinutesForHourly);
  if (!Number.isSafeInteger(agent.earningsMinor) || agent.earningsMinor < 0) {
    throw new RangeError(`earningsMinor must be an integer >= 0 for ${agent.agentId}`);
  }
  if (agent.declines > agent.offers) throw new RangeError(`more declines than offers for ${agent.agentId}`);
  const presence = unionIntervals(agent.online, agent.busy);
  const presenceMs = totalMs(presence);
  const unpaidMs = totalMs(subtractIntervals(presence, unionIntervals(agent.paidBlocks, agent.busy)));
  const paidMs = presenceMs - unpaidMs;
  const present = presenceMs > 0;
  const measured = present && presenceMs >= minimumMs;
  return {
    agentId: agent.agentId,
    presenceMinutes: presenceMs / MS_PER_MINUTE,
    paidMinutes: paidMs / MS_PER_MINUTE,
    unpaidWaitingMinutes: unpaidMs / MS_PER_MINUTE,
    paidShareOfPresence: present ? paidMs / presenceMs : null,
    effectiveHourlyMinor: measured ? divideRoundHalfUp(agent.earningsMinor * MS_PER_HOUR, presenceMs) : null,
    hourlyMeasured: measured,
    // Compared exactly, before rounding: earnings / hours < floor ⇔ earnings·ms/h < floor·ms.
    belowFloor: measured ? agent.earningsMinor * MS_PER_HOUR < hourlyFloorMinor * presenceMs : null,
    offers: agent.offers,
    declines: agent.declines,
    declineRate: agent.offers > 0 ? agent.declines / agent.offers : null,
    offersPerPresenceHour: present ? (agent.offers * MS_PER_HOUR) / presenceMs : null,
  };
}

export function fairnessReport(agents: readonly AgentPeriod[], options: FairnessOptions): PoolFairness {
  const minPresenceMinutesForHourly = options.minPresenceMinutesForHourly ?? MIN_PRESENCE_FOR_HOURLY_MINUTES;
  const perAgent = agents.map((a) => agentFairness(a, options.hourlyFloorMinor, { minPresenceMinutesForHourly }));
  const presence = perAgent.reduce((s, a) => s + a.presenceMinutes, 0);
  const paid = perAgent.reduce((s, a) => s + a.paidMinutes, 0);
  const offers = perAgent.reduce((s, a) => s + a.offers, 0);
  const declines = perAgent.reduce((s, a) => s + a.declines, 0);
  const perHour = perAgent.flatMap((a) => (a.offersPerPresenceHour === null ? [] : [a.offersPerPresenceHour]));
  const hourly = perAgent.flatMap((a) => (a.effectiveHourlyMinor === null ? [] : [a.effectiveHourlyMinor]));
  return {
    agents: perAgent,
    totalUnpaidWaitingMinutes: perAgent.reduce((s, a) => s + a.unpaidWaitingMinutes, 0),
    paidShareOfPresence: presence > 0 ? paid / presence : null,
    agentsBelowFloor: perAgent.filter((a) => a.belowFloor === true).length,
    offersGini: gini(perAgent.map((a) => a.offers)),
    offersPerPresenceHourGini: gini(perHour),
    effectiveHourlyGini: gini(hourly),
    minPresenceMinutesForHourly,
    declineRate: offers > 0 ? declines / offers : null,
  };
}
