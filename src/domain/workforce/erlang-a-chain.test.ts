import { describe, expect, it } from 'vitest';
import { solveErlangAChain, type ErlangAChainParams } from './erlang-a-chain.js';
import { logErlangB } from './erlang-b.js';

function params(lambdaPerSecond: number, ahtSeconds: number, servers: number, patienceSeconds: number, t: number): ErlangAChainParams {
  return {
    logErlangB: logErlangB(servers, lambdaPerSecond * ahtSeconds),
    x: (servers * patienceSeconds) / ahtSeconds,
    y: lambdaPerSecond * patienceSeconds,
    thetaT: t / patienceSeconds,
    patienceSeconds,
  };
}

describe('solveErlangAChain: starting near the mode of a long queue', () => {
  // Overload (λ = 1/s against 0.5/s of service) with 40,000 s of patience: the queue's mode sits
  // near 20,000 waiting, so the fast path skips ~17,500 negligible states.
  it.each([20, 28_000])('gives the same answer as summing from an empty queue (t = %i s)', (t) => {
    const p = params(1, 100, 50, 40_000, t);
    const fromZero = solveErlangAChain(p, { sumFromZeroUpToMode: Infinity });
    const jumped = solveErlangAChain(p);
    expect(fromZero.firstQueueState).toBe(0);
    expect(jumped.firstQueueState).toBeGreaterThan(15_000);
    for (const key of ['pNoWait', 'pWait', 'pServed', 'pAbandon', 'pServedWithin'] as const) {
      expect(jumped[key]).toBeCloseTo(fromZero[key], 9);
    }
    expect(jumped.servedWaitSeconds / fromZero.servedWaitSeconds).toBeCloseTo(1, 9);
  });

  it('sums O(√y) states even when y is 10^9', () => {
    const r = solveErlangAChain(params(10, 100, 50, 1e8, 20));
    expect(r.firstQueueState).toBeGreaterThan(9e8);
    expect(r.queueStatesSummed).toBeLessThan(1_000_000);
    expect(r.pAbandon).toBeCloseTo(0.95, 6); // fluid limit: 9.5 of every 10 arrivals per second leave
  });

  it('has probabilities that add up: answered + abandoned = 1, no wait + wait = 1', () => {
    for (const p of [params(0.05, 180, 11, 120, 20), params(1, 100, 50, 40_000, 20), params(0.2, 60, 1, 5, 0)]) {
      const r = solveErlangAChain(p);
      expect(r.pServed + r.pAbandon).toBeCloseTo(1, 12);
      expect(r.pNoWait + r.pWait).toBeCloseTo(1, 12);
      expect(r.pServedWithin).toBeLessThanOrEqual(r.pServed + 1e-15);
    }
  });
});
