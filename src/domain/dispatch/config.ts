import type { RankingWeights } from './types.js';

/**
 * Ranking weights. They sum to 1 so a score reads as a 0..1 figure, but nothing depends on that.
 * Paid-block agents come first unless another agent is clearly better: being in a block is worth
 * 0.3, as much as the whole quality range. Set `paidBlock` above the sum of the others to make it
 * absolute. Stickiness is a gentle nudge; widening drops it to 0.
 */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  quality: 0.3,
  fairness: 0.2,
  paidBlock: 0.3,
  load: 0.1,
  stickiness: 0.1,
};

export interface CallUpConfig {
  /** Call up when a conversation's expected total wait (waited + estimated) exceeds this. */
  readonly thresholdMs: number;
  /** Surge bonus per conversation taken during the call-up, integer minor units (cents). */
  readonly surgeBonusMinor: number;
  /**
   * Invited slots (an invited agent brings their free capacity) per late conversation. Above 1
   * because not everyone answers a call-up: ≈ 1 / expected response rate.
   */
  readonly slotsPerLateConversation: number;
  /** Upper bound on agents invited by one call-up, so a spike does not wake the whole pool. */
  readonly maxAgents: number;
  /** Minimum time between two call-ups, so each tick does not re-send one. */
  readonly cooldownMs: number;
  /** How long the invitation (and its bonus) stays valid. */
  readonly validForMs: number;
}

export interface BatchConfig {
  /** At most this many conversations (first in queue order, with at least one candidate) per solve. */
  readonly maxConversations: number;
  /** At most this many agent slots (columns) per solve; see batch-policy.ts for how they are chosen. */
  readonly maxSlots: number;
  /** What happens to conversations beyond the cap: greedy fill this tick, or wait for the next tick. */
  readonly overflow: 'greedy' | 'wait';
}

export interface DeclineBudgetConfig {
  /** Declines that are free within any rolling window. null = unlimited, 0 = every decline counts. */
  readonly freeDeclines: number | null;
  readonly windowMs: number;
  /** An ignored offer costs the customer the whole timeout, so by default it uses the budget too. */
  readonly countTimeouts: boolean;
}

export interface DispatchConfig {
  /** How long an agent has to answer an offer. */
  readonly offerTimeoutMs: number;
  /** After this wait a conversation is widened (preferences relaxed, hard rules kept). */
  readonly widenAfterMs: number;
  /** Before widening, hold a conversation for its previous agent while that agent is online. */
  readonly stickyHold: boolean;
  /** First promotion of a waiting conversation happens after this wait... */
  readonly agingAfterMs: number;
  /** ...then one more class per period, down to class 0. */
  readonly agingPeriodMs: number;
  /** Time since last offer at which the fairness component reaches 1. */
  readonly fairnessSaturationMs: number;
  readonly rankingWeights: RankingWeights;
  readonly callUp: CallUpConfig;
  readonly batch: BatchConfig;
  readonly declineBudget: DeclineBudgetConfig;
  /** Acceptance rates below this are clamped when estimating waits, so one bad window cannot say "forever". */
  readonly minAcceptanceRate: number;
}

export const DEFAULT_DISPATCH_CONFIG: DispatchConfig = {
  offerTimeoutMs: 20_000,
  widenAfterMs: 60_000,
  stickyHold: true,
  agingAfterMs: 120_000,
  agingPeriodMs: 60_000,
  fairnessSaturationMs: 600_000,
  rankingWeights: DEFAULT_RANKING_WEIGHTS,
  callUp: {
    thresholdMs: 180_000,
    surgeBonusMinor: 200,
    slotsPerLateConversation: 2,
    maxAgents: 20,
    cooldownMs: 300_000,
    validForMs: 900_000,
  },
  batch: { maxConversations: 300, maxSlots: 300, overflow: 'greedy' },
  declineBudget: { freeDeclines: 5, windowMs: 3_600_000, countTimeouts: true },
  minAcceptanceRate: 0.05,
};

export interface DispatchConfigOverrides
  extends Partial<Omit<DispatchConfig, 'rankingWeights' | 'callUp' | 'batch' | 'declineBudget'>> {
  readonly rankingWeights?: Partial<RankingWeights>;
  readonly callUp?: Partial<CallUpConfig>;
  readonly batch?: Partial<BatchConfig>;
  readonly declineBudget?: Partial<DeclineBudgetConfig>;
}

/** Defaults merged with overrides (one level deep). Throws on values that make no sense: a programmer error. */
export function makeDispatchConfig(overrides: DispatchConfigOverrides = {}): DispatchConfig {
  const d = DEFAULT_DISPATCH_CONFIG;
  const config: DispatchConfig = {
    ...d,
    ...overrides,
    rankingWeights: { ...d.rankingWeights, ...overrides.rankingWeights },
    callUp: { ...d.callUp, ...overrides.callUp },
    batch: { ...d.batch, ...overrides.batch },
    declineBudget: { ...d.declineBudget, ...overrides.declineBudget },
  };
  const problems = dispatchConfigProblems(config);
  if (problems.length > 0) throw new RangeError(`Invalid DispatchConfig: ${problems.join('; ')}`);
  return config;
}

export function dispatchConfigProblems(c: DispatchConfig): string[] {
  const problems: string[] = [];
  const positive = (name: string, v: number) => {
    if (!(Number.isFinite(v) && v > 0)) problems.push(`${name} must be > 0`);
  };
  const nonNegative = (name: string, v: number) => {
    if (!(Number.isFinite(v) && v >= 0)) problems.push(`${name} must be >= 0`);
  };
  positive('offerTimeoutMs', c.offerTimeoutMs);
  nonNegative('widenAfterMs', c.widenAfterMs);
  nonNegative('agingAfterMs', c.agingAfterMs);
  positive('agingPeriodMs', c.agingPeriodMs);
  positive('fairnessSaturationMs', c.fairnessSaturationMs);
  for (const [k, v] of Object.entries(c.rankingWeights)) nonNegative(`rankingWeights.${k}`, v);
  nonNegative('callUp.thresholdMs', c.callUp.thresholdMs);
  if (!Number.isInteger(c.callUp.surgeBonusMinor) || c.callUp.surgeBonusMinor < 0) {
    problems.push('callUp.surgeBonusMinor must be a non-negative integer (minor units)');
  }
  positive('callUp.slotsPerLateConversation', c.callUp.slotsPerLateConversation);
  nonNegative('callUp.maxAgents', c.callUp.maxAgents);
  nonNegative('callUp.cooldownMs', c.callUp.cooldownMs);
  positive('callUp.validForMs', c.callUp.validForMs);
  positive('batch.maxConversations', c.batch.maxConversations);
  positive('batch.maxSlots', c.batch.maxSlots);
  if (c.declineBudget.freeDeclines !== null) nonNegative('declineBudget.freeDeclines', c.declineBudget.freeDeclines);
  positive('declineBudget.windowMs', c.declineBudget.windowMs);
  if (!(c.minAcceptanceRate > 0 && c.minAcceptanceRate <= 1)) problems.push('minAcceptanceRate must be in (0, 1]');
  return problems;
}
