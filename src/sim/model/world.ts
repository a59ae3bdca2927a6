import type { ConversationHooks } from '../../app/deps.js';
import type { RealtimeEvent } from '../../app/ports.js';
import { makeDispatchConfig, type DispatchConfig } from '../../domain/dispatch/index.js';
import type { EscalationPolicy } from '../../domain/escalation/index.js';
import { DEFAULT_GUARDRAIL_CONFIG, type GuardrailConfig } from '../../domain/quality/index.js';
import { DEFAULT_PAY_RATES, type PayRates } from '../../domain/workforce/index.js';
import { Kernel } from '../kernel.js';
import { createRng, type Rng } from '../random.js';
import { escalationPolicyFor, type PolicySpec, type PoolSpec, type Scenario } from '../scenario.js';
import { parseIncidents, triggerWeights, type Incident } from './ai.js';
import { buildPopulation, type PresenceWindow } from './agents.js';
import { sampler, type Sampler } from './distributions.js';
import { HandlingStatsTracker } from './handling-stats.js';
import { Metrics } from './metrics.js';
import { createSimApp, type SimApp, type SimStore } from './app.js';
import type { GuardrailSwitch, IntentRuntime, SimAgent, SimConversation } from './types.js';

/** Same-time events run in this order: presence changes first, dispatch last (it sees everything else). */
export const PRIORITY = {
  presence: 0,
  arrival: 1,
  ai: 2,
  agent: 3,
  timers: 4,
  patience: 5,
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
  /** Run the dispatcher soon (the application published a dispatch kick). */
  requestDispatch(): void;
  /** A human resolved a conversation (metrics, repeat contact). */
  humanResolved(conversation: SimConversation, agent: SimAgent, wrong: boolean): void;
  /** An agent's load or presence changed in a way that may let them go offline. */
  agentFreed(agent: SimAgent): Promise<void>;
  /** The patience of a customer who just entered the queue starts running. */
  enteredQueue(conversation: SimConversation): void;
}

/** Everything one run shares: the application, the clock, the random streams, the population and the metrics. */
export interface World {
  readonly scenario: Scenario;
  readonly policy: PolicySpec;
  readonly seed: number;
  readonly kernel: Kernel;
  readonly app: SimApp;
  readonly rng: { arrivals: Rng; customers: Rng; ai: Rng; agents: Rng; quality: Rng; callUps: Rng };
  readonly dispatchConfig: DispatchConfig;
  /** 0: dispatch as soon as something changes; else at the next multiple of this (a batch window). */
  readonly tickMs: number;
  /** The dispatcher's loop also runs this often while anyone waits (widening, holds, call-ups), as in production. */
  readonly pollMs: number;
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
  /** Ids of agents inside a paid on-call block now: the dispatcher prefers them (DispatchDeps.paidBlocks). */
  readonly paidAgents: Set<string>;
  readonly conversations: Map<string, SimConversation>;
  /** Conversations in state 'queued', as the application last published them. */
  readonly queue: Map<string, SimConversation>;
  readonly metrics: Metrics;
  readonly guardrailSwitches: GuardrailSwitch[];
  /** Intents the guardrail has switched to human-first, when the policy applies its switches. */
  humanFirstIntents: ReadonlySet<string>;
  readonly stats: HandlingStatsTracker;
  readonly samplers: { turns: Sampler; turnSeconds: Sampler; patienceSeconds: Sampler; repeatDelayHours: Sampler };
  readonly poolSamplers: Map<PoolSpec, PoolSamplers>;
  readonly counts: { conversations: number; lateAnswers: number };
  hooks: Hooks;
  /** Sees every event the application publishes (installed by the observer). */
  observe(topic: string, event: RealtimeEvent): void;
  /** The application's after-commit hooks: pay through the workforce use-cases (installed by the pay module). */
  paid: Required<Pick<ConversationHooks, 'resolved' | 'callUpAnswered'>>;
}

export function createWorld(scenario: Scenario, policy: PolicySpec, seed: number, store?: SimStore): World {
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
      // A policy without call-ups: the dispatcher's planCallUp finds no one to invite.
      ...(!policy.callUps && { maxAgents: 0 }),
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
  const kernel = new Kernel(0);
  const paidAgents = new Set<string>();
  const stats = new HandlingStatsTracker(scenario.agents.pools);
  // The application's hooks call into the world, which exists by the time anything runs.
  let world: World | null = null;
  const app = createSimApp({
    kernel,
    dispatchConfig,
    policyName: policy.matching,
    payRates,
    paidAgents,
    handling: () => stats.current(),
    observe: (topic, event) => world!.observe(topic, event),
    hooks: {
      resolved: (conversation, by) => world!.paid.resolved(conversation, by),
      callUpAnswered: (answer) => world!.paid.callUpAnswered(answer),
    },
    ...(store && { store }),
  });
  world = {
    scenario,
    policy,
    seed,
    kernel,
    app,
    rng: { arrivals: root('arrivals'), customers: root('customers'), ai: root('ai'), agents: root('agents'), quality: root('quality'), callUps: root('call-ups') },
    dispatchConfig,
    tickMs: (d.tickSeconds ?? (policy.matching === 'batch' ? 2 : 0)) * 1000,
    pollMs: (d.pollSeconds ?? 1) * 1000,
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
    intents: scenario.intents.map((spec, index) => ({ spec, index })),
    humanFirstIntents: new Set(),
    intentShares: scenario.intents.map((i) => i.share),
    languages,
    languageWeights: languages.map((l) => scenario.customers.languages[l] ?? 0),
    agents: population.agents,
    agentById: new Map(population.agents.map((a) => [a.id, a])),
    windows: population.windows,
    paidAgents,
    conversations: new Map(),
    queue: new Map(),
    metrics: new Metrics(scenario.day.intervalMinutes * 60_000, runEndMs, payRates.standbyMinorPerHour),
    guardrailSwitches: [],
    stats,
    samplers: {
      turns: sampler(scenario.ai.turns),
      turnSeconds: sampler(scenario.ai.turnSeconds),
      patienceSeconds: sampler(scenario.customers.patienceSeconds),
      repeatDelayHours: sampler(scenario.customers.repeat.delayHours),
    },
    poolSamplers,
    counts: { conversations: 0, lateAnswers: 0 },
    hooks: {
      requestDispatch: () => {},
      humanResolved: () => {},
      agentFreed: async () => {},
      enteredQueue: () => {},
    },
    observe: () => {},
    paid: { resolved: async () => {}, callUpAnswered: async () => {} },
  };
  return world;
}

function withoutFloor(pay: Scenario['pay']): Omit<Scenario['pay'], 'hourlyFloorMinor'> {
  const { hourlyFloorMinor: _floor, ...rates } = pay;
  return rates;
}
