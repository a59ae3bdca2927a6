import type { WorkforceStore } from '../app/workforce/ports.js';
import type { Db, DbOrTx } from './database.js';
import { workActivityRepository } from './workforce-activity.repository.js';
import { blockRepository } from './workforce-blocks.repository.js';
import { payLedgerRepository } from './workforce-ledger.repository.js';

function bind(db: DbOrTx, root: Db): WorkforceStore {
  return {
    blocks: blockRepository(db),
    ledger: payLedgerRepository(db),
    activity: workActivityRepository(db),
    // A nested call joins the transaction already open instead of starting a second one.
    transaction: (work) => (db === root ? root.transaction((tx) => work(bind(tx, root))) : work(bind(db, root))),
  };
}

/** The workforce module's repositories on one database; main.ts builds it next to the core Store. */
export const createWorkforceStore = (db: Db): WorkforceStore => bind(db, db);
