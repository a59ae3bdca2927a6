import type { PayRates } from '../../domain/workforce/index.js';
import { payRateSettingsOf, withPayRateSettings } from '../../domain/workforce/pay-rate-settings.js';
import type { Clock } from '../ports.js';
import type { PayRatesRepository, PayRatesSource, StoredPayRates } from './ports.js';

/** The configured defaults with the operator's stored settings over them (a field missing from the row keeps its default). */
export const effectivePayRates = (defaults: PayRates, stored: StoredPayRates | null): PayRates =>
  stored ? withPayRateSettings(defaults, { ...payRateSettingsOf(defaults), ...stored.settings }) : defaults;

/** Rates that never change: tests, and tools that run without a database. */
export const fixedPayRates = (rates: PayRates): PayRatesSource => ({ current: async () => rates });

export type CachedPayRates = PayRatesSource & {
  /** Forget the cached rates: the next `current()` reads the store (called after a change on this node). */
  invalidate(): void;
};

/**
 * Reads the stored rates at most once per `ttlMs`. A change made on this node applies at once (the
 * change invalidates); on other nodes of a cluster within `ttlMs`.
 */
export function cachedPayRates(deps: { rates: PayRatesRepository; defaults: PayRates; clock: Clock; ttlMs: number }): CachedPayRates {
  let cached: { rates: PayRates; at: number } | null = null;
  let generation = 0;
  return {
    async current() {
      const now = deps.clock.now();
      if (cached && now - cached.at < deps.ttlMs && now >= cached.at) return cached.rates;
      const asked = generation;
      const rates = effectivePayRates(deps.defaults, await deps.rates.get());
      // A change that landed while this read ran must not be overwritten by the older answer.
      if (asked === generation) cached = { rates, at: now };
      return rates;
    },
    invalidate() {
      generation += 1;
      cached = null;
    },
  };
}
