import { isSatisfied } from './csat.js';
import { countsTowardScore, type ContestStatus } from './review-contest.js';

/**
 * The agent quality score blends CSAT and QA, each shrunk toward a prior, so that a new agent starts at the
 * prior and a few ratings cannot swing an established agent's score (and with it their offers and pay).
 */
export interface AgentScoreConfig {
  /** Beta prior on the share of satisfied (4–5) ratings; alpha/(alpha+beta) is the prior mean, alpha+beta its weight in ratings. */
  readonly csatPrior: { readonly alpha: number; readonly beta: number };
  /** Prior QA level (0..1) and how many reviews it is worth. */
  readonly qaPrior: { readonly mean: number; readonly pseudoCount: number };
  /** Spread (0..1 scale) of one review's score around the agent's true level; sets the QA uncertainty. */
  readonly qaReviewSd: number;
  /**
   * Relative weights. QA weighs more by default: it judges what the agent did, while CSAT also reflects
   * policy outcomes outside the agent's control (a refund the rules did not allow).
   */
  readonly weights: { readonly csat: number; readonly qa: number };
  /** z for the lower bound (1.645: one-sided 95%). */
  readonly lowerBoundZ: number;
}

export const DEFAULT_AGENT_SCORE_CONFIG: AgentScoreConfig = {
  csatPrior: { alpha: 8, beta: 2 },
  qaPrior: { mean: 0.8, pseudoCount: 5 },
  qaReviewSd: 0.15,
  weights: { csat: 0.4, qa: 0.6 },
  lowerBoundZ: 1.645,
};

export interface AgentEvidence {
  /** CSAT ratings 1..5 of conversations the agent resolved. */
  readonly csatRatings: readonly number[];
  /** QA reviews, 0..100; overturned ones are excluded here, whoever calls. */
  readonly qaReviews: readonly { readonly score: number; readonly contestStatus: ContestStatus }[];
}

export interface AgentScore {
  /** Blended posterior mean, 0..1. */
  readonly score: number;
  /** score - z * sd, clamped to 0..1: what ranking can rely on. */
  readonly lowerBound: number;
  readonly csat: { readonly ratings: number; readonly satisfied: number; readonly posteriorMean: number; readonly posteriorSd: number };
  readonly qa: { readonly reviews: number; readonly excludedOverturned: number; readonly posteriorMean: number; readonly posteriorSd: number };
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function computeAgentScore(evidence: AgentEvidence, config: AgentScoreConfig = DEFAULT_AGENT_SCORE_CONFIG): AgentScore {
  const ratings = evidence.csatRatings.length;
  const satisfied = evidence.csatRatings.filter(isSatisfied).length;
  const a = config.csatPrior.alpha + satisfied;
  const b = config.csatPrior.beta + ratings - satisfied;
  const csatMean = a / (a + b);
  const csatVar = (a * b) / ((a + b) ** 2 * (a + b + 1));

  const counted = evidence.qaReviews.filter(countsTowardScore);
  const k = config.qaPrior.pseudoCount;
  const qaSum = counted.reduce((sum, r) => sum + clamp01(r.score / 100), 0);
  // Normal-normal with known review spread: the posterior mean is the prior mean counted k times plus the data.
  const qaMean = (config.qaPrior.mean * k + qaSum) / (k + counted.length);
  const qaVar = config.qaReviewSd ** 2 / (k + counted.length);

  const total = config.weights.csat + config.weights.qa;
  const wc = config.weights.csat / total;
  const wq = config.weights.qa / total;
  const score = clamp01(wc * csatMean + wq * qaMean);
  const sd = Math.sqrt(wc ** 2 * csatVar + wq ** 2 * qaVar);
  return {
    score,
    lowerBound: clamp01(score - config.lowerBoundZ * sd),
    csat: { ratings, satisfied, posteriorMean: csatMean, posteriorSd: Math.sqrt(csatVar) },
    qa: {
      reviews: counted.length,
      excludedOverturned: evidence.qaReviews.length - counted.length,
      posteriorMean: qaMean,
      posteriorSd: Math.sqrt(qaVar),
    },
  };
}
