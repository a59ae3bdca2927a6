import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPATCH_CONFIG, dispatchConfigProblems, makeDispatchConfig } from './config.js';
import { batchPolicy, dispatchPolicy, greedyPolicy } from './policy.js';

describe('makeDispatchConfig', () => {
  it('returns the documented defaults', () => {
    expect(makeDispatchConfig()).toEqual(DEFAULT_DISPATCH_CONFIG);
    expect(DEFAULT_DISPATCH_CONFIG.offerTimeoutMs).toBe(20_000);
    expect(dispatchConfigProblems(DEFAULT_DISPATCH_CONFIG)).toEqual([]);
  });

  it('merges nested sections one level deep', () => {
    const c = makeDispatchConfig({ rankingWeights: { stickiness: 0.4 }, callUp: { surgeBonusMinor: 500 } });
    expect(c.rankingWeights).toEqual({ ...DEFAULT_DISPATCH_CONFIG.rankingWeights, stickiness: 0.4 });
    expect(c.callUp.surgeBonusMinor).toBe(500);
    expect(c.callUp.thresholdMs).toBe(DEFAULT_DISPATCH_CONFIG.callUp.thresholdMs);
  });

  it('rejects nonsense as a programmer error, naming the field', () => {
    expect(() => makeDispatchConfig({ agingPeriodMs: 0 })).toThrow(/agingPeriodMs/);
    expect(() => makeDispatchConfig({ callUp: { surgeBonusMinor: 2.5 } })).toThrow(/minor units/);
    expect(() => makeDispatchConfig({ rankingWeights: { quality: -1 } })).toThrow(/rankingWeights.quality/);
    expect(() => makeDispatchConfig({ minAcceptanceRate: 0 })).toThrow(/minAcceptanceRate/);
  });
});

describe('dispatchPolicy', () => {
  it('finds both policies by name', () => {
    expect(dispatchPolicy('greedy')).toBe(greedyPolicy);
    expect(dispatchPolicy('batch')).toBe(batchPolicy);
    expect([greedyPolicy.name, batchPolicy.name]).toEqual(['greedy', 'batch']);
  });
});
