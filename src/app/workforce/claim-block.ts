import type { Principal } from '../../domain/auth/access.js';
import { AppError, notFound } from '../errors.js';
import { requireAgent } from './access.js';
import type { BlockClaim, WorkforceDeps } from './ports.js';

export type ClaimOutcome = { claim: BlockClaim; placesLeft: number; alreadyHeld: boolean };

/**
 * Takes one place in a block, race-free: under a row lock on the agent (so one agent's overlapping claims
 * are serialised) and then on the block, the places already held are counted and the claim is inserted
 * only while that count is below the headcount. Concurrent claimants queue on the block's lock, and each
 * one counts after the previous one committed, so a block is never over-filled. Claiming a place you hold
 * already returns it unchanged. Claims close when the block starts.
 */
export async function claimBlock(deps: WorkforceDeps, input: { principal: Principal; blockId: string }): Promise<ClaimOutcome> {
  const agentId = requireAgent(input.principal);
  const now = deps.clock.now();
  return deps.workforce.transaction(async (tx) => {
    if (!(await tx.blocks.lockAgent(agentId))) throw notFound('agent');
    const block = await tx.blocks.getForUpdate(input.blockId);
    if (!block) throw notFound('block', 'blockId');
    const held = await tx.blocks.countHeldPlaces(block.id);
    const existing = await tx.blocks.heldClaim(block.id, agentId);
    if (existing) return { claim: existing, placesLeft: Math.max(0, block.headcount - held), alreadyHeld: true };
    if (now >= block.startsAt) throw new AppError('conflict', 'the block has already started; claims close at its start', 'blockId');
    const overlapping = await tx.blocks.overlappingClaims(agentId, block.startsAt, block.endsAt);
    if (overlapping.length > 0) throw new AppError('conflict', `you already hold a place in an overlapping block (${overlapping[0]?.blockId})`, 'blockId');
    if (held >= block.headcount) throw new AppError('conflict', 'the block is full', 'blockId');
    const claim: BlockClaim = { id: deps.ids.next('bcl'), blockId: block.id, agentId, status: 'claimed', claimedAt: now, releasedAt: null };
    await tx.blocks.insertClaim(claim);
    return { claim, placesLeft: block.headcount - held - 1, alreadyHeld: false };
  });
}
