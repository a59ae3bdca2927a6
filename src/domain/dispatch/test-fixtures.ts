import fc from 'fast-check';
import type { DispatchAgent, QueuedConversation } from './types.js';

/** Builders for tests: a plausible available English agent / a normal English conversation. */
export function agent(overrides: Partial<DispatchAgent> & { id: string }): DispatchAgent {
  return {
    languages: ['en'],
    certifications: [],
    tier: 'standard',
    capacity: 2,
    load: 0,
    qualityScore: 0.8,
    callUpOptIn: false,
    presence: 'available',
    inPaidBlock: false,
    lastOfferAtMs: null,
    ...overrides,
  };
}

export function conversation(overrides: Partial<QueuedConversation> & { id: string }): QueuedConversation {
  return {
    language: 'en',
    intent: 'payment_schedule',
    requiredCertification: null,
    sensitive: false,
    priorityClass: 2,
    enqueuedAtMs: 0,
    excludedAgentIds: [],
    previousAgentId: null,
    widened: false,
    ...overrides,
  };
}

/** Random agents over a small id/language/certification space, so collisions happen. */
export const agentArb: fc.Arbitrary<DispatchAgent> = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3'),
  languages: fc.subarray(['en', 'es', 'fr']),
  certifications: fc.subarray(['fraud', 'disputes', 'hardship']),
  tier: fc.constantFrom('probation', 'standard', 'expert'),
  capacity: fc.integer({ min: 0, max: 4 }),
  load: fc.integer({ min: 0, max: 5 }),
  qualityScore: fc.double({ min: 0, max: 1, noNaN: true }),
  callUpOptIn: fc.boolean(),
  presence: fc.constantFrom('offline', 'available', 'away'),
  inPaidBlock: fc.boolean(),
  lastOfferAtMs: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
});

export const conversationArb: fc.Arbitrary<QueuedConversation> = fc.record({
  id: fc.constant('c1'),
  language: fc.constantFrom('en', 'es', 'fr'),
  intent: fc.constant('x'),
  requiredCertification: fc.option(fc.constantFrom('fraud', 'disputes', 'hardship')),
  sensitive: fc.boolean(),
  priorityClass: fc.integer({ min: 0, max: 2 }),
  enqueuedAtMs: fc.integer({ min: 0, max: 1_000_000 }),
  excludedAgentIds: fc.subarray(['a1', 'a2', 'a3']),
  previousAgentId: fc.option(fc.constantFrom('a1', 'a2', 'a3')),
  widened: fc.boolean(),
});

const AGENT_IDS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];

/** Random dispatch snapshots, small enough to reason about and brute-force, dense enough to collide. */
export const snapshotArb = fc
  .record({
    agentCount: fc.integer({ min: 1, max: 8 }),
    agents: fc.array(
      fc.record({
        languages: fc.constantFrom(['en'], ['en'], ['es'], ['en', 'es']),
        certifications: fc.subarray(['fraud', 'hardship']),
        tier: fc.constantFrom('probation' as const, 'standard' as const, 'expert' as const),
        capacity: fc.constantFrom(0, 1, 2, 2, 3),
        load: fc.constantFrom(0, 0, 0, 1, 2),
        qualityScore: fc.constantFrom(0.5, 0.7, 0.9, 1),
        callUpOptIn: fc.boolean(),
        presence: fc.constantFrom('available' as const, 'available' as const, 'available' as const, 'away' as const, 'offline' as const),
        inPaidBlock: fc.boolean(),
        lastOfferAtMs: fc.option(fc.constantFrom(0, 400_000, 900_000, 999_000)),
      }),
      { minLength: 8, maxLength: 8 },
    ),
    conversations: fc.array(
      fc.record({
        language: fc.constantFrom('en', 'en', 'es'),
        requiredCertification: fc.constantFrom<string | null>(null, null, null, 'fraud', 'hardship'),
        sensitive: fc.constantFrom(false, false, true),
        priorityClass: fc.integer({ min: 0, max: 2 }),
        enqueuedAtMs: fc.integer({ min: 0, max: 999_000 }),
        excludedAgentIds: fc.subarray(AGENT_IDS, { maxLength: 1 }),
        previousAgentId: fc.option(fc.constantFrom(...AGENT_IDS), { freq: 2 }),
        widened: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ agentCount, agents, conversations }) => ({
    nowMs: 1_000_000,
    agents: agents.slice(0, agentCount).map((a, i) => ({ ...a, id: AGENT_IDS[i]! })),
    queue: conversations.map((c, i) => ({ ...c, id: `c${String(i).padStart(2, '0')}`, intent: 'x' })),
  }));
