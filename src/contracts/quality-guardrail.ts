import { z } from 'zod';

/** Guardrail and report schemas (the rest of the quality API is in quality.ts). */

const at = z.number();
const rate = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const minSample = z.number().int().min(1).max(100_000);
const mode = z.enum(['ai_first', 'human_first']);

export const floorSchema = z.strictObject({ floor: rate, recoveryFloor: rate, minSample });
export const ceilingSchema = z.strictObject({ ceiling: rate, recoveryCeiling: rate, minSample });
/** Every metric is named; null disables it. */
export const floorsBody = z.strictObject({
  csat_satisfied: floorSchema.nullable(),
  durable_resolution: floorSchema.nullable(),
  escalation_after_resolution: ceilingSchema.nullable(),
  negative_sentiment: ceilingSchema.nullable(),
});

const metricEvidence = z.object({
  metric: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  n: z.number(),
  count: z.number(),
  rate: z.number().nullable(),
  tripAt: z.number(),
  tripBound: z.number().nullable(),
  recoverAt: z.number(),
  recoveryBound: z.number().nullable(),
  minSample: z.number(),
  confidentlyBad: z.boolean(),
  confidentlyRecovered: z.boolean(),
});
export const guardrailEvidenceSchema = z.object({
  intent: z.string(),
  nowMs: at,
  modeBefore: mode,
  modeAfter: mode,
  reason: z.string(),
  decidingMetrics: z.array(z.string()).readonly(),
  windowStartMs: at,
  outcomesConsidered: z.number(),
  timeInStateMs: z.number(),
  minTimeHumanFirstMs: z.number(),
  metrics: z.array(metricEvidence).readonly(),
  capacity: z.object({ known: z.boolean(), humanCapacitySaturated: z.boolean(), recommendation: z.enum(['none', 'call_up_agents']), detail: z.string() }),
});

export const guardrailConfigSchema = z.object({
  windowMs: z.number(),
  maxSamplePerMetric: z.number(),
  tripZ: z.number(),
  recoveryZ: z.number(),
  minTimeHumanFirstMs: z.number(),
  thresholds: floorsBody,
});

export const guardrailQuery = z.strictObject({ switches: z.coerce.number().int().min(1).max(500).default(50) });
export const guardrailResponse = z.object({
  config: guardrailConfigSchema,
  intents: z.array(
    z.object({ intent: z.string(), mode, since: at, switchCount: z.number(), lastStepAt: at.nullable(), lastEvidence: guardrailEvidenceSchema.nullable() }),
  ),
  switches: z.array(z.object({ id: z.number(), intent: z.string(), fromMode: mode, toMode: mode, reason: z.string(), at, evidence: guardrailEvidenceSchema })),
});
export const floorsResponse = z.object({ config: guardrailConfigSchema });

/** Report range: conversations created in [from, to), epoch ms. */
const rangeFields = {
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(10_000),
};
const orderedRange = (q: { from?: number | undefined; to?: number | undefined }) => q.from === undefined || q.to === undefined || q.from < q.to;
const rangeMessage = { message: 'must be after from', path: ['to'] };

export const outcomesQuery = z.strictObject({ by: z.enum(['intent', 'agent']).default('intent'), ...rangeFields }).refine(orderedRange, rangeMessage);
export const csvQuery = z.strictObject(rangeFields).refine(orderedRange, rangeMessage);

const figures = {
  contacts: z.number(),
  resolutionRate: z.number().nullable(),
  durableResolutionRate: z.number().nullable(),
  durableKnown: z.number(),
  meanCsat: z.number().nullable(),
  csatResponses: z.number(),
  meanHandleSeconds: z.number().nullable(),
  totalCostMinor: z.number(),
  costPerContactMinor: z.number().nullable(),
};
export const outcomesResponse = z.union([
  z.object({ by: z.literal('intent'), lines: z.array(z.object({ intent: z.string(), owner: z.enum(['all', 'ai', 'human']), ...figures })) }),
  z.object({ by: z.literal('agent'), lines: z.array(z.object({ agentId: z.string(), ownerKind: z.enum(['ai', 'human']), ...figures })) }),
]);
