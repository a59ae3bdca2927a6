import type {
  AgentTier,
  AiOutcome,
  AutoQaFinding,
  ContestRecord,
  ContestStatus,
  GuardrailEvidence,
  GuardrailMode,
  ReviewAnswers,
  ReviewerCandidate,
  Scorecard,
} from '../../domain/quality/index.js';
import type { EventLog, TimerRepository } from '../ports.js';

/** One resolution of a conversation: what CSAT is asked about and what durability is judged on. */
export type Resolution = {
  id: string;
  conversationId: string;
  customerId: string;
  resolvedAt: number;
  /** 'ai' or the resolving agent's id. */
  resolvedBy: string;
  /** A human owned the conversation before this resolution. */
  humanTouched: boolean;
  intent: string | null;
  durable: boolean | null;
  notDurableReason: 'repeat_contact' | 'reopened' | null;
  repeatConversationId: string | null;
  checkedAt: number | null;
};

export type NewResolution = Pick<Resolution, 'id' | 'conversationId' | 'customerId' | 'resolvedAt' | 'resolvedBy' | 'humanTouched' | 'intent'>;

export interface ResolutionRepository {
  /** Idempotent on (conversation, resolvedAt): returns the stored row and whether this call created it. */
  record(resolution: NewResolution): Promise<{ resolution: Resolution; created: boolean }>;
  get(id: string): Promise<Resolution | null>;
  getForUpdate(id: string): Promise<Resolution | null>;
  findByConversationTime(conversationId: string, resolvedAt: number): Promise<Resolution | null>;
  /** The newest resolution of this customer and intent in [fromMs, toMs], in another conversation. */
  latestForRepeat(query: { customerId: string; intent: string; fromMs: number; toMs: number; excludeConversationId: string }): Promise<Resolution | null>;
  setDurability(id: string, outcome: { durable: boolean; reason: Resolution['notDurableReason']; repeatConversationId: string | null; checkedAt: number | null }): Promise<void>;
}

export type CsatResponse = {
  id: string;
  resolutionId: string;
  conversationId: string;
  resolvedAt: number;
  customerId: string;
  rating: number;
  comment: string | null;
  createdAt: number;
};

export interface CsatRepository {
  /** False when this resolution already has an answer (the unique index decides under concurrency). */
  insert(response: CsatResponse): Promise<boolean>;
  forResolution(resolutionId: string): Promise<CsatResponse | null>;
  /** Ratings of resolutions this agent made. */
  ratingsForAgent(agentId: string): Promise<number[]>;
}

export type ReviewStatus = 'queued' | 'in_review' | 'done';

export type QaReview = {
  id: string;
  conversationId: string;
  resolutionId: string | null;
  /** Null for a conversation the AI handled alone. */
  agentId: string | null;
  reviewerId: string | null;
  scorecardId: string;
  scorecardVersion: number;
  topic: string;
  answers: ReviewAnswers | null;
  score: number | null;
  passed: boolean | null;
  sampleReason: string;
  calibrationOf: string | null;
  status: ReviewStatus;
  contestStatus: ContestStatus;
  contest: ContestRecord | null;
  createdAt: number;
  completedAt: number | null;
};

export interface ReviewRepository {
  /** False when the resolution already has a primary review. */
  insert(review: QaReview): Promise<boolean>;
  get(id: string): Promise<QaReview | null>;
  getForUpdate(id: string): Promise<QaReview | null>;
  update(review: QaReview): Promise<void>;
  /** Open reviews, oldest first; with a reviewer id, theirs plus the unassigned ones. */
  queue(filter: { reviewerId?: string; limit: number }): Promise<QaReview[]>;
  forConversation(conversationId: string): Promise<QaReview[]>;
  /** Reviews with a contest in this state: open ones oldest contest first, decided ones newest decision first. */
  contested(filter: { status: Exclude<ContestStatus, 'none'>; limit: number }): Promise<QaReview[]>;
  /** Completed primary reviews of an agent (calibration seconds never count toward a score). */
  doneForAgent(agentId: string): Promise<QaReview[]>;
  /** Completed calibration reviews, each with its completed primary. */
  calibrationPairs(limit: number): Promise<{ primary: QaReview; second: QaReview }[]>;
  /** Supervisors who may review, with the number of open reviews each holds. */
  reviewerCandidates(): Promise<ReviewerCandidate[]>;
}

export interface ScorecardRepository {
  active(): Promise<Scorecard | null>;
  get(id: string, version: number): Promise<Scorecard | null>;
  /** Stores a scorecard version and makes it the active one. */
  activate(card: Scorecard, now: number): Promise<void>;
}

export type StoredFinding = AutoQaFinding & { messageSeq: number | null };

export interface FindingRepository {
  /** Replaces the findings of one resolution (auto-QA is re-run when a conversation is resolved again). */
  replace(conversationId: string, resolutionId: string, findings: StoredFinding[], now: number): Promise<void>;
  forConversation(conversationId: string): Promise<(StoredFinding & { resolutionId: string | null; createdAt: number })[]>;
}

export type StoredGuardrailState = {
  intent: string;
  mode: GuardrailMode;
  since: number;
  switchCount: number;
  lastEvidence: GuardrailEvidence | null;
  lastStepAt: number | null;
};

export type GuardrailSwitch = {
  id: number;
  intent: string;
  fromMode: GuardrailMode;
  toMode: GuardrailMode;
  reason: string;
  evidence: GuardrailEvidence;
  at: number;
};

export interface GuardrailRepository {
  /** Creates the row (AI-first since `sinceIfNew`) when missing, then locks it for the transaction. */
  lock(intent: string, sinceIfNew: number): Promise<StoredGuardrailState>;
  save(state: StoredGuardrailState): Promise<void>;
  appendSwitch(entry: Omit<GuardrailSwitch, 'id'>): Promise<void>;
  list(): Promise<StoredGuardrailState[]>;
  recentSwitches(limit: number): Promise<GuardrailSwitch[]>;
  humanFirstIntents(): Promise<string[]>;
  /** Intents with AI resolutions since `sinceMs`, plus every intent that has a state row. */
  intentsToStep(sinceMs: number): Promise<string[]>;
  /** AI-only resolutions of the intent in [fromMs, toMs], newest first, as the controller sees them. */
  aiOutcomes(intent: string, fromMs: number, toMs: number, limit: number): Promise<AiOutcome[]>;
}

export interface SettingsRepository {
  get(key: string): Promise<Record<string, unknown> | null>;
  set(key: string, value: Record<string, unknown>, by: string, now: number): Promise<void>;
}

export type AgentQualityProfile = { id: string; role: 'agent' | 'supervisor'; tier: AgentTier; certifications: string[]; qualityScore: number };

export interface AgentQualityRepository {
  /** With `forUpdate`, locks the agent row: two refreshes of one agent's score do not interleave. */
  profile(agentId: string, forUpdate?: boolean): Promise<AgentQualityProfile | null>;
  setQualityScore(agentId: string, score: number): Promise<void>;
  setTier(agentId: string, tier: AgentTier): Promise<void>;
  setCertifications(agentId: string, certifications: string[]): Promise<void>;
}

/** Everything the reports need about one conversation, gathered in one query. */
export type ConversationFacts = {
  id: string;
  customerId: string;
  state: string;
  intent: string | null;
  escalationReason: string | null;
  createdAt: number;
  updatedAt: number;
  queuedAt: number | null;
  firstCustomerMessageAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** 'ai' and agent ids in the order they owned the conversation (repeats included). */
  ownerHistory: string[];
  /** Of the latest resolution. */
  resolvedBy: string | null;
  durable: boolean | null;
  csat: number | null;
  /** Mean of completed, not overturned, primary reviews. */
  qaScore: number | null;
  autoQaFindings: number;
  aiMessages: number;
  agentPayMinor: number;
};

export interface ReportRepository {
  conversationFacts(filter: { fromMs: number; toMs: number; limit: number }): Promise<ConversationFacts[]>;
}

/** The quality module's repositories, bound to one connection or transaction. */
export type QualityStore = {
  resolutions: ResolutionRepository;
  csat: CsatRepository;
  reviews: ReviewRepository;
  scorecards: ScorecardRepository;
  findings: FindingRepository;
  guardrail: GuardrailRepository;
  settings: SettingsRepository;
  agents: AgentQualityRepository;
  reports: ReportRepository;
  /** The shared event log and timers, bound to the same transaction as the rest. */
  events: EventLog;
  timers: TimerRepository;
  transaction<T>(work: (tx: QualityStore) => Promise<T>): Promise<T>;
};

/** What the guardrail needs of the quality store: its state, the operator's floors, the event log (the simulator supplies just these). */
export type GuardrailStore = Pick<QualityStore, 'guardrail' | 'settings' | 'events'> & {
  transaction<T>(work: (tx: GuardrailStore) => Promise<T>): Promise<T>;
};
