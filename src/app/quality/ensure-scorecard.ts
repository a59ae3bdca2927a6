import { DEFAULT_BNPL_SCORECARD, type Scorecard } from '../../domain/quality/index.js';
import type { QualityStore } from './ports.js';

/** The active scorecard; on a fresh install the shipped BNPL default is stored and activated first. */
export async function activeScorecard(quality: QualityStore, now: number): Promise<Scorecard> {
  const active = await quality.scorecards.active();
  if (active) return active;
  await quality.transaction(async (tx) => {
    if (!(await tx.scorecards.active())) await tx.scorecards.activate(DEFAULT_BNPL_SCORECARD, now);
  });
  return (await quality.scorecards.active()) ?? DEFAULT_BNPL_SCORECARD;
}
