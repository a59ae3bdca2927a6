import type { ApiClient } from '../client/index.js';
import { useResource } from '../hooks/index.js';

/**
 * The currency pay is in. The outcome report gives costs in minor units without one; the fairness figures
 * carry it, so it is read from there (null until known, or when that endpoint is missing).
 */
export function useCurrency(api: ApiClient): string | null {
  const fairness = useResource(async () => {
    const now = Date.now();
    return (await api.getFairness(now - 86_400_000, now)).currency;
  }, [api]);
  return fairness.data;
}

/** Minor units in the currency when known, else plain units with two decimals. */
export const moneyFormatter = (currency: string | null) => (minor: number): string =>
  currency ? new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100) : (minor / 100).toFixed(2);
