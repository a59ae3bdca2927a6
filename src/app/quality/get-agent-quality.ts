import type { Principal } from '../../domain/auth/access.js';
import { countsTowardScore, scoreReview, type CriterionResult, type Scorecard } from '../../domain/quality/index.js';
import { notFound } from '../errors.js';
import { assessAgent, rankingScore, type AgentAssessment } from './assess-agent.js';
import type { QaReview } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { agentIdOf } from './review-access.js';

export type ReviewBehindScore = Omit<QaReview, 'answers'> & {
  perCriterion: (CriterionResult & { label: string })[];
  countsTowardScore: boolean;
  /** The agent may still contest it (not contested yet, inside the window). */
  contestable: boolean;
};

export type AgentQualityView = Pick<AgentAssessment, 'score' | 'probation' | 'certifications'> & {
  agentId: string;
  tier: AgentAssessment['profile']['tier'];
  certificationsHeld: string[];
  /** What dispatch ranks by now; the score's lower bound once recomputed. */
  rankingScore: number;
  storedQualityScore: number;
  csat: { ratings: number; satisfied: number; distribution: Record<'1' | '2' | '3' | '4' | '5', number> };
  reviews: ReviewBehindScore[];
};

function explain(review: QaReview, card: Scorecard | undefined, nowMs: number, windowMs: number): ReviewBehindScore {
  const { answers, ...rest } = review;
  const perCriterion =
    card && answers
      ? scoreReview(card, answers).perCriterion.map((c) => ({ ...c, label: card.criteria.find((k) => k.id === c.criterionId)?.label ?? c.criterionId }))
      : [];
  const contestable = review.contestStatus === 'none' && review.completedAt !== null && nowMs - review.completedAt <= windowMs;
  return { ...rest, perCriterion, countsTowardScore: countsTowardScore(review), contestable };
}

/** The agent's own quality score with the evidence behind it: CSAT counts and every review, criterion by criterion. */
export async function getAgentQuality(deps: QualityDeps, input: { principal: Principal }): Promise<AgentQualityView> {
  const agentId = agentIdOf(input.principal);
  const assessment = await assessAgent(deps.quality, deps.policy, agentId);
  if (!assessment) throw notFound('agent');
  const cards = new Map<string, Scorecard>();
  for (const r of assessment.reviews) {
    const key = `${r.scorecardId}@${r.scorecardVersion}`;
    if (cards.has(key)) continue;
    const card = await deps.quality.scorecards.get(r.scorecardId, r.scorecardVersion);
    if (card) cards.set(key, card);
  }
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const rating of assessment.csatRatings) distribution[String(rating) as keyof typeof distribution] += 1;
  const now = deps.clock.now();
  return {
    agentId,
    tier: assessment.profile.tier,
    certificationsHeld: assessment.profile.certifications,
    rankingScore: rankingScore(assessment.score),
    storedQualityScore: assessment.profile.qualityScore,
    score: assessment.score,
    probation: assessment.probation,
    certifications: assessment.certifications,
    csat: { ratings: assessment.score.csat.ratings, satisfied: assessment.score.csat.satisfied, distribution },
    reviews: assessment.reviews.map((r) => explain(r, cards.get(`${r.scorecardId}@${r.scorecardVersion}`), now, deps.policy.contest.windowMs)),
  };
}
