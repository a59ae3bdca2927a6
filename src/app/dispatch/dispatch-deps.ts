import type { DispatchConfig } from '../../domain/dispatch/index.js';
import type { PayRates } from '../../domain/workforce/index.js';
import type { AppDeps } from '../deps.js';
import { DISPATCH_TOPIC, type EventBus } from '../ports.js';

export type DispatchDeps = AppDeps & {
  dispatchConfig: DispatchConfig;
  policyName: 'greedy' | 'batch';
  payRates: PayRates;
  presence: { awayAfterMs: number; requeueAfterMs: number };
  /** Agents inside a paid on-call block right now: dispatch prefers them (they are paid to wait). */
  paidBlocks?: (nowMs: number) => Promise<ReadonlySet<string>>;
};

/** Wakes the dispatcher wherever it runs (the leader node hears it through the bus). */
export const kickDispatcher = (bus: EventBus) => bus.publish(DISPATCH_TOPIC, { type: 'dispatch.kick' });

export const OFFER_EXPIRY_TIMER = 'offer.expire';
export const offerTimerKey = (offerId: string) => `offer:${offerId}`;
