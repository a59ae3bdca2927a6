import type { Principal } from '../domain/auth/access.js';
import type { AuthorKind, Conversation, Message } from '../domain/conversation/types.js';
import type { HandlingObservations } from '../domain/dispatch/index.js';

/** Time comes from here, never from Date.now(), so tests and the simulator control it. */
export type Clock = { now(): number };

/** Ids are random: generated outside the domain and passed in. */
export type IdGenerator = { next(prefix: string): string };

export type Customer = { id: string; name: string; email: string | null; language: string; vulnerable: boolean };

export type Agent = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: 'agent' | 'supervisor';
  languages: string[];
  skills: string[];
  certifications: string[];
  tier: 'probation' | 'standard' | 'expert';
  capacity: number;
  qualityScore: number;
  callUpOptIn: boolean;
  presence: 'offline' | 'available' | 'away';
  lastSeenAt: number | null;
  lastOfferAt: number | null;
};

export type ConversationFilter = {
  state?: string;
  customerId?: string;
  limit: number;
  beforeCreatedAt?: number;
  /** Case-insensitive substring of the conversation id, customer id/name/email, intent, owner or any message text. */
  search?: string;
};

export interface ConversationRepository {
  insert(conversation: Conversation): Promise<void>;
  get(id: string): Promise<Conversation | null>;
  /** Row lock for the rest of the transaction: serialises writers on one conversation. */
  getForUpdate(id: string): Promise<Conversation | null>;
  /** Conditional on `expectedVersion`: false when someone else changed the conversation first. */
  update(conversation: Conversation, expectedVersion: number): Promise<boolean>;
  bumpSeq(id: string): Promise<number>;
  list(filter: ConversationFilter): Promise<Conversation[]>;
}

export type NewMessage = {
  conversationId: string;
  authorKind: AuthorKind;
  authorId: string | null;
  clientMessageId: string | null;
  body: string;
  meta?: Record<string, unknown>;
};

export interface MessageRepository {
  insert(message: Message): Promise<void>;
  findByClientId(conversationId: string, clientMessageId: string): Promise<Message | null>;
  listAfter(conversationId: string, afterSeq: number, limit: number): Promise<Message[]>;
}

export type DomainEvent = {
  type: string;
  conversationId: string | null;
  actor: string | null;
  payload: Record<string, unknown>;
  occurredAt: number;
};

export interface EventLog {
  append(events: DomainEvent[]): Promise<void>;
  listForConversation(conversationId: string): Promise<(DomainEvent & { id: number })[]>;
}

export interface CustomerRepository {
  get(id: string): Promise<Customer | null>;
  upsert(customer: Customer): Promise<void>;
}

export interface AgentRepository {
  get(id: string): Promise<Agent | null>;
  getByEmail(email: string): Promise<Agent | null>;
  insert(agent: Agent): Promise<void>;
  list(): Promise<Agent[]>;
}

export type TimerSpec = { kind: string; dueAt: number; payload: Record<string, unknown>; dedupeKey?: string };
export type ClaimedTimer = TimerSpec & { id: number; attempts: number };

export interface TimerRepository {
  /** With a dedupe key, a second schedule for the same key is a no-op (returns false). */
  schedule(timer: TimerSpec): Promise<boolean>;
  cancel(dedupeKey: string): Promise<void>;
  /** Claims due timers for `leaseMs` with FOR UPDATE SKIP LOCKED: a crashed claimer's lease simply runs out. */
  claimDue(owner: string, now: number, leaseMs: number, limit: number): Promise<ClaimedTimer[]>;
  complete(id: number): Promise<void>;
  countPending(): Promise<number>;
  /** When the next timer can be claimed (its due time, or just after a running lease), or null when none is pending. */
  nextDueAt(): Promise<number | null>;
}

/** The repositories, bound to one database connection or transaction. */
export type Store = {
  conversations: ConversationRepository;
  messages: MessageRepository;
  events: EventLog;
  customers: CustomerRepository;
  agents: AgentRepository;
  timers: TimerRepository;
  offers: OfferRepository;
  dispatch: DispatchRepository;
  assistant: AssistantStateRepository;
  /** Runs `work` in one database transaction; the repositories it receives are bound to it. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
};

/** Realtime fan-out: in-process in embedded mode, LISTEN/NOTIFY between nodes in a cluster. */
export type RealtimeEvent =
  | { type: 'message.created'; conversationId: string; message: Message }
  | { type: 'conversation.updated'; conversationId: string; conversation: Conversation }
  /** "Re-read from the database": sent when an event was too large to carry or may have been missed. */
  | { type: 'stale'; conversationId: string }
  | { type: 'queue.position'; conversationId: string; position: number; etaSeconds: number | null }
  | { type: 'offer.created'; agentId: string; offer: OfferView }
  | { type: 'offer.closed'; agentId: string; offerId: string; status: OfferStatus }
  | { type: 'call_up'; agentId: string; surgeBonusMinor: number; expiresAt: number; waiting: number }
  /** Wakes the dispatcher (on the leader node) after an escalation, a freed slot or an answered offer. */
  | { type: 'dispatch.kick' };

/** What an agent sees of an offer: topic, language, wait, pay, and why it came to them. */
export type OfferView = {
  offerId: string;
  conversationId: string;
  intent: string | null;
  language: string;
  waitedSeconds: number;
  payMinor: number;
  surgeMinor: number;
  currency: string;
  why: string;
  expiresAt: number;
  escalationReason: string | null;
};

export interface EventBus {
  publish(topic: string, event: RealtimeEvent): Promise<void>;
  subscribe(topic: string, handler: (event: RealtimeEvent) => void): () => void;
}

export const conversationTopic = (conversationId: string) => `conversation:${conversationId}`;
export const agentTopic = (agentId: string) => `agent:${agentId}`;
export const DISPATCH_TOPIC = 'dispatch';

export interface TokenService {
  sign(principal: Principal, ttlSeconds: number): Promise<string>;
  /** null for a missing, malformed, expired or forged token. */
  verify(token: string): Promise<Principal | null>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

/** Verifies the company backend's signature over a customer id (embedded-widget identity). */
export interface CustomerIdentityVerifier {
  verify(customerId: string, signature: string): boolean;
}

/** A reply a person may send after editing it: help-article sentences, cited to their article. */
export type SuggestedReply = { text: string; article: { id: string; title: string } };

/**
 * The help-article retrieval the assistant answers with (BM25 over the shipped articles, built in main.ts):
 * the best `limit` replies for the customer's words, favouring articles written for the conversation's topic.
 */
export type SuggestReplies = (query: { text: string; intent: string | null }, limit: number) => SuggestedReply[] | Promise<SuggestedReply[]>;

export type ToolActor = { kind: 'ai' } | { kind: 'agent'; agentId: string };

export type ToolAuditRecord = {
  id: number;
  tool: string;
  actor: ToolActor;
  conversationId: string | null;
  customerId: string;
  args: Record<string, unknown>;
  result: Record<string, unknown>;
  ok: boolean;
  idempotencyKey: string | null;
  createdAt: number;
};

/** Append-only record of every tool call; the unique key (customer, tool, idempotency key) makes actions idempotent. */
export interface ToolAuditRepository {
  append(record: Omit<ToolAuditRecord, 'id'>): Promise<ToolAuditRecord | null>;
  findByKey(customerId: string, tool: string, idempotencyKey: string): Promise<ToolAuditRecord | null>;
  list(filter: { conversationId?: string; customerId?: string; limit: number }): Promise<ToolAuditRecord[]>;
}

export interface ToolPolicyRepository {
  /** Stored overrides only; the caller merges them over the shipped defaults. */
  overrides(): Promise<Record<string, 'ai' | 'confirm' | 'human_only'>>;
  set(tool: string, mode: 'ai' | 'confirm' | 'human_only', by: string, at: number): Promise<void>;
}

export type OfferStatus = 'offered' | 'accepted' | 'declined' | 'timed_out' | 'withdrawn';

export type Offer = {
  id: string;
  conversationId: string;
  agentId: string;
  status: OfferStatus;
  createdAt: number;
  expiresAt: number;
  answeredAt: number | null;
  rank: Record<string, unknown>;
  payMinor: number;
  surgeMinor: number;
  declineReason: string | null;
  countedAgainstAgent: boolean | null;
};

export interface OfferRepository {
  insert(offer: Offer): Promise<void>;
  get(id: string): Promise<Offer | null>;
  /** Row lock: accept, decline and expiry of one offer are serialised. */
  getForUpdate(id: string): Promise<Offer | null>;
  update(offer: Offer): Promise<void>;
  listOpenForAgent(agentId: string): Promise<Offer[]>;
  openForConversation(conversationId: string): Promise<Offer | null>;
  /** Agents who declined or let an offer of each conversation time out: never offered it again. */
  exclusions(conversationIds: string[]): Promise<Map<string, string[]>>;
  /** Times of this agent's declines and timeouts that used the free decline budget, since `sinceMs`. */
  budgetUsesSince(agentId: string, sinceMs: number): Promise<number[]>;
  listForAgent(agentId: string, limit: number): Promise<Offer[]>;
}

/** A call-up an agent can still answer: `id` names it in the pay ledger (one surge bonus per call-up). */
export type OpenCallUp = { id: string; surgeBonusMinor: number };

/** An agent as dispatch sees them: the profile plus current load (assigned chats + open offers). */
export type AgentWithLoad = Agent & { load: number; assigned: number };

export interface DispatchRepository {
  /** Queued conversations, oldest first within priority, at most `limit`. */
  queued(limit: number): Promise<Conversation[]>;
  /** Agents with presence available and their current load. */
  availableAgents(): Promise<AgentWithLoad[]>;
  /** Every agent (or those with one presence) with their current load, by name, in one query. */
  agentsWithLoad(filter?: { presence?: Agent['presence'] }): Promise<AgentWithLoad[]>;
  /** Offline agents who opted in to call-ups. */
  offlineOptedIn(): Promise<Agent[]>;
  agentWithLoad(agentId: string): Promise<AgentWithLoad | null>;
  /** Row lock on the agent: capacity checks and assignments of one agent are serialised. */
  lockAgent(agentId: string): Promise<AgentWithLoad | null>;
  /** `seenAt` null keeps the last heartbeat (a presence change made by the system, not the agent). */
  setPresence(agentId: string, presence: Agent['presence'], seenAt: number | null): Promise<void>;
  touch(agentId: string, now: number): Promise<void>;
  setLastOfferAt(agentId: string, now: number): Promise<void>;
  /** Agents marked available or away whose last heartbeat is older than `before`. */
  silentSince(before: number): Promise<Agent[]>;
  /** The conversations the agent owns now, oldest change first, each with when they took it. */
  assignedTo(agentId: string): Promise<AssignedConversation[]>;
  /** Chats agents resolved (time from assignment) and offers answered since `sinceMs`: what the wait estimate learns from. */
  handlingSince(sinceMs: number): Promise<HandlingObservations>;
  /** The latest call-up that named this agent and is still open at `now` (its event id and surge bonus), or null. */
  openCallUp(agentId: string, now: number): Promise<OpenCallUp | null>;
}

/** A conversation an agent owns, with when they took it (their latest `conversation.assigned`). */
export type AssignedConversation = Conversation & { assignedAt: number };

export type AssistantState = { memory: Record<string, unknown>; history: Record<string, unknown>[] };

export interface AssistantStateRepository {
  get(conversationId: string): Promise<AssistantState | null>;
  save(conversationId: string, state: AssistantState, now: number): Promise<void>;
}
