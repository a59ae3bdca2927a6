import { describe, expect, it } from 'vitest';
import { makeDispatchConfig } from './config.js';
import { planCallUp, type CallUpInput } from './call-up.js';
import type { QueueEstimate } from './eta.js';
import { agent, conversation } from './test-fixtures.js';
import type { DispatchAgent, QueuedConversation } from './types.js';

const config = makeDispatchConfig({
  callUp: { thresholdMs: 120_000, surgeBonusMinor: 250, slotsPerLateConversation: 2, maxAgents: 10, cooldownMs: 300_000, validForMs: 600_000 },
});
const NOW = 10_000_000;

const offline = (id: string, extra: Partial<DispatchAgent> = {}) =>
  agent({ id, presence: 'offline', callUpOptIn: true, capacity: 1, ...extra });

function input(queue: QueuedConversation[], agents: DispatchAgent[], waits: Record<string, [number, number | null]>, lastCallUpAtMs: number | null = null): CallUpInput {
  const estimates: QueueEstimate[] = queue.map((c, i) => ({
    conversationId: c.id,
    position: i + 1,
    aheadInLane: i,
    waitedMs: waits[c.id]![0],
    estimatedWaitMs: waits[c.id]![1],
  }));
  return { queue, agents, nowMs: NOW, estimates, lastCallUpAtMs };
}

describe('planCallUp', () => {
  const c1 = conversation({ id: 'c1' });

  it('sends nothing while expected total wait is at or under the threshold', () => {
    const d = planCallUp(input([c1], [offline('o1')], { c1: [60_000, 60_000] }), config);
    expect(d).toEqual({ send: false, reason: 'no_late_conversations', lateConversationIds: [] });
  });

  it('calls up opted-in offline agents once waited + estimated exceeds the threshold', () => {
    const d = planCallUp(input([c1], [offline('o1'), offline('o2'), offline('o3')], { c1: [60_000, 60_001] }), config);
    expect(d).toEqual({ send: true, agentIds: ['o1', 'o2'], lateConversationIds: ['c1'], surgeBonusMinor: 250, expiresAtMs: NOW + 600_000 });
  });

  it('treats an unknown estimate (nobody online speaks the language) as late at once', () => {
    const d = planCallUp(input([c1], [offline('o1')], { c1: [0, null] }), config);
    expect(d.send && d.agentIds).toEqual(['o1']);
  });

  it('invites only offline agents who opted in and pass every other hard rule', () => {
    const fraud = conversation({ id: 'c1', requiredCertification: 'fraud', sensitive: true, excludedAgentIds: ['o5'] });
    const agents = [
      offline('o1', { callUpOptIn: false }),
      offline('o2', { presence: 'away' }),
      agent({ id: 'o3', callUpOptIn: true }), // available already: not a call-up
      offline('o4', { certifications: ['fraud'], tier: 'probation' }),
      offline('o5', { certifications: ['fraud'] }),
      offline('o6', { certifications: ['fraud'], languages: ['es'] }),
      offline('o7', { certifications: ['fraud'] }),
    ];
    const d = planCallUp(input([fraud], agents, { c1: [200_000, 10_000] }), config);
    expect(d.send && d.agentIds).toEqual(['o7']);
  });

  it('prefers higher quality, then longest since last offer, then id', () => {
    const agents = [
      offline('b', { qualityScore: 0.7, lastOfferAtMs: NOW - 1000 }),
      offline('a', { qualityScore: 0.7, lastOfferAtMs: NOW - 1000 }),
      offline('old', { qualityScore: 0.7, lastOfferAtMs: NOW - 9000 }),
      offline('best', { qualityScore: 0.9 }),
    ];
    const late = ['c1', 'c2'].map((id) => conversation({ id }));
    const d = planCallUp(input(late, agents, { c1: [0, null], c2: [0, null] }), config);
    expect(d.send && d.agentIds).toEqual(['best', 'old', 'a', 'b']);
  });

  it('counts a multi-chat agent as several slots for the late conversations they can take', () => {
    const late = ['c1', 'c2'].map((id) => conversation({ id }));
    const agents = [offline('big', { capacity: 4, qualityScore: 0.95 }), offline('small', { capacity: 1 })];
    const d = planCallUp(input(late, agents, { c1: [0, null], c2: [0, null] }), config);
    expect(d.send && d.agentIds).toEqual(['big']); // 4 slots ≥ 2 late × 2 slots each
  });

  it('caps the number of invited agents', () => {
    const late = Array.from({ length: 20 }, (_, i) => conversation({ id: `c${i}` }));
    const agents = Array.from({ length: 50 }, (_, i) => offline(`o${String(i).padStart(2, '0')}`));
    const waits = Object.fromEntries(late.map((c) => [c.id, [0, null] as [number, null]]));
    const d = planCallUp(input(late, agents, waits), config);
    expect(d.send && d.agentIds.length).toBe(10);
  });

  it('respects the cooldown, then allows the next call-up', () => {
    const i = (last: number) => input([c1], [offline('o1')], { c1: [0, null] }, last);
    expect(planCallUp(i(NOW - 299_999), config)).toMatchObject({ send: false, reason: 'cooldown', lateConversationIds: ['c1'] });
    expect(planCallUp(i(NOW - 300_000), config)).toMatchObject({ send: true });
  });

  it('reports late conversations nobody can be called up for', () => {
    const d = planCallUp(input([conversation({ id: 'c1', language: 'fi' })], [offline('o1')], { c1: [0, null] }), config);
    expect(d).toEqual({ send: false, reason: 'no_candidates', lateConversationIds: ['c1'] });
  });
});
