import { and, desc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { CsatRepository, CsatResponse, Resolution, ResolutionRepository } from '../app/quality/ports.js';
import type { DbOrTx } from './database.js';
import { ms } from './rows.js';
import { csatResponses, resolutions, type CsatRow, type ResolutionRow } from './schema-quality.js';

const toResolution = (r: ResolutionRow): Resolution => ({
  id: r.id,
  conversationId: r.conversationId,
  customerId: r.customerId,
  resolvedAt: r.resolvedAt.getTime(),
  resolvedBy: r.resolvedBy,
  humanTouched: r.humanTouched,
  intent: r.intent,
  durable: r.durable,
  notDurableReason: r.notDurableReason,
  repeatConversationId: r.repeatConversationId,
  checkedAt: ms(r.checkedAt),
});

const toCsat = (r: CsatRow): CsatResponse => ({
  id: r.id,
  resolutionId: r.resolutionId,
  conversationId: r.conversationId,
  resolvedAt: r.resolvedAt.getTime(),
  customerId: r.customerId,
  rating: r.rating,
  comment: r.comment,
  createdAt: r.createdAt.getTime(),
});

export const resolutionRepository = (db: DbOrTx): ResolutionRepository => {
  const findByConversationTime = async (conversationId: string, resolvedAt: number) => {
    const [row] = await db
      .select()
      .from(resolutions)
      .where(and(eq(resolutions.conversationId, conversationId), eq(resolutions.resolvedAt, new Date(resolvedAt))));
    return row ? toResolution(row) : null;
  };
  return {
    async record(r) {
      const inserted = await db
        .insert(resolutions)
        .values({ ...r, resolvedAt: new Date(r.resolvedAt) })
        .onConflictDoNothing()
        .returning();
      if (inserted[0]) return { resolution: toResolution(inserted[0]), created: true };
      const existing = await findByConversationTime(r.conversationId, r.resolvedAt);
      if (!existing) throw new Error(`resolution of ${r.conversationId} at ${r.resolvedAt} conflicted but cannot be read`);
      return { resolution: existing, created: false };
    },

    async get(id) {
      const [row] = await db.select().from(resolutions).where(eq(resolutions.id, id));
      return row ? toResolution(row) : null;
    },

    async getForUpdate(id) {
      const [row] = await db.select().from(resolutions).where(eq(resolutions.id, id)).for('update');
      return row ? toResolution(row) : null;
    },

    findByConversationTime,

    async latestForRepeat(q) {
      const [row] = await db
        .select()
        .from(resolutions)
        .where(
          and(
            eq(resolutions.customerId, q.customerId),
            eq(resolutions.intent, q.intent),
            ne(resolutions.conversationId, q.excludeConversationId),
            gte(resolutions.resolvedAt, new Date(q.fromMs)),
            lte(resolutions.resolvedAt, new Date(q.toMs)),
          ),
        )
        .orderBy(desc(resolutions.resolvedAt))
        .limit(1);
      return row ? toResolution(row) : null;
    },

    async setDurability(id, o) {
      await db
        .update(resolutions)
        .set({
          durable: o.durable,
          notDurableReason: o.reason,
          repeatConversationId: o.repeatConversationId,
          ...(o.checkedAt !== null ? { checkedAt: new Date(o.checkedAt) } : {}),
        })
        .where(eq(resolutions.id, id));
    },
  };
};

export const csatRepository = (db: DbOrTx): CsatRepository => ({
  async insert(c) {
    const rows = await db
      .insert(csatResponses)
      .values({ ...c, resolvedAt: new Date(c.resolvedAt), createdAt: new Date(c.createdAt) })
      .onConflictDoNothing()
      .returning({ id: csatResponses.id });
    return rows.length === 1;
  },

  async forResolution(resolutionId) {
    const [row] = await db.select().from(csatResponses).where(eq(csatResponses.resolutionId, resolutionId));
    return row ? toCsat(row) : null;
  },

  async ratingsForAgent(agentId) {
    const rows = await db
      .select({ rating: csatResponses.rating })
      .from(csatResponses)
      .innerJoin(resolutions, eq(resolutions.id, csatResponses.resolutionId))
      .where(eq(resolutions.resolvedBy, agentId))
      .orderBy(sql`${csatResponses.createdAt}`);
    return rows.map((r) => r.rating);
  },
});
