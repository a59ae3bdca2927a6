import type { DispatchConfig } from './config.js';
import type { DispatchSnapshot, Proposal, QueuedConversation } from './types.js';
import { AgentPool } from './agent-pool.js';
import { orderQueue } from './queue-order.js';
import { rankAgent } from './ranking.js';

/**
 * Greedy: take conversations in queue order and give each the best-ranked eligible agent with a free
 * slot (ties to the smaller agent id). Each offer updates the working copy (load + 1, last offer now),
 * so one agent's several free slots are spread fairly within the tick. A conversation held for its
 * previous agent (widening.ts) gets that agent or nothing.
 */
export function proposeGreedy(snapshot: DispatchSnapshot, config: DispatchConfig): Proposal[] {
  const ordered = orderQueue(snapshot.queue, snapshot.nowMs, config);
  const pool = new AgentPool(snapshot.agents, snapshot.nowMs, config);
  return assignGreedily(ordered, pool, snapshot.nowMs, config);
}

/** The greedy loop over an already ordered list; also the batch policy's overflow fill. Mutates `pool`. */
export function assignGreedily(
  ordered: readonly QueuedConversation[],
  pool: AgentPool,
  nowMs: number,
  config: DispatchConfig,
): Proposal[] {
  const proposals: Proposal[] = [];
  for (const conversation of ordered) {
    if (pool.freeSlots <= 0) break;
    const index = pool.bestFor(conversation);
    if (index === undefined) continue;
    const agent = pool.agent(index);
    proposals.push({ conversationId: conversation.id, agentId: agent.id, rank: rankAgent(agent, conversation, nowMs, config) });
    pool.recordOffer(index);
  }
  return proposals;
}
