/**
 * Plain-data shapes the dispatch rules work on. The runtime builds them from the database each tick;
 * nothing here is persisted by this module.
 */

/** Only 'available' agents can receive offers; 'away' is online but paused; 'offline' can only be called up. */
export type Presence = 'offline' | 'available' | 'away';

/** Probation agents are kept off sensitive intents (see eligibility.ts). */
export type AgentTier = 'probation' | 'standard' | 'expert';

export interface DispatchAgent {
  readonly id: string;
  /** Language codes, compared exactly (the caller normalises, e.g. lowercase ISO 639-1 'en', 'es'). */
  readonly languages: readonly string[];
  /** Certifications such as 'disputes', 'hardship', 'fraud'; the hard gate for `requiredCertification`. */
  readonly certifications: readonly string[];
  readonly tier: AgentTier;
  /** Concurrent chats this agent takes (1–4 in practice). 0 means "takes none". */
  readonly capacity: number;
  /** Chats currently assigned or offered (an open offer occupies a slot). */
  readonly load: number;
  /** 0..1, from the quality module; values outside are clamped when ranking. */
  readonly qualityScore: number;
  /** Opted in to receive call-ups while offline. */
  readonly callUpOptIn: boolean;
  readonly presence: Presence;
  /** Inside a paid on-call block right now (paid standby, so using them first costs nothing extra). */
  readonly inPaidBlock: boolean;
  /** When this agent last received an offer; null if never (this session or ever — the caller decides). */
  readonly lastOfferAtMs: number | null;
}

export interface QueuedConversation {
  readonly id: string;
  readonly language: string;
  readonly intent: string;
  /** At most one certification is required; null = none. */
  readonly requiredCertification: string | null;
  /** Sensitive intents (e.g. hardship, vulnerable customers) are never offered to probation agents. */
  readonly sensitive: boolean;
  /**
   * Lower is served first. Convention: 0 = vulnerable / urgent, 1 = returning customer or SLA risk,
   * 2 = normal. Non-negative integers; aging (queue-order.ts) can promote a class towards 0.
   */
  readonly priorityClass: number;
  readonly enqueuedAtMs: number;
  /** Agents who declined this conversation or let its offer time out: never offered it again. */
  readonly excludedAgentIds: readonly string[];
  /** The agent who last helped this customer, for stickiness; null if none. */
  readonly previousAgentId: string | null;
  /** Set by the runtime once `shouldWiden` said so; widening relaxes preferences, never hard rules. */
  readonly widened: boolean;
}

export interface DispatchSnapshot {
  readonly queue: readonly QueuedConversation[];
  readonly agents: readonly DispatchAgent[];
  readonly nowMs: number;
}

/** Weights of the ranking components; every component is in [0, 1]. */
export interface RankingWeights {
  readonly quality: number;
  readonly fairness: number;
  readonly paidBlock: number;
  readonly load: number;
  readonly stickiness: number;
}

/** Each component in [0, 1], under the same names as the weights (see ranking.ts for definitions). */
export type RankingComponents = RankingWeights;

export interface RankExplanation {
  /** Weighted sum of the components (not normalised). */
  readonly score: number;
  readonly components: RankingComponents;
  /** The weights actually used (after widening), so the explanation can be replayed. */
  readonly weights: RankingWeights;
  /** Short sentence for the agent: why this offer came to them. */
  readonly summary: string;
}

export interface Proposal {
  readonly conversationId: string;
  readonly agentId: string;
  readonly rank: RankExplanation;
}
