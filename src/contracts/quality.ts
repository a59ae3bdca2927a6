import { z } from 'zod';
import { idSchema } from './common.js';

/** Request and response schemas of the quality API (CSAT, QA reviews, agent score, guardrail, reports). */

const at = z.number();

export const csatBody = z.strictObject({
  rating: z.number({ error: 'must be a whole number from 1 to 5' }).int('must be a whole number from 1 to 5').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
  comment: z.string().max(1000, 'must be at most 1000 characters').optional(),
});
export const csatResponse = z.object({
  csat: z.object({ id: z.string(), conversationId: z.string(), resolutionId: z.string(), rating: z.number().int(), comment: z.string().nullable(), createdAt: at }),
});

const answerValue = z.union([z.number().int().min(0).max(100), z.literal('n/a')]);
export const reviewParams = z.strictObject({ reviewId: idSchema });
export const reviewBody = z.strictObject({ answers: z.record(z.string().min(1).max(64), answerValue) });
export const contestBody = z.strictObject({ reason: z.string().trim().min(1, 'say what the review got wrong').max(1000) });
export const contestDecisionBody = z.strictObject({
  outcome: z.enum(['upheld', 'overturned']),
  note: z.string().trim().min(1, 'explain the decision to the agent').max(1000),
});
export const queueQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const contestsQuery = z.strictObject({
  status: z.enum(['open', 'upheld', 'overturned']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const calibrationQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

const contestRecord = z.object({ openedAtMs: at, reason: z.string(), resolvedAtMs: at.nullable(), resolverId: z.string().nullable(), note: z.string().nullable() });
const reviewFields = {
  id: z.string(),
  conversationId: z.string(),
  resolutionId: z.string().nullable(),
  agentId: z.string().nullable(),
  reviewerId: z.string().nullable(),
  scorecardId: z.string(),
  scorecardVersion: z.number().int(),
  topic: z.string(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  sampleReason: z.string(),
  calibrationOf: z.string().nullable(),
  status: z.enum(['queued', 'in_review', 'done']),
  contestStatus: z.enum(['none', 'open', 'upheld', 'overturned']),
  contest: contestRecord.nullable(),
  createdAt: at,
  completedAt: at.nullable(),
};
export const reviewSchema = z.object({ ...reviewFields, answers: z.record(z.string(), answerValue).nullable() });

export const scorecardSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  passScore: z.number(),
  criteria: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      guidance: z.string(),
      weight: z.number(),
      maxPoints: z.number().int(),
      passMark: z.number(),
      critical: z.boolean(),
      allowNotApplicable: z.boolean(),
    }),
  ).readonly(),
});

const criterionResult = z.object({
  criterionId: z.string(),
  label: z.string().optional(),
  applicable: z.boolean(),
  points: z.number().nullable(),
  maxPoints: z.number(),
  fraction: z.number().nullable(),
  passed: z.boolean().nullable(),
  critical: z.boolean(),
  effectiveWeight: z.number(),
});

export const queueResponse = z.object({ reviews: z.array(reviewSchema), scorecards: z.array(scorecardSchema) });
export const reviewResultResponse = z.object({
  review: reviewSchema,
  result: z.object({ score: z.number(), passed: z.boolean(), perCriterion: z.array(criterionResult).readonly(), failedCriticalCriteria: z.array(z.string()).readonly() }),
});
export const reviewResponse = z.object({ review: reviewSchema });
export const contestsResponse = z.object({
  contests: z.array(
    reviewSchema.extend({
      agentName: z.string().nullable(),
      perCriterion: z.array(criterionResult),
      decidableByYou: z.boolean(),
    }),
  ),
});

const posterior = { posteriorMean: z.number(), posteriorSd: z.number() };
export const agentQualityResponse = z.object({
  agentId: z.string(),
  tier: z.enum(['probation', 'standard', 'expert']),
  certificationsHeld: z.array(z.string()),
  rankingScore: z.number(),
  storedQualityScore: z.number(),
  score: z.object({
    score: z.number(),
    lowerBound: z.number(),
    csat: z.object({ ratings: z.number(), satisfied: z.number(), ...posterior }),
    qa: z.object({ reviews: z.number(), excludedOverturned: z.number(), ...posterior }),
  }),
  probation: z.object({
    promote: z.boolean(),
    reason: z.string(),
    evidence: z.object({ reviews: z.number(), excludedOverturned: z.number(), qaAverage: z.number().nullable(), minReviews: z.number(), minQaAverage: z.number() }),
  }),
  certifications: z.array(
    z.object({
      eligible: z.boolean(),
      reason: z.string(),
      evidence: z.object({ topic: z.string(), reviews: z.number(), passes: z.number(), passRate: z.number().nullable(), minReviews: z.number(), minPassRate: z.number() }),
    }),
  ),
  csat: z.object({ ratings: z.number(), satisfied: z.number(), distribution: z.record(z.string(), z.number()) }),
  reviews: z.array(z.object({ ...reviewFields, perCriterion: z.array(criterionResult), countsTowardScore: z.boolean(), contestable: z.boolean() })),
});

export const calibrationResponse = z.object({
  scorecards: z.array(
    z.object({
      scorecardId: z.string(),
      version: z.number().int(),
      report: z.object({
        conversations: z.number(),
        perCriterion: z.array(z.object({ criterionId: z.string(), conversations: z.number(), agreements: z.number(), percentAgreement: z.number().nullable() })).readonly(),
        meanAbsoluteScoreDifference: z.number().nullable(),
        passFailObservedAgreement: z.number().nullable(),
        passFailExpectedAgreement: z.number().nullable(),
        passFailKappa: z.number().nullable(),
      }),
    }),
  ),
  pairs: z.array(
    z.object({
      conversationId: z.string(),
      reviewers: z.tuple([z.string().nullable(), z.string().nullable()]),
      scores: z.tuple([z.number().nullable(), z.number().nullable()]),
      passed: z.tuple([z.boolean().nullable(), z.boolean().nullable()]),
    }),
  ),
});
