import type { PayRates } from '../../domain/workforce/index.js';
import type { PayRateSettings } from '../../domain/workforce/pay-rate-settings.js';
import type { EventLog } from '../ports.js';

/**
 * The pay rates in force now. Dispatch (offer pay) and workforce (the ledger) ask it each time they pay,
 * before opening a transaction; an implementation may cache briefly.
 */
export interface PayRatesSource {
  current(): Promise<PayRates>;
}

export type StoredPayRates = { settings: Partial<PayRateSettings>; updatedBy: string; updatedAt: number };

export interface PayRatesRepository {
  get(): Promise<StoredPayRates | null>;
  /** Row lock on the stored rates for the rest of the transaction (null when none are stored yet). */
  getForUpdate(): Promise<StoredPayRates | null>;
  set(settings: PayRateSettings, by: string, atMs: number): Promise<void>;
}

export type PayRatesStore = {
  rates: PayRatesRepository;
  events: EventLog;
  transaction<T>(work: (tx: PayRatesStore) => Promise<T>): Promise<T>;
};
