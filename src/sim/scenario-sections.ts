import { z } from 'zod';
import { DEFAULT_PAY_RATES } from '../domain/workforce/index.js';
import { between, distribution, minorUnits, name, nonNegativeInt, positive, probability, staffedWindow } from './scenario-parts.js';

/** Scenario sections about people and policy: agent pools, pay, guardrail, dispatch, policies (see scenario.ts). */

export const pool = z.strictObject({
  name: name(),
  count: nonNegativeInt(),
  languages: z.array(z.string().min(1)).min(1, 'needs at least one language'),
  certifications: z.array(z.string().min(1)).default([]),
  tier: z.enum(['probation', 'standard', 'expert']).default('standard'),
  qualityScore: probability().default(0.8),
  concurrency: between(1, 4).int('must be a whole number').default(2),
  acceptProbability: probability().default(0.9),
  responseSeconds: distribution().default({ dist: 'lognormal', mean: 8, sd: 6 }),
  /** Holding time of one chat when it is the agent's only one. */
  handleMinutes: distribution().default({ dist: 'lognormal', mean: 8, sd: 5 }),
  /** Each other chat open at accept stretches the handle time by this fraction. */
  concurrencySlowdown: between(0, 2).default(0.15),
  wrongResolutionProbability: probability().default(0.05),
  noShowProbability: probability().default(0),
  /** Paid on-call blocks (standby pay), filled from the pool's first agents. */
  onCall: z.array(staffedWindow()).default([]),
  /** Unpaid presence: agents who go online when they like, filled from the pool's last agents. */
  adHoc: z.array(staffedWindow()).default([]),
  callUp: z
    .strictObject({
      /** How many of the pool's agents accept call-ups while offline. */
      optIn: nonNegativeInt().default(0),
      responseProbability: probability().default(0.5),
      responseMinutes: distribution().default({ dist: 'lognormal', mean: 6, sd: 4 }),
      /** How long an agent who answers a call-up stays online; drawn per answer, so stays do not all end at once. */
      stayMinutes: distribution().default({ dist: 'lognormal', mean: 60, sd: 20 }),
    })
    .prefault({}),
});

export const pay = z
  .strictObject({
    currency: z.string().length(3, 'must be a 3-letter currency code').default(DEFAULT_PAY_RATES.currency),
    standbyMinorPerHour: minorUnits().default(DEFAULT_PAY_RATES.standbyMinorPerHour),
    conversationBaseMinor: minorUnits().default(DEFAULT_PAY_RATES.conversationBaseMinor),
    perHandleMinuteMinor: minorUnits().default(DEFAULT_PAY_RATES.perHandleMinuteMinor),
    maxPaidHandleMinutes: positive().default(DEFAULT_PAY_RATES.maxPaidHandleMinutes),
    callUpBonusMinor: minorUnits().default(DEFAULT_PAY_RATES.callUpBonusMinor),
    /** Effective hourly pay below this counts as "below the floor" in the fairness figures. */
    hourlyFloorMinor: minorUnits().default(1221),
  })
  .prefault({});

export const guardrail = z
  .strictObject({
    checkEveryMinutes: between(1, 1440).default(5),
    tripZ: positive().optional(),
    recoveryZ: positive().optional(),
    /** Minimum sample for every metric (the domain default is 30). */
    minSample: between(1, 10_000).int('must be a whole number').optional(),
  })
  .prefault({});

const dispatchFields = {
  /** 0 = dispatch on every change (greedy's default); > 0 = a batch window (batch's default is 2). */
  tickSeconds: between(0, 600).optional(),
  offerTimeoutSeconds: positive().optional(),
  widenAfterSeconds: z.number().min(0, 'must be 0 or more').optional(),
  callUpThresholdSeconds: z.number().min(0, 'must be 0 or more').optional(),
  /** How often the dispatcher's loop runs while anyone waits (it also runs on every change); production's default is 1. */
  pollSeconds: between(0.1, 3600).optional(),
  callUpMaxAgents: nonNegativeInt().optional(),
  callUpCooldownSeconds: z.number().min(0, 'must be 0 or more').optional(),
};
export const dispatch = z.strictObject(dispatchFields).prefault({});

const escalationOverrides = z
  .strictObject({
    confidenceFloor: probability().optional(),
    lowConfidenceTurnsToEscalate: between(1, 50).int().optional(),
    outOfScopeTurnsToEscalate: between(1, 50).int().optional(),
    sentimentWindowTurns: between(1, 50).int().optional(),
    sentimentTrendThreshold: z.number().optional(),
    failedAttemptLimit: between(1, 50).int().optional(),
    vulnerableEscalatesImmediately: z.boolean().optional(),
  })
  .default({});

export const policy = z.strictObject({
  name: name(),
  mode: z.enum(['ai_only', 'human_only', 'hybrid']),
  matching: z.enum(['greedy', 'batch']).default('greedy'),
  guardrail: z.boolean().default(true),
  callUps: z.boolean().default(true),
  /** Where a customer who comes back after a wrong resolution goes; default: ai for ai_only, else human. */
  repeatContactsTo: z.enum(['ai', 'human']).optional(),
  /** Multiplies every on-call and ad-hoc agent count (rounded; capped at the pool size). */
  staffingScale: between(0, 10).default(1),
  /** Pools this policy staffs; default all (ai_only staffs none). */
  pools: z.array(z.string()).optional(),
  aiCostPerConversationMinor: minorUnits().optional(),
  escalation: escalationOverrides,
  dispatch: z.strictObject(dispatchFields).default({}),
});
