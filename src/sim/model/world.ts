import { dispatchPolicy, makeDispatchConfig, type DispatchConfig, type DispatchPolicy } from '../../domain/dispatch/index.js';
import type { EscalationPolicy } from '../../domain/escalation/index.js';
import { DEFAULT_GUARDRAIL_CONFIG, initialGuardrailState, type GuardrailConfig } from '../../domain/quality/index.js';
import { DEFAULT_PAY_RATES, type PayRates } from '../../domain/workforce/index.js';
import { Kernel } from '../kernel.js';
import { createRng, type Rng } from '../random.js';
import { escalationPolicyFor, type PolicySpec, type PoolSpec, type Scenario } from '../scenario.js';
import { parseIncidents, triggerWeights, type Incident } from './ai.js';
import { buildPopulation, type PresenceWindow } from './agents.js';
import { sampler, type Sampler } from './distributions.js';
import { HandlingStatsTracker } from './handling-stats.js';
import { Metrics } from './metrics.js';
import type { GuardrailSwitch, IntentRuntime, SimAgent, SimConversation } from './types.js';

/** Same-time events run in this order: presence changes first, dispatch last (it sees everything else). */
export const PRIORITY = {
  presence: 0,
  arrival: 1,
  ai: 2,
  agent: 3,
  timeout: 4,
  patience: 5,
  callUp: 6,
  guardrail: 7,
  dispatch: 8,
} as const;

export interface PoolSamplers {
  readonly responseSeconds: Sampler;
  readonly handleMinutes: Sampler;
  readonly callUpResponseMinutes: Sampler;
  readonly callUpStayMinutes: Sampler;
}

/** Late-bound steps, so the flow modules can call each other without importing each other. */
export interface Hooks {
  requestDispatch(): void;
  ensureCallUpCheck(): void;
  /** A human resolved a conversation (pay, metrics, repeat contact). */
  humanResolved(conversation: SimConversation, agent: SimAgent, wrong: boolean, handleMs: number): void;
  /** An agent's load or presence changed in a way that may let them go offline. */
  agentFreed(agent: SimAgent): void;
}

/** Everything one run shares: the in-memory "store", the clock, the random streams and the rules' config. */
export interface World {
  readonly scenario: Scenario;
  readonly policy: PolicySpec;
  readonly seed: number;
  readonly kernel: Kernel;
  readonly rng: { arrivals: Rng; customers: Rng; ai: Rng; agents: Rng; quality: Rng; callUps: Rng };
  readonly dispatchConfig: DispatchConfig;
  readonly dispatchPolicy: DispatchPolicy;
  /** 0: dispatch as soon as something changes; else at the next multiple of this (a batch window). */
  readonly tickMs: number;
  readonly callUpCheckMs: number;
  readonly escalationPolicy: EscalationPolicy;
  readonly guardrailConfig: GuardrailConfig;
  readonly payRates: PayRates;
  readonly dayEndMs: number;
  readonly runEndMs: number;
  readonly serviceLevelMs: number;
  readonly aiCostMinor: number;
  readonly intents: IntentRuntime[];
  readonly incidents: Incident[];
  readonly triggerWeights: number[];
  readonly intentShares: number[];
  readonly languages: string[];
  readonly languageWeights: number[];
  readonly agents: SimAgent[];
  readonly agentById: Map<string, SimAgent>;
  readonly windows: PresenceWindow[];
  /** Agents dispatch may offer to right now (available with a free slot), kept by store.updateAgent. */
  readonly freeAgents: Set<SimAgent>;
  /** Conversations waiting for an offer (state 'queued'), in the order they (re-)entered. */
  readonly queue: Map<string, SimConversation>;
  readonly metrics: Metrics;
  readonly guardrailSwitches: GuardrailSwitch[];
  readonly stats: HandlingStatsTracker;
  readonly samplers: { turns: Sampler; turnSeconds: Sampler; patienceSeconds: Sampler; repeatDelayHours: Sampler };
  readonly poolSamplers: Map<PoolSpec, PoolSamplers>;
  readonly counts: { conversations: number; offers: number; proposalsDropped: number; unfinished: number };
  lastCallUpAtMs: number | null;
  hooks: Hooks;
}

export function createWorld(scenario: Scenario, policy: PolicySpec, seed: number): World {
  const root = (name: string) => createRng(seed, name);
  const dayEndMs = scenario.day.hours * 3_600_000;
  const runEndMs = dayEndMs + scenario.day.drainHours * 3_600_000;
  const payRates: PayRates = { ...DEFAULT_PAY_RATES, ...withoutFloor(scenario.pay) };
  const population = buildPopulation(scenario, policy, root('population'));
  const d = { ...scenario.dispatch, ...policy.dispatch };
  const dispatchConfig = makeDispatchConfig({
    ...(d.offerTimeoutSeconds !== undefined && { offerTimeoutMs: d.offerTimeoutSeconds * 1000 }),
    ...(d.widenAfterSeconds !== undefined && { widenAfterMs: d.widenAfterSeconds * 1000 }),
    callUp: {
      surgeBonusMinor: payRates.callUpBonusMinor,
      ...(d.callUpThresholdSeconds !== undefined && { thresholdMs: d.callUpThresholdSeconds * 1000 }),
      ...(d.callUpMaxAgents !== undefined && { maxAgents: d.callUpMaxAgents }),
      ...(d.callUpCooldownSeconds !== undefined && { cooldownMs: d.callUpCooldownSeconds * 1000 }),
    },
  });
  const g = scenario.guardrail;
  const thresholds = Object.fromEntries(
    Object.entries(DEFAULT_GUARDRAIL_CONFIG.thresholds).map(([k, t]) => [k, t && g.minSample !== undefined ? { ...t, minSample: g.minSample } : t]),
  ) as unknown as GuardrailConfig['thresholds'];
  const poolSamplers = new Map(
    scenario.agents.pools.map((p) => [
      p,
      { responseSeconds: sampler(p.responseSeconds), handleMinutes: sampler(p.handleMinutes), callUpResponseMinutes: sampler(p.callUp.responseMinutes), callUpStayMinutes: sampler(p.callUp.stayMinutes) },
    ]),
  );
  const languages = Object.keys(scenario.customers.languages);
  return {
    scenario,
    policy,
    seed,
    kernel: new Kernel(0),
    rng: { arrivals: root('arrivals'), customers: root('customers'), ai: root('ai'), agents: root('agents'), quality: root('quality'), callUps: root('call-ups') },
    dispatchConfig,
    dispatchPolicy: dispatchPolicy(policy.matching),
    tickMs: (d.tickSeconds ?? (policy.matching === 'batch' ? 2 : 0)) * 1000,
    callUpCheckMs: (d.callUpCheckSeconds ?? 30) * 1000,
    escalationPolicy: escalationPolicyFor(policy),
    guardrailConfig: {
      ...DEFAULT_GUARDRAIL_CONFIG,
      ...(g.tripZ !== undefined && { tripZ: g.tripZ }),
      ...(g.recoveryZ !== undefined && { recoveryZ: g.recoveryZ }),
      thresholds,
    },
    payRates,
    dayEndMs,
    runEndMs,
    serviceLevelMs: scenario.day.serviceLevelSeconds * 1000,
    aiCostMinor: policy.aiCostPerConversationMinor ?? scenario.ai.costPerConversationMinor,
    incidents: parseIncidents(scenario),
    triggerWeights: triggerWeights(scenario),
    intents: scenario.intents.map((spec, index) => ({ spec, index, guardrail: initialGuardrailState(spec.name, 0), outcomes: [], changed: false })),
    intentShares: scenario.intents.map((i) => i.share),
    languages,
    languageWeights: languages.map((l) => scenario.customers.languages[l] ?? 0),
    agents: population.agents,
    agentById: new Map(population.agents.map((a) => [a.id, a])),
    windows: population.windows,
    freeAgents: new Set(),
    queue: new Map(),
    metrics: new Metrics(scenario.day.intervalMinutes * 60_000, runEndMs, payRates.standbyMinorPerHour),
    guardrailSwitches: [],
    stats: new HandlingStatsTracker(scenario.agents.pools),
    samplers: {
      turns: sampler(scenario.ai.turns),
      turnSeconds: sampler(scenario.ai.turnSeconds),
      patienceSeconds: sampler(scenario.customers.patienceSeconds),
      repeatDelayHours: sampler(scenario.customers.repeat.delayHours),
    },
    poolSamplers,
    counts: { conversations: 0, offers: 0, proposalsDropped: 0, unfinished: 0 },
    lastCallUpAtMs: null,
    hooks: {
      requestDispatch: () => {},
      ensureCallUpCheck: () => {},
      humanResolved: () => {},
      agentFreed: () => {},
    },
  };
}

function withoutFloor(pay: Scenario['pay']): Omit<Scenario['pay'], 'hourlyFloorMinor'> {
  const { hourlyFloorMinor: _floor, ...rates } = pay;
  return rates;
}
