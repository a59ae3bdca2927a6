import { asc, eq } from 'drizzle-orm';
import type { AgentRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { date, toAgent } from './rows.js';
import { agents } from './schema.js';

export const agentRepository = (db: DbOrTx): AgentRepository => ({
  async get(id) {
    const [row] = await db.select().from(agents).where(eq(agents.id, id));
    return row ? toAgent(row) : null;
  },

  async getByEmail(email) {
    const [row] = await db.select().from(agents).where(eq(agents.email, email));
    return row ? toAgent(row) : null;
  },

  async insert(a) {
    await db.insert(agents).values({ ...a, lastSeenAt: date(a.lastSeenAt), lastOfferAt: date(a.lastOfferAt) });
  },

  async list() {
    return (await db.select().from(agents).orderBy(asc(agents.name))).map(toAgent);
  },
});
