import { eq } from 'drizzle-orm';
import type { AssistantStateRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { assistantState } from './schema.js';

export const assistantStateRepository = (db: DbOrTx): AssistantStateRepository => ({
  async get(conversationId) {
    const [row] = await db.select().from(assistantState).where(eq(assistantState.conversationId, conversationId));
    return row ? { memory: row.memory, history: row.history } : null;
  },
  async save(conversationId, state, now) {
    const values = { memory: state.memory, history: state.history, updatedAt: new Date(now) };
    await db.insert(assistantState).values({ conversationId, ...values }).onConflictDoUpdate({ target: assistantState.conversationId, set: values });
  },
});
