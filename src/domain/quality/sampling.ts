export type AgentTier = 'probation' | 'standard' | 'expert';

export interface SamplingPolicy {
  /** Share (0..1) of non-probation human conversations sampled at random. */
  readonly humanSampleRate: number;
  /** Share (0..1) of AI-only conversations sampled at random (auto-QA already checks all of them). */
  readonly aiSampleRate: number;
  /** Every conversation rated at or below this CSAT is reviewed. */
  readonly lowCsatThreshold: number;
}

export const DEFAULT_SAMPLING_POLICY: SamplingPolicy = {
  humanSampleRate: 0.1,
  aiSampleRate: 0.05,
  lowCsatThreshold: 2,
};

export interface SamplingSubject {
  /** Who owned the conversation at resolution. A conversation a human touched is judged as the human's. */
  readonly owner: 'ai' | 'human';
  /** The owning agent's tier; ignored for AI conversations. */
  readonly agentTier?: AgentTier;
  /** The CSAT rating if one arrived, else null. */
  readonly csat: number | null;
}

export type SamplingReason = 'low_csat' | 'probation_agent' | 'random_human' | 'random_ai' | 'not_selected';

export interface SamplingDecision {
  readonly sample: boolean;
  readonly reason: SamplingReason;
}

/**
 * Whether a conversation goes to QA review. Call it when the conversation closes, and again if a low CSAT
 * arrives later. Exactly one rng draw is consumed per call whatever the branch, so a seeded run stays
 * reproducible when the mix of conversations changes.
 */
export function decideSampling(subject: SamplingSubject, policy: SamplingPolicy, rng: () => number): SamplingDecision {
  const draw = rng();
  if (subject.csat !== null && subject.csat <= policy.lowCsatThreshold) return { sample: true, reason: 'low_csat' };
  if (subject.owner === 'human' && subject.agentTier === 'probation') return { sample: true, reason: 'probation_agent' };
  if (subject.owner === 'human') {
    return draw < policy.humanSampleRate ? { sample: true, reason: 'random_human' } : { sample: false, reason: 'not_selected' };
  }
  return draw < policy.aiSampleRate ? { sample: true, reason: 'random_ai' } : { sample: false, reason: 'not_selected' };
}

export interface ReviewerCandidate {
  readonly id: string;
  /** Reviews assigned and not yet completed. */
  readonly openReviews: number;
}

export type ReviewerAssignment =
  | { readonly ok: true; readonly reviewerId: string }
  | { readonly ok: false; readonly code: 'no_eligible_reviewer'; readonly message: string };

/**
 * Least-loaded eligible reviewer; ties go to the smallest id, so the result is deterministic. The reviewed
 * agent is never their own reviewer; `excludeIds` keeps a second (calibration) review away from the first
 * reviewer.
 */
export function assignReviewer(
  reviewers: readonly ReviewerCandidate[],
  reviewedAgentId: string | null,
  excludeIds: readonly string[] = [],
): ReviewerAssignment {
  const eligible = reviewers.filter((r) => r.id !== reviewedAgentId && !excludeIds.includes(r.id));
  const best = eligible.reduce<ReviewerCandidate | undefined>((chosen, r) => {
    if (!chosen) return r;
    if (r.openReviews !== chosen.openReviews) return r.openReviews < chosen.openReviews ? r : chosen;
    return r.id < chosen.id ? r : chosen;
  }, undefined);
  return best
    ? { ok: true, reviewerId: best.id }
    : { ok: false, code: 'no_eligible_reviewer', message: 'no reviewer other than the agent is available' };
}
