import type { DispatchConfig } from './config.js';
import type { DispatchAgent, QueuedConversation } from './types.js';
import type { QueueEstimate } from './eta.js';
import { freeSlots } from './capacity.js';
import { isEligibleIgnoring } from './eligibility.js';

export interface CallUpInput {
  readonly queue: readonly QueuedConversation[];
  readonly agents: readonly DispatchAgent[];
  readonly nowMs: number;
  /** From estimateQueue for the same snapshot. */
  readonly estimates: readonly QueueEstimate[];
  /** When the previous call-up went out; null if never. */
  readonly lastCallUpAtMs: number | null;
}

export type CallUpDecision =
  | {
      readonly send: true;
      /** Offline, opted-in agents to invite, best first. */
      readonly agentIds: readonly string[];
      /** Conversations whose expected wait crossed the threshold, in queue order. */
      readonly lateConversationIds: readonly string[];
      /** Paid once per call-up to an invited agent who takes work while it is valid, minor units. */
      readonly surgeBonusMinor: number;
      readonly expiresAtMs: number;
    }
  | {
      readonly send: false;
      readonly reason: 'no_late_conversations' | 'cooldown' | 'no_candidates';
      readonly lateConversationIds: readonly string[];
    };

/**
 * Decide whether to call up opted-in OFFLINE agents (never 'away' ones: they chose to pause).
 *
 * Late: waitedMs + estimatedWaitMs > callUp.thresholdMs, where an unknown estimate (nobody online
 * speaks the language) counts as infinite, so such a conversation is late at once.
 * Who: for each late conversation in queue order, until it has `slotsPerLateConversation` invited
 * slots from agents who could take it, invite the best remaining candidate (quality, then longest
 * since last offer, then id). A candidate passes every hard rule except presence. An invited agent's
 * free capacity is shared by the late conversations they could take, so one multi-chat agent can
 * cover several. At most callUp.maxAgents agents; nothing within callUp.cooldownMs of the last one.
 * The bonus is flat (config), tied to demand only through the threshold: unconditional bonuses pull
 * in agents who then wait unpaid (routing.md §3).
 */
/** Expected to wait past the call-up threshold in all (an unknown estimate counts as infinite). */
export const isLate = (estimate: QueueEstimate, config: DispatchConfig): boolean =>
  (estimate.estimatedWaitMs === null ? Infinity : estimate.waitedMs + estimate.estimatedWaitMs) > config.callUp.thresholdMs;

/** Too soon after the last call-up to send another (callUp.cooldownMs). */
export const callUpCoolingDown = (lastCallUpAtMs: number | null, nowMs: number, config: DispatchConfig): boolean =>
  lastCallUpAtMs !== null && nowMs - lastCallUpAtMs < config.callUp.cooldownMs;

export function planCallUp(input: CallUpInput, config: DispatchConfig): CallUpDecision {
  const { maxAgents, slotsPerLateConversation } = config.callUp;
  const byId = new Map(input.queue.map((c) => [c.id, c]));
  const late: QueuedConversation[] = [];
  for (const e of input.estimates) {
    const conversation = byId.get(e.conversationId);
    if (conversation !== undefined && isLate(e, config)) late.push(conversation);
  }
  const lateConversationIds = late.map((c) => c.id);
  if (late.length === 0) return { send: false, reason: 'no_late_conversations', lateConversationIds };
  if (callUpCoolingDown(input.lastCallUpAtMs, input.nowMs, config)) {
    return { send: false, reason: 'cooldown', lateConversationIds };
  }

  const poolByLanguage = callUpPoolByLanguage(input.agents);
  const invited: { agent: DispatchAgent; spareSlots: number }[] = [];
  const invitedIds = new Set<string>();

  for (const conversation of late) {
    if (invited.length >= maxAgents) break;
    let needed = slotsPerLateConversation;
    for (const inv of invited) {
      if (needed <= 0) break;
      if (inv.spareSlots <= 0 || !couldTake(inv.agent, conversation)) continue;
      const used = Math.min(needed, inv.spareSlots);
      inv.spareSlots -= used;
      needed -= used;
    }
    for (const agent of poolByLanguage.get(conversation.language) ?? []) {
      if (needed <= 0 || invited.length >= maxAgents) break;
      if (invitedIds.has(agent.id) || !couldTake(agent, conversation)) continue;
      const free = freeSlots(agent);
      const used = Math.min(needed, free);
      invited.push({ agent, spareSlots: free - used });
      invitedIds.add(agent.id);
      needed -= used;
    }
  }

  if (invited.length === 0) return { send: false, reason: 'no_candidates', lateConversationIds };
  return {
    send: true,
    agentIds: invited.map((i) => i.agent.id),
    lateConversationIds,
    surgeBonusMinor: config.callUp.surgeBonusMinor,
    expiresAtMs: input.nowMs + config.callUp.validForMs,
  };
}

/** Opted-in offline agents with room, indexed by language, best first. */
function callUpPoolByLanguage(agents: readonly DispatchAgent[]): Map<string, DispatchAgent[]> {
  const pool = agents
    .filter((a) => a.presence === 'offline' && a.callUpOptIn && freeSlots(a) > 0)
    .sort(byCallUpPreference);
  const byLanguage = new Map<string, DispatchAgent[]>();
  for (const agent of pool) {
    for (const language of new Set(agent.languages)) {
      const list = byLanguage.get(language) ?? [];
      list.push(agent);
      byLanguage.set(language, list);
    }
  }
  return byLanguage;
}

const couldTake = (agent: DispatchAgent, conversation: QueuedConversation) =>
  isEligibleIgnoring(agent, conversation, ['presence']);

function byCallUpPreference(a: DispatchAgent, b: DispatchAgent): number {
  if (a.qualityScore !== b.qualityScore) return b.qualityScore - a.qualityScore;
  const la = a.lastOfferAtMs ?? -Infinity;
  const lb = b.lastOfferAtMs ?? -Infinity;
  if (la !== lb) return la < lb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
