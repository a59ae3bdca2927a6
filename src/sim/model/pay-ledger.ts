import { callUpBonus, conversationPay, fairnessReport, settleBlock, type PayLine, type PoolFairness } from '../../domain/workforce/index.js';
import type { SimAgent, SimConversation } from './types.js';
import type { World } from './world.js';

/**
 * The pay ledger: append-only PayLines per agent, produced by the workforce pay rules —
 * conversationPay when a chat is resolved, callUpBonus once per call-up that led to a handled
 * conversation, and settleBlock for each booked on-call block at the end of the run (standby for
 * the online time inside it; nothing for a no-show).
 */
export function payForConversation(world: World, conversation: SimConversation, agent: SimAgent, handleMs: number): void {
  const now = world.kernel.now;
  const line = conversationPay({ complexity: conversation.intent.complexity, handleMs }, world.payRates);
  agent.pay.push(line);
  world.metrics.add(now, 'conversationPayMinor', line.amountMinor);
  const callUp = agent.callUp;
  if (callUp !== null && !callUp.bonusPaid && now - handleMs <= callUp.expiresAtMs) {
    const bonus = callUpBonus(world.payRates);
    agent.pay.push(bonus);
    callUp.bonusPaid = true;
    world.metrics.add(now, 'surgePayMinor', bonus.amountMinor);
  }
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
        agent.pay.push(settlement.standby);
      } else if (settlement.status === 'no_show') {
        noShows++;
      }
    }
  }
  return { attended, noShows, standbyMinor };
}

export const earningsMinor = (pay: readonly PayLine[]) => pay.reduce((s, l) => s + l.amountMinor, 0);

export function poolFairness(world: World): PoolFairness {
  return fairnessReport(
    world.agents.map((a) => ({
      agentId: a.id,
      online: a.online,
      paidBlocks: a.bookings
        .filter((b) => settleBlock(b, a.online, world.payRates).status === 'attended')
        .map((b) => ({ startMs: b.startMs, endMs: b.endMs })),
      busy: a.busy,
      earningsMinor: earningsMinor(a.pay),
      offers: a.offers,
      declines: a.declines,
    })),
    { hourlyFloorMinor: world.scenario.pay.hourlyFloorMinor },
  );
}

export function ledgerTotals(world: World): Record<PayLine['kind'], number> {
  const totals: Record<PayLine['kind'], number> = { standby: 0, conversation: 0, surge: 0, quality_bonus: 0 };
  for (const agent of world.agents) for (const line of agent.pay) totals[line.kind] += line.amountMinor;
  return totals;
}
