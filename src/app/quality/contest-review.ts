import type { Principal } from '../../domain/auth/access.js';
import { openContest, resolveContest, type ContestResult, type QaReviewRecord } from '../../domain/quality/index.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { QaReview, QualityStore } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { refreshAgentQuality } from './refresh-agent-quality.js';
import { agentIdOf, staffIdOf } from './review-access.js';

const asRecord = (r: QaReview): QaReviewRecord | null =>
  r.agentId && r.status === 'done' && r.score !== null && r.passed !== null && r.completedAt !== null
    ? { id: r.id, agentId: r.agentId, reviewerId: r.reviewerId ?? '', topic: r.topic, score: r.score, passed: r.passed, reviewedAtMs: r.completedAt, contestStatus: r.contestStatus, contest: r.contest }
    : null;

function refusal(result: Extract<ContestResult, { ok: false }>): AppError {
  switch (result.code) {
    case 'reason_required':
      return new AppError('validation_failed', result.message, 'reason');
    case 'note_required':
      return new AppError('validation_failed', result.message, 'note');
    case 'resolver_conflict':
    case 'not_your_review':
      return forbidden(result.message);
    default:
      return new AppError('conflict', `reviewId: ${result.message}`, 'reviewId');
  }
}

async function changeContest(
  deps: QualityDeps,
  reviewId: string,
  actor: string,
  decide: (record: QaReviewRecord, review: QaReview) => ContestResult,
  eventType: string,
): Promise<QaReview> {
  const now = deps.clock.now();
  return deps.quality.transaction(async (tx: QualityStore) => {
    const review = await tx.reviews.getForUpdate(reviewId);
    const record = review ? asRecord(review) : null;
    if (!review || !record) throw notFound('review', 'reviewId');
    const result = decide(record, review);
    if (!result.ok) throw refusal(result);
    const next: QaReview = { ...review, contestStatus: result.review.contestStatus, contest: result.review.contest };
    await tx.reviews.update(next);
    await tx.events.append([
      { type: eventType, conversationId: review.conversationId, actor, payload: { reviewId, agentId: review.agentId, contestStatus: next.contestStatus }, occurredAt: now },
    ]);
    return next;
  });
}

/** The reviewed agent contests a completed review once, within the window, saying what it got wrong. */
export async function contestReview(deps: QualityDeps, input: { principal: Principal; reviewId: string; reason: string }): Promise<QaReview> {
  const agentId = agentIdOf(input.principal);
  const now = deps.clock.now();
  return changeContest(
    deps,
    input.reviewId,
    `agent:${agentId}`,
    (record) => {
      // Someone else's review answers like a missing one, so review ids cannot be probed.
      if (record.agentId !== agentId) throw notFound('review', 'reviewId');
      return openContest(record, { byAgentId: agentId, reason: input.reason, nowMs: now }, deps.policy.contest);
    },
    'quality.review_contested',
  );
}

/**
 * A supervisor (not the original reviewer) or the admin key decides a contest. An overturned review stops
 * counting toward the agent's score, tier and certifications, so the score is recomputed at once.
 */
export async function decideReviewContest(
  deps: QualityDeps,
  input: { principal: Principal; reviewId: string; outcome: 'upheld' | 'overturned'; note: string },
): Promise<QaReview> {
  const resolverId = staffIdOf(input.principal);
  const now = deps.clock.now();
  const decided = await changeContest(
    deps,
    input.reviewId,
    resolverId === 'admin' ? 'admin' : `agent:${resolverId}`,
    (record) => resolveContest(record, { outcome: input.outcome, resolverId, note: input.note, nowMs: now }),
    'quality.review_contest_decided',
  );
  if (decided.agentId && decided.calibrationOf === null) await refreshAgentQuality(deps, decided.agentId);
  return decided;
}
