/**
 * Erlang A (M/M/n+M, Palm): Erlang C plus customers who abandon after an exponential patience.
 *
 * Always stable: abandonment bounds the queue whatever the load, so `stable` is always true and
 * staffing below the offered load is feasible (with heavy abandonment). Definitions, which
 * change staffing and are easy to mix up:
 *   pWait                 P(an arrival finds all servers busy)
 *   pAbandon              P(an arrival leaves before being served)
 *   asaSeconds            mean wait of ANSWERED customers (null when nobody is answered)
 *   serviceLevel          P(answered and wait <= t) over ALL arrivals: an abandon is a failure
 *   serviceLevelAnswered  P(wait <= t | answered) (null when nobody is answered)
 *   occupancy             carried load / servers = a·(1 - pAbandon) / n (null for zero servers)
 * The chain behind these numbers is in erlang-a-chain.ts.
 */
import { logErlangB } from './erlang-b.js';
import { solveErlangAChain } from './erlang-a-chain.js';
import {
  requireOccupancyCap,
  requireTarget,
  withinOccupancyCap,
  type AgentsForResult,
} from './erlang-c.js';
import { SECONDS_PER_HOUR, offeredLoadErlangs, requireNumber, requireQueueTraffic, type QueueTraffic } from './queue-input.js';
import { smallestMeeting } from './staff-search.js';

export interface ErlangAInput extends QueueTraffic {
  /** Identical servers (agents × concurrency). */
  servers: number;
  /** Mean patience in seconds (exponential), finite and > 0. */
  patienceSeconds: number;
}

export interface ErlangAResult {
  model: 'erlang_a';
  servers: number;
  offeredLoad: number;
  stable: true;
  pWait: number;
  pAbandon: number;
  asaSeconds: number | null;
  serviceLevel: number;
  serviceLevelAnswered: number | null;
  occupancy: number | null;
}

const clampProbability = (p: number): number => Math.min(1, Math.max(0, p));

export function erlangA(input: ErlangAInput): ErlangAResult {
  requireQueueTraffic(input);
  requireNumber('servers', input.servers, 'nonNegativeInteger');
  requireNumber('patienceSeconds', input.patienceSeconds, 'positive');
  const { servers: n, ahtSeconds: aht, patienceSeconds: patience } = input;
  const a = offeredLoadErlangs(input.arrivalsPerHour, aht);
  const base = { model: 'erlang_a', servers: n, offeredLoad: a, stable: true } as const;

  if (a === 0) {
    return { ...base, pWait: 0, pAbandon: 0, asaSeconds: 0, serviceLevel: 1, serviceLevelAnswered: 1, occupancy: 0 };
  }

  const chain = solveErlangAChain({
    logErlangB: Math.min(0, logErlangB(n, a)),
    x: (n * patience) / aht,
    y: (input.arrivalsPerHour / SECONDS_PER_HOUR) * patience,
    thetaT: input.answerWithinSeconds / patience,
    patienceSeconds: patience,
  });
  const answered = chain.pServed > 0;
  return {
    ...base,
    pWait: clampProbability(chain.pWait),
    pAbandon: clampProbability(chain.pAbandon),
    asaSeconds: answered ? chain.servedWaitSeconds / chain.pServed : null,
    serviceLevel: clampProbability(chain.pServedWithin),
    serviceLevelAnswered: answered ? clampProbability(chain.pServedWithin / chain.pServed) : null,
    occupancy: n === 0 ? null : Math.min(1, (a * chain.pServed) / n),
  };
}

export interface ErlangATarget extends QueueTraffic {
  patienceSeconds: number;
  /** Required serviceLevel (answered within t, over all arrivals), in [0, 1). */
  targetServiceLevel: number;
  /**
   * Optional cap on pAbandon in (0, 1]. Pair it with the target in overload: a service-level
   * target over all arrivals can be met while a fifth of customers abandon.
   */
  maxAbandonRate?: number;
  /** Simultaneous conversations per agent; each agent counts as this many servers. Default 1. */
  concurrency?: number;
  /** Optional cap on occupancy in (0, 1]. */
  maxOccupancy?: number;
}

/**
 * Fewest agents meeting the service-level target, the abandonment cap and the occupancy cap.
 * Zero when there are no arrivals; otherwise at least one agent, even for a target of 0.
 */
export function erlangAAgentsFor(target: ErlangATarget): AgentsForResult<ErlangAResult> {
  requireQueueTraffic(target);
  requireNumber('patienceSeconds', target.patienceSeconds, 'positive');
  requireTarget(target.targetServiceLevel);
  const concurrency = target.concurrency ?? 1;
  requireNumber('concurrency', concurrency, 'positiveInteger');
  const cap = target.maxAbandonRate;
  if (cap !== undefined && !(cap > 0 && cap <= 1)) {
    throw new RangeError(`maxAbandonRate must be in (0, 1], got ${String(cap)}`);
  }
  if (target.maxOccupancy !== undefined) requireOccupancyCap(target.maxOccupancy);

  const evaluate = (agents: number): ErlangAResult => erlangA({ ...target, servers: agents * concurrency });
  const a = offeredLoadErlangs(target.arrivalsPerHour, target.ahtSeconds);
  if (a === 0) return { agents: 0, result: evaluate(0) };

  // n servers carry at most n Erlangs, so P(served) <= n/a: both SL and 1 - pAbandon are bounded
  // by it. Starting the search there skips deep-overload candidates, which are the slowest to
  // evaluate (their queue mode sits far out) and can never pass.
  const neededShare = Math.max(target.targetServiceLevel, cap === undefined ? 0 : 1 - cap);
  const fewestPossible = Math.max(1, Math.ceil((neededShare * a) / concurrency) - 1);
  const agents = smallestMeeting(fewestPossible, (candidate) => {
    const r = evaluate(candidate);
    return (
      r.serviceLevel >= target.targetServiceLevel &&
      (cap === undefined || r.pAbandon <= cap) &&
      withinOccupancyCap(r.occupancy, target.maxOccupancy)
    );
  });
  return { agents, result: evaluate(agents) };
}
