import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * One schema for embedded PGlite and PostgreSQL; drizzle-kit generates the migrations in ./drizzle from it.
 * Times are `timestamptz`; repositories convert to epoch milliseconds at the boundary.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const customers = pgTable('customers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email'),
  language: text('language').notNull().default('en'),
  vulnerable: boolean('vulnerable').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const agents = pgTable(
  'agents',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['agent', 'supervisor'] }).notNull().default('agent'),
    languages: jsonb('languages').$type<string[]>().notNull().default(sql`'["en"]'::jsonb`),
    skills: jsonb('skills').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    certifications: jsonb('certifications').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    tier: text('tier', { enum: ['probation', 'standard', 'expert'] }).notNull().default('probation'),
    capacity: integer('capacity').notNull().default(2),
    qualityScore: real('quality_score').notNull().default(0.7),
    callUpOptIn: boolean('call_up_opt_in').notNull().default(false),
    presence: text('presence', { enum: ['offline', 'available', 'away'] }).notNull().default('offline'),
    /** Last heartbeat on the agent's socket: presence decays to away when it goes quiet. */
    lastSeenAt: ts('last_seen_at'),
    lastOfferAt: ts('last_offer_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agents_email_unique').on(t.email)],
);

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    state: text('state').notNull(),
    ownerAgentId: text('owner_agent_id').references(() => agents.id),
    offeredAgentId: text('offered_agent_id').references(() => agents.id),
    previousAgentId: text('previous_agent_id').references(() => agents.id),
    language: text('language').notNull().default('en'),
    intent: text('intent'),
    priority: integer('priority').notNull().default(2),
    escalationReason: text('escalation_reason'),
    /** Routing needs, set when the conversation enters the queue (from the intent policy). */
    requiredCertification: text('required_certification'),
    sensitive: boolean('sensitive').notNull().default(false),
    widened: boolean('widened').notNull().default(false),
    lastSeq: integer('last_seq').notNull().default(0),
    /** Optimistic-concurrency counter: every state change is a conditional update on it. */
    version: integer('version').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    queuedAt: ts('queued_at'),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [
    index('conversations_customer_idx').on(t.customerId, t.createdAt),
    index('conversations_state_idx').on(t.state, t.priority, t.queuedAt),
    index('conversations_owner_idx').on(t.ownerAgentId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id),
    seq: integer('seq').notNull(),
    authorKind: text('author_kind', { enum: ['customer', 'ai', 'agent', 'system'] }).notNull(),
    authorId: text('author_id'),
    clientMessageId: text('client_message_id'),
    body: text('body').notNull(),
    /** Citations, actions and other structured data that travel with a message (AI replies mostly). */
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_conversation_seq_unique').on(t.conversationId, t.seq),
    uniqueIndex('messages_client_id_unique').on(t.conversationId, t.clientMessageId),
  ],
);

/** Append-only: rows are inserted, never updated or deleted (the audit trail and the source of reports). */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    conversationId: text('conversation_id'),
    actor: text('actor'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('events_conversation_idx').on(t.conversationId, t.id), index('events_type_idx').on(t.type, t.occurredAt)],
);

/**
 * Offers: one conversation to one agent at a time, with a deadline. The partial unique index is the
 * database's guarantee that a conversation never has two open offers.
 */
export const offers = pgTable(
  'offers',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    status: text('status', { enum: ['offered', 'accepted', 'declined', 'timed_out', 'withdrawn'] }).notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    answeredAt: ts('answered_at'),
    /** Why this agent: the ranking components, weights and a sentence, shown to the agent. */
    rank: jsonb('rank').$type<Record<string, unknown>>().notNull(),
    payMinor: integer('pay_minor').notNull(),
    surgeMinor: integer('surge_minor').notNull().default(0),
    declineReason: text('decline_reason'),
    /** Whether this decline or timeout used the agent's free decline budget. */
    countedAgainstAgent: boolean('counted_against_agent'),
  },
  (t) => [
    uniqueIndex('offers_one_open_per_conversation').on(t.conversationId).where(sql`status = 'offered'`),
    index('offers_agent_idx').on(t.agentId, t.status),
    index('offers_conversation_idx').on(t.conversationId),
  ],
);

/** The assistant's memory of one conversation (slots, a pending confirmation) and its per-turn signals. */
export const assistantState = pgTable('assistant_state', {
  conversationId: text('conversation_id')
    .primaryKey()
    .references(() => conversations.id),
  memory: jsonb('memory').$type<Record<string, unknown>>().notNull(),
  history: jsonb('history').$type<Record<string, unknown>[]>().notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Durable timers: claimed with FOR UPDATE SKIP LOCKED, so a crashed node's timers are picked up by another. */
export const timers = pgTable(
  'timers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    dueAt: ts('due_at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** Optional: at most one pending timer per key (e.g. one expiry per offer). */
    dedupeKey: text('dedupe_key'),
    claimedBy: text('claimed_by'),
    claimedUntil: ts('claimed_until'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('timers_due_idx').on(t.dueAt), uniqueIndex('timers_dedupe_unique').on(t.dedupeKey)],
);

export type CustomerRow = typeof customers.$inferSelect;
export type AgentRow = typeof agents.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type TimerRow = typeof timers.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;
export * from './schema-backoffice.js';
export * from './schema-workforce.js';
export * from './schema-quality.js';
export * from './schema-simulations.js';
