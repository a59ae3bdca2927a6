import type { Clock, EventBus, IdGenerator, Store } from './ports.js';

/** What every use-case receives: ports only, never adapters or globals. */
export type AppDeps = {
  store: Store;
  bus: EventBus;
  clock: Clock;
  ids: IdGenerator;
  limits: { maxMessageChars: number };
};
