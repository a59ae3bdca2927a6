import { describe, expect, it } from 'vitest';
import { DEFAULT_BNPL_SCORECARD } from './default-scorecard.js';
import { scoreReview, validateReviewAnswers, validateScorecard, type Scorecard } from './scorecard.js';

const card: Scorecard = {
  id: 'test',
  version: 1,
  name: 'test',
  passScore: 70,
  criteria: [
    { id: 'a', label: 'A', guidance: '', weight: 2, maxPoints: 4, passMark: 0.5, critical: false, allowNotApplicable: false },
    { id: 'b', label: 'B', guidance: '', weight: 1, maxPoints: 2, passMark: 1, critical: true, allowNotApplicable: true },
    { id: 'c', label: 'C', guidance: '', weight: 1, maxPoints: 5, passMark: 0.6, critical: false, allowNotApplicable: false },
  ],
};

describe('scoreReview', () => {
  it('computes the weighted mean of criterion fractions', () => {
    // a: 3/4 * 2/4 = 0.375; b: 2/2 * 1/4 = 0.25; c: 4/5 * 1/4 = 0.2 -> 82.5
    const result = scoreReview(card, { a: 3, b: 2, c: 4 });
    expect(result.score).toBeCloseTo(82.5, 10);
    expect(result.passed).toBe(true);
    expect(result.failedCriticalCriteria).toEqual([]);
    expect(result.perCriterion.map((r) => [r.criterionId, r.fraction, r.passed, r.effectiveWeight])).toEqual([
      ['a', 0.75, true, 0.5],
      ['b', 1, true, 0.25],
      ['c', 0.8, true, 0.25],
    ]);
  });

  it('renormalises weights over applicable criteria when one is n/a', () => {
    // a: 3/4 * 2/3 = 0.5; c: 4/5 * 1/3 = 0.2667 -> 76.67
    const result = scoreReview(card, { a: 3, b: 'n/a', c: 4 });
    expect(result.score).toBeCloseTo(76.6667, 3);
    expect(result.perCriterion[1]).toMatchObject({ applicable: false, passed: null, effectiveWeight: 0 });
    expect(result.passed).toBe(true);
  });

  it('auto-fails on a failed critical criterion even with a high score', () => {
    // a: 4/4*0.5 = 0.5; b: 1/2*0.25 = 0.125; c: 5/5*0.25 = 0.25 -> 87.5
    const result = scoreReview(card, { a: 4, b: 1, c: 5 });
    expect(result.score).toBeCloseTo(87.5, 10);
    expect(result.failedCriticalCriteria).toEqual(['b']);
    expect(result.passed).toBe(false);
  });

  it('fails below the pass score, and passes exactly at it', () => {
    // a: 2/4*0.5 = 0.25; b: 0.25; c: 1/5*0.25 = 0.05 -> 55
    expect(scoreReview(card, { a: 2, b: 2, c: 1 })).toMatchObject({ passed: false });
    expect(scoreReview(card, { a: 2, b: 2, c: 1 }).score).toBeCloseTo(55, 10);
    // a: 3/4*0.5 = 0.375; b: 0.25; c: 0 -> 62.5 with passScore 62.5
    expect(scoreReview({ ...card, passScore: 62.5 }, { a: 3, b: 2, c: 0 })).toMatchObject({ score: 62.5, passed: true });
  });

  it('throws on answers that skipped validation (a programmer error)', () => {
    expect(() => scoreReview(card, { a: 5, b: 2, c: 1 })).toThrow(/a: must be a whole number from 0 to 4/);
  });
});

describe('validateReviewAnswers', () => {
  it('names every problem', () => {
    expect(validateReviewAnswers(card, { a: 'n/a', b: 1.5, z: 1 })).toEqual({
      ok: false,
      problems: ['z: not a criterion of test', 'a: cannot be n/a', 'b: must be a whole number from 0 to 2', 'c: missing'],
    });
    expect(validateReviewAnswers(card, { a: 0, b: 'n/a', c: 0 })).toEqual({ ok: true });
  });
});

describe('DEFAULT_BNPL_SCORECARD', () => {
  it('is valid, weights sum to 100, and compliance criteria are critical', () => {
    expect(validateScorecard(DEFAULT_BNPL_SCORECARD)).toEqual({ ok: true });
    expect(DEFAULT_BNPL_SCORECARD.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const critical = DEFAULT_BNPL_SCORECARD.criteria.filter((c) => c.critical).map((c) => c.id);
    expect(critical).toEqual(['accuracy', 'required_disclosures', 'hardship_handling', 'identity_and_privacy']);
  });

  it('scores a perfect review 100 and a review with hardship mishandled as failed', () => {
    const perfect = { accuracy: 4, required_disclosures: 1, hardship_handling: 2, identity_and_privacy: 1, empathy: 4, resolution: 4 };
    expect(scoreReview(DEFAULT_BNPL_SCORECARD, perfect)).toMatchObject({ score: 100, passed: true });
    const result = scoreReview(DEFAULT_BNPL_SCORECARD, { ...perfect, hardship_handling: 0 });
    expect(result.score).toBeCloseTo(90, 10);
    expect(result).toMatchObject({ passed: false, failedCriticalCriteria: ['hardship_handling'] });
  });
});

describe('validateScorecard', () => {
  it('reports bad weights, points, marks and duplicate ids', () => {
    const bad: Scorecard = {
      ...card,
      passScore: 120,
      criteria: [
        { ...card.criteria[0]!, weight: 0 },
        { ...card.criteria[0]!, maxPoints: 0, passMark: 2 },
      ],
    };
    expect(validateScorecard(bad)).toEqual({
      ok: false,
      problems: [
        'passScore: must be between 0 and 100',
        'criteria.a.weight: must be positive',
        'criteria.a: duplicate id',
        'criteria.a.maxPoints: must be a whole number >= 1',
        'criteria.a.passMark: must be between 0 and 1',
      ],
    });
  });
});
