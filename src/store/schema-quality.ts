import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ContestRecord, GuardrailEvidence, ReviewAnswers, Scorecard } from '../domain/quality/index.js';

/**
 * Quality: CSAT, durable resolution, QA reviews, auto-QA findings and the guardrail. Moments are
 * `timestamptz`, read as epoch ms by the repositories. Like the back office's tables, these reference the
 * core tables by id without foreign keys: schema.ts re-exports this file, and importing it back would make
 * the two modules a cycle.
 */
const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per resolution (a reopened and re-resolved conversation has two): the unit CSAT and durability are about. */
export const resolutions = pgTable(
  'resolutions',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull(),
    customerId: text('customer_id').notNull(),
    resolvedAt: moment('resolved_at').notNull(),
    /** 'ai' or the resolving agent's id. */
    resolvedBy: text('resolved_by').notNull(),
    /** A human owned the conversation at some point: it is judged as the human's, even if the AI closed it. */
    humanTouched: boolean('human_touched').notNull(),
    intent: text('intent'),
    /** Null until the 7-day check, or until a repeat contact or a reopen proves it was not durable. */
    durable: boolean('durable'),
    notDurableReason: text('not_durable_reason', { enum: ['repeat_contact', 'reopened'] }),
    repeatConversationId: text('repeat_conversation_id'),
    checkedAt: moment('checked_at'),
  },
  (t) => [
    uniqueIndex('resolutions_conversation_time_unique').on(t.conversationId, t.resolvedAt),
    index('resolutions_customer_intent_idx').on(t.customerId, t.intent, t.resolvedAt),
    index('resolutions_intent_idx').on(t.intent, t.resolvedAt),
    index('resolutions_resolved_by_idx').on(t.resolvedBy, t.resolvedAt),
  ],
);

/** The unique index is the one-answer-per-resolution rule, enforced by the database under concurrency. */
export const csatResponses = pgTable(
  'csat_responses',
  {
    id: text('id').primaryKey(),
    resolutionId: text('resolution_id').notNull().references(() => resolutions.id),
    conversationId: text('conversation_id').notNull(),
    resolvedAt: moment('resolved_at').notNull(),
    customerId: text('customer_id').notNull(),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('csat_one_per_resolution').on(t.conversationId, t.resolvedAt),
    uniqueIndex('csat_resolution_unique').on(t.resolutionId),
    check('csat_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);

/** Scorecards are data; exactly one is active and new reviews use it. Old reviews keep their version. */
export const scorecards = pgTable(
  'scorecards',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Scorecard>().notNull(),
    active: boolean('active').notNull().default(false),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] }), uniqueIndex('scorecards_one_active').on(t.active).where(sql`active`)],
);

export const qaReviews = pgTable(
  'qa_reviews',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull(),
    resolutionId: text('resolution_id').references(() => resolutions.id),
    /** The reviewed agent; null for a conversation the AI handled alone. */
    agentId: text('agent_id'),
    /** A supervisor's agent id or 'admin'; null while nobody eligible was free to take it. */
    reviewerId: text('reviewer_id'),
    scorecardId: text('scorecard_id').notNull(),
    scorecardVersion: integer('scorecard_version').notNull(),
    /** Certification topic (disputes, hardship, fraud) or 'general'. */
    topic: text('topic').notNull(),
    answers: jsonb('answers').$type<ReviewAnswers>(),
    score: real('score'),
    passed: boolean('passed'),
    sampleReason: text('sample_reason').notNull(),
    /** Set on the second, independent review of a conversation; it feeds calibration, not the agent's score. */
    calibrationOf: text('calibration_of'),
    status: text('status', { enum: ['queued', 'in_review', 'done'] }).notNull(),
    contestStatus: text('contest_status', { enum: ['none', 'open', 'upheld', 'overturned'] }).notNull().default('none'),
    contest: jsonb('contest').$type<ContestRecord>(),
    createdAt: moment('created_at').notNull(),
    completedAt: moment('completed_at'),
  },
  (t) => [
    // A resolution is sampled once, whichever rule picks it first (at resolution, or a low CSAT later).
    uniqueIndex('qa_reviews_one_primary_per_resolution').on(t.resolutionId).where(sql`calibration_of is null`),
    index('qa_reviews_queue_idx').on(t.status, t.reviewerId, t.createdAt),
    index('qa_reviews_agent_idx').on(t.agentId, t.status),
    index('qa_reviews_conversation_idx').on(t.conversationId),
  ],
);

export const autoQaFindings = pgTable(
  'auto_qa_findings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: text('conversation_id').notNull(),
    resolutionId: text('resolution_id').references(() => resolutions.id),
    code: text('code').notNull(),
    /** Index into the transcript as checked; null for a finding about the whole conversation. */
    messageIndex: integer('message_index'),
    messageSeq: integer('message_seq'),
    detail: text('detail').notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [index('auto_qa_findings_conversation_idx').on(t.conversationId), index('auto_qa_findings_code_idx').on(t.code, t.createdAt)],
);

export const guardrailState = pgTable('guardrail_state', {
  intent: text('intent').primaryKey(),
  mode: text('mode', { enum: ['ai_first', 'human_first'] }).notNull(),
  since: moment('since').notNull(),
  switchCount: integer('switch_count').notNull().default(0),
  /** The evidence of the latest step, switch or not: what the console shows. */
  lastEvidence: jsonb('last_evidence').$type<GuardrailEvidence>(),
  lastStepAt: moment('last_step_at'),
});

/** Append-only: every switch with the evidence that caused it. */
export const guardrailSwitches = pgTable(
  'guardrail_switches',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    intent: text('intent').notNull(),
    fromMode: text('from_mode', { enum: ['ai_first', 'human_first'] }).notNull(),
    toMode: text('to_mode', { enum: ['ai_first', 'human_first'] }).notNull(),
    reason: text('reason').notNull(),
    evidence: jsonb('evidence').$type<GuardrailEvidence>().notNull(),
    at: moment('at').notNull(),
  },
  (t) => [index('guardrail_switches_intent_idx').on(t.intent, t.at), index('guardrail_switches_at_idx').on(t.at)],
);

/** Operator settings of the quality module (guardrail floors), one JSON value per key. */
export const qualitySettings = pgTable('quality_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: moment('updated_at').notNull(),
});

export type ResolutionRow = typeof resolutions.$inferSelect;
export type CsatRow = typeof csatResponses.$inferSelect;
export type QaReviewRow = typeof qaReviews.$inferSelect;
export type GuardrailStateRow = typeof guardrailState.$inferSelect;
export type GuardrailSwitchRow = typeof guardrailSwitches.$inferSelect;
