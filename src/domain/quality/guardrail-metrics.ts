import { isSatisfied } from './csat.js';
import { wilsonInterval } from './wilson.js';

/** One AI-handled conversation of the intent, as the guardrail sees it. */
export interface AiOutcome {
  readonly atMs: number;
  /** CSAT 1..5 if the customer rated, else null. */
  readonly csat: number | null;
  /** The AI marked the conversation resolved. */
  readonly aiResolved: boolean;
  /** For AI resolutions: no repeat contact within 7 days. Null until the 7 days have passed. */
  readonly durable: boolean | null;
  /** The customer came back and was escalated to a human after the AI said it was resolved. */
  readonly escalatedAfterResolution: boolean;
  /** The sentiment signal ended negative. */
  readonly negativeSentiment: boolean;
}

export type GuardrailMetric = 'csat_satisfied' | 'durable_resolution' | 'escalation_after_resolution' | 'negative_sentiment';

/** For good rates: trip below `floor`, recover at `recoveryFloor` (higher). */
export interface FloorThreshold {
  readonly floor: number;
  readonly recoveryFloor: number;
  readonly minSample: number;
}

/** For bad rates: trip above `ceiling`, recover at `recoveryCeiling` (lower). */
export interface CeilingThreshold {
  readonly ceiling: number;
  readonly recoveryCeiling: number;
  readonly minSample: number;
}

/** null disables a metric. */
export interface GuardrailThresholds {
  readonly csat_satisfied: FloorThreshold | null;
  readonly durable_resolution: FloorThreshold | null;
  readonly escalation_after_resolution: CeilingThreshold | null;
  readonly negative_sentiment: CeilingThreshold | null;
}

export interface MetricEvidence {
  readonly metric: GuardrailMetric;
  readonly direction: 'higher_is_better' | 'lower_is_better';
  /** Conversations the metric applies to (e.g. rated ones for CSAT), most recent first, capped. */
  readonly n: number;
  /** Satisfied / durable conversations for good rates; escalations / negative ones for bad rates. */
  readonly count: number;
  readonly rate: number | null;
  /** Floor (good rates) or ceiling (bad rates). */
  readonly tripAt: number;
  /** The optimistic end of the interval at tripZ: upper bound for good rates, lower bound for bad rates. */
  readonly tripBound: number | null;
  /** Recovery floor or ceiling. */
  readonly recoverAt: number;
  /** The pessimistic end of the interval at recoveryZ: lower bound for good rates, upper bound for bad rates. */
  readonly recoveryBound: number | null;
  readonly minSample: number;
  /** Enough data, and even the optimistic bound is on the wrong side of the floor. */
  readonly confidentlyBad: boolean;
  /** Enough data, and even the pessimistic bound is on the right side of the recovery floor. */
  readonly confidentlyRecovered: boolean;
}

const SELECT: Readonly<Record<GuardrailMetric, { applies: (o: AiOutcome) => boolean; counts: (o: AiOutcome) => boolean }>> = {
  csat_satisfied: { applies: (o) => o.csat !== null, counts: (o) => o.csat !== null && isSatisfied(o.csat) },
  durable_resolution: { applies: (o) => o.aiResolved && o.durable !== null, counts: (o) => o.durable === true },
  escalation_after_resolution: { applies: (o) => o.aiResolved, counts: (o) => o.escalatedAfterResolution },
  negative_sentiment: { applies: () => true, counts: (o) => o.negativeSentiment },
};

export interface MeasureOptions {
  readonly tripZ: number;
  readonly recoveryZ: number;
  readonly maxSample: number;
}

export function measureMetric(
  metric: GuardrailMetric,
  threshold: FloorThreshold | CeilingThreshold,
  outcomes: readonly AiOutcome[],
  options: MeasureOptions,
): MetricEvidence {
  const { applies, counts } = SELECT[metric];
  // The most recent outcomes only: a long good history must not hide a sudden drop for days.
  const relevant = outcomes
    .filter(applies)
    .sort((a, b) => b.atMs - a.atMs)
    .slice(0, options.maxSample);
  const n = relevant.length;
  const count = relevant.filter(counts).length;
  const trip = wilsonInterval(count, n, options.tripZ);
  const recovery = wilsonInterval(count, n, options.recoveryZ);
  const enough = n >= threshold.minSample;
  const base = { metric, n, count, rate: n === 0 ? null : count / n, minSample: threshold.minSample };
  if ('floor' in threshold) {
    const tripBound = trip?.upper ?? null;
    const recoveryBound = recovery?.lower ?? null;
    return {
      ...base,
      direction: 'higher_is_better',
      tripAt: threshold.floor,
      tripBound,
      recoverAt: threshold.recoveryFloor,
      recoveryBound,
      confidentlyBad: enough && tripBound !== null && tripBound < threshold.floor,
      confidentlyRecovered: enough && recoveryBound !== null && recoveryBound >= threshold.recoveryFloor,
    };
  }
  const tripBound = trip?.lower ?? null;
  const recoveryBound = recovery?.upper ?? null;
  return {
    ...base,
    direction: 'lower_is_better',
    tripAt: threshold.ceiling,
    tripBound,
    recoverAt: threshold.recoveryCeiling,
    recoveryBound,
    confidentlyBad: enough && tripBound !== null && tripBound > threshold.ceiling,
    confidentlyRecovered: enough && recoveryBound !== null && recoveryBound <= threshold.recoveryCeiling,
  };
}
