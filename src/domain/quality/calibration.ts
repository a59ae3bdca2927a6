import { scoreReview, type ReviewAnswers, type Scorecard } from './scorecard.js';

/** One conversation reviewed independently by two reviewers on the same scorecard. */
export interface DoubleReview {
  readonly conversationId: string;
  readonly first: ReviewAnswers;
  readonly second: ReviewAnswers;
}

export interface CriterionAgreement {
  readonly criterionId: string;
  readonly conversations: number;
  /** Conversations where both reviewers gave the same answer (same points, or both n/a). */
  readonly agreements: number;
  /** agreements / conversations, 0..1; null without data. */
  readonly percentAgreement: number | null;
}

export interface CalibrationReport {
  readonly conversations: number;
  readonly perCriterion: readonly CriterionAgreement[];
  /** Mean |score1 - score2| on the 0..100 scale; null without data. */
  readonly meanAbsoluteScoreDifference: number | null;
  /** Share of conversations where both reviewers reached the same pass/fail verdict. */
  readonly passFailObservedAgreement: number | null;
  /** Agreement expected by chance from each reviewer's own pass rate. */
  readonly passFailExpectedAgreement: number | null;
  /**
   * Cohen's kappa on pass/fail. Null when undefined: no data, or both reviewers gave one verdict to every
   * conversation (chance agreement is 1, so agreement beyond chance cannot be measured).
   */
  readonly passFailKappa: number | null;
}

/** Cohen's kappa for two raters on a yes/no label. */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): {
  observed: number | null;
  expected: number | null;
  kappa: number | null;
} {
  const n = pairs.length;
  if (n === 0) return { observed: null, expected: null, kappa: null };
  const agree = pairs.filter(([a, b]) => a === b).length;
  const firstYes = pairs.filter(([a]) => a).length / n;
  const secondYes = pairs.filter(([, b]) => b).length / n;
  const observed = agree / n;
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { observed, expected, kappa };
}

export function calibrate(card: Scorecard, reviews: readonly DoubleReview[]): CalibrationReport {
  const n = reviews.length;
  const scored = reviews.map((r) => ({ first: scoreReview(card, r.first), second: scoreReview(card, r.second) }));
  const perCriterion = card.criteria.map((c): CriterionAgreement => {
    const agreements = reviews.filter((r) => r.first[c.id] === r.second[c.id]).length;
    return { criterionId: c.id, conversations: n, agreements, percentAgreement: n === 0 ? null : agreements / n };
  });
  const totalDiff = scored.reduce((sum, s) => sum + Math.abs(s.first.score - s.second.score), 0);
  const verdicts = scored.map((s) => [s.first.passed, s.second.passed] as const);
  const { observed, expected, kappa } = cohensKappa(verdicts);
  return {
    conversations: n,
    perCriterion,
    meanAbsoluteScoreDifference: n === 0 ? null : totalDiff / n,
    passFailObservedAgreement: observed,
    passFailExpectedAgreement: expected,
    passFailKappa: kappa,
  };
}
