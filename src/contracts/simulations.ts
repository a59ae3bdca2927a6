import { z } from 'zod';
import { idSchema } from './common.js';

/** Simulation runs from the console (the simulator itself is `tandem simulate`; see DESIGN.md "Simulation"). */
export const MAX_SCENARIO_TEXT_CHARS = 256 * 1024;

export const shippedScenariosResponse = z.object({
  scenarios: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      hours: z.number(),
      seeds: z.array(z.number()),
      policies: z.array(z.object({ name: z.string(), mode: z.string(), matching: z.string(), callUps: z.boolean(), guardrail: z.boolean() })),
    }),
  ),
});

export const startSimulationBody = z.strictObject({
  /** The id of a shipped scenario (GET /v1/admin/simulations/scenarios)… */
  scenario: idSchema.optional(),
  /** …or the text of your own, YAML or JSON. */
  scenarioText: z.string().min(1).max(MAX_SCENARIO_TEXT_CHARS).optional(),
  format: z.enum(['yaml', 'json']).optional(),
  seeds: z.array(z.number().int('must be whole numbers').min(0, 'must be whole numbers >= 0').max(2 ** 31 - 1)).min(1, 'give at least 1 seed').max(10, 'give at most 10 seeds').optional(),
  policies: z.array(z.string().min(1).max(128)).min(1, 'choose at least one policy').max(50).optional(),
  scale: z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1 (larger runs are for `tandem simulate --scale`)').optional(),
});

export const simRunSchema = z.object({
  id: z.string(),
  scenarioName: z.string(),
  shippedScenario: z.string().nullable(),
  scenarioFormat: z.enum(['yaml', 'json']),
  seeds: z.array(z.number()),
  policies: z.array(z.string()),
  scale: z.number(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number(),
  error: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
});

export const simRunResponse = z.object({ run: simRunSchema });
export const simRunsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const simRunsResponse = z.object({ runs: z.array(simRunSchema) });
export const simRunParams = z.strictObject({ id: idSchema });

/** The figures of one policy, pooled over the seeds (null where a figure has no data, e.g. no contacts). */
const summarySchema = z.record(z.string(), z.number().nullable());

/** The comparison as `tandem simulate` writes it to result.json; typed here as far as the console reads it. */
export const simResultSchema = z.looseObject({
  scenario: z.looseObject({ name: z.string(), description: z.string(), hours: z.number(), currency: z.string(), serviceLevelSeconds: z.number() }),
  seeds: z.array(z.number()),
  policies: z.array(z.looseObject({ policy: z.looseObject({ name: z.string(), mode: z.string() }), summary: summarySchema })),
});

export const simRunDetailResponse = z.object({ run: simRunSchema, result: simResultSchema.nullable() });

/** Only for the report: lets a browser frame or tab (which cannot send a header) authenticate. */
export const simReportQuery = z.strictObject({ token: z.string().min(1).max(4096).optional() });
