import type { PayLine } from '../domain/workforce/index.js';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { installArrivals } from './model/conversations.js';
import { installDispatcher } from './model/dispatcher.js';
import { installGuardrail } from './model/guardrail.js';
import { addCounters, emptyCounters, type IntervalCounters } from './model/metrics.js';
import { checkMirror, closeAgentIntervals } from './model/mirror.js';
import { installObserver } from './model/observer.js';
import { earningsByAgent, installPay, ledgerEntries, ledgerTotals, poolFairness, settleBlocks, type BlockTotals } from './model/pay-ledger.js';
import { installPresence } from './model/presence.js';
import type { GuardrailSwitch, SimAgent } from './model/types.js';
import type { SimStore } from './model/app.js';
import { createWorld, type World } from './model/world.js';
import type { PolicySpec, Scenario } from './scenario.js';
import { deriveMetrics, type DerivedMetrics } from './summary.js';
import { agentFigures, type AgentFigures } from './agent-figures.js';

export interface Progress {
  readonly policy: string;
  readonly seed: number;
  /** Share of this run's virtual time done, 0..1. */
  readonly fraction: number;
  readonly conversations: number;
  readonly events: number;
}

export interface SimulateOptions {
  /** Default: the scenario's first seed. */
  readonly seed?: number;
  /** Policy name; default the scenario's first policy. */
  readonly policy?: string;
  /** Called after every metrics interval of virtual time. */
  readonly onProgress?: (progress: Progress) => void;
  /** Compare the simulator's mirror with the application's store at the end (tests); a difference throws. */
  readonly checkMirror?: boolean;
  /** Run on this store instead of a fresh in-memory one (tests: the same day on PostgreSQL's store). */
  readonly store?: SimStore;
}

export interface IntervalResult {
  readonly index: number;
  readonly startMs: number;
  /** "HH:MM" from the start of the period. */
  readonly label: string;
  /** False for the drain after the last arrival. */
  readonly inDay: boolean;
  readonly counters: IntervalCounters;
  readonly metrics: DerivedMetrics;
}

export interface SimulationResult {
  readonly scenario: string;
  readonly policy: PolicySpec;
  readonly seed: number;
  readonly intervalMinutes: number;
  readonly intervals: IntervalResult[];
  readonly totals: IntervalCounters;
  /** Whole-run figures; agent pay uses the ledger (standby settled per block). */
  readonly summary: DerivedMetrics;
  readonly ledger: Record<PayLine['kind'], number>;
  readonly blocks: BlockTotals;
  readonly agents: AgentFigures;
  readonly guardrailSwitches: GuardrailSwitch[];
  /** Contacts still open when the run stopped (in the AI, queued or with an agent). */
  readonly unfinished: number;
  /** Agents' answers that reached the application after it had closed the offer (refused, as in production). */
  readonly lateAnswers: number;
  readonly events: number;
}

export function findPolicy(scenario: Scenario, name: string | undefined): PolicySpec {
  if (name === undefined) return scenario.policies[0]!;
  const policy = scenario.policies.find((p) => p.name === name);
  if (policy === undefined) {
    throw new RangeError(`no policy "${name}" in scenario ${scenario.name} (has: ${scenario.policies.map((p) => p.name).join(', ')})`);
  }
  return policy;
}

/**
 * One policy, one seed: the application's use-cases on a fresh in-memory store, in virtual time.
 * Deterministic apart from onProgress: the same inputs give the same result. Between metrics
 * intervals it yields to the event loop, so a server running a simulation stays responsive.
 */
export async function simulate(scenario: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  const policy = findPolicy(scenario, options.policy);
  const seed = options.seed ?? scenario.seeds[0]!;
  const world = createWorld(scenario, policy, seed, options.store);
  for (const agent of world.agents) await world.app.store.agents.insert(agentProfile(agent));
  installObserver(world);
  installPay(world);
  installDispatcher(world);
  installPresence(world);
  installGuardrail(world);
  installArrivals(world);

  const { kernel, metrics } = world;
  for (let t = metrics.intervalMs; ; t += metrics.intervalMs) {
    const until = Math.min(t, world.runEndMs);
    await kernel.run(until);
    options.onProgress?.({
      policy: policy.name,
      seed,
      fraction: until / world.runEndMs,
      conversations: world.counts.conversations,
      events: kernel.eventsProcessed,
    });
    if (until >= world.runEndMs) break;
    await yieldToEventLoop();
  }
  if (options.checkMirror) await assertMirror(world);
  return summarise(world, await ledgerEntries(world));
}

function summarise(world: World, entries: Awaited<ReturnType<typeof ledgerEntries>>): SimulationResult {
  const { scenario, policy, seed, metrics, kernel } = world;
  metrics.advance(world.runEndMs);
  for (const agent of world.agents) closeAgentIntervals(agent, world.runEndMs);
  const blocks = settleBlocks(world);
  const ledger = ledgerTotals(world, entries);
  const earnings = earningsByAgent(world, entries);
  const totals = sumCounters(metrics.intervals);
  const dayIntervals = Math.ceil(world.dayEndMs / metrics.intervalMs);
  return {
    scenario: scenario.name,
    policy,
    seed,
    intervalMinutes: scenario.day.intervalMinutes,
    intervals: metrics.intervals.map((counters, index) => ({
      index,
      startMs: index * metrics.intervalMs,
      label: clockLabel(index * metrics.intervalMs),
      inDay: index < dayIntervals,
      counters,
      metrics: deriveMetrics(counters, { durationMs: metrics.intervalMs }),
    })),
    totals,
    summary: deriveMetrics(totals, { standbyMinor: ledger.standby, durationMs: world.dayEndMs }),
    ledger,
    blocks,
    agents: agentFigures(poolFairness(world, earnings), earnings),
    guardrailSwitches: world.guardrailSwitches,
    unfinished: totals.contacts - totals.resolutions - totals.abandoned,
    lateAnswers: world.counts.lateAnswers,
    events: kernel.eventsProcessed,
  };
}

async function assertMirror(world: World): Promise<void> {
  const problems = await checkMirror(world);
  if (problems.length > 0) throw new Error(`simulator mirror differs from the store:\n${problems.slice(0, 20).join('\n')}`);
}

/** The agent as the application stores them: the pool's languages, certifications, tier and concurrency. */
function agentProfile(agent: SimAgent) {
  return {
    id: agent.id,
    email: `${agent.id}@simulated.invalid`,
    name: agent.id,
    passwordHash: '',
    role: 'agent' as const,
    languages: [...agent.languages],
    skills: [],
    certifications: [...agent.certifications],
    tier: agent.tier,
    capacity: agent.capacity,
    qualityScore: agent.qualityScore,
    callUpOptIn: agent.callUpOptIn,
    presence: 'offline' as const,
    lastSeenAt: null,
    lastOfferAt: null,
  };
}

export function sumCounters(list: readonly IntervalCounters[]): IntervalCounters {
  return list.reduce((total, c) => addCounters(total, c), emptyCounters());
}

export function clockLabel(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
