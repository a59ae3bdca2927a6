import {
  measureMetric,
  type AiOutcome,
  type GuardrailMetric,
  type GuardrailThresholds,
  type MetricEvidence,
} from './guardrail-metrics.js';

/**
 * Per-intent circuit breaker between AI-first and human-first.
 *
 * Switching rule (the choice, and why): an intent goes human-first when, for any enabled metric with at
 * least `minSample` outcomes, the Wilson interval lies entirely on the bad side of the operator's floor:
 * for a success rate the UPPER bound is below the floor, for a bad rate the LOWER bound is above the
 * ceiling. We act on confident evidence of harm rather than on a missing proof of quality, because the
 * latter would keep every low-volume intent human-first forever and flip intents on noise.
 *
 * It returns to AI-first only when every enabled metric is confidently on the good side of a stricter
 * recovery floor (for a success rate the LOWER bound at or above it) and the intent has been human-first
 * for at least `minTimeHumanFirstMs`. The gap between "confidently bad" and "confidently good again" is the
 * hysteresis: a rate hovering at the floor rarely trips (3 of 20 simulated four-week runs at exactly the
 * floor did) and, having tripped, cannot recover at that rate, so it switches at most once. The price: an
 * intent whose true rate sits between the floor and the recovery floor stays in whichever mode it is in.
 *
 * Each state is judged only on outcomes gathered since it was entered (and inside the rolling window), so
 * the bad outcomes that caused a switch cannot trip the intent again right after it recovers, and recovery
 * must be shown by new evidence. While human-first, that evidence has to come from somewhere: the
 * application must keep producing AI outcomes for the intent (a small canary share, or AI drafts graded by
 * the human who handles the conversation); the controller does not invent it.
 *
 * There is no minimum time before going human-first: protecting customers is never delayed.
 */
export type GuardrailMode = 'ai_first' | 'human_first';

export interface GuardrailState {
  readonly intent: string;
  readonly mode: GuardrailMode;
  readonly enteredAtMs: number;
  readonly switchCount: number;
}

export interface GuardrailConfig {
  /** Only outcomes this recent count. */
  readonly windowMs: number;
  /**
   * At most this many of the most recent outcomes per metric. Keeps the controller quick to react on busy
   * intents (a week of good outcomes would otherwise outweigh a sudden drop for days) while the time window
   * keeps quiet intents from being judged on stale data.
   */
  readonly maxSamplePerMetric: number;
  /**
   * z of the Wilson interval used to trip. High on purpose: the controller looks again every step, and each
   * look is another chance for noise to trip it. At 3, on a simulated stream checked hourly (144 outcomes a
   * day, 200-outcome cap), an AI at 72% against a 70% floor never tripped in 28 days over 20 seeds, while
   * one at 60% tripped in about 1.6 days and one at 50% in about 1 day. At 1.96, 8 of 20 tripped at 72%.
   */
  readonly tripZ: number;
  /**
   * z used to recover. Lower than tripZ: a false recovery needs the true rate to be in the band between the
   * floor and the recovery floor, where AI-first is acceptable anyway.
   */
  readonly recoveryZ: number;
  readonly minTimeHumanFirstMs: number;
  readonly thresholds: GuardrailThresholds;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_GUARDRAIL_CONFIG: GuardrailConfig = {
  windowMs: 7 * DAY_MS,
  maxSamplePerMetric: 200,
  tripZ: 3,
  recoveryZ: 1.96,
  minTimeHumanFirstMs: DAY_MS,
  thresholds: {
    csat_satisfied: { floor: 0.7, recoveryFloor: 0.78, minSample: 30 },
    durable_resolution: { floor: 0.75, recoveryFloor: 0.82, minSample: 30 },
    escalation_after_resolution: { ceiling: 0.15, recoveryCeiling: 0.1, minSample: 30 },
    negative_sentiment: { ceiling: 0.25, recoveryCeiling: 0.18, minSample: 30 },
  },
};

/** Human capacity as dispatch sees it now. */
export interface HumanCapacity {
  readonly expectedWaitSeconds: number;
  readonly waitLimitSeconds: number;
}

/**
 * Capacity never keeps an intent on a failing AI: the mode follows the quality evidence alone. When the
 * intent is (or becomes) human-first and humans are saturated, the decision says so and recommends a
 * call-up (widen the pool, surge bonus), so that the shortage is handled and visible, and customers get an
 * honest wait while the AI triages and summarises.
 */
export interface CapacityAdvice {
  readonly known: boolean;
  readonly humanCapacitySaturated: boolean;
  readonly recommendation: 'none' | 'call_up_agents';
  readonly detail: string;
}

export type GuardrailReason =
  | 'quality_below_floor'
  | 'recovered'
  | 'holding_ai_first'
  | 'holding_human_first_not_recovered'
  | 'holding_human_first_min_time';

export interface GuardrailEvidence {
  readonly intent: string;
  readonly nowMs: number;
  readonly modeBefore: GuardrailMode;
  readonly modeAfter: GuardrailMode;
  readonly reason: GuardrailReason;
  /** Metrics that decided the switch (confidently bad ones, or all of them on recovery). */
  readonly decidingMetrics: readonly GuardrailMetric[];
  /** Outcomes at or after this time were considered. */
  readonly windowStartMs: number;
  readonly outcomesConsidered: number;
  readonly timeInStateMs: number;
  readonly minTimeHumanFirstMs: number;
  readonly metrics: readonly MetricEvidence[];
  readonly capacity: CapacityAdvice;
}

export interface GuardrailStep {
  readonly state: GuardrailState;
  readonly switched: boolean;
  readonly evidence: GuardrailEvidence;
}

export function initialGuardrailState(intent: string, nowMs: number): GuardrailState {
  return { intent, mode: 'ai_first', enteredAtMs: nowMs, switchCount: 0 };
}

function adviseOnCapacity(mode: GuardrailMode, capacity: HumanCapacity | undefined): CapacityAdvice {
  if (!capacity) {
    return { known: false, humanCapacitySaturated: false, recommendation: 'none', detail: 'human capacity not provided' };
  }
  const saturated = capacity.expectedWaitSeconds > capacity.waitLimitSeconds;
  const wait = `expected wait ${Math.round(capacity.expectedWaitSeconds)}s vs limit ${Math.round(capacity.waitLimitSeconds)}s`;
  if (mode === 'human_first' && saturated) {
    return {
      known: true,
      humanCapacitySaturated: true,
      recommendation: 'call_up_agents',
      detail: `human-first is warranted but humans are saturated (${wait}): call up agents; do not move work back to the AI`,
    };
  }
  return { known: true, humanCapacitySaturated: saturated, recommendation: 'none', detail: wait };
}

export function stepGuardrail(
  state: GuardrailState,
  outcomes: readonly AiOutcome[],
  config: GuardrailConfig,
  nowMs: number,
  capacity?: HumanCapacity,
): GuardrailStep {
  const windowStartMs = Math.max(nowMs - config.windowMs, state.enteredAtMs);
  const considered = outcomes.filter((o) => o.atMs >= windowStartMs && o.atMs <= nowMs);
  const measure = { tripZ: config.tripZ, recoveryZ: config.recoveryZ, maxSample: config.maxSamplePerMetric };
  const metrics: MetricEvidence[] = [];
  const entries = Object.entries(config.thresholds) as [GuardrailMetric, GuardrailThresholds[GuardrailMetric]][];
  for (const [metric, threshold] of entries) {
    if (threshold) metrics.push(measureMetric(metric, threshold, considered, measure));
  }
  const timeInStateMs = nowMs - state.enteredAtMs;

  let modeAfter: GuardrailMode = state.mode;
  let reason: GuardrailReason;
  let decidingMetrics: GuardrailMetric[] = [];
  if (state.mode === 'ai_first') {
    decidingMetrics = metrics.filter((m) => m.confidentlyBad).map((m) => m.metric);
    reason = decidingMetrics.length > 0 ? 'quality_below_floor' : 'holding_ai_first';
    if (decidingMetrics.length > 0) modeAfter = 'human_first';
  } else if (timeInStateMs < config.minTimeHumanFirstMs) {
    reason = 'holding_human_first_min_time';
  } else if (metrics.every((m) => m.confidentlyRecovered)) {
    reason = 'recovered';
    decidingMetrics = metrics.map((m) => m.metric);
    modeAfter = 'ai_first';
  } else {
    reason = 'holding_human_first_not_recovered';
  }

  const switched = modeAfter !== state.mode;
  const next: GuardrailState = switched
    ? { intent: state.intent, mode: modeAfter, enteredAtMs: nowMs, switchCount: state.switchCount + 1 }
    : state;
  return {
    state: next,
    switched,
    evidence: {
      intent: state.intent,
      nowMs,
      modeBefore: state.mode,
      modeAfter,
      reason,
      decidingMetrics,
      windowStartMs,
      outcomesConsidered: considered.length,
      timeInStateMs,
      minTimeHumanFirstMs: config.minTimeHumanFirstMs,
      metrics,
      capacity: adviseOnCapacity(modeAfter, capacity),
    },
  };
}
