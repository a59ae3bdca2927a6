import { defaultComplexity, recordCallUpBonus, recordConversationPay } from '../../app/workforce/record-pay.js';
import type { LedgerEntry } from '../../app/workforce/ports.js';
import { fairnessReport, settleBlock, type PayLine, type PoolFairness } from '../../domain/workforce/index.js';
import type { World } from './world.js';

/**
 * Pay, through the workforce use-cases into the application's ledger (append-only, one payment per
 * cause): conversation pay when an agent resolves (recordConversationPay, handle time from the
 * assignment in the event log), the call-up's surge bonus when an agent accepts work it brought them
 * (recordCallUpBonus, once per call-up). The after-commit hooks are wired as main.ts wires them;
 * only the conversation's complexity comes from the scenario (the simulator knows what the work was).
 * Standby is settled per booked block at the end of the run with the domain's settleBlock (online
 * time inside the block; nothing for a no-show).
 */
export function installPay(world: World): void {
  world.paid = {
    async resolved(conversation, by) {
      if (by === 'ai') return;
      const intent = world.conversations.get(conversation.id)?.intent;
      const entry = await recordConversationPay(world.app.pay, {
        agentId: by.agentId,
        conversationId: conversation.id,
        resolvedAt: conversation.resolvedAt ?? world.app.deps.clock.now(),
        complexity: intent?.complexity ?? defaultComplexity(conversation.sensitive),
      });
      if (entry) world.metrics.add(world.kernel.now, 'conversationPayMinor', entry.amountMinor);
    },
    async callUpAnswered({ agentId, callUpId, surgeBonusMinor, at }) {
      const entry = await recordCallUpBonus(world.app.pay, { agentId, callUpId, surgeBonusMinor, occurredAt: at });
      if (entry) world.metrics.add(world.kernel.now, 'surgePayMinor', entry.amountMinor);
    },
  };
}

export interface BlockTotals {
  readonly attended: number;
  readonly noShows: number;
  readonly standbyMinor: number;
}

/** Settle every booking (call once, after presence intervals are closed). */
export function settleBlocks(world: World): BlockTotals {
  let attended = 0;
  let noShows = 0;
  let standbyMinor = 0;
  for (const agent of world.agents) {
    for (const booking of agent.bookings) {
      const settlement = settleBlock(booking, agent.online, world.payRates);
      if (settlement.status === 'attended') {
        attended++;
        standbyMinor += settlement.standby.amountMinor;
        agent.standby.push(settlement.standby);
      } else if (settlement.status === 'no_show') {
        noShows++;
      }
    }
  }
  return { attended, noShows, standbyMinor };
}

/** Every ledger entry of the run. */
export const ledgerEntries = (world: World): Promise<LedgerEntry[]> => world.app.store.ledger.list({ fromMs: 0, toMs: world.runEndMs + 1 });

/** Each agent's earnings: the ledger's entries plus settled standby. */
export function earningsByAgent(world: World, entries: readonly LedgerEntry[]): Map<string, number> {
  const earnings = new Map<string, number>(world.agents.map((a) => [a.id, a.standby.reduce((s, l) => s + l.amountMinor, 0)]));
  for (const e of entries) earnings.set(e.agentId, (earnings.get(e.agentId) ?? 0) + e.amountMinor);
  return earnings;
}

export function poolFairness(world: World, earnings: ReadonlyMap<string, number>): PoolFairness {
  return fairnessReport(
    world.agents.map((a) => ({
      agentId: a.id,
      online: a.online,
      paidBlocks: a.bookings
        .filter((b) => settleBlock(b, a.online, world.payRates).status === 'attended')
        .map((b) => ({ startMs: b.startMs, endMs: b.endMs })),
      busy: a.busy,
      earningsMinor: earnings.get(a.id) ?? 0,
      offers: a.offers,
      declines: a.declines,
    })),
    { hourlyFloorMinor: world.scenario.pay.hourlyFloorMinor },
  );
}

export function ledgerTotals(world: World, entries: readonly LedgerEntry[]): Record<PayLine['kind'], number> {
  const totals: Record<PayLine['kind'], number> = { standby: 0, conversation: 0, surge: 0, quality_bonus: 0 };
  for (const agent of world.agents) for (const line of agent.standby) totals.standby += line.amountMinor;
  for (const e of entries) if (e.kind in totals) totals[e.kind as PayLine['kind']] += e.amountMinor;
  return totals;
}
