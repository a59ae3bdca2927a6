import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DISPATCH_CONFIG } from './config.js';
import { AgentPool } from './agent-pool.js';
import { isEligible } from './eligibility.js';
import { scoreAgent } from './ranking.js';
import { agent, conversation, snapshotArb } from './test-fixtures.js';
import type { DispatchSnapshot, QueuedConversation } from './types.js';
import { stickyHoldAgentId } from './widening.js';

const config = DEFAULT_DISPATCH_CONFIG;

/** Every candidate, ranked by brute force. */
function naiveRanked(s: DispatchSnapshot, c: QueuedConversation): string[] {
  const prev = s.agents.find((a) => a.id === c.previousAgentId);
  if (stickyHoldAgentId(c, prev, config) !== null) return prev && isEligible(prev, c) ? [prev.id] : [];
  return s.agents
    .filter((a) => isEligible(a, c))
    .map((a) => ({ id: a.id, score: scoreAgent(a, c, s.nowMs, config) }))
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
    .map((x) => x.id);
}

describe('AgentPool', () => {
  it('rankedCandidatesFor and bestFor agree with a brute-force ranking, for any limit', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 4 }), (snapshot, limit) => {
        const pool = new AgentPool(snapshot.agents, snapshot.nowMs, config);
        for (const c of snapshot.queue) {
          const expected = naiveRanked(snapshot, c);
          const ids = (xs: number[]) => xs.map((i) => pool.agent(i).id);
          expect(ids(pool.rankedCandidatesFor(c, limit))).toEqual(expected.slice(0, limit));
          const best = pool.bestFor(c);
          expect(best === undefined ? undefined : pool.agent(best).id).toEqual(expected[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tracks free slots and refuses to overfill an agent', () => {
    const pool = new AgentPool([agent({ id: 'a', capacity: 2, load: 1 }), agent({ id: 'b', presence: 'away' })], 0, config);
    expect(pool.freeSlots).toBe(1);
    pool.recordOffer(0);
    expect(pool.freeSlots).toBe(0);
    expect(pool.agent(0)).toMatchObject({ load: 2, lastOfferAtMs: 0 });
    expect(() => pool.recordOffer(0)).toThrow(RangeError);
  });

  it('refuses rankedCandidatesFor once offers were recorded (its order is start-of-tick)', () => {
    const pool = new AgentPool([agent({ id: 'a' })], 0, config);
    pool.recordOffer(0);
    expect(() => pool.rankedCandidatesFor(conversation({ id: 'c' }), 1)).toThrow();
  });
});
