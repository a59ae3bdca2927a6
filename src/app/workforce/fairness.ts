import type { Principal } from '../../domain/auth/access.js';
import { fairnessReport, intersectIntervals, type AgentPeriod, type Interval, type PoolFairness } from '../../domain/workforce/index.js';
import { requireSupervisor } from './access.js';
import { availableIntervals, busyIntervals } from './online-intervals.js';
import type { WorkforceDeps } from './ports.js';
import { checkPeriod } from './statement.js';

export type FairnessFigures = PoolFairness & { fromMs: number; toMs: number; hourlyFloorMinor: number; currency: string };

/**
 * Fairness of the pool over [from, to) (time after now is not counted yet). Sources: presence changes
 * from the event log (online = available), busy spans from assignments, paid time from block claims
 * (a claim not settled yet counts as paid, so a no-show shows as paid until its block is settled),
 * earnings from the ledger, offers and declines (timeouts included) from the offers table.
 * Agents with no presence, offers or pay in the period are left out, so they do not dilute the spread.
 */
export async function getFairness(deps: WorkforceDeps, input: { principal: Principal; fromMs: number; toMs: number }): Promise<FairnessFigures> {
  requireSupervisor(input.principal);
  checkPeriod(input.fromMs, input.toMs);
  const range: Interval = { startMs: input.fromMs, endMs: Math.max(input.fromMs, Math.min(input.toMs, deps.clock.now())) };
  const { activity, blocks, ledger } = deps.workforce;
  const [changes, spans, offers, entries, claims] = await Promise.all([
    activity.presenceChanges(range.startMs, range.endMs),
    activity.busySpans(range.startMs, range.endMs),
    activity.offerTallies(input.fromMs, input.toMs),
    ledger.list({ fromMs: input.fromMs, toMs: input.toMs }),
    blocks.paidClaimsBetween(range.startMs, range.endMs),
  ]);

  const earnings = new Map<string, number>();
  for (const e of entries) earnings.set(e.agentId, (earnings.get(e.agentId) ?? 0) + e.amountMinor);
  const paidBlocks = new Map<string, Interval[]>();
  for (const c of claims) {
    const end = Math.min(c.block.endsAt, c.releasedAt ?? c.block.endsAt);
    if (end <= c.block.startsAt) continue; // released before the start: never paid
    paidBlocks.set(c.agentId, [...(paidBlocks.get(c.agentId) ?? []), { startMs: c.block.startsAt, endMs: end }]);
  }
  const tallies = new Map(offers.map((o) => [o.agentId, o]));

  const ids = new Set([...changes.map((c) => c.agentId), ...spans.map((s) => s.agentId), ...tallies.keys(), ...earnings.keys()]);
  const agents: AgentPeriod[] = [];
  for (const agentId of [...ids].sort()) {
    const period: AgentPeriod = {
      agentId,
      online: availableIntervals(changes, agentId, range),
      busy: busyIntervals(spans, agentId, range),
      paidBlocks: intersectIntervals(paidBlocks.get(agentId) ?? [], [range]),
      earningsMinor: earnings.get(agentId) ?? 0,
      offers: tallies.get(agentId)?.offers ?? 0,
      declines: tallies.get(agentId)?.declines ?? 0,
    };
    const active = period.online.length > 0 || period.busy.length > 0 || period.offers > 0 || period.earningsMinor > 0;
    if (active) agents.push(period);
  }
  return {
    ...fairnessReport(agents, { hourlyFloorMinor: deps.hourlyFloorMinor }),
    fromMs: input.fromMs,
    toMs: input.toMs,
    hourlyFloorMinor: deps.hourlyFloorMinor,
    currency: (await deps.payRates.current()).currency,
  };
}
