import type { Principal } from '../../domain/auth/access.js';
import { scoreReview, type ContestStatus, type CriterionResult, type Scorecard } from '../../domain/quality/index.js';
import type { QaReview } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

export type ContestedReview = QaReview & {
  agentName: string | null;
  /** The review's answers, criterion by criterion with their labels. */
  perCriterion: (CriterionResult & { label: string })[];
  /** An open contest the caller may decide: not the original reviewer, not the reviewed agent. */
  decidableByYou: boolean;
};

/**
 * Contested reviews for supervisors and the admin key: open ones (the work to do, oldest first) or decided
 * ones (newest first), each with the agent's reason, the answers it disputes and whether the caller may decide.
 */
export async function listContests(
  deps: QualityDeps,
  input: { principal: Principal; status: Exclude<ContestStatus, 'none'>; limit: number },
): Promise<{ contests: ContestedReview[] }> {
  const staffId = staffIdOf(input.principal);
  const reviews = await deps.quality.reviews.contested({ status: input.status, limit: input.limit });
  const cards = new Map<string, Scorecard | null>();
  const names = new Map<string, string | null>();
  const contests: ContestedReview[] = [];
  for (const review of reviews) {
    const key = `${review.scorecardId}@${review.scorecardVersion}`;
    if (!cards.has(key)) cards.set(key, await deps.quality.scorecards.get(review.scorecardId, review.scorecardVersion));
    const card = cards.get(key) ?? null;
    if (review.agentId && !names.has(review.agentId)) names.set(review.agentId, (await deps.store.agents.get(review.agentId))?.name ?? null);
    const perCriterion =
      card && review.answers
        ? scoreReview(card, review.answers).perCriterion.map((c) => ({ ...c, label: card.criteria.find((k) => k.id === c.criterionId)?.label ?? c.criterionId }))
        : [];
    contests.push({
      ...review,
      agentName: review.agentId ? (names.get(review.agentId) ?? null) : null,
      perCriterion,
      decidableByYou: review.contestStatus === 'open' && staffId !== review.reviewerId && staffId !== review.agentId,
    });
  }
  return { contests };
}
