import type { DispatchConfig } from './config.js';
import type { DispatchAgent, QueuedConversation } from './types.js';
import { freeSlots, hasFreeCapacity } from './capacity.js';
import { isEligible } from './eligibility.js';
import { agentComponents, scoreAgent, weightedScore } from './ranking.js';
import { stickyHoldAgentId } from './widening.js';
import { ScoreHeap, compareByScoreThenId, type HeapEntry } from './score-heap.js';

interface Lane {
  /**
   * Agent indices that pass language and certification and were available with room when the lane
   * was built, in score order at that moment.
   */
  readonly members: readonly number[];
  readonly heap: ScoreHeap;
}

type Hold = { readonly held: false } | { readonly held: true; readonly agentIndex: number | undefined };

/**
 * The working copy of the agents during one dispatch tick. Offers made in the tick raise the agent's
 * load and set their last offer to now, so later choices in the same tick see them.
 *
 * Speed: agents are indexed by language, then lazily by (language, certification) "lanes", each with
 * a max-heap on the score without stickiness. That score does not depend on the conversation (see
 * widening.ts) and only falls during a tick (load rises, fairness drops to 0), so a stale heap entry
 * always over-states its agent: re-scoring entries lazily when they reach the top keeps the top exact.
 * Picking an agent costs O((skipped + stale) · log A) instead of a scan of the whole pool.
 */
export class AgentPool {
  private readonly working: DispatchAgent[];
  private readonly version: number[];
  private readonly indexById = new Map<string, number>();
  private readonly byLanguage = new Map<string, number[]>();
  private readonly lanes = new Map<string, Lane>();
  private free = 0;
  private offersRecorded = 0;

  constructor(
    agents: readonly DispatchAgent[],
    private readonly nowMs: number,
    private readonly config: DispatchConfig,
  ) {
    this.working = agents.slice();
    this.version = agents.map(() => 0);
    agents.forEach((agent, index) => {
      if (this.indexById.has(agent.id)) throw new RangeError(`AgentPool: duplicate agent id ${agent.id}`);
      this.indexById.set(agent.id, index);
      if (agent.presence !== 'available' || !hasFreeCapacity(agent)) return;
      this.free += freeSlots(agent);
      for (const language of new Set(agent.languages)) {
        const list = this.byLanguage.get(language) ?? [];
        list.push(index);
        this.byLanguage.set(language, list);
      }
    });
  }

  /** Free slots left among available agents. */
  get freeSlots(): number {
    return this.free;
  }

  agent(index: number): DispatchAgent {
    const agent = this.working[index];
    if (agent === undefined) throw new RangeError(`AgentPool: no agent at ${index}`);
    return agent;
  }

  /** The agent greedy dispatch gives this conversation now, or undefined if none. */
  bestFor(conversation: QueuedConversation): number | undefined {
    const hold = this.holdFor(conversation);
    if (hold.held) return hold.agentIndex;
    const best = this.bestInLane(conversation);
    const bestScore = best === undefined ? -Infinity : best.score;
    const previous = this.previousIndex(conversation);
    if (previous !== undefined && isEligible(this.agent(previous), conversation)) {
      const score = scoreAgent(this.agent(previous), conversation, this.nowMs, this.config);
      const id = this.agent(previous).id;
      if (best === undefined || score > bestScore || (score === bestScore && id < best.agentId)) {
        return previous;
      }
    }
    return best?.agentIndex;
  }

  /** May this agent take this conversation now (hard rules, and the sticky hold)? */
  isCandidate(conversation: QueuedConversation, index: number): boolean {
    const hold = this.holdFor(conversation);
    return hold.held ? hold.agentIndex === index : isEligible(this.agent(index), conversation);
  }

  /**
   * Up to `limit` agents that may take this conversation, best first (score with stickiness, then
   * id). Uses the lane's members, kept in start-of-tick score order, so it stops after `limit`
   * eligible ones instead of ranking the whole lane. Only valid before any offer is recorded.
   */
  rankedCandidatesFor(conversation: QueuedConversation, limit: number): number[] {
    if (this.offersRecorded > 0) throw new Error('AgentPool: rankedCandidatesFor must run before recordOffer');
    const hold = this.holdFor(conversation);
    if (hold.held) return hold.agentIndex === undefined ? [] : [hold.agentIndex];
    const ranked: number[] = [];
    for (const i of this.lane(conversation).members) {
      if (ranked.length >= limit) break;
      if (isEligible(this.agent(i), conversation)) ranked.push(i);
    }
    // The previous agent's stickiness lifts them above their base-score place.
    const previous = this.previousIndex(conversation);
    if (previous === undefined || !isEligible(this.agent(previous), conversation)) return ranked;
    const without = ranked.filter((i) => i !== previous);
    const score = scoreAgent(this.agent(previous), conversation, this.nowMs, this.config);
    const id = this.agent(previous).id;
    let at = 0;
    while (at < without.length) {
      const other = without[at]!;
      const otherScore = this.baseScore(other);
      if (score > otherScore || (score === otherScore && id < this.agent(other).id)) break;
      at++;
    }
    without.splice(at, 0, previous);
    return without.slice(0, limit);
  }

  /** Score without stickiness, from the current working state (equal for every conversation). */
  baseScore(index: number): number {
    const components = agentComponents(this.agent(index), this.nowMs, this.config.fairnessSaturationMs);
    return weightedScore(components, this.config.rankingWeights);
  }

  /** An offer went to this agent: one more chat, last offer now. */
  recordOffer(index: number): void {
    const agent = this.agent(index);
    if (!hasFreeCapacity(agent)) throw new RangeError(`AgentPool: ${agent.id} has no free capacity`);
    this.working[index] = { ...agent, load: agent.load + 1, lastOfferAtMs: this.nowMs };
    this.version[index] = (this.version[index] ?? 0) + 1;
    this.free -= 1;
    this.offersRecorded += 1;
  }

  private holdFor(conversation: QueuedConversation): Hold {
    const previous = this.previousIndex(conversation);
    if (previous === undefined) return { held: false };
    const agent = this.agent(previous);
    if (stickyHoldAgentId(conversation, agent, this.config) === null) return { held: false };
    return { held: true, agentIndex: hasFreeCapacity(agent) ? previous : undefined };
  }

  private previousIndex(conversation: QueuedConversation): number | undefined {
    return conversation.previousAgentId === null ? undefined : this.indexById.get(conversation.previousAgentId);
  }

  private bestInLane(conversation: QueuedConversation): HeapEntry | undefined {
    const { heap } = this.lane(conversation);
    const skipped: HeapEntry[] = [];
    let found: HeapEntry | undefined;
    for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
      const agent = this.agent(top.agentIndex);
      if (top.version !== this.version[top.agentIndex]) {
        heap.pop();
        if (hasFreeCapacity(agent)) heap.push(this.entry(top.agentIndex));
      } else if (!hasFreeCapacity(agent)) {
        heap.pop();
      } else if (!isEligible(agent, conversation)) {
        skipped.push(heap.pop()!); // excluded or probation: ineligible for this conversation only
      } else {
        found = top;
        break;
      }
    }
    for (const entry of skipped) heap.push(entry);
    return found;
  }

  private lane(conversation: QueuedConversation): Lane {
    const certification = conversation.requiredCertification;
    const key = `${conversation.language}\u0000${certification ?? ''}`;
    let lane = this.lanes.get(key);
    if (lane === undefined) {
      const byLanguage = this.byLanguage.get(conversation.language) ?? [];
      const members =
        certification === null
          ? byLanguage
          : byLanguage.filter((i) => this.agent(i).certifications.includes(certification));
      const entries = members.map((i) => this.entry(i)).sort(compareByScoreThenId);
      const heap = new ScoreHeap();
      for (const e of entries) heap.push(e);
      lane = { members: entries.map((e) => e.agentIndex), heap };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private entry(index: number): HeapEntry {
    return { agentIndex: index, agentId: this.agent(index).id, score: this.baseScore(index), version: this.version[index] ?? 0 };
  }
}
