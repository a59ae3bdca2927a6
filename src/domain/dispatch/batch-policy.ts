import type { DispatchConfig } from './config.js';
import type { DispatchAgent, DispatchSnapshot, Proposal, QueuedConversation } from './types.js';
import { AgentPool } from './agent-pool.js';
import { freeSlots } from './capacity.js';
import { assignGreedily } from './greedy-policy.js';
import { maxWeightAssignment } from './hungarian.js';
import { earliestMatchableRows } from './matchable-rows.js';
import { orderQueue } from './queue-order.js';
import { agentComponents, rankAgent, weightedScore } from './ranking.js';
import { effectiveWeights } from './widening.js';

/**
 * Batch: one assignment problem per tick, conversations (rows) × free agent SLOTS (columns; an agent
 * with 2 free slots is 2 columns), ineligible pairs forbidden.
 *
 * The value of giving an agent's j-th free slot (j = 0, 1, …) in this tick is the agent's rank with
 * load + j and, for j ≥ 1, a last offer of "now": the same marginal model greedy uses, so totals compare.
 *
 * Queue order is not merely a tie-break:
 * 1. Rows: the first batch.maxConversations conversations in queue order that have any candidate.
 * 2. Served set: rows are kept in queue order while all kept rows can still be matched together
 *    (earliestMatchableRows). So a later conversation is never served at the cost of an earlier one,
 *    and as many are served as the slots allow.
 * 3. Among assignments serving exactly that set, the total rank is maximised (Hungarian).
 *
 * Size cap (a tick must stay fast, Hungarian is O(n² m)): at most batch.maxConversations rows and
 * batch.maxSlots columns (300 × 300 by default). Columns are chosen round-robin: each row in turn
 * brings its best not-yet-included candidate agent (with all their free slots) until the cap, so
 * every row has its top choices available. Conversations beyond the cap, or left out by the
 * pruning, get a greedy fill with the remaining slots (batch.overflow = 'greedy', the standard
 * "fast solver with greedy fallback") or wait for the next tick ('wait').
 * Proposals come back in queue order.
 */
export function proposeBatch(snapshot: DispatchSnapshot, config: DispatchConfig): Proposal[] {
  const { nowMs } = snapshot;
  const ordered = orderQueue(snapshot.queue, nowMs, config);
  const pool = new AgentPool(snapshot.agents, nowMs, config);

  const cap = config.batch.maxSlots;
  const rows: Row[] = [];
  for (const conversation of ordered) {
    if (rows.length >= config.batch.maxConversations || pool.freeSlots <= 0) break;
    // A row never needs more than `cap` choices: after `cap` rounds of chooseColumns its top `cap`
    // agents are all in, and they bring at least `cap` slots.
    const ranked = pool.rankedCandidatesFor(conversation, cap);
    if (ranked.length > 0) rows.push({ conversation, ranked });
  }

  const columns = chooseColumns(rows, pool, cap);
  // Stickiness is the only part of a score that depends on the conversation, and it is added last,
  // so base + stickiness weight is bit-identical to scoreAgent/rankAgent on the same slot view.
  const columnBase = columns.map((column) => baseScore(slotView(pool.agent(column.agentIndex), column.slot, nowMs), nowMs, config));
  const allowed = rows.map((row) => {
    const list: number[] = [];
    columns.forEach((column, c) => {
      if (pool.isCandidate(row.conversation, column.agentIndex)) list.push(c);
    });
    return list;
  });
  const served = earliestMatchableRows(allowed, columns.length);
  const values = served.map((r) => {
    const { conversation } = rows[r]!;
    const stickiness = effectiveWeights(conversation, config).stickiness;
    const line = new Array<number>(columns.length).fill(-Infinity);
    for (const c of allowed[r]!) {
      const sticky = pool.agent(columns[c]!.agentIndex).id === conversation.previousAgentId;
      line[c] = sticky ? columnBase[c]! + stickiness : columnBase[c]!;
    }
    return line;
  });
  const solution = maxWeightAssignment(values);

  const proposals: Proposal[] = [];
  served.forEach((r, k) => {
    const column = solution.rowToColumn[k];
    if (column === null || column === undefined) return;
    const conversation = rows[r]!.conversation;
    const agentIndex = columns[column]!.agentIndex;
    const agent = pool.agent(agentIndex);
    // Slots of one agent are interchangeable (their value differs by the same amount for every
    // row), so the explanation follows queue order: the earlier row gets slot 0.
    proposals.push({ conversationId: conversation.id, agentId: agent.id, rank: rankAgent(agent, conversation, nowMs, config) });
    pool.recordOffer(agentIndex);
  });

  if (config.batch.overflow === 'greedy' && pool.freeSlots > 0) {
    const proposed = new Set(proposals.map((p) => p.conversationId));
    proposals.push(...assignGreedily(ordered.filter((c) => !proposed.has(c.id)), pool, nowMs, config));
  }
  const position = new Map(ordered.map((c, i) => [c.id, i]));
  return proposals.sort((a, b) => position.get(a.conversationId)! - position.get(b.conversationId)!);
}

interface Row {
  readonly conversation: QueuedConversation;
  /** Best candidates first, at most batch.maxSlots of them. */
  readonly ranked: readonly number[];
}

interface SlotColumn {
  readonly agentIndex: number;
  /** 0 for the agent's first free slot in this tick, 1 for the second, … */
  readonly slot: number;
}

/** The agent as they will look when their `slot`-th offer of this tick is made. */
export function slotView(agent: DispatchAgent, slot: number, nowMs: number): DispatchAgent {
  return slot === 0 ? agent : { ...agent, load: agent.load + slot, lastOfferAtMs: nowMs };
}

function chooseColumns(rows: readonly Row[], pool: AgentPool, cap: number): SlotColumn[] {
  const columns: SlotColumn[] = [];
  const included = new Set<number>();
  for (let round = 0; columns.length < cap; round++) {
    let anyLeft = false;
    for (const { ranked } of rows) {
      const agentIndex = ranked[round];
      if (agentIndex === undefined) continue;
      anyLeft = true;
      if (included.has(agentIndex)) continue;
      included.add(agentIndex);
      const agent = pool.agent(agentIndex);
      for (let slot = 0; slot < freeSlots(agent) && columns.length < cap; slot++) {
        columns.push({ agentIndex, slot });
      }
      if (columns.length >= cap) break;
    }
    if (!anyLeft) break;
  }
  return columns;
}

/** Score without stickiness (stickiness component 0). */
function baseScore(agent: DispatchAgent, nowMs: number, config: DispatchConfig): number {
  return weightedScore(agentComponents(agent, nowMs, config.fairnessSaturationMs), config.rankingWeights);
}
