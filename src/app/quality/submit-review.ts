import type { Principal } from '../../domain/auth/access.js';
import { scoreReview, validateReviewAnswers, type ReviewAnswers, type ReviewScore } from '../../domain/quality/index.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { QaReview } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { refreshAgentQuality } from './refresh-agent-quality.js';
import { staffIdOf } from './review-access.js';

/** "accuracy: missing" → field answers.accuracy. */
function answersProblem(problem: string): AppError {
  const colon = problem.indexOf(':');
  const criterion = colon > 0 ? problem.slice(0, colon) : 'answers';
  const field = criterion === 'answers' ? 'answers' : `answers.${criterion}`;
  return new AppError('validation_failed', `${field}:${problem.slice(colon + 1)}`, field);
}

/**
 * A reviewer scores a queued review on its scorecard. A supervisor may take a review assigned to them or an
 * unassigned one, never a review of their own work, and never both reviews of a calibrated conversation.
 * A completed primary review of an agent moves their quality score, tier and certifications.
 */
export async function submitReview(
  deps: QualityDeps,
  input: { principal: Principal; reviewId: string; answers: ReviewAnswers },
): Promise<{ review: QaReview; result: ReviewScore }> {
  const reviewerId = staffIdOf(input.principal);
  const now = deps.clock.now();
  const done = await deps.quality.transaction(async (tx) => {
    const review = await tx.reviews.getForUpdate(input.reviewId);
    if (!review) throw notFound('review', 'reviewId');
    if (review.status === 'done') throw new AppError('conflict', 'reviewId: this review is already completed', 'reviewId');
    if (reviewerId !== 'admin' && review.reviewerId !== null && review.reviewerId !== reviewerId) {
      throw forbidden('this review is assigned to another reviewer');
    }
    if (review.agentId === reviewerId) throw forbidden('nobody reviews their own conversation');
    const others = (await tx.reviews.forConversation(review.conversationId)).filter((r) => r.id !== review.id);
    if (others.some((r) => r.reviewerId === reviewerId && (r.calibrationOf === review.id || review.calibrationOf === r.id))) {
      throw forbidden('a calibrated conversation needs two different reviewers');
    }
    const card = await tx.scorecards.get(review.scorecardId, review.scorecardVersion);
    if (!card) throw new Error(`scorecard ${review.scorecardId} v${review.scorecardVersion} is missing`);
    const check = validateReviewAnswers(card, input.answers);
    if (!check.ok) throw answersProblem(check.problems[0] ?? 'answers: invalid');
    const result = scoreReview(card, input.answers);
    const completed: QaReview = {
      ...review,
      reviewerId,
      answers: input.answers,
      score: result.score,
      passed: result.passed,
      status: 'done',
      completedAt: now,
    };
    await tx.reviews.update(completed);
    await tx.events.append([
      {
        type: 'quality.review_completed',
        conversationId: review.conversationId,
        actor: reviewerId === 'admin' ? 'admin' : `agent:${reviewerId}`,
        payload: { reviewId: review.id, agentId: review.agentId, score: result.score, passed: result.passed, calibrationOf: review.calibrationOf },
        occurredAt: now,
      },
    ]);
    return { review: completed, result };
  });
  if (done.review.agentId && done.review.calibrationOf === null) await refreshAgentQuality(deps, done.review.agentId);
  return done;
}
