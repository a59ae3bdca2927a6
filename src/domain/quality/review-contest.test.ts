import { describe, expect, it } from 'vitest';
import { countsTowardScore, DEFAULT_CONTEST_RULES, openContest, resolveContest, type QaReviewRecord } from './review-contest.js';

const review: QaReviewRecord = {
  id: 'rv1',
  agentId: 'a1',
  reviewerId: 'q1',
  topic: 'refunds',
  score: 55,
  passed: false,
  reviewedAtMs: 1_000,
  contestStatus: 'none',
  contest: null,
};

describe('contesting a review', () => {
  it('goes open -> overturned, and an overturned review stops counting', () => {
    const opened = openContest(review, { byAgentId: 'a1', reason: ' The APR was stated in message 4 ', nowMs: 2_000 });
    expect(opened).toMatchObject({ ok: true, review: { contestStatus: 'open', contest: { reason: 'The APR was stated in message 4', openedAtMs: 2_000 } } });
    if (!opened.ok) return;
    expect(countsTowardScore(opened.review)).toBe(true);
    const decided = resolveContest(opened.review, { outcome: 'overturned', resolverId: 'q2', note: 'Agreed', nowMs: 3_000 });
    expect(decided).toMatchObject({ ok: true, review: { contestStatus: 'overturned', contest: { resolverId: 'q2', resolvedAtMs: 3_000 } } });
    if (!decided.ok) return;
    expect(countsTowardScore(decided.review)).toBe(false);
    expect(openContest(decided.review, { byAgentId: 'a1', reason: 'again', nowMs: 4_000 })).toMatchObject({ ok: false, code: 'already_contested' });
  });

  it('can be upheld, and an upheld review still counts', () => {
    const opened = openContest(review, { byAgentId: 'a1', reason: 'unfair', nowMs: 2_000 });
    if (!opened.ok) throw new Error('expected open');
    const decided = resolveContest(opened.review, { outcome: 'upheld', resolverId: 'q2', note: 'Disclosure missing', nowMs: 3_000 });
    expect(decided.ok && decided.review.contestStatus).toBe('upheld');
    expect(decided.ok && countsTowardScore(decided.review)).toBe(true);
  });

  it('rejects contests by others, late ones, and ones without a reason', () => {
    expect(openContest(review, { byAgentId: 'a2', reason: 'x', nowMs: 2_000 })).toMatchObject({ code: 'not_your_review' });
    expect(openContest(review, { byAgentId: 'a1', reason: 'x', nowMs: 1_001 + DEFAULT_CONTEST_RULES.windowMs })).toMatchObject({ code: 'window_closed' });
    expect(openContest(review, { byAgentId: 'a1', reason: '  ', nowMs: 2_000 })).toMatchObject({ code: 'reason_required' });
  });

  it('keeps the original reviewer and the agent from deciding, and requires a note', () => {
    const opened = openContest(review, { byAgentId: 'a1', reason: 'x', nowMs: 2_000 });
    if (!opened.ok) throw new Error('expected open');
    expect(resolveContest(opened.review, { outcome: 'overturned', resolverId: 'q1', note: 'ok', nowMs: 3 })).toMatchObject({ code: 'resolver_conflict' });
    expect(resolveContest(opened.review, { outcome: 'overturned', resolverId: 'a1', note: 'ok', nowMs: 3 })).toMatchObject({ code: 'resolver_conflict' });
    expect(resolveContest(opened.review, { outcome: 'overturned', resolverId: 'q2', note: '', nowMs: 3 })).toMatchObject({ code: 'note_required' });
    expect(resolveContest(review, { outcome: 'upheld', resolverId: 'q2', note: 'ok', nowMs: 3 })).toMatchObject({ code: 'not_open' });
  });
});
