import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgentScore, DEFAULT_AGENT_SCORE_CONFIG, type AgentEvidence } from './agent-score.js';

const rating = fc.integer({ min: 1, max: 5 });
const review = fc.record({
  score: fc.double({ min: 0, max: 100, noNaN: true }),
  contestStatus: fc.constantFrom('none' as const, 'open' as const, 'upheld' as const, 'overturned' as const),
});
const evidence = (minRatings = 0) =>
  fc.record({
    csatRatings: fc.array(rating, { minLength: minRatings, maxLength: 300 }),
    qaReviews: fc.array(review, { maxLength: 60 }),
  });

describe('computeAgentScore', () => {
  it('starts a new agent at the prior', () => {
    const s = computeAgentScore({ csatRatings: [], qaReviews: [] });
    // 0.4 * 8/10 + 0.6 * 0.8
    expect(s.score).toBeCloseTo(0.8, 12);
    expect(s.csat).toMatchObject({ ratings: 0, satisfied: 0 });
    expect(s.qa).toMatchObject({ reviews: 0, excludedOverturned: 0 });
    expect(s.lowerBound).toBeLessThan(s.score);
  });

  it('computes the posterior means by hand', () => {
    // CSAT: Beta(8+3, 2+1) -> 11/14. QA: (0.8*5 + 0.9 + 0.5) / 7 = 5.4/7.
    const s = computeAgentScore({
      csatRatings: [5, 4, 5, 1],
      qaReviews: [
        { score: 90, contestStatus: 'none' },
        { score: 50, contestStatus: 'upheld' },
        { score: 0, contestStatus: 'overturned' },
      ],
    });
    expect(s.csat.posteriorMean).toBeCloseTo(11 / 14, 12);
    expect(s.qa.posteriorMean).toBeCloseTo(5.4 / 7, 12);
    expect(s.qa).toMatchObject({ reviews: 2, excludedOverturned: 1 });
    expect(s.score).toBeCloseTo(0.4 * (11 / 14) + 0.6 * (5.4 / 7), 12);
  });

  it('excludes overturned reviews: overturning a bad review raises the score to what it would be without it', () => {
    const base: AgentEvidence = { csatRatings: [5, 5], qaReviews: [{ score: 90, contestStatus: 'none' }] };
    const withBad = { ...base, qaReviews: [...base.qaReviews, { score: 10, contestStatus: 'open' as const }] };
    const overturned = { ...base, qaReviews: [...base.qaReviews, { score: 10, contestStatus: 'overturned' as const }] };
    expect(computeAgentScore(withBad).score).toBeLessThan(computeAgentScore(base).score);
    expect(computeAgentScore(overturned).score).toBe(computeAgentScore(base).score);
  });

  it('property: score and lower bound stay within [0, 1], lower bound <= score', () => {
    fc.assert(
      fc.property(evidence(), (e) => {
        const s = computeAgentScore(e);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(s.lowerBound).toBeGreaterThanOrEqual(0);
        expect(s.lowerBound).toBeLessThanOrEqual(s.score);
      }),
    );
  });

  it('property: after 100 ratings, one bad rating moves the score by less than 0.02', () => {
    fc.assert(
      fc.property(evidence(100), (e) => {
        const before = computeAgentScore(e).score;
        const after = computeAgentScore({ ...e, csatRatings: [...e.csatRatings, 1] }).score;
        expect(before - after).toBeGreaterThanOrEqual(0);
        expect(before - after).toBeLessThan(0.02);
      }),
    );
  });

  it('property: even with CSAT weighted alone, 100 ratings make one bad rating move it less than 0.02', () => {
    const csatOnly = { ...DEFAULT_AGENT_SCORE_CONFIG, weights: { csat: 1, qa: 0 } };
    fc.assert(
      fc.property(fc.array(rating, { minLength: 100, maxLength: 300 }), (ratings) => {
        const before = computeAgentScore({ csatRatings: ratings, qaReviews: [] }, csatOnly).score;
        const after = computeAgentScore({ csatRatings: [...ratings, 1], qaReviews: [] }, csatOnly).score;
        expect(before - after).toBeLessThan(0.02);
      }),
    );
  });

  it('property: more good evidence never lowers the score', () => {
    fc.assert(
      fc.property(evidence(), fc.constantFrom(4, 5), (e, good) => {
        const before = computeAgentScore(e).score;
        const moreCsat = computeAgentScore({ ...e, csatRatings: [...e.csatRatings, good] }).score;
        const moreQa = computeAgentScore({ ...e, qaReviews: [...e.qaReviews, { score: 100, contestStatus: 'none' }] }).score;
        expect(moreCsat).toBeGreaterThanOrEqual(before);
        expect(moreQa).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('narrows the gap between score and lower bound as evidence grows', () => {
    const few = computeAgentScore({ csatRatings: [5, 5], qaReviews: [{ score: 90, contestStatus: 'none' }] });
    const many = computeAgentScore({
      csatRatings: Array<number>(200).fill(5),
      qaReviews: Array.from({ length: 40 }, () => ({ score: 90, contestStatus: 'none' as const })),
    });
    expect(many.score - many.lowerBound).toBeLessThan(few.score - few.lowerBound);
  });
});
