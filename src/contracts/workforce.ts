import { z } from 'zod';
import { idSchema } from './common.js';

/**
 * Workforce API: on-call blocks, pay statements and the ledger, fairness figures, staffing queries.
 * Instants in bodies and responses are epoch milliseconds; in query strings `from`/`to` also accept an
 * ISO 8601 date or date-time. Money is integer minor units of `currency`.
 */
export const instantQuery = z
  .string()
  .trim()
  .min(1)
  .transform((text, ctx) => {
    const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
    if (!Number.isSafeInteger(ms)) {
      ctx.addIssue({ code: 'custom', message: 'must be epoch milliseconds or an ISO 8601 date' });
      return z.NEVER;
    }
    return ms;
  });

const epochMs = z.number().int().min(0).max(8.64e15);

export const blockParams = z.strictObject({ blockId: idSchema });
export const agentBlocksQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(60).default(14) });

const claimStatus = z.enum(['claimed', 'released', 'late_released', 'no_show', 'completed']);
export const blockSchema = z.object({
  id: z.string(),
  startsAt: z.number(),
  endsAt: z.number(),
  headcount: z.number().int(),
  standbyRateMinorPerHour: z.number().int(),
  currency: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
  settledAt: z.number().nullable(),
});
export const claimSchema = z.object({
  id: z.string(),
  blockId: z.string(),
  agentId: z.string(),
  status: claimStatus,
  claimedAt: z.number(),
  releasedAt: z.number().nullable(),
});
const blockWithPlaces = blockSchema.extend({ claimed: z.number().int(), placesLeft: z.number().int() });

export const agentBlocksResponse = z.object({
  blocks: z.array(blockWithPlaces.extend({ myStatus: claimStatus.nullable() })),
  mine: z.array(claimSchema.extend({ block: blockSchema })),
  rules: z.object({ releaseNoticeHours: z.number(), noShowGraceMinutes: z.number(), currency: z.string() }),
});
export const claimResponse = z.object({ claim: claimSchema, placesLeft: z.number().int(), alreadyHeld: z.boolean() });
export const releaseResponse = z.object({ claim: claimSchema, lateRelease: z.boolean(), noticeHours: z.number() });

export const ledgerEntrySchema = z.object({
  id: z.number().int(),
  agentId: z.string(),
  kind: z.enum(['standby', 'conversation', 'surge', 'quality_bonus', 'training']),
  amountMinor: z.number().int(),
  currency: z.string(),
  causeKind: z.enum(['block', 'conversation', 'call_up', 'review', 'training']),
  causeId: z.string(),
  detail: z.string(),
  occurredAt: z.number(),
  periodDay: z.string(),
});

export const statementQuery = z.strictObject({
  from: instantQuery,
  to: instantQuery,
  format: z.enum(['json', 'csv']).default('json'),
  /** Supervisors and the admin key may read any agent's statement; agents only their own. */
  agentId: idSchema.optional(),
});
export const statementResponse = z.object({
  agentId: z.string(),
  fromMs: z.number(),
  toMs: z.number(),
  currency: z.string(),
  entries: z.array(ledgerEntrySchema),
  totalsByKind: z.record(z.string(), z.number().int()),
  totalMinor: z.number().int(),
});

export const payLedgerQuery = z.strictObject({ from: instantQuery, to: instantQuery, agentId: idSchema.optional() });
export const payLedgerResponse = z.object({ entries: z.array(ledgerEntrySchema), totalMinor: z.number().int() });

export const adminBlocksQuery = z.strictObject({ from: instantQuery, to: instantQuery });
export const adminBlocksResponse = z.object({ blocks: z.array(blockWithPlaces.extend({ claims: z.array(claimSchema) })) });

const blockInput = z.strictObject({
  startsAt: epochMs,
  endsAt: epochMs,
  headcount: z.number().int().min(1).max(10_000),
  standbyRateMinorPerHour: z.number().int().min(0).max(1_000_000).optional(),
});
const planInput = z
  .strictObject({
    targetServiceLevel: z.number().gt(0).lt(1).default(0.8),
    answerWithinSeconds: z.number().min(0).max(86_400).default(60),
    ahtSeconds: z.number().gt(0).max(86_400).default(480),
    concurrency: z.number().int().min(1).max(20).default(2),
    shrinkage: z.number().min(0).lt(1).default(0.3),
    patienceSeconds: z.number().gt(0).max(86_400).optional(),
    maxAbandonRate: z.number().gt(0).max(1).optional(),
    intervalMinutes: z.number().int().min(5).max(240).default(30),
    horizonDays: z.number().int().min(1).max(28).default(7),
    blockHours: z.number().int().min(1).max(12).default(2),
    utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
    historyWeeks: z.number().int().min(1).max(52).default(12),
    escalationShare: z.number().min(0).max(1).optional(),
    dryRun: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (1440 % p.intervalMinutes !== 0) ctx.addIssue({ code: 'custom', path: ['intervalMinutes'], message: 'must divide a day' });
    if (24 % p.blockHours !== 0 || (p.blockHours * 60) % p.intervalMinutes !== 0) {
      ctx.addIssue({ code: 'custom', path: ['blockHours'], message: 'must divide 24 and hold whole intervals' });
    }
    if (p.maxAbandonRate !== undefined && p.patienceSeconds === undefined) ctx.addIssue({ code: 'custom', path: ['maxAbandonRate'], message: 'needs patienceSeconds' });
  });

/** Either explicit blocks or a plan to compute them from (forecast → Erlang → blocks), not both. */
export const publishBlocksBody = z
  .strictObject({ blocks: z.array(blockInput).min(1).max(500).optional(), plan: planInput.optional() })
  .superRefine((b, ctx) => {
    if ((b.blocks === undefined) === (b.plan === undefined)) ctx.addIssue({ code: 'custom', path: ['blocks'], message: 'give either blocks or plan' });
  });
export const publishBlocksResponse = z.object({
  created: z.array(blockSchema),
  plan: z
    .object({
      published: z.boolean(),
      blocks: z.array(z.object({ startsAt: z.number(), endsAt: z.number(), headcount: z.number().int(), standbyCostMinor: z.number().int() })),
      bookedAgentHours: z.number(),
      neededAgentHours: z.number(),
      coverEfficiency: z.number().nullable(),
      standbyCostMinor: z.number().int(),
      historyWeeks: z.number().int(),
      escalationSource: z.enum(['configured', 'live', 'default']),
    })
    .optional(),
});

const optionalNumber = z.coerce.number().optional();
export const erlangQuery = z.strictObject({
  arrivalsPerHour: z.coerce.number(),
  ahtSeconds: z.coerce.number(),
  answerWithinSeconds: z.coerce.number(),
  agents: optionalNumber,
  targetServiceLevel: optionalNumber,
  patienceSeconds: optionalNumber,
  concurrency: optionalNumber,
  maxAbandonRate: optionalNumber,
});
/** The same keys as `tandem staffing erlang --json`. */
export const erlangResponse = z.object({
  model: z.enum(['erlang_c', 'erlang_a']),
  agents: z.number().int(),
  servers: z.number().int(),
  offeredLoad: z.number(),
  stable: z.boolean(),
  pWait: z.number(),
  asaSeconds: z.number().nullable(),
  serviceLevel: z.number(),
  serviceLevelAnswered: z.number().nullable().optional(),
  pAbandon: z.number().optional(),
  occupancy: z.number().nullable(),
  agentsNeeded: z.number().int().optional(),
});

export const fairnessQuery = z.strictObject({ from: instantQuery, to: instantQuery });
export const fairnessResponse = z.object({
  fromMs: z.number(),
  toMs: z.number(),
  hourlyFloorMinor: z.number().int(),
  currency: z.string(),
  totalUnpaidWaitingMinutes: z.number(),
  paidShareOfPresence: z.number().nullable(),
  agentsBelowFloor: z.number().int(),
  offersGini: z.number().nullable(),
  offersPerPresenceHourGini: z.number().nullable(),
  effectiveHourlyGini: z.number().nullable(),
  minPresenceMinutesForHourly: z.number(),
  declineRate: z.number().nullable(),
  agents: z.array(
    z.object({
      agentId: z.string(),
      presenceMinutes: z.number(),
      paidMinutes: z.number(),
      unpaidWaitingMinutes: z.number(),
      paidShareOfPresence: z.number().nullable(),
      effectiveHourlyMinor: z.number().int().nullable(),
      hourlyMeasured: z.boolean(),
      belowFloor: z.boolean().nullable(),
      offers: z.number().int(),
      declines: z.number().int(),
      declineRate: z.number().nullable(),
      offersPerPresenceHour: z.number().nullable(),
    }),
  ),
});
