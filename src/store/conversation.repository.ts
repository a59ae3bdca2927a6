import { and, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import type { ConversationFilter, ConversationRepository } from '../app/ports.js';
import type { Conversation } from '../domain/conversation/types.js';
import type { DbOrTx } from './database.js';
import { date, toConversation } from './rows.js';
import { conversations } from './schema.js';

/** The columns a state change may write; id, customer, creation time and last_seq (bumpSeq's) are not among them. */
const changeable = (c: Conversation) => ({
  state: c.state,
  ownerAgentId: c.ownerAgentId,
  offeredAgentId: c.offeredAgentId,
  previousAgentId: c.previousAgentId,
  language: c.language,
  intent: c.intent,
  priority: c.priority,
  escalationReason: c.escalationReason,
  requiredCertification: c.requiredCertification,
  sensitive: c.sensitive,
  widened: c.widened,
  version: c.version,
  updatedAt: new Date(c.updatedAt),
  queuedAt: date(c.queuedAt),
  resolvedAt: date(c.resolvedAt),
});

/** `%`, `_` and `\` typed by a person are literal characters, not wildcards (backslash is LIKE's default escape). */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A conversation matches when the term is in its id, customer id, intent or owner, the customer's name or
 * email, or any message. The subqueries name "conversations" in full: drizzle renders the outer columns bare.
 */
function matching(term: string) {
  const pattern = containing(term);
  return or(
    ilike(conversations.id, pattern),
    ilike(conversations.customerId, pattern),
    ilike(conversations.intent, pattern),
    ilike(conversations.ownerAgentId, pattern),
    sql`exists (select 1 from customers cu where cu.id = "conversations"."customer_id" and (cu.name ilike ${pattern} or cu.email ilike ${pattern}))`,
    sql`exists (select 1 from messages m where m.conversation_id = "conversations"."id" and m.body ilike ${pattern})`,
  );
}

export const conversationRepository = (db: DbOrTx): ConversationRepository => ({
  async insert(c: Conversation) {
    await db.insert(conversations).values({ id: c.id, customerId: c.customerId, createdAt: new Date(c.createdAt), lastSeq: c.lastSeq, ...changeable(c) });
  },

  async get(id) {
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
    return row ? toConversation(row) : null;
  },

  async getForUpdate(id) {
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id)).for('update');
    return row ? toConversation(row) : null;
  },

  async update(c, expectedVersion) {
    const rows = await db
      .update(conversations)
      .set(changeable(c))
      .where(and(eq(conversations.id, c.id), eq(conversations.version, expectedVersion)))
      .returning({ id: conversations.id });
    return rows.length === 1;
  },

  async bumpSeq(id) {
    const [row] = await db
      .update(conversations)
      .set({ lastSeq: sql`${conversations.lastSeq} + 1` })
      .where(eq(conversations.id, id))
      .returning({ lastSeq: conversations.lastSeq });
    if (!row) throw new Error(`bumpSeq: conversation ${id} does not exist`);
    return row.lastSeq;
  },

  async list(filter: ConversationFilter) {
    const where = and(
      filter.state ? eq(conversations.state, filter.state) : undefined,
      filter.customerId ? eq(conversations.customerId, filter.customerId) : undefined,
      filter.beforeCreatedAt !== undefined ? lt(conversations.createdAt, new Date(filter.beforeCreatedAt)) : undefined,
      filter.search ? matching(filter.search) : undefined,
    );
    const rows = await db.select().from(conversations).where(where).orderBy(desc(conversations.createdAt)).limit(filter.limit);
    return rows.map(toConversation);
  },
});
