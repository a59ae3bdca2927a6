/**
 * Pay rates as an admin setting: the stored rates over the configured defaults, read by dispatch and
 * workforce through a PayRatesSource each time they pay; changes are validated and logged as events.
 */
import { getPayRates, setPayRates, type PayRatesDeps } from './manage-pay-rates.js';

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

export function createPayRateServices(deps: PayRatesDeps) {
  return {
    get: (input: Arg<typeof getPayRates>) => getPayRates(deps, input),
    set: (input: Arg<typeof setPayRates>) => setPayRates(deps, input),
  };
}

export type PayRateServices = ReturnType<typeof createPayRateServices>;
export type * from './ports.js';
export type { PayRatesDeps, PayRatesView } from './manage-pay-rates.js';
export { PAY_RATES_CHANGED_EVENT } from './manage-pay-rates.js';
export { cachedPayRates, effectivePayRates, fixedPayRates, type CachedPayRates } from './current-pay-rates.js';
