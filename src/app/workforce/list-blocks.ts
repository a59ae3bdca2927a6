import type { Principal } from '../../domain/auth/access.js';
import { AppError } from '../errors.js';
import { requireAgent, requireSupervisor } from './access.js';
import type { BlockClaim, BlockClaimStatus, BlockWithPlaces, OnCallBlockRecord, WorkforceDeps } from './ports.js';

export type AgentBlockView = BlockWithPlaces & { myStatus: BlockClaimStatus | null };
export type AgentBlocks = {
  /** Blocks not yet started that still have places, and blocks not yet ended in which you hold one. */
  blocks: AgentBlockView[];
  /** Your claims on blocks not yet ended, including released ones. */
  mine: Array<BlockClaim & { block: OnCallBlockRecord }>;
  rules: { releaseNoticeHours: number; noShowGraceMinutes: number; currency: string };
};

const MS_PER_DAY = 86_400_000;

export async function listAgentBlocks(deps: WorkforceDeps, input: { principal: Principal; days?: number }): Promise<AgentBlocks> {
  const agentId = requireAgent(input.principal);
  const now = deps.clock.now();
  const [all, mine] = await Promise.all([
    deps.workforce.blocks.listBetween(now, now + (input.days ?? 14) * MS_PER_DAY),
    deps.workforce.blocks.claimsForAgent(agentId, now),
  ]);
  const held = new Map(mine.filter((c) => c.status === 'claimed').map((c) => [c.blockId, c.status]));
  const blocks = all
    .filter((b) => (b.placesLeft > 0 && b.startsAt > now) || held.has(b.id))
    .map((b) => ({ ...b, myStatus: held.get(b.id) ?? null }));
  const rates = await deps.payRates.current();
  return {
    blocks,
    mine,
    rules: { releaseNoticeHours: rates.releaseNoticeHours, noShowGraceMinutes: rates.noShowGraceMinutes, currency: rates.currency },
  };
}

/** Supervisors: every block overlapping [from, to) with its claims. */
export async function listBlocksForSupervisor(
  deps: WorkforceDeps,
  input: { principal: Principal; fromMs: number; toMs: number },
): Promise<Array<BlockWithPlaces & { claims: BlockClaim[] }>> {
  requireSupervisor(input.principal);
  if (!(input.toMs > input.fromMs)) throw new AppError('validation_failed', 'must be after from', 'to');
  const blocks = await deps.workforce.blocks.listBetween(input.fromMs, input.toMs);
  return Promise.all(blocks.map(async (b) => ({ ...b, claims: await deps.workforce.blocks.claimsForBlock(b.id) })));
}
