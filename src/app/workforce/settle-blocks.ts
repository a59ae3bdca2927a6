import { settleBlock, type PayRates } from '../../domain/workforce/index.js';
import { onlineIntervals } from './online-intervals.js';
import type { BlockClaim, OnCallBlockRecord, WorkforceDeps, WorkforceStore } from './ports.js';

export type SettlementSummary = { blocks: number; paid: number; noShows: number; standbyMinor: number };

/**
 * Turns ended blocks into pay, oldest first. Safe to run on every node and to re-run: each block is
 * settled under its row lock and skipped once marked, and a standby entry is unique per (block, agent).
 * Meant to run every minute or so (the lead wires it into a background loop).
 */
export async function settleDueBlocks(deps: WorkforceDeps, options: { limit?: number } = {}): Promise<SettlementSummary> {
  const now = deps.clock.now();
  const due = await deps.workforce.blocks.dueForSettlement(now, options.limit ?? 50);
  const summary: SettlementSummary = { blocks: 0, paid: 0, noShows: 0, standbyMinor: 0 };
  if (due.length === 0) return summary;
  // The grace rules in force when settling (read before the transactions); the standby rate is the block's own.
  const current = await deps.payRates.current();
  for (const block of due) {
    const result = await deps.workforce.transaction((tx) => settleOne(current, tx, block.id, now));
    if (!result) continue;
    summary.blocks += 1;
    summary.paid += result.paid;
    summary.noShows += result.noShows;
    summary.standbyMinor += result.standbyMinor;
  }
  return summary;
}

/** Claims whose time may be paid: still claimed at the end, or released after the start (left early). */
const settles = (claim: BlockClaim, block: OnCallBlockRecord) =>
  claim.status === 'claimed' || (claim.status === 'late_released' && claim.releasedAt !== null && claim.releasedAt >= block.startsAt);

async function settleOne(current: PayRates, tx: WorkforceStore, blockId: string, now: number) {
  const block = await tx.blocks.getForUpdate(blockId);
  if (!block || block.settledAt !== null || block.endsAt > now) return null;
  const claims = (await tx.blocks.claimsForBlock(block.id)).filter((c) => settles(c, block));
  const agentIds = claims.map((c) => c.agentId);
  const range = { startMs: block.startsAt, endMs: block.endsAt };
  const [changes, spans] = await Promise.all([
    tx.activity.presenceChanges(block.startsAt, block.endsAt, agentIds),
    tx.activity.busySpans(block.startsAt, block.endsAt, agentIds),
  ]);
  // The block carries its own rate and currency: what was advertised when it was claimed is what is paid.
  const rates = { ...current, standbyMinorPerHour: block.standbyRateMinorPerHour, currency: block.currency };
  let paid = 0;
  let noShows = 0;
  let standbyMinor = 0;
  for (const claim of claims) {
    const online = onlineIntervals(changes, spans, claim.agentId, range);
    const settlement = settleBlock({ startMs: block.startsAt, endMs: block.endsAt, releasedAtMs: claim.releasedAt }, online, rates);
    if (settlement.status === 'attended') {
      const entry = await tx.ledger.append({
        agentId: claim.agentId,
        kind: 'standby',
        amountMinor: settlement.standby.amountMinor,
        currency: settlement.standby.currency,
        causeKind: 'block',
        causeId: block.id,
        detail: settlement.standby.detail,
        occurredAt: Math.min(block.endsAt, claim.releasedAt ?? block.endsAt),
      });
      await tx.blocks.updateClaim(claim.id, 'completed', claim.releasedAt);
      paid += 1;
      standbyMinor += entry?.amountMinor ?? 0;
    } else {
      await tx.blocks.updateClaim(claim.id, 'no_show', claim.releasedAt);
      noShows += 1;
    }
  }
  await tx.blocks.markSettled(block.id, now);
  return { paid, noShows, standbyMinor };
}
