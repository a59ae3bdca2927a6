import { eq } from 'drizzle-orm';
import type { PayRatesRepository, PayRatesStore, StoredPayRates } from '../app/pay-rates/ports.js';
import type { Db, DbOrTx } from './database.js';
import { eventRepository } from './event.repository.js';
import { payRateSettings, type PayRateSettingsRow } from './schema.js';

const ROW_ID = 'current';

const toStored = (r: PayRateSettingsRow): StoredPayRates => ({ settings: r.settings, updatedBy: r.updatedBy, updatedAt: r.updatedAt.getTime() });

export const payRatesRepository = (db: DbOrTx): PayRatesRepository => ({
  async get() {
    const [row] = await db.select().from(payRateSettings).where(eq(payRateSettings.id, ROW_ID));
    return row ? toStored(row) : null;
  },

  async getForUpdate() {
    const [row] = await db.select().from(payRateSettings).where(eq(payRateSettings.id, ROW_ID)).for('update');
    return row ? toStored(row) : null;
  },

  async set(settings, by, atMs) {
    const values = { settings: { ...settings }, updatedBy: by, updatedAt: new Date(atMs) };
    await db.insert(payRateSettings).values({ id: ROW_ID, ...values }).onConflictDoUpdate({ target: payRateSettings.id, set: values });
  },
});

function bind(db: DbOrTx, root: Db): PayRatesStore {
  return {
    rates: payRatesRepository(db),
    events: eventRepository(db),
    transaction: (work) => (db === root ? root.transaction((tx) => work(bind(tx, root))) : work(bind(db, root))),
  };
}

/** The stored pay rates and the event log they are audited in; main.ts builds it. */
export const createPayRatesStore = (db: Db): PayRatesStore => bind(db, db);
