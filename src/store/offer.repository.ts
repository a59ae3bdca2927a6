import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Offer, OfferRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { date, ms } from './rows.js';
import { offers } from './schema.js';

const toOffer = (r: typeof offers.$inferSelect): Offer => ({
  ...r,
  createdAt: r.createdAt.getTime(),
  expiresAt: r.expiresAt.getTime(),
  answeredAt: ms(r.answeredAt),
});

export const offerRepository = (db: DbOrTx): OfferRepository => ({
  async insert(o) {
    await db.insert(offers).values({ ...o, createdAt: new Date(o.createdAt), expiresAt: new Date(o.expiresAt), answeredAt: date(o.answeredAt) });
  },
  async get(id) {
    const [row] = await db.select().from(offers).where(eq(offers.id, id));
    return row ? toOffer(row) : null;
  },
  async getForUpdate(id) {
    const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
    return row ? toOffer(row) : null;
  },
  async update(o) {
    await db
      .update(offers)
      .set({ status: o.status, answeredAt: date(o.answeredAt), declineReason: o.declineReason, countedAgainstAgent: o.countedAgainstAgent })
      .where(eq(offers.id, o.id));
  },
  async listOpenForAgent(agentId) {
    return (await db.select().from(offers).where(and(eq(offers.agentId, agentId), eq(offers.status, 'offered')))).map(toOffer);
  },
  async openForConversation(conversationId) {
    const [row] = await db.select().from(offers).where(and(eq(offers.conversationId, conversationId), eq(offers.status, 'offered')));
    return row ? toOffer(row) : null;
  },
  async exclusions(conversationIds) {
    const result = new Map<string, string[]>();
    if (conversationIds.length === 0) return result;
    const rows = await db
      .select({ conversationId: offers.conversationId, agentId: offers.agentId })
      .from(offers)
      .where(and(inArray(offers.conversationId, conversationIds), inArray(offers.status, ['declined', 'timed_out'])));
    for (const r of rows) result.set(r.conversationId, [...(result.get(r.conversationId) ?? []), r.agentId]);
    return result;
  },
  async budgetUsesSince(agentId, sinceMs) {
    const rows = await db
      .select({ answeredAt: offers.answeredAt })
      .from(offers)
      .where(and(eq(offers.agentId, agentId), inArray(offers.status, ['declined', 'timed_out']), gte(offers.answeredAt, new Date(sinceMs))));
    return rows.flatMap((r) => (r.answeredAt ? [r.answeredAt.getTime()] : []));
  },
  async listForAgent(agentId, limit) {
    return (await db.select().from(offers).where(eq(offers.agentId, agentId)).orderBy(desc(offers.createdAt)).limit(limit)).map(toOffer);
  },
});
