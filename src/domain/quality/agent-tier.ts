import { countsTowardScore, type ContestStatus } from './review-contest.js';
import type { AgentTier } from './sampling.js';

type CountedReview = { readonly score: number; readonly passed: boolean; readonly contestStatus: ContestStatus };

export interface ProbationPolicy {
  /** Reviewed conversations needed before leaving probation (every probation conversation is reviewed). */
  readonly minReviews: number;
  /** Mean QA score (0..100) over those reviews needed to move to standard. */
  readonly minQaAverage: number;
}

export const DEFAULT_PROBATION_POLICY: ProbationPolicy = { minReviews: 10, minQaAverage: 80 };

export type ProbationDecision = {
  readonly promote: boolean;
  readonly reason: 'promoted' | 'not_on_probation' | 'too_few_reviews' | 'qa_average_below_bar';
  readonly evidence: {
    readonly reviews: number;
    readonly excludedOverturned: number;
    readonly qaAverage: number | null;
    readonly minReviews: number;
    readonly minQaAverage: number;
  };
};

/** Probation -> standard. Promotion to expert is a supervisor's call and not automated here. */
export function decideProbationExit(
  tier: AgentTier,
  reviews: readonly CountedReview[],
  policy: ProbationPolicy = DEFAULT_PROBATION_POLICY,
): ProbationDecision {
  const counted = reviews.filter(countsTowardScore);
  const qaAverage = counted.length === 0 ? null : counted.reduce((s, r) => s + r.score, 0) / counted.length;
  const evidence = {
    reviews: counted.length,
    excludedOverturned: reviews.length - counted.length,
    qaAverage,
    minReviews: policy.minReviews,
    minQaAverage: policy.minQaAverage,
  };
  if (tier !== 'probation') return { promote: false, reason: 'not_on_probation', evidence };
  if (counted.length < policy.minReviews) return { promote: false, reason: 'too_few_reviews', evidence };
  if (qaAverage === null || qaAverage < policy.minQaAverage) return { promote: false, reason: 'qa_average_below_bar', evidence };
  return { promote: true, reason: 'promoted', evidence };
}

export interface CertificationPolicy {
  /** Reviews in the topic needed before certifying. */
  readonly minReviews: number;
  /** Share (0..1) of those reviews that must have passed. */
  readonly minPassRate: number;
}

/** Sensitive BNPL topics, where a mistake harms a customer in difficulty or costs money. */
export const DEFAULT_CERTIFICATION_POLICIES: Readonly<Record<string, CertificationPolicy>> = {
  disputes: { minReviews: 10, minPassRate: 0.9 },
  hardship: { minReviews: 10, minPassRate: 0.95 },
  fraud: { minReviews: 10, minPassRate: 0.95 },
};

export type CertificationDecision = {
  readonly eligible: boolean;
  readonly reason: 'eligible' | 'on_probation' | 'too_few_reviews' | 'pass_rate_below_bar';
  readonly evidence: {
    readonly topic: string;
    readonly reviews: number;
    readonly passes: number;
    readonly passRate: number | null;
    readonly minReviews: number;
    readonly minPassRate: number;
  };
};

/**
 * Certification for a topic needs a pass rate at or above the bar over enough reviews in that topic.
 * Agents on probation are not certified: they have not yet shown the general standard.
 */
export function decideCertification(
  tier: AgentTier,
  topic: string,
  reviews: readonly (CountedReview & { readonly topic: string })[],
  policy: CertificationPolicy,
): CertificationDecision {
  const inTopic = reviews.filter((r) => r.topic === topic && countsTowardScore(r));
  const passes = inTopic.filter((r) => r.passed).length;
  const passRate = inTopic.length === 0 ? null : passes / inTopic.length;
  const evidence = { topic, reviews: inTopic.length, passes, passRate, minReviews: policy.minReviews, minPassRate: policy.minPassRate };
  if (tier === 'probation') return { eligible: false, reason: 'on_probation', evidence };
  if (inTopic.length < policy.minReviews) return { eligible: false, reason: 'too_few_reviews', evidence };
  if (passRate === null || passRate < policy.minPassRate) return { eligible: false, reason: 'pass_rate_below_bar', evidence };
  return { eligible: true, reason: 'eligible', evidence };
}
