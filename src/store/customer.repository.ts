import { eq } from 'drizzle-orm';
import type { CustomerRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { toCustomer } from './rows.js';
import { customers } from './schema.js';

export const customerRepository = (db: DbOrTx): CustomerRepository => ({
  async get(id) {
    const [row] = await db.select().from(customers).where(eq(customers.id, id));
    return row ? toCustomer(row) : null;
  },

  async upsert(c) {
    await db
      .insert(customers)
      .values(c)
      .onConflictDoUpdate({ target: customers.id, set: { name: c.name, email: c.email, language: c.language, vulnerable: c.vulnerable } });
  },
});
