import type { ConversationSnapshot } from '../../domain/conversation/index.js';
import type { AgentTier, DispatchAgent, Offer, Presence, QueuedConversation } from '../../domain/dispatch/index.js';
import type { AiOutcome, GuardrailState } from '../../domain/quality/index.js';
import type { BlockBooking, Interval, PayLine } from '../../domain/workforce/index.js';
import type { ScheduledEvent } from '../kernel.js';
import type { IntentSpec, PoolSpec } from '../scenario.js';

/** An agent as the simulator keeps them: the dispatch view's fields plus behaviour and bookkeeping. */
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
  lastOfferAtMs: number | null;
  /** The presence plan (blocks, ad-hoc windows) has the agent online now. */
  scheduledOnline: boolean;
  /** A call-up stay keeps the agent online until then. */
  calledUpUntilMs: number;
  /** The call-up whose bonus this agent can still earn (paid once, on the first conversation handled). */
  callUp: { expiresAtMs: number; bonusPaid: boolean } | null;
  bookings: BlockBooking[];
  online: Interval[];
  onlineSinceMs: number | null;
  busy: Interval[];
  busySinceMs: number | null;
  pay: PayLine[];
  offers: number;
  declines: number;
  /** Cached dispatch view; null when something it shows has changed. */
  view: DispatchAgent | null;
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

export interface SimConversation {
  readonly id: string;
  readonly customer: CustomerDraw;
  readonly intent: IntentSpec;
  snapshot: ConversationSnapshot;
  /** Bumped on every transition, as the store's conditional update would. */
  version: number;
  /** 1 for the first contact, 2 for the first repeat, … */
  contact: number;
  /** Interval (index) in which the conversation last entered the human queue. */
  queueInterval: number;
  /** Time the last human answer took (queue entry to accept), for the CSAT wait penalty. */
  waitMs: number;
  excludedAgentIds: string[];
  /** Offers made since the conversation last entered the queue. */
  offersThisEntry: number;
  widened: boolean;
  offer: Offer | null;
  offerEvent: ScheduledEvent | null;
  abandonEvent: ScheduledEvent | null;
  /** The guardrail record of the last AI resolution, so a repeat contact can mark it. */
  aiOutcome: MutableAiOutcome | null;
  /** Cached dispatch view while queued; null when it must be rebuilt. */
  view: QueuedConversation | null;
}

export type MutableAiOutcome = { -readonly [K in keyof AiOutcome]: AiOutcome[K] };

export interface IntentRuntime {
  readonly spec: IntentSpec;
  readonly index: number;
  guardrail: GuardrailState;
  /** Most recent AI outcomes, oldest first, capped (the guardrail only looks at the latest 200 per metric). */
  outcomes: MutableAiOutcome[];
  /** An outcome was added or changed since the guardrail last stepped this intent. */
  changed: boolean;
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
