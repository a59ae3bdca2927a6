import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEligibility, ineligibilityReasons, isEligible, isEligibleIgnoring } from './eligibility.js';
import { agent, agentArb, conversation, conversationArb } from './test-fixtures.js';

describe('checkEligibility', () => {
  const conv = conversation({ id: 'c1' });

  it('accepts an available agent who speaks the language and has room', () => {
    expect(checkEligibility(agent({ id: 'a1' }), conv)).toEqual({ eligible: true, reasons: [] });
  });

  describe('presence', () => {
    it.each(['away', 'offline'] as const)('rejects an agent who is %s', (presence) => {
      expect(checkEligibility(agent({ id: 'a1', presence }), conv)).toEqual({ eligible: false, reasons: ['presence'] });
    });
  });

  describe('language', () => {
    it('rejects an agent without the language, with no fallback to English', () => {
      const spanish = conversation({ id: 'c2', language: 'es' });
      expect(checkEligibility(agent({ id: 'a1', languages: ['en'] }), spanish).reasons).toEqual(['language']);
    });
    it('accepts any one of several languages', () => {
      const spanish = conversation({ id: 'c2', language: 'es' });
      expect(checkEligibility(agent({ id: 'a1', languages: ['en', 'es'] }), spanish).eligible).toBe(true);
    });
    it('compares codes exactly (the caller normalises)', () => {
      expect(checkEligibility(agent({ id: 'a1', languages: ['EN'] }), conv).reasons).toEqual(['language']);
    });
  });

  describe('certification', () => {
    const fraud = conversation({ id: 'c3', requiredCertification: 'fraud' });
    it('rejects an agent missing the required certification', () => {
      expect(checkEligibility(agent({ id: 'a1', certifications: ['disputes'] }), fraud).reasons).toEqual(['certification']);
    });
    it('accepts an agent holding it', () => {
      expect(checkEligibility(agent({ id: 'a1', certifications: ['disputes', 'fraud'] }), fraud).eligible).toBe(true);
    });
    it('requires nothing when requiredCertification is null', () => {
      expect(checkEligibility(agent({ id: 'a1', certifications: [] }), conv).eligible).toBe(true);
    });
  });

  describe('capacity (load < capacity)', () => {
    it('accepts one free slot left (load = capacity − 1)', () => {
      expect(checkEligibility(agent({ id: 'a1', capacity: 3, load: 2 }), conv).eligible).toBe(true);
    });
    it('rejects exactly full (load = capacity)', () => {
      expect(checkEligibility(agent({ id: 'a1', capacity: 3, load: 3 }), conv).reasons).toEqual(['capacity']);
    });
    it('rejects over-full snapshots (load > capacity)', () => {
      expect(checkEligibility(agent({ id: 'a1', capacity: 1, load: 2 }), conv).reasons).toEqual(['capacity']);
    });
    it('rejects capacity 0 even with load 0', () => {
      expect(checkEligibility(agent({ id: 'a1', capacity: 0, load: 0 }), conv).reasons).toEqual(['capacity']);
    });
  });

  describe('exclusions', () => {
    it('rejects an agent who declined or timed out on this conversation', () => {
      const c = conversation({ id: 'c4', excludedAgentIds: ['a0', 'a1'] });
      expect(checkEligibility(agent({ id: 'a1' }), c).reasons).toEqual(['excluded']);
      expect(checkEligibility(agent({ id: 'a2' }), c).eligible).toBe(true);
    });
  });

  describe('probation and sensitive intents', () => {
    const sensitive = conversation({ id: 'c5', sensitive: true, intent: 'hardship' });
    it('rejects probation on a sensitive intent', () => {
      expect(checkEligibility(agent({ id: 'a1', tier: 'probation' }), sensitive).reasons).toEqual(['probation_sensitive']);
    });
    it.each(['standard', 'expert'] as const)('accepts %s on a sensitive intent', (tier) => {
      expect(checkEligibility(agent({ id: 'a1', tier }), sensitive).eligible).toBe(true);
    });
    it('accepts probation on a non-sensitive intent', () => {
      expect(checkEligibility(agent({ id: 'a1', tier: 'probation' }), conv).eligible).toBe(true);
    });
  });

  it('lists every failed rule in a stable order', () => {
    const c = conversation({ id: 'c6', language: 'es', requiredCertification: 'fraud', sensitive: true, excludedAgentIds: ['a1'] });
    const a = agent({ id: 'a1', presence: 'away', tier: 'probation', capacity: 1, load: 1 });
    expect(ineligibilityReasons(a, c)).toEqual(['presence', 'language', 'certification', 'capacity', 'excluded', 'probation_sensitive']);
  });
});

describe('isEligibleIgnoring', () => {
  it('ignores only the listed reasons', () => {
    const c = conversation({ id: 'c1' });
    const offlineFull = agent({ id: 'a1', presence: 'offline', capacity: 1, load: 1 });
    expect(isEligibleIgnoring(offlineFull, c, ['presence'])).toBe(false);
    expect(isEligibleIgnoring(offlineFull, c, ['presence', 'capacity'])).toBe(true);
  });
});

it('isEligible (hot path) agrees with checkEligibility on random inputs', () => {
  fc.assert(
    fc.property(agentArb, conversationArb, (a, c) => {
      expect(isEligible(a, c)).toBe(checkEligibility(a, c).eligible);
    }),
    { numRuns: 2000 },
  );
});
