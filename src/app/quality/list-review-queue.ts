import type { Principal } from '../../domain/auth/access.js';
import type { Scorecard } from '../../domain/quality/index.js';
import type { QaReview } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

/**
 * Open reviews, oldest first: a supervisor sees those assigned to them and the unassigned ones; the admin
 * key sees all. The scorecards they use come along, so a client can render the criteria.
 */
export async function listReviewQueue(
  deps: QualityDeps,
  input: { principal: Principal; limit: number },
): Promise<{ reviews: QaReview[]; scorecards: Scorecard[] }> {
  const staffId = staffIdOf(input.principal);
  const reviews = await deps.quality.reviews.queue({ limit: input.limit, ...(staffId === 'admin' ? {} : { reviewerId: staffId }) });
  const keys = [...new Set(reviews.map((r) => `${r.scorecardId}\u0000${r.scorecardVersion}`))];
  const scorecards: Scorecard[] = [];
  for (const key of keys) {
    const [id, version] = key.split('\u0000') as [string, string];
    const card = await deps.quality.scorecards.get(id, Number(version));
    if (card) scorecards.push(card);
  }
  return { reviews, scorecards };
}
