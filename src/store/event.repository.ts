import { asc, eq } from 'drizzle-orm';
import type { EventLog } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { events } from './schema.js';

/** Append-only: this repository has no update or delete. */
export const eventRepository = (db: DbOrTx): EventLog => ({
  async append(list) {
    if (list.length === 0) return;
    await db.insert(events).values(list.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })));
  },

  async listForConversation(conversationId) {
    const rows = await db.select().from(events).where(eq(events.conversationId, conversationId)).orderBy(asc(events.id));
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      conversationId: r.conversationId,
      actor: r.actor,
      payload: r.payload,
      occurredAt: r.occurredAt.getTime(),
    }));
  },
});
