import { assignReviewer, decideSampling, type ReviewerCandidate } from '../../domain/quality/index.js';
import { activeScorecard } from './ensure-scorecard.js';
import type { QaReview, Resolution } from './ports.js';
import type { QualityDeps } from './quality-deps.js';

export type SampleInput = {
  resolution: Resolution;
  /** The agent the conversation is judged as; null when the AI handled it alone. */
  agentId: string | null;
  topic: string;
  /** The CSAT rating if one has arrived (a low one always samples). */
  csat: number | null;
};

const bump = (candidates: ReviewerCandidate[], id: string): ReviewerCandidate[] =>
  candidates.map((c) => (c.id === id ? { ...c, openReviews: c.openReviews + 1 } : c));

/**
 * Decides whether a resolution goes to QA review and queues it with the least-loaded supervisor. Called at
 * resolution and again when a low CSAT arrives; the unique index on the resolution makes the second call a
 * no-op when the first already sampled it. A share of sampled conversations gets a second, independent
 * reviewer for calibration. Returns the reviews created (none, one, or two).
 */
export async function sampleForReview(deps: QualityDeps, input: SampleInput): Promise<QaReview[]> {
  const { quality, policy } = deps;
  const agent = input.agentId ? await quality.agents.profile(input.agentId) : null;
  const decision = decideSampling(
    { owner: input.agentId ? 'human' : 'ai', ...(agent ? { agentTier: agent.tier } : {}), csat: input.csat },
    policy.sampling,
    deps.rng,
  );
  if (!decision.sample) return [];

  const now = deps.clock.now();
  const card = await activeScorecard(quality, now);
  const candidates = await quality.reviews.reviewerCandidates();
  const first = assignReviewer(candidates, input.agentId);
  const base = {
    conversationId: input.resolution.conversationId,
    resolutionId: input.resolution.id,
    agentId: input.agentId,
    scorecardId: card.id,
    scorecardVersion: card.version,
    topic: input.topic,
    answers: null,
    score: null,
    passed: null,
    contestStatus: 'none' as const,
    contest: null,
    createdAt: now,
    completedAt: null,
  };
  const primary: QaReview = {
    ...base,
    id: deps.ids.next('qar'),
    reviewerId: first.ok ? first.reviewerId : null,
    // In review = in a reviewer's hands; queued = waiting for someone eligible to take it.
    status: first.ok ? 'in_review' : 'queued',
    sampleReason: decision.reason,
    calibrationOf: null,
  };
  if (!(await quality.reviews.insert(primary))) return [];
  const created = [primary];

  if (first.ok && deps.rng() < policy.calibrationRate) {
    // A second reviewer other than the first; without one there is nobody to calibrate against, so skip.
    const second = assignReviewer(bump(candidates, first.reviewerId), input.agentId, [first.reviewerId]);
    if (second.ok) {
      const calibration: QaReview = {
        ...base,
        id: deps.ids.next('qar'),
        reviewerId: second.reviewerId,
        status: 'in_review',
        sampleReason: 'calibration',
        calibrationOf: primary.id,
      };
      await quality.reviews.insert(calibration);
      created.push(calibration);
    }
  }
  return created;
}
