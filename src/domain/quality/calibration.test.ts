import { describe, expect, it } from 'vitest';
import { calibrate, cohensKappa } from './calibration.js';
import type { Scorecard } from './scorecard.js';

describe('cohensKappa', () => {
  it('matches the textbook example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4)', () => {
    const pairs = [
      ...Array<[boolean, boolean]>(20).fill([true, true]),
      ...Array<[boolean, boolean]>(5).fill([true, false]),
      ...Array<[boolean, boolean]>(10).fill([false, true]),
      ...Array<[boolean, boolean]>(15).fill([false, false]),
    ];
    const { observed, expected, kappa } = cohensKappa(pairs);
    expect(observed).toBeCloseTo(0.7, 12);
    expect(expected).toBeCloseTo(0.5, 12);
    expect(kappa).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement with both verdicts used, null when chance agreement is 1', () => {
    expect(cohensKappa([[true, true], [false, false]]).kappa).toBe(1);
    expect(cohensKappa([[true, true], [true, true]]).kappa).toBeNull();
    expect(cohensKappa([]).kappa).toBeNull();
  });

  it('is negative when reviewers systematically disagree', () => {
    expect(cohensKappa([[true, false], [false, true]]).kappa).toBe(-1);
  });
});

describe('calibrate', () => {
  const card: Scorecard = {
    id: 'cal',
    version: 1,
    name: 'cal',
    passScore: 75,
    criteria: [
      { id: 'x', label: 'X', guidance: '', weight: 1, maxPoints: 4, passMark: 0.5, critical: false, allowNotApplicable: true },
      { id: 'y', label: 'Y', guidance: '', weight: 1, maxPoints: 4, passMark: 0.5, critical: false, allowNotApplicable: false },
    ],
  };

  it('reports agreement per criterion, mean score difference and pass/fail kappa', () => {
    const report = calibrate(card, [
      // scores 100 vs 87.5, both pass
      { conversationId: 'c1', first: { x: 4, y: 4 }, second: { x: 4, y: 3 } },
      // scores 50 vs 50, both fail; x n/a both
      { conversationId: 'c2', first: { x: 'n/a', y: 2 }, second: { x: 'n/a', y: 2 } },
      // scores 75 (pass) vs 50 (fail)
      { conversationId: 'c3', first: { x: 3, y: 3 }, second: { x: 2, y: 2 } },
      // scores 25 vs 87.5: fail vs pass
      { conversationId: 'c4', first: { x: 1, y: 1 }, second: { x: 3, y: 4 } },
    ]);
    expect(report.conversations).toBe(4);
    expect(report.perCriterion).toEqual([
      { criterionId: 'x', conversations: 4, agreements: 2, percentAgreement: 0.5 },
      { criterionId: 'y', conversations: 4, agreements: 1, percentAgreement: 0.25 },
    ]);
    // |100-87.5| + 0 + |75-50| + |25-87.5| = 12.5 + 25 + 62.5 = 100 -> 25
    expect(report.meanAbsoluteScoreDifference).toBeCloseTo(25, 10);
    // verdicts: (P,P) (F,F) (P,F) (F,P): observed 0.5, expected 0.5*0.5+0.5*0.5 = 0.5, kappa 0
    expect(report.passFailObservedAgreement).toBe(0.5);
    expect(report.passFailExpectedAgreement).toBe(0.5);
    expect(report.passFailKappa).toBe(0);
  });

  it('returns nulls without data', () => {
    expect(calibrate(card, [])).toMatchObject({ conversations: 0, meanAbsoluteScoreDifference: null, passFailKappa: null });
  });
});
