import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DISPATCH_CONFIG, makeDispatchConfig, type DispatchConfig } from './config.js';
import { isEligible, isEligibleIgnoring } from './eligibility.js';
import { proposeBatch, slotView } from './batch-policy.js';
import { proposeGreedy } from './greedy-policy.js';
import { orderQueue } from './queue-order.js';
import { scoreAgent } from './ranking.js';
import { agent, conversation, snapshotArb } from './test-fixtures.js';
import type { DispatchSnapshot, Proposal, QueuedConversation } from './types.js';

const config = DEFAULT_DISPATCH_CONFIG;
const NOW = 1_000_000;
const totalRank = (ps: readonly Proposal[]) => ps.reduce((s, p) => s + p.rank.score, 0);
const pairs = (ps: readonly Proposal[]) => ps.map((p) => [p.conversationId, p.agentId]);

describe('proposeBatch', () => {
  const noHold = makeDispatchConfig({ stickyHold: false });

  it('beats greedy in total rank when greedy spends the agent an older conversation could do without', () => {
    // c1 (older) ranks A 0.57, B 0.54; c2 was A's customer: A 0.67, B 0.54.
    const agents = [agent({ id: 'A', qualityScore: 0.9, capacity: 1 }), agent({ id: 'B', qualityScore: 0.8, capacity: 1 })];
    const queue = [
      conversation({ id: 'c1', enqueuedAtMs: NOW - 20_000 }),
      conversation({ id: 'c2', enqueuedAtMs: NOW - 10_000, previousAgentId: 'A' }),
    ];
    const snapshot = { queue, agents, nowMs: NOW };
    const greedy = proposeGreedy(snapshot, noHold);
    const batch = proposeBatch(snapshot, noHold);
    expect(pairs(greedy)).toEqual([['c1', 'A'], ['c2', 'B']]);
    expect(pairs(batch)).toEqual([['c1', 'B'], ['c2', 'A']]);
    expect(totalRank(greedy)).toBeCloseTo(0.57 + 0.54, 12);
    expect(totalRank(batch)).toBeCloseTo(0.54 + 0.67, 12);
    expect(batch[1]!.rank.summary).toContain('you helped this customer before');
  });

  it('serves more than greedy when greedy strands a conversation only one agent can take', () => {
    const agents = [agent({ id: 'A', qualityScore: 0.9, capacity: 1, certifications: ['fraud'] }), agent({ id: 'B', qualityScore: 0.6, capacity: 1 })];
    const queue = [
      conversation({ id: 'c1', enqueuedAtMs: NOW - 20_000 }),
      conversation({ id: 'c2', enqueuedAtMs: NOW - 10_000, requiredCertification: 'fraud' }),
    ];
    const snapshot = { queue, agents, nowMs: NOW };
    expect(pairs(proposeGreedy(snapshot, config))).toEqual([['c1', 'A']]);
    expect(pairs(proposeBatch(snapshot, config))).toEqual([['c1', 'B'], ['c2', 'A']]);
  });

  it('never skips an older conversation for a better-ranked newer one when slots are short', () => {
    const agents = [agent({ id: 'A', capacity: 1 })];
    const queue = [
      conversation({ id: 'new-sticky', enqueuedAtMs: NOW - 1_000, previousAgentId: 'A', widened: true }),
      conversation({ id: 'old', enqueuedAtMs: NOW - 50_000 }),
    ];
    expect(pairs(proposeBatch({ queue, agents, nowMs: NOW }, noHold))).toEqual([['old', 'A']]);
  });

  it('puts an agent’s two free slots in two columns, explained slot by slot', () => {
    const agents = [agent({ id: 'A', qualityScore: 1, capacity: 2, inPaidBlock: true })];
    const queue = ['c1', 'c2', 'c3'].map((id, i) => conversation({ id, enqueuedAtMs: i }));
    const batch = proposeBatch({ queue, agents, nowMs: NOW }, config);
    expect(pairs(batch)).toEqual([['c1', 'A'], ['c2', 'A']]);
    expect(batch.map((p) => p.rank.components.load)).toEqual([1, 0.5]);
    expect(batch.map((p) => p.rank.components.fairness)).toEqual([1, 0]);
  });

  describe('size cap', () => {
    const agents = ['A', 'B', 'C', 'D'].map((id, i) => agent({ id, capacity: 1, qualityScore: 0.9 - i / 10 }));
    const queue = ['c1', 'c2', 'c3', 'c4'].map((id, i) => conversation({ id, enqueuedAtMs: i }));

    it('solves only the first maxConversations and fills the rest greedily by default', () => {
      const capped = makeDispatchConfig({ batch: { maxConversations: 2 } });
      expect(pairs(proposeBatch({ queue, agents, nowMs: NOW }, capped))).toEqual([['c1', 'A'], ['c2', 'B'], ['c3', 'C'], ['c4', 'D']]);
    });

    it('leaves the rest for the next tick with overflow "wait"', () => {
      const capped = makeDispatchConfig({ batch: { maxConversations: 2, overflow: 'wait' } });
      expect(pairs(proposeBatch({ queue, agents, nowMs: NOW }, capped))).toEqual([['c1', 'A'], ['c2', 'B']]);
    });

    it('skips conversations nobody can take when filling the cap', () => {
      const capped = makeDispatchConfig({ batch: { maxConversations: 2, overflow: 'wait' } });
      const withFinnish = [conversation({ id: 'c0', language: 'fi', enqueuedAtMs: -1 }), ...queue];
      expect(pairs(proposeBatch({ queue: withFinnish, agents, nowMs: NOW }, capped))).toEqual([['c1', 'A'], ['c2', 'B']]);
    });

    it('caps columns at maxSlots, taking each row’s best agents first', () => {
      const capped = makeDispatchConfig({ batch: { maxSlots: 2, overflow: 'wait' } });
      expect(pairs(proposeBatch({ queue, agents, nowMs: NOW }, capped))).toEqual([['c1', 'A'], ['c2', 'B']]);
    });
  });
});

/** Candidates by the rules, written out again independently of AgentPool. */
function candidates(s: DispatchSnapshot, c: QueuedConversation, cfg: DispatchConfig): string[] {
  const prev = s.agents.find((a) => a.id === c.previousAgentId);
  if (cfg.stickyHold && !c.widened && prev && prev.presence === 'available' && isEligibleIgnoring(prev, c, ['capacity'])) {
    return isEligible(prev, c) ? [prev.id] : [];
  }
  return s.agents.filter((a) => isEligible(a, c)).map((a) => a.id);
}

/** Exhaustive: the earliest maximum served set, then the best total under the slot-by-slot model. */
function bruteForceBatch(s: DispatchSnapshot, cfg: DispatchConfig): { served: string[]; total: number } {
  const ordered = orderQueue(s.queue, s.nowMs, cfg);
  const options = ordered.map((c) => [null, ...candidates(s, c, cfg)]);
  let best: { served: number[]; total: number } | null = null;
  const choice: (string | null)[] = [];
  const visit = (k: number) => {
    if (k === ordered.length) {
      const used = new Map<string, number>();
      let total = 0;
      const served: number[] = [];
      for (let i = 0; i < ordered.length; i++) {
        const id = choice[i];
        if (id === null || id === undefined) continue;
        const a = s.agents.find((x) => x.id === id)!;
        const slot = used.get(id) ?? 0;
        if (slot >= a.capacity - a.load) return; // over capacity: not a valid assignment
        used.set(id, slot + 1);
        total += scoreAgent(slotView(a, slot, s.nowMs), ordered[i]!, s.nowMs, cfg);
        served.push(i);
      }
      if (best === null || better(served, total, best)) best = { served, total };
      return;
    }
    for (const o of options[k]!) {
      choice[k] = o;
      visit(k + 1);
    }
  };
  visit(0);
  const b = best as { served: number[]; total: number } | null;
  return { served: (b?.served ?? []).map((i) => ordered[i]!.id), total: b?.total ?? 0 };
}

function better(served: number[], total: number, than: { served: number[]; total: number }): boolean {
  if (served.length !== than.served.length) return served.length > than.served.length;
  for (let i = 0; i < served.length; i++) if (served[i] !== than.served[i]) return served[i]! < than.served[i]!;
  return total > than.total + 1e-9;
}

describe('proposeBatch properties', () => {
  const smallSnapshotArb = snapshotArb.map((s) => ({ ...s, agents: s.agents.slice(0, 4), queue: s.queue.slice(0, 6) }));

  it('serves the earliest maximum set of conversations with the best total rank (brute force)', () => {
    fc.assert(
      fc.property(smallSnapshotArb, (snapshot) => {
        const batch = proposeBatch(snapshot, config);
        const expected = bruteForceBatch(snapshot, config);
        expect(batch.map((p) => p.conversationId)).toEqual(expected.served);
        expect(totalRank(batch)).toBeCloseTo(expected.total, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('is valid, in queue order, serves at least as many as greedy, and beats greedy on the same served set', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const batch = proposeBatch(snapshot, config);
        const greedy = proposeGreedy(snapshot, config);
        const position = new Map(orderQueue(snapshot.queue, snapshot.nowMs, config).map((c, i) => [c.id, i]));
        const positions = batch.map((p) => position.get(p.conversationId)!);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        const perAgent = new Map<string, number>();
        for (const p of batch) {
          const c = snapshot.queue.find((x) => x.id === p.conversationId)!;
          expect(candidates(snapshot, c, config)).toContain(p.agentId);
          perAgent.set(p.agentId, (perAgent.get(p.agentId) ?? 0) + 1);
        }
        for (const [id, n] of perAgent) {
          const a = snapshot.agents.find((x) => x.id === id)!;
          expect(n).toBeLessThanOrEqual(a.capacity - a.load);
        }
        expect(batch.length).toBeGreaterThanOrEqual(greedy.length);
        const sameSet = JSON.stringify(batch.map((p) => p.conversationId).sort()) === JSON.stringify(greedy.map((p) => p.conversationId).sort());
        if (sameSet) expect(totalRank(batch)).toBeGreaterThanOrEqual(totalRank(greedy) - 1e-9);
      }),
      { numRuns: 800 },
    );
  });
});
