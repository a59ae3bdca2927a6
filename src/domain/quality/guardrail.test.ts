import { describe, expect, it } from 'vitest';
import type { AiOutcome, GuardrailThresholds } from './guardrail-metrics.js';
import { DEFAULT_GUARDRAIL_CONFIG, initialGuardrailState, stepGuardrail, type GuardrailConfig, type GuardrailState } from './guardrail.js';
import { wilsonInterval } from './wilson.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const none: GuardrailThresholds = { csat_satisfied: null, durable_resolution: null, escalation_after_resolution: null, negative_sentiment: null };
const csatOnly: GuardrailConfig = {
  ...DEFAULT_GUARDRAIL_CONFIG,
  thresholds: { ...none, csat_satisfied: { floor: 0.7, recoveryFloor: 0.78, minSample: 30 } },
};

const rated = (atMs: number, satisfied: boolean): AiOutcome => ({
  atMs,
  csat: satisfied ? 5 : 1,
  aiResolved: true,
  durable: null,
  escalatedAfterResolution: false,
  negativeSentiment: false,
});

/** n outcomes, the first `good` satisfied, one a minute ending at endMs. */
function batch(n: number, good: number, endMs: number): AiOutcome[] {
  return Array.from({ length: n }, (_, i) => rated(endMs - (n - i) * 60_000, i < good));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('wilsonInterval', () => {
  it('matches reference values', () => {
    const half = wilsonInterval(5, 10, 1.96)!;
    expect(half.lower).toBeCloseTo(0.236590, 5);
    expect(half.upper).toBeCloseTo(0.763410, 5);
    expect(wilsonInterval(0, 10, 1.96)!.upper).toBeCloseTo(0.277540, 5);
    expect(wilsonInterval(10, 10, 1.96)!.lower).toBeCloseTo(0.722460, 5);
    expect(wilsonInterval(0, 0, 1.96)).toBeNull();
  });
});

describe('stepGuardrail: switching to human-first', () => {
  const start = initialGuardrailState('refund_status', 0);
  const now = 10 * DAY;

  it('switches when the Wilson upper bound (z=3) falls below the floor: 13 of 30 satisfied, upper 0.687', () => {
    const step = stepGuardrail(start, batch(30, 13, now), csatOnly, now);
    expect(step.switched).toBe(true);
    expect(step.state).toEqual({ intent: 'refund_status', mode: 'human_first', enteredAtMs: now, switchCount: 1 });
    expect(step.evidence).toMatchObject({ reason: 'quality_below_floor', decidingMetrics: ['csat_satisfied'], outcomesConsidered: 30 });
    const [csat] = step.evidence.metrics;
    expect(csat).toMatchObject({ metric: 'csat_satisfied', n: 30, count: 13, tripAt: 0.7, minSample: 30, confidentlyBad: true });
    expect(csat?.tripBound).toBeCloseTo(0.68726, 4);
  });

  it('does not switch at 14 of 30 (upper 0.714), nor on fewer than the minimum sample', () => {
    expect(stepGuardrail(start, batch(30, 14, now), csatOnly, now).switched).toBe(false);
    const tooFew = stepGuardrail(start, batch(29, 0, now), csatOnly, now);
    expect(tooFew.switched).toBe(false);
    expect(tooFew.evidence.metrics[0]).toMatchObject({ n: 29, count: 0, confidentlyBad: false });
  });

  it('uses the lower bound against a ceiling for bad rates: 15 of 30 negative, lower 0.260 > 0.25', () => {
    const config: GuardrailConfig = {
      ...DEFAULT_GUARDRAIL_CONFIG,
      thresholds: { ...none, negative_sentiment: { ceiling: 0.25, recoveryCeiling: 0.18, minSample: 30 } },
    };
    const stream = (negatives: number) =>
      Array.from({ length: 30 }, (_, i) => ({ ...rated(now - i * 60_000, true), negativeSentiment: i < negatives }));
    const tripped = stepGuardrail(start, stream(15), config, now);
    expect(tripped.switched).toBe(true);
    expect(tripped.evidence.metrics[0]).toMatchObject({ direction: 'lower_is_better', count: 15, tripAt: 0.25 });
    expect(tripped.evidence.metrics[0]?.tripBound).toBeCloseTo(0.25981, 4);
    expect(stepGuardrail(start, stream(14), config, now).switched).toBe(false);
  });

  it('ignores outcomes outside the rolling window', () => {
    const old = batch(30, 0, now - csatOnly.windowMs - 1);
    expect(stepGuardrail(start, old, csatOnly, now).evidence.outcomesConsidered).toBe(0);
  });
});

describe('stepGuardrail: recovery with hysteresis', () => {
  const tripAt = 10 * DAY;
  const humanFirst: GuardrailState = { intent: 'refund_status', mode: 'human_first', enteredAtMs: tripAt, switchCount: 1 };
  const badBefore = batch(200, 20, tripAt);

  it('stays human-first for the minimum time even on perfect outcomes', () => {
    const now = tripAt + 12 * HOUR;
    const step = stepGuardrail(humanFirst, [...badBefore, ...batch(60, 60, now)], csatOnly, now);
    expect(step).toMatchObject({ switched: false, evidence: { reason: 'holding_human_first_min_time' } });
  });

  it('recovers on new evidence only, when the lower bound clears the recovery floor', () => {
    const now = tripAt + 25 * HOUR;
    const step = stepGuardrail(humanFirst, [...badBefore, ...batch(30, 30, now)], csatOnly, now);
    expect(step.switched).toBe(true);
    expect(step.state).toEqual({ intent: 'refund_status', mode: 'ai_first', enteredAtMs: now, switchCount: 2 });
    expect(step.evidence).toMatchObject({ reason: 'recovered', outcomesConsidered: 30, windowStartMs: tripAt });
    // Lower bound at recoveryZ 1.96 of 30/30 is 0.886 >= 0.78.
    expect(step.evidence.metrics[0]?.recoveryBound).toBeCloseTo(0.8865, 3);
  });

  it('does not recover at a rate between the floor and the recovery floor', () => {
    const now = tripAt + 3 * DAY;
    const threeInFour = Array.from({ length: 400 }, (_, i) => rated(now - i * 60_000, i % 4 !== 0));
    const step = stepGuardrail(humanFirst, threeInFour, csatOnly, now);
    expect(step.evidence.metrics[0]).toMatchObject({ n: 200, count: 150 });
    expect(step).toMatchObject({ switched: false, evidence: { reason: 'holding_human_first_not_recovered' } });
  });
});

describe('stepGuardrail: no flapping', () => {
  /** Outcomes every 10 minutes from a rate function; the controller steps every hour. */
  function run(rate: (t: number) => number, days: number, seed: number) {
    const rng = mulberry32(seed);
    let outcomes: AiOutcome[] = [];
    let state = initialGuardrailState('x', 0);
    const switches: { atMs: number; to: string }[] = [];
    for (let t = 10 * 60_000; t <= days * DAY; t += 10 * 60_000) {
      outcomes.push(rated(t, rng() < rate(t)));
      if (t % HOUR === 0) {
        // The controller ignores anything older than its window; dropping it keeps the test quick.
        outcomes = outcomes.filter((o) => o.atMs >= t - csatOnly.windowMs);
        const step = stepGuardrail(state, outcomes, csatOnly, t);
        if (step.switched) switches.push({ atMs: t, to: step.state.mode });
        state = step.state;
      }
    }
    return switches;
  }

  it('a stream hovering at the floor switches at most once', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const switches = run(() => 0.7, 60, seed);
      expect(switches.length).toBeLessThanOrEqual(1);
      expect(switches.every((s) => s.to === 'human_first')).toBe(true);
    }
  });

  it('an AI slightly above the floor (72% against 70%) stays AI-first for four weeks', () => {
    for (const seed of [21, 22, 23, 24, 25]) {
      expect(run(() => 0.72, 28, seed)).toEqual([]);
    }
  });

  it('a stream alternating just above and below the floor switches at most once', () => {
    for (const seed of [11, 12, 13]) {
      expect(run((t) => (Math.floor(t / (6 * HOUR)) % 2 === 0 ? 0.66 : 0.74), 60, seed).length).toBeLessThanOrEqual(1);
    }
  });

  it('a good, then bad, then good stream switches exactly twice: out and back', () => {
    const switches = run((t) => (t < 10 * DAY ? 0.9 : t < 20 * DAY ? 0.4 : 0.95), 40, 7);
    expect(switches.map((s) => s.to)).toEqual(['human_first', 'ai_first']);
    expect(switches[0]!.atMs).toBeGreaterThan(10 * DAY);
    // 200 most recent outcomes at one every 10 minutes: the drop shows within a day.
    expect(switches[0]!.atMs).toBeLessThan(11 * DAY);
    expect(switches[1]!.atMs).toBeGreaterThan(20 * DAY);
  });
});

describe('stepGuardrail: human capacity', () => {
  const now = 10 * DAY;
  const bad = batch(30, 5, now);
  const start = initialGuardrailState('refund_status', 0);

  it('still goes human-first when humans are saturated, says so, and recommends a call-up', () => {
    const step = stepGuardrail(start, bad, csatOnly, now, { expectedWaitSeconds: 900, waitLimitSeconds: 300 });
    expect(step.state.mode).toBe('human_first');
    expect(step.evidence.capacity).toEqual({
      known: true,
      humanCapacitySaturated: true,
      recommendation: 'call_up_agents',
      detail: 'human-first is warranted but humans are saturated (expected wait 900s vs limit 300s): call up agents; do not move work back to the AI',
    });
  });

  it('reports saturation without a recommendation while the AI is healthy, and says when capacity is unknown', () => {
    const healthy = stepGuardrail(start, batch(30, 30, now), csatOnly, now, { expectedWaitSeconds: 900, waitLimitSeconds: 300 });
    expect(healthy.evidence.capacity).toMatchObject({ humanCapacitySaturated: true, recommendation: 'none' });
    expect(stepGuardrail(start, bad, csatOnly, now).evidence.capacity).toMatchObject({ known: false, recommendation: 'none' });
  });
});

describe('stepGuardrail: default metrics', () => {
  it('measures every enabled metric on the outcomes it applies to', () => {
    const now = 10 * DAY;
    const outcomes: AiOutcome[] = Array.from({ length: 40 }, (_, i) => ({
      atMs: now - i * 60_000,
      csat: i % 4 === 0 ? 5 : null,
      aiResolved: i % 2 === 0,
      durable: i % 2 === 0 ? i % 4 === 0 : null,
      escalatedAfterResolution: i % 8 === 0,
      negativeSentiment: i % 5 === 0,
    }));
    const { metrics } = stepGuardrail(initialGuardrailState('x', 0), outcomes, DEFAULT_GUARDRAIL_CONFIG, now).evidence;
    expect(metrics.map((m) => [m.metric, m.n, m.count])).toEqual([
      ['csat_satisfied', 10, 10],
      ['durable_resolution', 20, 10],
      ['escalation_after_resolution', 20, 5],
      ['negative_sentiment', 40, 8],
    ]);
  });
});
