import {
  computeAgentScore,
  decideCertification,
  decideProbationExit,
  type AgentScore,
  type CertificationDecision,
  type ProbationDecision,
} from '../../domain/quality/index.js';
import type { AgentQualityProfile, QaReview, QualityStore } from './ports.js';
import type { QualityPolicy } from './quality-deps.js';

export type AgentAssessment = {
  profile: AgentQualityProfile;
  csatRatings: number[];
  /** Completed primary reviews, newest first (overturned ones included; the rules exclude them). */
  reviews: QaReview[];
  score: AgentScore;
  probation: ProbationDecision;
  /** Topics the agent is not yet certified in, each with the decision and its evidence. */
  certifications: CertificationDecision[];
};

const counted = (reviews: QaReview[]) =>
  reviews
    .filter((r) => r.score !== null && r.passed !== null)
    .map((r) => ({ score: r.score as number, passed: r.passed as boolean, contestStatus: r.contestStatus, topic: r.topic }));

/** Gathers an agent's evidence and applies the pure rules; writes nothing. */
export async function assessAgent(
  quality: QualityStore,
  policy: QualityPolicy,
  agentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AgentAssessment | null> {
  const profile = await quality.agents.profile(agentId, options.forUpdate ?? false);
  if (!profile) return null;
  const csatRatings = await quality.csat.ratingsForAgent(agentId);
  const reviews = await quality.reviews.doneForAgent(agentId);
  const evidence = counted(reviews);
  const score = computeAgentScore({ csatRatings, qaReviews: evidence }, policy.agentScore);
  const probation = decideProbationExit(profile.tier, evidence, policy.probation);
  const tierAfter = probation.promote ? 'standard' : profile.tier;
  const certifications = Object.entries(policy.certifications)
    .filter(([topic]) => !profile.certifications.includes(topic))
    .map(([topic, rule]) => decideCertification(tierAfter, topic, evidence, rule));
  return { profile, csatRatings, reviews, score, probation, certifications };
}

/** The figure dispatch ranks by: the score's lower bound, so thin evidence cannot buy a high rank. */
export const rankingScore = (score: AgentScore): number => Math.round(score.lowerBound * 10_000) / 10_000;
