import type { DispatchConfig } from './config.js';
import type { DispatchAgent, QueuedConversation, RankingWeights } from './types.js';
import { isEligibleIgnoring } from './eligibility.js';

/**
 * Widening relaxes PREFERENCES after a wait limit, like Genesys Bullseye rings or Amazon Connect
 * routing-criteria steps, and keeps the wait clock (enqueuedAtMs is untouched).
 *
 * What it relaxes:
 * - the sticky hold: before widening, a conversation whose previous agent is online and could
 *   serve it once a slot frees waits for that agent only (config.stickyHold);
 * - the stickiness weight: 0 once widened, so the previous agent is no longer favoured.
 *
 * What it never relaxes: every hard rule in eligibility.ts. In particular language is a hard rule
 * with no English fallback: a customer who wrote in Spanish is not offered to an agent who cannot
 * read Spanish, however long the wait; the call-up (call-up.ts) is the remedy for a thin language pool.
 *
 * Invariant relied on by agent-pool.ts: widening changes only the stickiness weight, so an agent's
 * score without stickiness is the same for every conversation.
 */

/** Wait strictly longer than widenAfterMs widens; exactly at the limit does not yet. */
export function shouldWiden(conversation: QueuedConversation, nowMs: number, config: DispatchConfig): boolean {
  return !conversation.widened && nowMs - conversation.enqueuedAtMs > config.widenAfterMs;
}

export function effectiveWeights(conversation: QueuedConversation, config: DispatchConfig): RankingWeights {
  return conversation.widened ? { ...config.rankingWeights, stickiness: 0 } : config.rankingWeights;
}

/**
 * The agent this conversation is held for, or null when there is no hold. A hold applies while the
 * conversation is not widened, stickyHold is on, and the previous agent is 'available' and passes
 * every hard rule except capacity (a slot will free up soon). An agent who is away, offline,
 * excluded or otherwise ineligible releases the hold at once.
 */
export function stickyHoldAgentId(
  conversation: QueuedConversation,
  previousAgent: DispatchAgent | undefined,
  config: DispatchConfig,
): string | null {
  if (!config.stickyHold || conversation.widened || previousAgent === undefined) return null;
  if (previousAgent.id !== conversation.previousAgentId) return null;
  return isEligibleIgnoring(previousAgent, conversation, ['capacity']) ? previousAgent.id : null;
}
