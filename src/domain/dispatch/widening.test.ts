import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPATCH_CONFIG, makeDispatchConfig } from './config.js';
import { effectiveWeights, shouldWiden, stickyHoldAgentId } from './widening.js';
import { isEligible } from './eligibility.js';
import { agent, conversation } from './test-fixtures.js';

const config = DEFAULT_DISPATCH_CONFIG; // widenAfterMs 60 s

describe('shouldWiden', () => {
  const c = conversation({ id: 'c1', enqueuedAtMs: 1_000 });
  it('does not widen at exactly the wait limit', () => expect(shouldWiden(c, 1_000 + 60_000, config)).toBe(false));
  it('widens one millisecond later', () => expect(shouldWiden(c, 1_000 + 60_001, config)).toBe(true));
  it('does not widen twice', () => expect(shouldWiden({ ...c, widened: true }, 1_000_000, config)).toBe(false));
});

describe('effectiveWeights', () => {
  it('keeps the configured weights before widening', () => {
    expect(effectiveWeights(conversation({ id: 'c1' }), config)).toEqual(config.rankingWeights);
  });
  it('zeroes only stickiness after widening', () => {
    expect(effectiveWeights(conversation({ id: 'c1', widened: true }), config)).toEqual({ ...config.rankingWeights, stickiness: 0 });
  });
});

describe('stickyHoldAgentId', () => {
  const c = conversation({ id: 'c1', previousAgentId: 'a1' });

  it('holds for the previous agent while they are available, even when full', () => {
    expect(stickyHoldAgentId(c, agent({ id: 'a1', capacity: 2, load: 2 }), config)).toBe('a1');
  });
  it('releases the hold once widened', () => {
    expect(stickyHoldAgentId({ ...c, widened: true }, agent({ id: 'a1' }), config)).toBeNull();
  });
  it.each(['away', 'offline'] as const)('releases the hold when the previous agent is %s', (presence) => {
    expect(stickyHoldAgentId(c, agent({ id: 'a1', presence }), config)).toBeNull();
  });
  it('releases the hold when the previous agent fails a hard rule (excluded, language…)', () => {
    expect(stickyHoldAgentId({ ...c, excludedAgentIds: ['a1'] }, agent({ id: 'a1' }), config)).toBeNull();
    expect(stickyHoldAgentId({ ...c, language: 'es' }, agent({ id: 'a1' }), config)).toBeNull();
  });
  it('never holds when stickyHold is off, or without a previous agent', () => {
    expect(stickyHoldAgentId(c, agent({ id: 'a1' }), makeDispatchConfig({ stickyHold: false }))).toBeNull();
    expect(stickyHoldAgentId(c, undefined, config)).toBeNull();
  });
  it('never relaxes language: a widened Spanish conversation still only matches Spanish speakers', () => {
    const spanish = conversation({ id: 'c2', language: 'es', widened: true });
    expect(isEligible(agent({ id: 'a9', languages: ['en'] }), spanish)).toBe(false);
  });
});
