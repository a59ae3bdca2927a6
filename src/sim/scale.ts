import type { Scenario } from './scenario.js';

/**
 * The same scenario at a fraction of its volume: arrivals, every agent count and the budget are
 * multiplied by `factor` (agent counts rounded, at least 1 where there were any). Useful for
 * quick previews and tests; note that small pools queue worse than large ones (pooling), so a
 * scaled-down run is a sketch of the full one, not a replica.
 */
export function scaleScenario(scenario: Scenario, factor: number): Scenario {
  if (!(factor > 0)) throw new RangeError(`scale factor must be > 0, got ${factor}`);
  const n = (x: number) => (x === 0 ? 0 : Math.max(1, Math.round(x * factor)));
  return {
    ...scenario,
    ...(scenario.budgetPerDayMinor !== undefined && { budgetPerDayMinor: Math.round(scenario.budgetPerDayMinor * factor) }),
    arrivals: { ...scenario.arrivals, total: scenario.arrivals.total * factor },
    agents: {
      pools: scenario.agents.pools.map((p) => {
        const count = n(p.count);
        const cap = (x: number) => Math.min(count, n(x));
        return {
          ...p,
          count,
          onCall: p.onCall.map((w) => ({ ...w, agents: cap(w.agents) })),
          adHoc: p.adHoc.map((w) => ({ ...w, agents: cap(w.agents) })),
          callUp: { ...p.callUp, optIn: cap(p.callUp.optIn) },
        };
      }),
    },
  };
}
