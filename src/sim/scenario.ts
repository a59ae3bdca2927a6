import { z } from 'zod';
import { DEFAULT_ESCALATION_POLICY } from '../domain/escalation/index.js';
import {
  aiOutcome,
  between,
  distribution,
  minorUnits,
  name,
  positive,
  probability,
  timeMs,
  timeOfDay,
  weights,
} from './scenario-parts.js';
import { dispatch, guardrail, pay, policy, pool } from './scenario-sections.js';

/**
 * The scenario file: one simulated period (a day by default) and the policies to compare on it.
 * Every default is written next to its field; a scenario only states what differs. Objects are
 * strict, so a misspelt field is an error rather than silently ignored.
 */

export const ESCALATION_TRIGGERS = [
  'customer_asked',
  'low_confidence',
  'out_of_scope',
  'negative_sentiment',
  'failed_attempt',
  'ai_error',
] as const;
export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];

const day = z
  .strictObject({
    hours: between(1, 168).default(24),
    intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)], { error: 'must be 15, 30 or 60' }).default(30),
    /** Service level = answered within this many seconds of entering the human queue, over all who entered. */
    serviceLevelSeconds: positive().default(60),
    /** After the last arrival the run continues this long so queued customers get an outcome. */
    drainHours: between(0, 24).default(4),
  })
  .prefault({});

const arrivals = z.strictObject({
  /** Expected first contacts over the period (repeat contacts come on top). Poisson, so the actual count varies. */
  total: positive(),
  /** Relative arrival rate at points in time; the period is covered from its first to its last point. */
  curve: z.array(z.strictObject({ at: timeOfDay(), weight: z.number().min(0, 'must be 0 or more') })).min(1, 'needs at least one point'),
  interpolation: z.enum(['step', 'linear']).default('linear'),
});

const customers = z
  .strictObject({
    languages: weights().default({ en: 1 }),
    vulnerableShare: probability().default(0.02),
    /** How long a customer waits in the human queue before leaving (from entering the queue). */
    patienceSeconds: distribution().default({ dist: 'exponential', mean: 300 }),
    /** A wrong resolution brings the customer back with this probability, after this delay (if inside the run). */
    repeat: z
      .strictObject({
        probability: probability().default(0.8),
        delayHours: distribution().default({ dist: 'lognormal', mean: 4, sd: 3 }),
      })
      .prefault({}),
  })
  .prefault({});

const intent = z.strictObject({
  name: name(),
  share: positive(),
  ai: aiOutcome(),
  humanOnly: z.boolean().default(false),
  certification: z.string().min(1).nullable().default(null),
  sensitive: z.boolean().default(false),
  complexity: z.enum(['simple', 'standard', 'complex']).default('standard'),
});

const incident = z.strictObject({
  from: timeOfDay(),
  /** Default: to the end of the run. */
  to: timeOfDay().optional(),
  /** Default: every intent. */
  intents: z.array(z.string()).optional(),
  ai: aiOutcome(),
});

const ai = z
  .strictObject({
    costPerConversationMinor: minorUnits().default(40),
    /** Customer turns before the AI resolves (rounded, at least 1). */
    turns: distribution().default({ dist: 'uniform', min: 2, max: 5 }),
    turnSeconds: distribution().default({ dist: 'lognormal', mean: 25, sd: 15 }),
    /** A conversation the escalation policy never hands off ends here as a wrong AI "resolution". */
    maxTurns: between(1, 50).int('must be a whole number').default(8),
    /** What an "escalates" outcome looks like on the turns; the real escalation policy decides when. */
    escalationTriggers: z
      .partialRecord(z.enum(ESCALATION_TRIGGERS), z.number().min(0, 'must be 0 or more'))
      .refine((r) => Object.values(r).some((w) => (w ?? 0) > 0), 'needs at least one positive weight')
      .default({ customer_asked: 4, low_confidence: 3, out_of_scope: 1, negative_sentiment: 1, failed_attempt: 1 }),
    /** AI-only: a conversation the policy would hand off is closed by the AI instead, wrongly with this probability. */
    forcedResolutionWrongProbability: probability().default(0.7),
    incidents: z.array(incident).default([]),
  })
  .prefault({});

const csat = z
  .strictObject({
    /** Probability a customer is satisfied, by who resolved and whether it held. */
    aiResolved: probability().default(0.82),
    aiWrong: probability().default(0.3),
    humanResolved: probability().default(0.88),
    humanWrong: probability().default(0.4),
    /** Subtracted per minute waited in the human queue. */
    waitPenaltyPerMinute: probability().default(0.02),
    /** Share of customers who answer the survey (what the guardrail sees). */
    responseRate: probability().default(0.25),
  })
  .prefault({});

const scenarioObject = z.strictObject({
  name: name(),
  description: z.string().default(''),
  /** Seeds `compare` runs when none are given. */
  seeds: z.array(z.number().int().min(0)).min(1).default([1, 2, 3]),
  /** Shown against each policy's total cost. */
  budgetPerDayMinor: minorUnits().optional(),
  day,
  arrivals,
  customers,
  intents: z.array(intent).min(1, 'needs at least one intent'),
  ai,
  csat,
  agents: z.strictObject({ pools: z.array(pool).default([]) }).prefault({}),
  pay,
  guardrail,
  dispatch,
  policies: z.array(policy).min(1, 'needs at least one policy'),
});

export const scenarioSchema = scenarioObject.superRefine(crossChecks);

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type PolicySpec = Scenario['policies'][number];
export type PoolSpec = Scenario['agents']['pools'][number];
export type IntentSpec = Scenario['intents'][number];
export type DispatchSettings = Scenario['dispatch'];

type Ctx = z.RefinementCtx;

function crossChecks(sc: z.output<typeof scenarioObject>, ctx: Ctx): void {
  unique(sc.intents.map((i) => i.name), ['intents'], ctx);
  unique(sc.agents.pools.map((p) => p.name), ['agents', 'pools'], ctx);
  unique(sc.policies.map((p) => p.name), ['policies'], ctx);
  const periodMs = sc.day.hours * 3_600_000;
  let previous = -1;
  sc.arrivals.curve.forEach((point, i) => {
    const t = timeMs(point.at);
    if (t > periodMs) ctx.addIssue({ code: 'custom', path: ['arrivals', 'curve', i, 'at'], message: `must be within the ${sc.day.hours} h period` });
    if (t <= previous) ctx.addIssue({ code: 'custom', path: ['arrivals', 'curve', i, 'at'], message: 'must be later than the point before' });
    previous = t;
  });
  if (!sc.arrivals.curve.some((p) => p.weight > 0)) {
    ctx.addIssue({ code: 'custom', path: ['arrivals', 'curve'], message: 'needs at least one point with a positive weight' });
  }
  const intents = new Set(sc.intents.map((i) => i.name));
  sc.ai.incidents.forEach((inc, i) =>
    inc.intents?.forEach((name, j) => {
      if (!intents.has(name)) ctx.addIssue({ code: 'custom', path: ['ai', 'incidents', i, 'intents', j], message: `unknown intent "${name}"` });
    }),
  );
  sc.agents.pools.forEach((p, i) => {
    const check = (windows: { agents: number }[], field: string) =>
      windows.forEach((w, j) => {
        if (w.agents > p.count) ctx.addIssue({ code: 'custom', path: ['agents', 'pools', i, field, j, 'agents'], message: `must be at most the pool's count (${p.count})` });
      });
    check(p.onCall, 'onCall');
    check(p.adHoc, 'adHoc');
    if (p.callUp.optIn > p.count) ctx.addIssue({ code: 'custom', path: ['agents', 'pools', i, 'callUp', 'optIn'], message: `must be at most the pool's count (${p.count})` });
  });
  const pools = new Set(sc.agents.pools.map((p) => p.name));
  sc.policies.forEach((p, i) =>
    p.pools?.forEach((name, j) => {
      if (!pools.has(name)) ctx.addIssue({ code: 'custom', path: ['policies', i, 'pools', j], message: `unknown pool "${name}"` });
    }),
  );
}

function unique(names: string[], path: (string | number)[], ctx: Ctx): void {
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (seen.has(n)) ctx.addIssue({ code: 'custom', path: [...path, i, 'name'], message: `duplicate name "${n}"` });
    seen.add(n);
  });
}

/** The escalation policy a scenario policy runs with: the domain default plus its overrides. */
export const escalationPolicyFor = (p: PolicySpec) => ({ ...DEFAULT_ESCALATION_POLICY, ...p.escalation });
