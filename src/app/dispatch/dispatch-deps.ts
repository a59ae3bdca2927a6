import type { DispatchConfig, HandlingStats } from '../../domain/dispatch/index.js';
import type { AppDeps } from '../deps.js';
import type { PayRatesSource } from '../pay-rates/ports.js';
import { DISPATCH_TOPIC, type EventBus } from '../ports.js';

export type DispatchDeps = AppDeps & {
  dispatchConfig: DispatchConfig;
  policyName: 'greedy' | 'batch';
  /** The rates in force: what an offer shows it pays. */
  payRates: PayRatesSource;
  presence: { awayAfterMs: number; requeueAfterMs: number };
  /** Agents inside a paid on-call block right now: dispatch prefers them (they are paid to wait). */
  paidBlocks?: (nowMs: number) => Promise<ReadonlySet<string>>;
  /** Measured handle, answer and acceptance figures for the wait estimate (measuredHandling); the defaults when absent. */
  handlingStats?: (nowMs: number) => Promise<HandlingStats>;
};

/** Wakes the dispatcher wherever it runs (the leader node hears it through the bus). */
export const kickDispatcher = (bus: EventBus) => bus.publish(DISPATCH_TOPIC, { type: 'dispatch.kick' });

export const OFFER_EXPIRY_TIMER = 'offer.expire';
export const offerTimerKey = (offerId: string) => `offer:${offerId}`;
