import type { Interval } from '../../domain/workforce/index.js';
import type { PayRatesSource } from '../pay-rates/ports.js';
import type { Clock, IdGenerator } from '../ports.js';

/** A published on-call block. Times are epoch ms. */
export type OnCallBlockRecord = {
  id: string;
  startsAt: number;
  endsAt: number;
  headcount: number;
  standbyRateMinorPerHour: number;
  currency: string;
  createdAt: number;
  createdBy: string;
  settledAt: number | null;
};

export type BlockWithPlaces = OnCallBlockRecord & { claimed: number; placesLeft: number };

export type BlockClaimStatus = 'claimed' | 'released' | 'late_released' | 'no_show' | 'completed';

export type BlockClaim = {
  id: string;
  blockId: string;
  agentId: string;
  status: BlockClaimStatus;
  claimedAt: number;
  releasedAt: number | null;
};

/** Claims that hold a place in a block (the partial unique index counts the same set). */
export const PLACE_HOLDING_STATUSES: readonly BlockClaimStatus[] = ['claimed', 'completed', 'no_show'];

export interface BlockRepository {
  insertBlocks(blocks: OnCallBlockRecord[]): Promise<void>;
  get(blockId: string): Promise<OnCallBlockRecord | null>;
  /** Row lock on the block: claims and releases of one block are serialised behind it. */
  getForUpdate(blockId: string): Promise<OnCallBlockRecord | null>;
  /** Row lock on the agent (agents table): one agent's claims are serialised, so overlaps are caught. */
  lockAgent(agentId: string): Promise<boolean>;
  /** Blocks that end after `fromMs` and start before `toMs`, with the places already taken. */
  listBetween(fromMs: number, toMs: number): Promise<BlockWithPlaces[]>;
  countHeldPlaces(blockId: string): Promise<number>;
  heldClaim(blockId: string, agentId: string): Promise<BlockClaim | null>;
  /** The agent's place-holding claims on blocks overlapping [startMs, endMs). */
  overlappingClaims(agentId: string, startMs: number, endMs: number): Promise<BlockClaim[]>;
  insertClaim(claim: BlockClaim): Promise<void>;
  updateClaim(claimId: string, status: BlockClaimStatus, releasedAt: number | null): Promise<void>;
  claimsForBlock(blockId: string): Promise<BlockClaim[]>;
  /** The agent's claims (any status) on blocks ending after `fromMs`, with their blocks. */
  claimsForAgent(agentId: string, fromMs: number): Promise<Array<BlockClaim & { block: OnCallBlockRecord }>>;
  /** Claims overlapping [fromMs, toMs) whose time may have been paid: claimed, completed, late releases. */
  paidClaimsBetween(fromMs: number, toMs: number): Promise<Array<BlockClaim & { block: OnCallBlockRecord }>>;
  /** Ended, unsettled blocks, oldest first. */
  dueForSettlement(nowMs: number, limit: number): Promise<OnCallBlockRecord[]>;
  markSettled(blockId: string, atMs: number): Promise<void>;
  /** Agents holding a place in a block running at `nowMs`. */
  agentsInBlockAt(nowMs: number): Promise<string[]>;
}

export type PayKind = 'standby' | 'conversation' | 'surge' | 'quality_bonus' | 'training';
export type PayCauseKind = 'block' | 'conversation' | 'call_up' | 'review' | 'training';

/** Each kind of pay has exactly one kind of cause (the database checks the same pairs). */
export const CAUSE_OF_KIND: Readonly<Record<PayKind, PayCauseKind>> = {
  standby: 'block',
  conversation: 'conversation',
  surge: 'call_up',
  quality_bonus: 'review',
  training: 'training',
};

export type NewLedgerEntry = {
  agentId: string;
  kind: PayKind;
  amountMinor: number;
  currency: string;
  causeKind: PayCauseKind;
  causeId: string;
  detail: string;
  occurredAt: number;
};

export type LedgerEntry = NewLedgerEntry & { id: number; periodDay: string };

export interface PayLedgerRepository {
  /** Appends, or returns null when this cause already paid this agent this kind (nothing is written). */
  append(entry: NewLedgerEntry): Promise<LedgerEntry | null>;
  /** Entries with occurredAt in [fromMs, toMs), oldest first; all agents when `agentId` is absent. */
  list(filter: { agentId?: string; fromMs: number; toMs: number }): Promise<LedgerEntry[]>;
}

export type PresenceChange = { agentId: string; presence: string; atMs: number };
export type BusySpan = { agentId: string; conversationId: string; startMs: number; endMs: number | null };
export type OfferTally = { agentId: string; offers: number; declines: number };
export type IntentEscalation = { intent: string; conversations: number; escalated: number };
export type UnpaidResolution = { conversationId: string; agentId: string; resolvedAt: number; sensitive: boolean };

/** Read-only facts about work, from the shared tables (events, offers, conversations). */
export interface WorkActivityRepository {
  /** Presence changes in [fromMs, toMs) plus each agent's last change before `fromMs`, in time order. */
  presenceChanges(fromMs: number, toMs: number, agentIds?: string[]): Promise<PresenceChange[]>;
  /** Spans from an assignment to the end of that agent's hold on the conversation, overlapping the range. */
  busySpans(fromMs: number, toMs: number, agentIds?: string[]): Promise<BusySpan[]>;
  /** Offers made in [fromMs, toMs) per agent; declines include offers left to time out. */
  offerTallies(fromMs: number, toMs: number): Promise<OfferTally[]>;
  /** When the agent last took the conversation (assignment or accepted offer) at or before `atMs`. */
  assignedAt(conversationId: string, agentId: string, atMs: number): Promise<number | null>;
  /** Agent resolutions since `sinceMs` (the first per conversation and agent) with no conversation pay yet. */
  unpaidResolutions(sinceMs: number, limit: number): Promise<UnpaidResolution[]>;
  /** Start times of conversations since `sinceMs`, for forecasting. */
  conversationStarts(sinceMs: number): Promise<number[]>;
  /** Per intent since `sinceMs`: conversations and how many reached the human queue. */
  escalationByIntent(sinceMs: number): Promise<IntentEscalation[]>;
}

export type WorkforceStore = {
  blocks: BlockRepository;
  ledger: PayLedgerRepository;
  activity: WorkActivityRepository;
  transaction<T>(work: (tx: WorkforceStore) => Promise<T>): Promise<T>;
};

export type WorkforceDeps = {
  workforce: WorkforceStore;
  clock: Clock;
  ids: IdGenerator;
  /** The rates in force, read each time pay is worked out (an operator may change them). */
  payRates: PayRatesSource;
  /** Effective hourly pay below this is flagged in the fairness report (minor units per hour). */
  hourlyFloorMinor: number;
};

export type { Interval };
