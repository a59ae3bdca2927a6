/**
 * An agent may contest a QA review once, within a window; someone other than the original reviewer and the
 * agent decides. An overturned review no longer counts toward the agent's score, tier or certification; an
 * open contest still counts until decided (otherwise contesting every review would freeze the score).
 */
export type ContestStatus = 'none' | 'open' | 'upheld' | 'overturned';

export interface ContestRecord {
  readonly openedAtMs: number;
  readonly reason: string;
  readonly resolvedAtMs: number | null;
  readonly resolverId: string | null;
  readonly note: string | null;
}

export interface QaReviewRecord {
  readonly id: string;
  readonly agentId: string;
  readonly reviewerId: string;
  /** The conversation's topic (intent family), for certification. */
  readonly topic: string;
  /** 0..100, from scoreReview. */
  readonly score: number;
  readonly passed: boolean;
  readonly reviewedAtMs: number;
  readonly contestStatus: ContestStatus;
  readonly contest: ContestRecord | null;
}

export interface ContestRules {
  readonly windowMs: number;
}

export const DEFAULT_CONTEST_RULES: ContestRules = { windowMs: 14 * 24 * 60 * 60 * 1000 };

export type ContestResult =
  | { readonly ok: true; readonly review: QaReviewRecord }
  | {
      readonly ok: false;
      readonly code: 'not_your_review' | 'already_contested' | 'window_closed' | 'reason_required' | 'not_open' | 'resolver_conflict' | 'note_required';
      readonly message: string;
    };

export function openContest(
  review: QaReviewRecord,
  request: { readonly byAgentId: string; readonly reason: string; readonly nowMs: number },
  rules: ContestRules = DEFAULT_CONTEST_RULES,
): ContestResult {
  if (request.byAgentId !== review.agentId) return { ok: false, code: 'not_your_review', message: 'only the reviewed agent can contest' };
  if (review.contestStatus !== 'none') return { ok: false, code: 'already_contested', message: 'a review can be contested once' };
  if (request.nowMs - review.reviewedAtMs > rules.windowMs) return { ok: false, code: 'window_closed', message: 'the contest window has closed' };
  if (request.reason.trim() === '') return { ok: false, code: 'reason_required', message: 'reason: say what the review got wrong' };
  return {
    ok: true,
    review: {
      ...review,
      contestStatus: 'open',
      contest: { openedAtMs: request.nowMs, reason: request.reason.trim(), resolvedAtMs: null, resolverId: null, note: null },
    },
  };
}

export function resolveContest(
  review: QaReviewRecord,
  decision: { readonly outcome: 'upheld' | 'overturned'; readonly resolverId: string; readonly note: string; readonly nowMs: number },
): ContestResult {
  if (review.contestStatus !== 'open' || !review.contest) return { ok: false, code: 'not_open', message: 'no open contest on this review' };
  if (decision.resolverId === review.reviewerId || decision.resolverId === review.agentId) {
    return { ok: false, code: 'resolver_conflict', message: 'the original reviewer and the agent cannot decide the contest' };
  }
  if (decision.note.trim() === '') return { ok: false, code: 'note_required', message: 'note: explain the decision to the agent' };
  return {
    ok: true,
    review: {
      ...review,
      contestStatus: decision.outcome,
      contest: { ...review.contest, resolvedAtMs: decision.nowMs, resolverId: decision.resolverId, note: decision.note.trim() },
    },
  };
}

export function countsTowardScore(review: { readonly contestStatus: ContestStatus }): boolean {
  return review.contestStatus !== 'overturned';
}
