import { describe, expect, it } from 'vitest';
import { assignReviewer, decideSampling, DEFAULT_SAMPLING_POLICY, type SamplingSubject } from './sampling.js';

/** A tiny deterministic generator (mulberry32) for the proportion test. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const policy = DEFAULT_SAMPLING_POLICY;
const always = (value: number) => () => value;

describe('decideSampling', () => {
  it('samples every probation conversation', () => {
    const subject: SamplingSubject = { owner: 'human', agentTier: 'probation', csat: 5 };
    expect(decideSampling(subject, policy, always(0.99))).toEqual({ sample: true, reason: 'probation_agent' });
  });

  it('samples every conversation rated 1 or 2, AI or human', () => {
    expect(decideSampling({ owner: 'ai', csat: 2 }, policy, always(0.99))).toEqual({ sample: true, reason: 'low_csat' });
    expect(decideSampling({ owner: 'human', agentTier: 'standard', csat: 1 }, policy, always(0.99))).toEqual({
      sample: true,
      reason: 'low_csat',
    });
    expect(decideSampling({ owner: 'ai', csat: 3 }, policy, always(0.99))).toEqual({ sample: false, reason: 'not_selected' });
  });

  it('samples standard agents and the AI at their configured rates, at the boundary', () => {
    const human: SamplingSubject = { owner: 'human', agentTier: 'standard', csat: null };
    expect(decideSampling(human, policy, always(0.0999))).toEqual({ sample: true, reason: 'random_human' });
    expect(decideSampling(human, policy, always(0.1))).toEqual({ sample: false, reason: 'not_selected' });
    expect(decideSampling({ owner: 'ai', csat: null }, policy, always(0.04))).toEqual({ sample: true, reason: 'random_ai' });
    expect(decideSampling({ owner: 'ai', csat: null }, policy, always(0.05))).toEqual({ sample: false, reason: 'not_selected' });
  });

  it('draws exactly one number per call and samples close to the configured share', () => {
    let draws = 0;
    const base = seeded(42);
    const rng = () => {
      draws++;
      return base();
    };
    let sampled = 0;
    for (let i = 0; i < 10_000; i++) {
      if (decideSampling({ owner: 'human', agentTier: 'expert', csat: i % 7 === 0 ? 1 : null }, { ...policy, humanSampleRate: 0.2 }, rng).reason === 'random_human') sampled++;
    }
    expect(draws).toBe(10_000);
    // 8,571 eligible conversations at 20%: expect ~1,714, sd ~37.
    expect(sampled).toBeGreaterThan(1_600);
    expect(sampled).toBeLessThan(1_830);
  });
});

describe('assignReviewer', () => {
  const reviewers = [
    { id: 'r-b', openReviews: 2 },
    { id: 'r-a', openReviews: 2 },
    { id: 'agent-7', openReviews: 0 },
    { id: 'r-c', openReviews: 5 },
  ];

  it('never assigns the agent to review themself', () => {
    expect(assignReviewer(reviewers, 'agent-7')).toEqual({ ok: true, reviewerId: 'r-a' });
  });

  it('picks the least-loaded reviewer, ties by id', () => {
    expect(assignReviewer(reviewers, 'someone-else')).toEqual({ ok: true, reviewerId: 'agent-7' });
    expect(assignReviewer(reviewers, 'agent-7', ['r-a'])).toEqual({ ok: true, reviewerId: 'r-b' });
  });

  it('returns a value when nobody is eligible', () => {
    expect(assignReviewer([{ id: 'agent-7', openReviews: 0 }], 'agent-7')).toMatchObject({ ok: false, code: 'no_eligible_reviewer' });
  });
});
