import { and, asc, eq, gt, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { BlockClaim, BlockRepository, OnCallBlockRecord } from '../app/workforce/ports.js';
import type { DbOrTx } from './database.js';
import { date, ms } from './rows.js';
import { agents } from './schema.js';
import { blockClaims, onCallBlocks, type BlockClaimRow, type OnCallBlockRow } from './schema-workforce.js';

const HOLDING = ['claimed', 'completed', 'no_show'] as const;

const toBlock = (r: OnCallBlockRow): OnCallBlockRecord => ({
  id: r.id,
  startsAt: r.startsAt.getTime(),
  endsAt: r.endsAt.getTime(),
  headcount: r.headcount,
  standbyRateMinorPerHour: r.standbyRateMinorPerHour,
  currency: r.currency,
  createdAt: r.createdAt.getTime(),
  createdBy: r.createdBy,
  settledAt: ms(r.settledAt),
});

const toClaim = (r: BlockClaimRow): BlockClaim => ({
  id: r.id,
  blockId: r.blockId,
  agentId: r.agentId,
  status: r.status,
  claimedAt: r.claimedAt.getTime(),
  releasedAt: ms(r.releasedAt),
});

// Written out in full: drizzle renders a bare column unqualified inside a subquery.
const heldPlaces = sql<number>`(select count(*)::int from block_claims c where c.block_id = "on_call_blocks"."id" and c.status in ('claimed', 'completed', 'no_show'))`;

export const blockRepository = (db: DbOrTx): BlockRepository => ({
  async insertBlocks(blocks) {
    if (blocks.length === 0) return;
    await db.insert(onCallBlocks).values(
      blocks.map((b) => ({
        ...b,
        startsAt: new Date(b.startsAt),
        endsAt: new Date(b.endsAt),
        createdAt: new Date(b.createdAt),
        settledAt: date(b.settledAt),
      })),
    );
  },
  async get(blockId) {
    const [row] = await db.select().from(onCallBlocks).where(eq(onCallBlocks.id, blockId));
    return row ? toBlock(row) : null;
  },
  async getForUpdate(blockId) {
    const [row] = await db.select().from(onCallBlocks).where(eq(onCallBlocks.id, blockId)).for('update');
    return row ? toBlock(row) : null;
  },
  async lockAgent(agentId) {
    const [row] = await db.select({ id: agents.id }).from(agents).where(eq(agents.id, agentId)).for('update');
    return row !== undefined;
  },
  async listBetween(fromMs, toMs) {
    const rows = await db
      .select({ block: onCallBlocks, claimed: heldPlaces })
      .from(onCallBlocks)
      .where(and(gt(onCallBlocks.endsAt, new Date(fromMs)), lt(onCallBlocks.startsAt, new Date(toMs))))
      .orderBy(asc(onCallBlocks.startsAt), asc(onCallBlocks.id));
    return rows.map((r) => ({ ...toBlock(r.block), claimed: r.claimed, placesLeft: Math.max(0, r.block.headcount - r.claimed) }));
  },
  async countHeldPlaces(blockId) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(blockClaims)
      .where(and(eq(blockClaims.blockId, blockId), inArray(blockClaims.status, [...HOLDING])));
    return row?.n ?? 0;
  },
  async heldClaim(blockId, agentId) {
    const [row] = await db
      .select()
      .from(blockClaims)
      .where(and(eq(blockClaims.blockId, blockId), eq(blockClaims.agentId, agentId), inArray(blockClaims.status, [...HOLDING])));
    return row ? toClaim(row) : null;
  },
  async overlappingClaims(agentId, startMs, endMs) {
    const rows = await db
      .select({ claim: blockClaims })
      .from(blockClaims)
      .innerJoin(onCallBlocks, eq(onCallBlocks.id, blockClaims.blockId))
      .where(
        and(
          eq(blockClaims.agentId, agentId),
          inArray(blockClaims.status, [...HOLDING]),
          lt(onCallBlocks.startsAt, new Date(endMs)),
          gt(onCallBlocks.endsAt, new Date(startMs)),
        ),
      );
    return rows.map((r) => toClaim(r.claim));
  },
  async insertClaim(claim) {
    await db.insert(blockClaims).values({ ...claim, claimedAt: new Date(claim.claimedAt), releasedAt: date(claim.releasedAt) });
  },
  async updateClaim(claimId, status, releasedAt) {
    await db.update(blockClaims).set({ status, releasedAt: date(releasedAt) }).where(eq(blockClaims.id, claimId));
  },
  async claimsForBlock(blockId) {
    const rows = await db.select().from(blockClaims).where(eq(blockClaims.blockId, blockId)).orderBy(asc(blockClaims.claimedAt), asc(blockClaims.id));
    return rows.map(toClaim);
  },
  async claimsForAgent(agentId, fromMs) {
    const rows = await db
      .select({ claim: blockClaims, block: onCallBlocks })
      .from(blockClaims)
      .innerJoin(onCallBlocks, eq(onCallBlocks.id, blockClaims.blockId))
      .where(and(eq(blockClaims.agentId, agentId), gt(onCallBlocks.endsAt, new Date(fromMs))))
      .orderBy(asc(onCallBlocks.startsAt), asc(blockClaims.claimedAt));
    return rows.map((r) => ({ ...toClaim(r.claim), block: toBlock(r.block) }));
  },
  async paidClaimsBetween(fromMs, toMs) {
    const rows = await db
      .select({ claim: blockClaims, block: onCallBlocks })
      .from(blockClaims)
      .innerJoin(onCallBlocks, eq(onCallBlocks.id, blockClaims.blockId))
      .where(
        and(
          inArray(blockClaims.status, ['claimed', 'completed', 'late_released']),
          gt(onCallBlocks.endsAt, new Date(fromMs)),
          lt(onCallBlocks.startsAt, new Date(toMs)),
        ),
      );
    return rows.map((r) => ({ ...toClaim(r.claim), block: toBlock(r.block) }));
  },
  async dueForSettlement(nowMs, limit) {
    const rows = await db
      .select()
      .from(onCallBlocks)
      .where(and(isNull(onCallBlocks.settledAt), lte(onCallBlocks.endsAt, new Date(nowMs))))
      .orderBy(asc(onCallBlocks.endsAt), asc(onCallBlocks.id))
      .limit(limit);
    return rows.map(toBlock);
  },
  async markSettled(blockId, atMs) {
    await db.update(onCallBlocks).set({ settledAt: new Date(atMs) }).where(eq(onCallBlocks.id, blockId));
  },
  async agentsInBlockAt(nowMs) {
    const at = new Date(nowMs);
    const rows = await db
      .selectDistinct({ agentId: blockClaims.agentId })
      .from(blockClaims)
      .innerJoin(onCallBlocks, eq(onCallBlocks.id, blockClaims.blockId))
      .where(and(eq(blockClaims.status, 'claimed'), lte(onCallBlocks.startsAt, at), gt(onCallBlocks.endsAt, at)));
    return rows.map((r) => r.agentId);
  },
});
