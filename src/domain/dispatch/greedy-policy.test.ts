import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DISPATCH_CONFIG, makeDispatchConfig, type DispatchConfig } from './config.js';
import { hasFreeCapacity } from './capacity.js';
import { isEligible } from './eligibility.js';
import { proposeGreedy } from './greedy-policy.js';
import { orderQueue } from './queue-order.js';
import { rankAgent, scoreAgent } from './ranking.js';
import { agent, conversation, snapshotArb } from './test-fixtures.js';
import type { DispatchAgent, DispatchSnapshot, Proposal } from './types.js';
import { stickyHoldAgentId } from './widening.js';

const config = DEFAULT_DISPATCH_CONFIG;
const NOW = 1_000_000;

/** The obvious O(Q × A) greedy, written independently, to check the indexed one against. */
function naiveGreedy(snapshot: DispatchSnapshot, cfg: DispatchConfig): Proposal[] {
  const working: DispatchAgent[] = snapshot.agents.slice();
  const proposals: Proposal[] = [];
  for (const c of orderQueue(snapshot.queue, snapshot.nowMs, cfg)) {
    const prevIndex = working.findIndex((a) => a.id === c.previousAgentId);
    let chosen = -1;
    if (prevIndex >= 0 && stickyHoldAgentId(c, working[prevIndex], cfg) !== null) {
      chosen = hasFreeCapacity(working[prevIndex]!) ? prevIndex : -1;
    } else {
      let bestScore = -Infinity;
      working.forEach((a, i) => {
        if (!isEligible(a, c)) return;
        const s = scoreAgent(a, c, snapshot.nowMs, cfg);
        if (chosen < 0 || s > bestScore || (s === bestScore && a.id < working[chosen]!.id)) {
          chosen = i;
          bestScore = s;
        }
      });
    }
    if (chosen < 0) continue;
    const a = working[chosen]!;
    proposals.push({ conversationId: c.id, agentId: a.id, rank: rankAgent(a, c, snapshot.nowMs, cfg) });
    working[chosen] = { ...a, load: a.load + 1, lastOfferAtMs: snapshot.nowMs };
  }
  return proposals;
}

describe('proposeGreedy', () => {
  it('gives each conversation, in queue order, the best-ranked eligible agent', () => {
    const agents = [
      agent({ id: 'good', qualityScore: 0.95, capacity: 1 }),
      agent({ id: 'paid', qualityScore: 0.7, inPaidBlock: true, capacity: 1 }),
      agent({ id: 'ok', qualityScore: 0.6, capacity: 1 }),
    ];
    const queue = [
      conversation({ id: 'normal', priorityClass: 2, enqueuedAtMs: NOW - 50_000 }),
      conversation({ id: 'urgent', priorityClass: 0, enqueuedAtMs: NOW - 5_000 }),
    ];
    const proposals = proposeGreedy({ queue, agents, nowMs: NOW }, config);
    expect(proposals.map((p) => [p.conversationId, p.agentId])).toEqual([
      ['urgent', 'paid'], // 0.3·0.7 + 0.3 beats 0.3·0.95
      ['normal', 'good'],
    ]);
    expect(proposals[0]!.rank.summary).toBe('in your paid block; quality 0.70; no offer yet this session');
  });

  it('updates the working copy: a 2-slot agent is not offered 3 chats, and later offers see the new load', () => {
    const agents = [agent({ id: 'star', qualityScore: 1, capacity: 2, inPaidBlock: true })];
    const queue = ['c1', 'c2', 'c3'].map((id, i) => conversation({ id, enqueuedAtMs: i }));
    const proposals = proposeGreedy({ queue, agents, nowMs: NOW }, config);
    expect(proposals.map((p) => p.conversationId)).toEqual(['c1', 'c2']);
    expect(proposals[0]!.rank.components).toMatchObject({ load: 1, fairness: 1 });
    expect(proposals[1]!.rank.components).toMatchObject({ load: 0.5, fairness: 0 });
  });

  it('spreads a tick across agents because an offer resets fairness', () => {
    const agents = [agent({ id: 'a', qualityScore: 0.9, capacity: 4 }), agent({ id: 'b', qualityScore: 0.85, capacity: 4 })];
    const queue = ['c1', 'c2'].map((id, i) => conversation({ id, enqueuedAtMs: i }));
    expect(proposeGreedy({ queue, agents, nowMs: NOW }, config).map((p) => p.agentId)).toEqual(['a', 'b']);
  });

  it('keeps probation agents off sensitive conversations and honours certification and exclusions', () => {
    const agents = [
      agent({ id: 'prob', tier: 'probation', qualityScore: 1, certifications: ['hardship'] }),
      agent({ id: 'excl', qualityScore: 0.99, certifications: ['hardship'] }),
      agent({ id: 'nocert', qualityScore: 0.98 }),
      agent({ id: 'std', qualityScore: 0.5, certifications: ['hardship'] }),
    ];
    const queue = [conversation({ id: 'c1', sensitive: true, requiredCertification: 'hardship', excludedAgentIds: ['excl'] })];
    expect(proposeGreedy({ queue, agents, nowMs: NOW }, config).map((p) => p.agentId)).toEqual(['std']);
  });

  it('holds a conversation for its busy previous agent until widened', () => {
    const agents = [agent({ id: 'prev', capacity: 1, load: 1 }), agent({ id: 'other' })];
    const c = conversation({ id: 'c1', previousAgentId: 'prev' });
    expect(proposeGreedy({ queue: [c], agents, nowMs: NOW }, config)).toEqual([]);
    expect(proposeGreedy({ queue: [{ ...c, widened: true }], agents, nowMs: NOW }, config).map((p) => p.agentId)).toEqual(['other']);
    const noHold = makeDispatchConfig({ stickyHold: false });
    expect(proposeGreedy({ queue: [c], agents, nowMs: NOW }, noHold).map((p) => p.agentId)).toEqual(['other']);
  });

  it('returns nothing when no agent is free', () => {
    const agents = [agent({ id: 'a', capacity: 1, load: 1 }), agent({ id: 'b', presence: 'away' })];
    expect(proposeGreedy({ queue: [conversation({ id: 'c1' })], agents, nowMs: NOW }, config)).toEqual([]);
  });

  it('throws on duplicate agent ids (programmer error)', () => {
    const agents = [agent({ id: 'a' }), agent({ id: 'a' })];
    expect(() => proposeGreedy({ queue: [], agents, nowMs: NOW }, config)).toThrow(RangeError);
  });

  it('matches the naive O(Q × A) greedy exactly on random snapshots', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        expect(proposeGreedy(snapshot, config)).toEqual(naiveGreedy(snapshot, config));
      }),
      { numRuns: 800 },
    );
  });

  it('never proposes an ineligible pair, a conversation twice, or more than an agent’s free slots', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const proposals = proposeGreedy(snapshot, config);
        const byAgent = new Map<string, number>();
        expect(new Set(proposals.map((p) => p.conversationId)).size).toBe(proposals.length);
        for (const p of proposals) {
          const a = snapshot.agents.find((x) => x.id === p.agentId)!;
          const c = snapshot.queue.find((x) => x.id === p.conversationId)!;
          expect(isEligible({ ...a, load: 0, capacity: 1 }, c)).toBe(true); // every rule but capacity
          byAgent.set(a.id, (byAgent.get(a.id) ?? 0) + 1);
        }
        for (const [id, n] of byAgent) {
          const a = snapshot.agents.find((x) => x.id === id)!;
          expect(n).toBeLessThanOrEqual(a.capacity - a.load);
        }
      }),
      { numRuns: 500 },
    );
  });
});
