import type { Store } from '../../app/ports.js';
import type { PayLedgerRepository, WorkActivityRepository } from '../../app/workforce/ports.js';
import { memoryActivity } from './activity.js';
import { memoryConversations, memoryMessages } from './conversations.js';
import { memoryDispatch } from './dispatch.js';
import { memoryEvents } from './events.js';
import { memoryLedger } from './ledger.js';
import { memoryOffers } from './offers.js';
import { memoryAgents, memoryAssistantState, memoryCustomers } from './people.js';
import { AUTOCOMMIT, Journal, Tables, type Undo } from './tables.js';
import { memoryTimers } from './timers.js';

/**
 * The Store port held in memory: the simulator's database, and a fast one for tests of use-cases.
 * It keeps the promises the SQL repositories keep — conditional updates on the version, one open offer
 * per conversation, unique message ids, timer dedupe keys and leases, the ledger's unique key — and
 * transactions are all-or-nothing: they run one at a time (the mutex stands in for row locks) and a
 * failed one is undone from its journal. Reads outside a transaction see the latest writes.
 */
export type MemoryStore = Store & {
  readonly ledger: PayLedgerRepository;
  readonly activity: Pick<WorkActivityRepository, 'assignedAt'>;
};

export function createMemoryStore(): MemoryStore {
  const tables = new Tables();
  const lock = new Mutex();
  const bind = (undo: Undo, inTransaction: boolean): MemoryStore => {
    const store: MemoryStore = {
      conversations: memoryConversations(tables, undo),
      messages: memoryMessages(tables, undo),
      events: memoryEvents(tables, undo),
      customers: memoryCustomers(tables, undo),
      agents: memoryAgents(tables, undo),
      timers: memoryTimers(tables, undo),
      offers: memoryOffers(tables, undo),
      dispatch: memoryDispatch(tables, undo),
      assistant: memoryAssistantState(tables, undo),
      ledger: memoryLedger(tables, undo),
      activity: memoryActivity(tables),
      async transaction(work) {
        // A nested call joins the transaction already open, as the SQL store does.
        if (inTransaction) return work(store);
        const release = await lock.acquire();
        const journal = new Journal();
        try {
          return await work(bind(journal, true));
        } catch (error) {
          journal.rollback();
          throw error;
        } finally {
          release();
        }
      },
    };
    return store;
  };
  return bind(AUTOCOMMIT, false);
}

/** First come, first served: each acquire waits for the previous holder's release. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    return previous.then(() => release);
  }
}
