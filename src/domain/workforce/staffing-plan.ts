/**
 * From a demand forecast to a staffing curve and then to paid on-call blocks.
 *
 * planStaffing: each interval is staffed on its own as a steady-state Erlang queue (the usual
 * "stationary independent period-by-period" approximation of WFM tools): arrivals per hour from
 * the interval's expected human demand, Erlang A when `patienceSeconds` is given, else Erlang C,
 * then shrinkage on top (shrinkage.ts).
 *
 * planToBlocks (documented rule): the day is cut into blocks of `blockHours` starting at local
 * midnight (so blocks line up day after day and agents can learn them); each plan interval
 * belongs to the block containing its start; a block's headcount is the PEAK scheduled agents
 * over its intervals, so the block covers its busiest interval. Blocks are clipped to the plan's
 * span, blocks needing nobody are left out, and standby cost = headcount × block hours × rate.
 * Peak cover books more agent-hours than the curve needs; `coverEfficiency` (needed / booked)
 * shows how much, and shorter blocks raise it at the price of more fragmented bookings.
 */
import { erlangAAgentsFor } from './erlang-a.js';
import { erlangCAgentsFor } from './erlang-c.js';
import { divideRoundHalfUp } from './money.js';
import { scheduledAgents } from './shrinkage.js';

export interface DemandInterval {
  startMs: number;
  endMs: number;
  /** Expected conversations that need a human in the interval (see human-demand.ts). */
  arrivals: number;
}

export interface StaffingPlanParams {
  ahtSeconds: number;
  answerWithinSeconds: number;
  targetServiceLevel: number;
  /** Erlang A when given. */
  patienceSeconds?: number;
  /** Erlang A only. */
  maxAbandonRate?: number;
  concurrency?: number;
  maxOccupancy?: number;
  /** Share of booked time not available for conversations, [0, 1). Default 0. */
  shrinkage?: number;
}

export interface PlannedInterval extends DemandInterval {
  arrivalsPerHour: number;
  /** Agents needed on the queue (Erlang). */
  agentsNeeded: number;
  /** Agents to book: agentsNeeded grossed up for shrinkage. */
  scheduledAgents: number;
  serviceLevel: number;
  /** null under Erlang C (no abandonment modelled). */
  pAbandon: number | null;
  occupancy: number | null;
}

const MS_PER_HOUR = 3_600_000;

export function planStaffing(intervals: readonly DemandInterval[], params: StaffingPlanParams): PlannedInterval[] {
  const shrinkage = params.shrinkage ?? 0;
  // Night intervals often repeat the same demand; each distinct rate is solved once.
  const solved = new Map<number, Pick<PlannedInterval, 'agentsNeeded' | 'serviceLevel' | 'pAbandon' | 'occupancy'>>();
  return intervals.map((interval) => {
    const durationMs = interval.endMs - interval.startMs;
    if (!(durationMs > 0)) throw new RangeError(`interval starting ${interval.startMs} has no length`);
    const arrivalsPerHour = (interval.arrivals * MS_PER_HOUR) / durationMs;
    let staffing = solved.get(arrivalsPerHour);
    if (staffing === undefined) {
      staffing = solveInterval(arrivalsPerHour, params);
      solved.set(arrivalsPerHour, staffing);
    }
    return { ...interval, arrivalsPerHour, ...staffing, scheduledAgents: scheduledAgents(staffing.agentsNeeded, shrinkage) };
  });
}

function solveInterval(arrivalsPerHour: number, params: StaffingPlanParams) {
  const common = {
    arrivalsPerHour,
    ahtSeconds: params.ahtSeconds,
    answerWithinSeconds: params.answerWithinSeconds,
    targetServiceLevel: params.targetServiceLevel,
    ...(params.concurrency === undefined ? {} : { concurrency: params.concurrency }),
    ...(params.maxOccupancy === undefined ? {} : { maxOccupancy: params.maxOccupancy }),
  };
  if (params.patienceSeconds === undefined) {
    const { agents, result } = erlangCAgentsFor(common);
    return { agentsNeeded: agents, serviceLevel: result.serviceLevel, pAbandon: null, occupancy: result.occupancy };
  }
  const { agents, result } = erlangAAgentsFor({
    ...common,
    patienceSeconds: params.patienceSeconds,
    ...(params.maxAbandonRate === undefined ? {} : { maxAbandonRate: params.maxAbandonRate }),
  });
  return { agentsNeeded: agents, serviceLevel: result.serviceLevel, pAbandon: result.pAbandon, occupancy: result.occupancy };
}

export interface BlockOptions {
  /** Block length in whole hours dividing 24 (1, 2, 3, 4, 6, 8, 12, 24). */
  blockHours: number;
  standbyRateMinorPerHour: number;
  /** Local time = UTC + this, for where midnight falls. Default 0. */
  utcOffsetMinutes?: number;
}

export interface OnCallBlock {
  startMs: number;
  endMs: number;
  headcount: number;
  standbyCostMinor: number;
}

export interface BlockPlan {
  blocks: OnCallBlock[];
  bookedAgentHours: number;
  /** Σ scheduled agents × interval hours: what the curve itself asks for. */
  neededAgentHours: number;
  /** needed / booked; null when nothing is booked. */
  coverEfficiency: number | null;
  standbyCostMinor: number;
}

export function planToBlocks(plan: readonly PlannedInterval[], options: BlockOptions): BlockPlan {
  const { blockHours, standbyRateMinorPerHour } = options;
  if (!(Number.isInteger(blockHours) && blockHours > 0 && 24 % blockHours === 0)) {
    throw new RangeError(`blockHours must be a whole number of hours dividing 24, got ${blockHours}`);
  }
  if (!(Number.isSafeInteger(standbyRateMinorPerHour) && standbyRateMinorPerHour >= 0)) {
    throw new RangeError('standbyRateMinorPerHour must be an integer >= 0');
  }
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  const blockMs = blockHours * MS_PER_HOUR;
  const blockStartOf = (ms: number): number => Math.floor((ms + offsetMs) / blockMs) * blockMs - offsetMs;

  const byStart = new Map<number, { startMs: number; endMs: number; headcount: number }>();
  let neededAgentMs = 0;
  for (const interval of plan) {
    neededAgentMs += interval.scheduledAgents * (interval.endMs - interval.startMs);
    const gridStart = blockStartOf(interval.startMs);
    if (interval.endMs > gridStart + blockMs) {
      throw new RangeError(`interval starting ${interval.startMs} crosses a block boundary; use intervals that divide the block`);
    }
    const block = byStart.get(gridStart);
    if (block === undefined) {
      byStart.set(gridStart, { startMs: interval.startMs, endMs: interval.endMs, headcount: interval.scheduledAgents });
    } else {
      block.startMs = Math.min(block.startMs, interval.startMs);
      block.endMs = Math.max(block.endMs, interval.endMs);
      block.headcount = Math.max(block.headcount, interval.scheduledAgents);
    }
  }

  const blocks = [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([gridStart, b]) => ({ ...b, endMs: Math.min(b.endMs, gridStart + blockMs) }))
    .filter((b) => b.headcount > 0)
    .map((b) => ({ ...b, standbyCostMinor: divideRoundHalfUp(b.headcount * (b.endMs - b.startMs) * standbyRateMinorPerHour, MS_PER_HOUR) }));
  const bookedAgentMs = blocks.reduce((s, b) => s + b.headcount * (b.endMs - b.startMs), 0);
  return {
    blocks,
    bookedAgentHours: bookedAgentMs / MS_PER_HOUR,
    neededAgentHours: neededAgentMs / MS_PER_HOUR,
    coverEfficiency: bookedAgentMs > 0 ? neededAgentMs / bookedAgentMs : null,
    standbyCostMinor: blocks.reduce((s, b) => s + b.standbyCostMinor, 0),
  };
}
