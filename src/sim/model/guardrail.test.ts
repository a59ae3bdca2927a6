import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDRAIL_CONFIG, initialGuardrailState, stepGuardrail } from '../../domain/quality/index.js';
import { createRng } from '../random.js';
import { recentOutcomes } from './guardrail.js';
import type { MutableAiOutcome } from './types.js';

function stream(seed: number, n: number, badFrom: number): MutableAiOutcome[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const bad = i >= badFrom;
    const resolved = rng.bernoulli(0.8);
    return {
      atMs: i * 10_000,
      csat: rng.bernoulli(bad ? 0.3 : 0.25) ? (rng.bernoulli(bad ? 0.5 : 0.85) ? 5 : 2) : null,
      aiResolved: resolved,
      durable: resolved && rng.bernoulli(0.1) ? rng.bernoulli(bad ? 0.5 : 0.9) : null,
      escalatedAfterResolution: resolved && rng.bernoulli(bad ? 0.3 : 0.05),
      negativeSentiment: rng.bernoulli(bad ? 0.4 : 0.1),
    };
  });
}

describe('recentOutcomes', () => {
  it('lets stepGuardrail decide exactly as on the whole list, with the same metric evidence', () => {
    for (const seed of [1, 2, 3, 4]) {
      const outcomes = stream(seed, 3000, 1500 + seed * 200);
      for (const upTo of [40, 250, 900, 1600, 2200, 3000]) {
        const seen = outcomes.slice(0, upTo);
        const now = upTo * 10_000;
        const state = initialGuardrailState('x', 0);
        const full = stepGuardrail(state, seen, DEFAULT_GUARDRAIL_CONFIG, now);
        const recent = recentOutcomes(seen, DEFAULT_GUARDRAIL_CONFIG.maxSamplePerMetric);
        expect(recent.length).toBeLessThanOrEqual(seen.length);
        const fast = stepGuardrail(state, recent, DEFAULT_GUARDRAIL_CONFIG, now);
        // Same decision and metric evidence; only the count of outcomes looked at differs.
        expect({ ...fast, evidence: { ...fast.evidence, outcomesConsidered: 0 } }).toEqual({ ...full, evidence: { ...full.evidence, outcomesConsidered: 0 } });
        if (upTo >= 900) expect(full.evidence.metrics.some((m) => m.n === 200)).toBe(true);
      }
    }
  });

  it('keeps only what the metrics can use once there is plenty', () => {
    const outcomes = stream(7, 5000, 10_000).map((o) => ({ ...o, durable: null }));
    const recent = recentOutcomes(outcomes, 200);
    expect(recent.length).toBeLessThan(1200); // ~200 rated at a 25 % survey rate
    expect(recent.filter((o) => o.csat !== null).length).toBe(200);
    expect(recent.at(-1)).toBe(outcomes.at(-1));
  });
});
