import type { Principal } from '../../domain/auth/access.js';
import { AppError, notFound } from '../errors.js';
import { requireAgent } from './access.js';
import type { BlockClaim, WorkforceDeps } from './ports.js';

export type ReleaseOutcome = { claim: BlockClaim; lateRelease: boolean; noticeHours: number };

const MS_PER_HOUR = 3_600_000;

/**
 * Gives a place back. Release rules (shown to agents):
 * - At least `releaseNoticeHours` (default 12) before the start: `released`, free of any mark.
 * - Later than that but before the start: `late_released`. No fee is charged; the late release is
 *   recorded and counts in reliability figures, because someone may have to be called up instead.
 * - After the start ("leaving early"): `late_released` too; standby pay stops at that moment, and when
 *   the block is settled the claim becomes `completed` (paid for the time online until the release) or
 *   `no_show` (not online within the first `noShowGraceMinutes`, so nothing is paid).
 * The place frees up at once for someone else, until the block starts.
 */
export async function releaseBlock(deps: WorkforceDeps, input: { principal: Principal; blockId: string }): Promise<ReleaseOutcome> {
  const agentId = requireAgent(input.principal);
  const now = deps.clock.now();
  const rates = await deps.payRates.current();
  return deps.workforce.transaction(async (tx) => {
    const block = await tx.blocks.getForUpdate(input.blockId);
    if (!block) throw notFound('block', 'blockId');
    const claim = await tx.blocks.heldClaim(block.id, agentId);
    if (!claim || claim.status !== 'claimed') throw new AppError('not_found', 'you hold no place in this block', 'blockId');
    if (now >= block.endsAt) throw new AppError('conflict', 'the block has ended; it is settled, not released', 'blockId');
    const noticeMs = block.startsAt - now;
    const lateRelease = noticeMs < rates.releaseNoticeHours * MS_PER_HOUR;
    const status = lateRelease ? 'late_released' : 'released';
    await tx.blocks.updateClaim(claim.id, status, now);
    return { claim: { ...claim, status, releasedAt: now }, lateRelease, noticeHours: noticeMs / MS_PER_HOUR };
  });
}
