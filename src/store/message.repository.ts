import { and, asc, eq, gt } from 'drizzle-orm';
import type { MessageRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { toMessage } from './rows.js';
import { messages } from './schema.js';

export const messageRepository = (db: DbOrTx): MessageRepository => ({
  async insert(m) {
    await db.insert(messages).values({ ...m, createdAt: new Date(m.createdAt) });
  },

  async findByClientId(conversationId, clientMessageId) {
    const [row] = await db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.clientMessageId, clientMessageId)));
    return row ? toMessage(row) : null;
  },

  async listAfter(conversationId, afterSeq, limit) {
    const rows = await db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
      .orderBy(asc(messages.seq))
      .limit(limit);
    return rows.map(toMessage);
  },
});
