/**
 * Erlang B (M/M/n/n blocking probability), the building block of Erlang C and Erlang A.
 *
 * Computed by the recursion B_0 = 1, B_k = a·B_{k-1} / (k + a·B_{k-1}) carried in log space:
 *   ln B_k = ln a + ln B_{k-1} - ln(k + a·B_{k-1}).
 * Never a^n or n!: those overflow at a few hundred servers. When B underflows to a tiny value,
 * a·B_{k-1} simply vanishes next to k, so the log keeps falling correctly instead of becoming
 * 0 and then -Infinity-minus-something NaN. Cost O(n).
 */
import { requireNumber } from './queue-input.js';

/** ln B(servers, offeredLoad). ln 1 = 0 for zero servers; -Infinity when there is no load. */
export function logErlangB(servers: number, offeredLoad: number): number {
  requireNumber('servers', servers, 'nonNegativeInteger');
  requireNumber('offeredLoad', offeredLoad, 'nonNegative');
  if (servers === 0) return 0;
  if (offeredLoad === 0) return -Infinity;
  const logLoad = Math.log(offeredLoad);
  let logB = 0;
  for (let k = 1; k <= servers; k += 1) {
    logB = logLoad + logB - Math.log(k + offeredLoad * Math.exp(logB));
  }
  return logB;
}

/** Erlang B blocking probability: P(all n servers busy) in M/M/n/n with offered load a. */
export function erlangB(servers: number, offeredLoad: number): number {
  return Math.exp(logErlangB(servers, offeredLoad));
}
