import type { Store } from '../app/ports.js';
import { agentRepository } from './agent.repository.js';
import { conversationRepository } from './conversation.repository.js';
import { assistantStateRepository } from './assistant-state.repository.js';
import { customerRepository } from './customer.repository.js';
import { dispatchRepository } from './dispatch.repository.js';
import { offerRepository } from './offer.repository.js';
import type { Db, DbOrTx } from './database.js';
import { eventRepository } from './event.repository.js';
import { messageRepository } from './message.repository.js';
import { timerRepository } from './timer.repository.js';

function bind(db: DbOrTx, root: Db): Store {
  return {
    conversations: conversationRepository(db),
    messages: messageRepository(db),
    events: eventRepository(db),
    customers: customerRepository(db),
    agents: agentRepository(db),
    timers: timerRepository(db),
    offers: offerRepository(db),
    dispatch: dispatchRepository(db),
    assistant: assistantStateRepository(db),
    // A nested call joins the transaction already open instead of starting a second one.
    transaction: (work) => (db === root ? root.transaction((tx) => work(bind(tx, root))) : work(bind(db, root))),
  };
}

export const createStore = (db: Db): Store => bind(db, db);
