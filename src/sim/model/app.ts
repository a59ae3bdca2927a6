import type { DispatchDeps } from '../../app/dispatch/dispatch-deps.js';
import { OFFER_EXPIRY_TIMER } from '../../app/dispatch/dispatch-deps.js';
import { expireOffer } from '../../app/dispatch/expire-offer.js';
import { closeResolvedConversation } from '../../app/close-resolved-conversation.js';
import type { ConversationHooks } from '../../app/deps.js';
import { fixedPayRates } from '../../app/pay-rates/index.js';
import type { EventBus, RealtimeEvent, Store } from '../../app/ports.js';
import { CLOSE_TIMER_KIND } from '../../app/resolve-conversation.js';
import type { PayLedgerRepository, WorkActivityRepository } from '../../app/workforce/ports.js';
import type { PayDeps } from '../../app/workforce/record-pay.js';
import type { DispatchConfig, HandlingStats } from '../../domain/dispatch/index.js';
import type { PayRates } from '../../domain/workforce/index.js';
import { TimerRunner } from '../../runtime/timer-runner.js';
import { createMemoryGuardrailStore, type MemoryGuardrailStore } from '../../store/memory/guardrail.js';
import { createMemoryStore } from '../../store/memory/memory-store.js';
import type { Kernel } from '../kernel.js';

/**
 * The application as the simulator runs it: the real use-cases on the in-memory store, a virtual
 * clock read from the kernel, ids from a counter (so a seed replays exactly), and a bus that hands
 * every published event to the simulator at once — the simulator watches the application the way
 * the web apps do, through the events it publishes. Timers are the application's own timer rows,
 * run by the runtime's TimerRunner when virtual time reaches them.
 */
/** The store the simulator needs: the application's Store plus the pay ledger and the one activity fact pay reads. */
export type SimStore = Store & { readonly ledger: PayLedgerRepository; readonly activity: Pick<WorkActivityRepository, 'assignedAt'> };

export interface SimApp {
  readonly store: SimStore;
  /** The guardrail's part of the quality store (its state, switches, and the AI outcomes it judges). */
  readonly guardrail: MemoryGuardrailStore;
  readonly deps: DispatchDeps;
  readonly pay: PayDeps;
  readonly timers: TimerRunner;
  /** The dispatcher's memory between ticks (when it last called agents up), as main.ts keeps it. */
  readonly dispatchState: { lastCallUpAt: number | null };
}

export interface SimAppOptions {
  readonly kernel: Kernel;
  readonly dispatchConfig: DispatchConfig;
  readonly policyName: 'greedy' | 'batch';
  readonly payRates: PayRates;
  readonly paidAgents: ReadonlySet<string>;
  readonly handling: () => HandlingStats;
  readonly observe: (topic: string, event: RealtimeEvent) => void;
  readonly hooks: ConversationHooks;
  /** Default: a fresh in-memory store. Tests run the same day on PostgreSQL's store to show they agree. */
  readonly store?: SimStore;
}

export function createSimApp(options: SimAppOptions): SimApp {
  const store = options.store ?? createMemoryStore();
  // Whole milliseconds, as the database keeps them: the same run on PostgreSQL sees the same times.
  const clock = { now: () => Math.round(options.kernel.now) };
  const payRates = fixedPayRates(options.payRates);
  const deps: DispatchDeps = {
    store,
    bus: new TapBus(options.observe),
    clock,
    ids: counterIds(),
    limits: { maxMessageChars: 4000 },
    hooks: options.hooks,
    dispatchConfig: options.dispatchConfig,
    policyName: options.policyName,
    payRates,
    // The simulator's agents never lose their connection, so the silent-agent sweep has nothing to do.
    presence: { awayAfterMs: Infinity, requeueAfterMs: Infinity },
    paidBlocks: async () => options.paidAgents,
    handlingStats: async () => options.handling(),
  };
  const timers = new TimerRunner(store.timers, clock, { owner: 'simulator', pollMs: 1000, leaseMs: 30_000, batch: 100, logger: failLoudly });
  timers.on(OFFER_EXPIRY_TIMER, (timer) => expireOffer(deps, timer.payload as { offerId: string }));
  timers.on(CLOSE_TIMER_KIND, async (timer) => void (await closeResolvedConversation(deps, timer.payload as { conversationId: string; resolvedAt: number })));
  return { store, guardrail: createMemoryGuardrailStore(store.events), deps, pay: { workforce: store, payRates }, timers, dispatchState: { lastCallUpAt: null } };
}

/** Publishes straight to the simulator (and to any subscriber), synchronously, in order. */
class TapBus implements EventBus {
  private readonly handlers = new Map<string, Set<(event: RealtimeEvent) => void>>();
  constructor(private readonly tap: (topic: string, event: RealtimeEvent) => void) {}
  async publish(topic: string, event: RealtimeEvent): Promise<void> {
    this.tap(topic, event);
    for (const handler of this.handlers.get(topic) ?? []) handler(event);
  }
  subscribe(topic: string, handler: (event: RealtimeEvent) => void): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }
}

function counterIds() {
  let n = 0;
  return { next: (prefix: string) => `${prefix}_${(++n).toString(36)}` };
}

/** In a simulation a failing timer is a bug, never something to retry later. */
const failLoudly = {
  warn(obj: object, msg: string): void {
    throw new Error(`simulator: ${msg} ${JSON.stringify(obj)}`);
  },
  error(obj: object & { err?: unknown }, msg: string): void {
    throw obj.err instanceof Error ? obj.err : new Error(`simulator: ${msg}`);
  },
};
