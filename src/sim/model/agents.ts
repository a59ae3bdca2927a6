import type { BlockBooking } from '../../domain/workforce/index.js';
import type { Rng } from '../random.js';
import type { PolicySpec, PoolSpec, Scenario } from '../scenario.js';
import { timeMs } from '../scenario-parts.js';
import type { SimAgent } from './types.js';

/**
 * The agent population for one policy, and each agent's presence plan.
 *
 * Who works when: a pool's on-call blocks are filled from its first agents (agent 0, 1, …) and its
 * ad-hoc (unpaid, "online when they like") windows from its last agents, so a pool with both has
 * its blocks and its free-lancers as different people where the count allows. The last `optIn`
 * agents accept call-ups while offline. A policy's staffingScale multiplies every window's count
 * (rounded, capped at the pool), and a policy may staff only some pools; ai_only staffs none.
 * A booked agent who does not show (noShowProbability) keeps the booking (settled as a no-show,
 * unpaid) but does not come online for it.
 */
export interface PresenceWindow {
  readonly agentIndex: number;
  readonly startMs: number;
  readonly endMs: number;
}

export interface Population {
  readonly agents: SimAgent[];
  /** Online windows in no particular order; overlapping windows of one agent are merged by the runtime. */
  readonly windows: PresenceWindow[];
}

export function buildPopulation(scenario: Scenario, policy: PolicySpec, rng: Rng): Population {
  const agents: SimAgent[] = [];
  const windows: PresenceWindow[] = [];
  if (policy.mode === 'ai_only') return { agents, windows };
  const staffed = policy.pools === undefined ? null : new Set(policy.pools);
  for (const pool of scenario.agents.pools) {
    if (staffed !== null && !staffed.has(pool.name)) continue;
    const first = agents.length;
    for (let i = 0; i < pool.count; i++) agents.push(newAgent(pool, i, agents.length));
    const scaled = (n: number) => Math.min(pool.count, Math.round(n * policy.staffingScale));
    for (const block of pool.onCall) {
      const startMs = timeMs(block.from);
      const endMs = timeMs(block.to);
      for (let i = 0; i < scaled(block.agents); i++) {
        const agent = agents[first + i]!;
        agent.bookings.push({ startMs, endMs } satisfies BlockBooking);
        if (!rng.bernoulli(pool.noShowProbability)) windows.push({ agentIndex: agent.index, startMs, endMs });
      }
    }
    for (const window of pool.adHoc) {
      for (let i = 0; i < scaled(window.agents); i++) {
        windows.push({ agentIndex: first + pool.count - 1 - i, startMs: timeMs(window.from), endMs: timeMs(window.to) });
      }
    }
  }
  return { agents, windows };
}

function newAgent(pool: PoolSpec, indexInPool: number, index: number): SimAgent {
  return {
    id: `${pool.name}-${String(indexInPool + 1).padStart(3, '0')}`,
    index,
    pool,
    languages: pool.languages,
    certifications: pool.certifications,
    tier: pool.tier,
    capacity: pool.concurrency,
    qualityScore: pool.qualityScore,
    callUpOptIn: indexInPool >= pool.count - pool.callUp.optIn,
    presence: 'offline',
    inPaidBlock: false,
    load: 0,
    assigned: 0,
    scheduledOnline: false,
    calledUpUntilMs: -Infinity,
    bookings: [],
    online: [],
    onlineSinceMs: null,
    busy: [],
    busySinceMs: null,
    standby: [],
    offers: 0,
    declines: 0,
  };
}

/** Merge one agent's windows into disjoint online stretches, sorted. */
export function mergeWindows(windows: readonly PresenceWindow[]): { startMs: number; endMs: number }[] {
  const sorted = [...windows].sort((a, b) => a.startMs - b.startMs);
  const out: { startMs: number; endMs: number }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && w.startMs <= last.endMs) last.endMs = Math.max(last.endMs, w.endMs);
    else out.push({ startMs: w.startMs, endMs: w.endMs });
  }
  return out;
}
