import type { Principal } from '../../domain/auth/access.js';
import type { StaffingPlanParams } from '../../domain/workforce/index.js';
import { AppError } from '../errors.js';
import { requireSupervisor } from './access.js';
import type { OnCallBlockRecord, WorkforceDeps } from './ports.js';
import { publishBlocks, type BlockInput } from './publish-blocks.js';
import { escalationShares, planFromHistory, type EscalationModel } from './staffing-from-history.js';

export type PlanRequest = {
  staffing: StaffingPlanParams;
  intervalMinutes: number;
  horizonDays: number;
  blockHours: number;
  utcOffsetMinutes?: number;
  /** Weeks of history to learn from at most. */
  historyWeeks?: number;
  /** One share for every intent instead of the measured ones. */
  escalationShare?: number;
  /** Compute and return the blocks without publishing them. */
  dryRun?: boolean;
};

export type PlanPublication = {
  published: boolean;
  blocks: Array<BlockInput & { standbyCostMinor: number }>;
  created: OnCallBlockRecord[];
  /** Figures of the whole plan, including a block already running (which is never published). */
  bookedAgentHours: number;
  neededAgentHours: number;
  coverEfficiency: number | null;
  standbyCostMinor: number;
  historyWeeks: number;
  escalation: EscalationModel;
};

const MS_PER_WEEK = 7 * 86_400_000;
const DEFAULT_HISTORY_WEEKS = 12;

/**
 * Forecast → human demand → Erlang plan → blocks, from the conversations in the database, then publish
 * the blocks that start in the future (the current, already running block is left out: nobody could have
 * claimed it with notice). Publishing twice publishes twice: each call adds places.
 */
export async function publishPlan(deps: WorkforceDeps, input: { principal: Principal; plan: PlanRequest }): Promise<PlanPublication> {
  requireSupervisor(input.principal);
  const now = deps.clock.now();
  const { plan } = input;
  const historyWeeks = plan.historyWeeks ?? DEFAULT_HISTORY_WEEKS;
  const since = now - (historyWeeks + 1) * MS_PER_WEEK;
  const [arrivals, byIntent] = await Promise.all([deps.workforce.activity.conversationStarts(since), deps.workforce.activity.escalationByIntent(since)]);
  const escalation = escalationShares(byIntent, plan.escalationShare === undefined ? {} : { configuredShare: plan.escalationShare });
  const result = planFromHistory(arrivals, escalation, {
    nowMs: now,
    intervalMinutes: plan.intervalMinutes,
    utcOffsetMinutes: plan.utcOffsetMinutes ?? 0,
    maxWeeks: historyWeeks,
    horizonDays: plan.horizonDays,
    staffing: plan.staffing,
    blockHours: plan.blockHours,
    standbyRateMinorPerHour: (await deps.payRates.current()).standbyMinorPerHour,
  });
  if (!result.ok) throw new AppError('conflict', result.message, 'history');
  const upcoming = result.blocks.blocks.filter((b) => b.startMs >= now);
  const blocks = upcoming.map((b) => ({ startsAt: b.startMs, endsAt: b.endMs, headcount: b.headcount, standbyCostMinor: b.standbyCostMinor }));
  const created = plan.dryRun
    ? []
    : await publishBlocks(deps, { principal: input.principal, blocks: blocks.map(({ startsAt, endsAt, headcount }) => ({ startsAt, endsAt, headcount })) });
  return {
    published: !plan.dryRun,
    blocks,
    created,
    bookedAgentHours: result.blocks.bookedAgentHours,
    neededAgentHours: result.blocks.neededAgentHours,
    coverEfficiency: result.blocks.coverEfficiency,
    standbyCostMinor: result.blocks.standbyCostMinor,
    historyWeeks: result.window.weeks,
    escalation,
  };
}
