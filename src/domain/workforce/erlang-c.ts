/**
 * Erlang C (M/M/n, customers never abandon).
 *
 * With a = offered load, n servers, B = Erlang B(n, a) and AHT the mean holding time:
 *   P(wait) = C = n·B / (n - a·(1 - B))
 *   ASA (over all arrivals) = C·AHT / (n - a)
 *   SL(t) = P(W <= t) = 1 - C·e^{-(n - a)·t / AHT}
 *   occupancy = a / n
 * Stable only when a < n. Otherwise the queue grows without bound and the long-run values are:
 * pWait = 1, serviceLevel = 0, occupancy = 1 (every server always busy) and asaSeconds = null,
 * because the mean wait is infinite and Infinity is not valid JSON. `null` in any result field
 * means "undefined / infinite", never "unknown".
 *
 * No arrivals (a = 0): nobody waits, so pWait = 0, asaSeconds = 0, serviceLevel = 1 and
 * occupancy = 0, including with zero servers (the target is met vacuously).
 */
import { logErlangB } from './erlang-b.js';
import { offeredLoadErlangs, requireNumber, requireQueueTraffic, type QueueTraffic } from './queue-input.js';
import { smallestMeeting } from './staff-search.js';

export interface ErlangCInput extends QueueTraffic {
  /** Identical servers (agents × concurrency). */
  servers: number;
}

export interface ErlangCResult {
  model: 'erlang_c';
  servers: number;
  /** Offered load a in Erlangs. */
  offeredLoad: number;
  /** a < n (or no load at all). */
  stable: boolean;
  /** P(an arrival has to wait at all). */
  pWait: number;
  /** Mean wait over all arrivals, seconds; null when unstable (infinite). */
  asaSeconds: number | null;
  /** P(wait <= answerWithinSeconds). */
  serviceLevel: number;
  /** Fraction of server time busy; null only for zero servers facing load. */
  occupancy: number | null;
}

const clampProbability = (p: number): number => Math.min(1, Math.max(0, p));

export function erlangC(input: ErlangCInput): ErlangCResult {
  requireQueueTraffic(input);
  requireNumber('servers', input.servers, 'nonNegativeInteger');
  const { servers: n, ahtSeconds: aht, answerWithinSeconds: t } = input;
  const a = offeredLoadErlangs(input.arrivalsPerHour, aht);
  const base = { model: 'erlang_c', servers: n, offeredLoad: a } as const;

  if (a === 0) {
    return { ...base, stable: true, pWait: 0, asaSeconds: 0, serviceLevel: 1, occupancy: 0 };
  }
  if (a >= n) {
    return { ...base, stable: false, pWait: 1, asaSeconds: null, serviceLevel: 0, occupancy: n === 0 ? null : 1 };
  }

  const logB = logErlangB(n, a);
  // n - a(1 - B) written as (n - a) + a·B: both parts positive, so no cancellation near saturation.
  const spare = n - a;
  const pWait = clampProbability(Math.exp(Math.log(n) + logB - Math.log(spare + a * Math.exp(logB))));
  return {
    ...base,
    stable: true,
    pWait,
    asaSeconds: (pWait * aht) / spare,
    serviceLevel: clampProbability(1 - pWait * Math.exp((-spare * t) / aht)),
    occupancy: a / n,
  };
}

export interface ErlangCTarget extends QueueTraffic {
  /** Required P(wait <= answerWithinSeconds), in [0, 1). */
  targetServiceLevel: number;
  /** Simultaneous conversations per agent; each agent counts as this many servers. Default 1. */
  concurrency?: number;
  /** Optional cap on occupancy in (0, 1], e.g. 0.85, so agents are not run at the limit. */
  maxOccupancy?: number;
}

export interface AgentsForResult<R> {
  agents: number;
  result: R;
}

/**
 * Fewest agents whose servers (agents × concurrency) meet the service-level target (and the
 * occupancy cap when given). Zero when there are no arrivals; otherwise at least enough for
 * stability, because an unstable queue has a service level of 0.
 */
export function erlangCAgentsFor(target: ErlangCTarget): AgentsForResult<ErlangCResult> {
  requireQueueTraffic(target);
  requireTarget(target.targetServiceLevel);
  const concurrency = target.concurrency ?? 1;
  requireNumber('concurrency', concurrency, 'positiveInteger');
  if (target.maxOccupancy !== undefined) requireOccupancyCap(target.maxOccupancy);

  const evaluate = (agents: number): ErlangCResult => erlangC({ ...target, servers: agents * concurrency });
  const a = offeredLoadErlangs(target.arrivalsPerHour, target.ahtSeconds);
  if (a === 0) return { agents: 0, result: evaluate(0) };

  const fewestStable = Math.floor(a / concurrency) + 1;
  const agents = smallestMeeting(fewestStable, (candidate) => {
    const r = evaluate(candidate);
    return r.serviceLevel >= target.targetServiceLevel && withinOccupancyCap(r.occupancy, target.maxOccupancy);
  });
  return { agents, result: evaluate(agents) };
}

export function requireTarget(targetServiceLevel: number): void {
  // 1 itself is unreachable for any finite staff (SL only tends to 1), so it is rejected.
  if (!(targetServiceLevel >= 0 && targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be in [0, 1), got ${String(targetServiceLevel)}`);
  }
}

export function requireOccupancyCap(maxOccupancy: number): void {
  if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
    throw new RangeError(`maxOccupancy must be in (0, 1], got ${String(maxOccupancy)}`);
  }
}

export function withinOccupancyCap(occupancy: number | null, cap: number | undefined): boolean {
  return cap === undefined || (occupancy !== null && occupancy <= cap);
}
