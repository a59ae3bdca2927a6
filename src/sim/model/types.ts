import type { ConversationState } from '../../domain/conversation/index.js';
import type { AgentTier, Presence } from '../../domain/dispatch/index.js';
import type { AiOutcome } from '../../domain/quality/index.js';
import type { BlockBooking, Interval, PayLine } from '../../domain/workforce/index.js';
import type { ScheduledEvent } from '../kernel.js';
import type { IntentSpec, PoolSpec } from '../scenario.js';

/**
 * An agent as the simulator sees them: who they are, how they behave (their pool), and a mirror of
 * what the application has made of them (presence, load), kept from the use-cases' results and the
 * events they publish. The mirror feeds the metrics; the application's store stays the truth.
 */
export interface SimAgent {
  readonly id: string;
  readonly index: number;
  readonly pool: PoolSpec;
  readonly languages: readonly string[];
  readonly certifications: readonly string[];
  readonly tier: AgentTier;
  readonly capacity: number;
  readonly qualityScore: number;
  readonly callUpOptIn: boolean;
  presence: Presence;
  /** Inside a booked on-call block (and online): standby is being paid. */
  inPaidBlock: boolean;
  /** Open offers plus assigned chats: what dispatch counts against capacity. */
  load: number;
  /** Assigned chats only: an agent with none is waiting, not working. */
  assigned: number;
  /** The presence plan (blocks, ad-hoc windows) has the agent online now. */
  scheduledOnline: boolean;
  /** A call-up stay keeps the agent online until then. */
  calledUpUntilMs: number;
  bookings: BlockBooking[];
  online: Interval[];
  onlineSinceMs: number | null;
  busy: Interval[];
  busySinceMs: number | null;
  /** Standby lines from settling the agent's blocks (conversation and surge pay are in the ledger). */
  standby: PayLine[];
  offers: number;
  declines: number;
}

/** What was drawn for a customer when they first arrived (common random numbers across policies). */
export interface CustomerDraw {
  readonly intentIndex: number;
  readonly language: string;
  readonly vulnerable: boolean;
  readonly patienceMs: number;
  /** Uniforms for the AI's latent outcome and the escalation trigger on the first contact. */
  readonly outcomeU: number;
  readonly triggerU: number;
  readonly turns: number;
  readonly repeatU: number;
  readonly repeatDelayMs: number;
}

export type ResolvedBy = 'ai' | 'human';

/** A customer's conversation: the draw, the simulator's bookkeeping, and a mirror of its state in the store. */
export interface SimConversation {
  readonly id: string;
  readonly customerId: string;
  readonly customer: CustomerDraw;
  readonly intent: IntentSpec;
  /** The state the application last published for it. */
  state: ConversationState;
  /** When it (last) entered the human queue, as the application recorded it. */
  queuedAt: number | null;
  /** 1 for the first contact, 2 for the first repeat, … */
  contact: number;
  /** Interval (index) in which the conversation last entered the human queue. */
  queueInterval: number;
  /** Time the last human answer took (queue entry to accept), for the CSAT wait penalty. */
  waitMs: number;
  /** When the current agent accepted it (handle time, and so pay, runs from here). */
  acceptedAt: number | null;
  /** Offers made since the conversation last entered the queue. */
  offersThisEntry: number;
  abandonEvent: ScheduledEvent | null;
  /** The guardrail record of the last AI resolution, so a repeat contact can mark it. */
  aiOutcome: MutableAiOutcome | null;
}

export type MutableAiOutcome = { -readonly [K in keyof AiOutcome]: AiOutcome[K] };

export interface IntentRuntime {
  readonly spec: IntentSpec;
  readonly index: number;
}

export interface GuardrailSwitch {
  readonly intent: string;
  readonly atMs: number;
  readonly to: 'ai_first' | 'human_first';
  readonly reason: string;
  readonly decidingMetrics: readonly string[];
  /** False when the policy runs the guardrail in shadow (off): the switch was computed but not applied. */
  readonly applied: boolean;
}
