import type { Principal } from '../../domain/auth/access.js';
import { calibrate, type CalibrationReport, type DoubleReview } from '../../domain/quality/index.js';
import type { QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

export type CalibrationView = {
  /** One report per scorecard version: answers are only comparable on the same criteria. */
  scorecards: { scorecardId: string; version: number; report: CalibrationReport }[];
  pairs: { conversationId: string; reviewers: [string | null, string | null]; scores: [number | null, number | null]; passed: [boolean | null, boolean | null] }[];
};

/** Agreement between the two independent reviews of each double-reviewed conversation. */
export async function calibrationReport(deps: QualityDeps, input: { principal: Principal; limit: number }): Promise<CalibrationView> {
  staffIdOf(input.principal);
  const pairs = (await deps.quality.reviews.calibrationPairs(input.limit)).filter(
    (p) => p.primary.answers && p.second.answers && p.primary.scorecardId === p.second.scorecardId && p.primary.scorecardVersion === p.second.scorecardVersion,
  );
  const groups = new Map<string, DoubleReview[]>();
  for (const { primary, second } of pairs) {
    const key = `${primary.scorecardId}@${primary.scorecardVersion}`;
    const double: DoubleReview = { conversationId: primary.conversationId, first: primary.answers ?? {}, second: second.answers ?? {} };
    groups.set(key, [...(groups.get(key) ?? []), double]);
  }
  const scorecards: CalibrationView['scorecards'] = [];
  for (const [key, doubles] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = key.lastIndexOf('@');
    const scorecardId = key.slice(0, at);
    const version = Number(key.slice(at + 1));
    const card = await deps.quality.scorecards.get(scorecardId, version);
    if (card) scorecards.push({ scorecardId, version, report: calibrate(card, doubles) });
  }
  return {
    scorecards,
    pairs: pairs.map(({ primary, second }) => ({
      conversationId: primary.conversationId,
      reviewers: [primary.reviewerId, second.reviewerId],
      scores: [primary.score, second.score],
      passed: [primary.passed, second.passed],
    })),
  };
}
