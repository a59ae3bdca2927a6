import { PriorityQueue } from '@datastructures-js/priority-queue';
import type { Agent, AssistantState, Customer, DomainEvent, Offer } from '../../app/ports.js';
import type { Conversation, Message } from '../../domain/conversation/types.js';
import type { LedgerEntry } from '../../app/workforce/ports.js';

export type TimerRow = {
  id: number;
  kind: string;
  dueAt: number;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  claimedUntil: number | null;
  /** When the row can next be claimed: its due time, or just after its current lease. */
  availableAt: number;
};

export type StoredEvent = DomainEvent & { id: number };

/**
 * The rows of the in-memory store, with the indexes its queries need (what the database's indexes do
 * for the SQL repositories). Only the repositories in this folder touch them, and only through
 * `Journal`, so a failed transaction can be rolled back.
 */
export class Tables {
  readonly conversations = new Map<string, Conversation>();
  /** Ids of conversations in state 'queued'. */
  readonly queued = new Set<string>();
  /** Agent id → ids of the conversations they own in state 'assigned'. */
  readonly assignedByAgent = new Map<string, Set<string>>();
  readonly messages = new Map<string, Message[]>();
  readonly events: StoredEvent[] = [];
  readonly eventsByConversation = new Map<string, StoredEvent[]>();
  /** 'dispatch.call_up' events, oldest first (openCallUp reads the newest). */
  readonly callUps: StoredEvent[] = [];
  readonly customers = new Map<string, Customer>();
  readonly agents = new Map<string, Agent>();
  readonly agentIdByEmail = new Map<string, string>();
  /** Presence → agent ids. */
  readonly agentIdsByPresence = new Map<Agent['presence'], Set<string>>();
  readonly offers = new Map<string, Offer>();
  /** Offer ids by conversation and by agent, oldest first. */
  readonly offersByConversation = new Map<string, string[]>();
  readonly offersByAgent = new Map<string, string[]>();
  /** Agent id → ids of their offers in status 'offered'. */
  readonly openOffersByAgent = new Map<string, Set<string>>();
  /** Conversation id → its open offer's id (the partial unique index: one open offer per conversation). */
  readonly openOfferByConversation = new Map<string, string>();
  readonly timers = new Map<number, TimerRow>();
  readonly timerIdByKey = new Map<string, number>();
  /** Lazy: rows deleted or re-leased stay in the queue and are skipped when they reach the front. */
  readonly timerQueue = new PriorityQueue<{ id: number; at: number }>((a, b) => a.at - b.at || a.id - b.id);
  readonly assistant = new Map<string, AssistantState>();
  readonly ledger: LedgerEntry[] = [];
  readonly ledgerKeys = new Set<string>();
  readonly sequences = { event: 0, timer: 0, ledger: 0 };
}

/** Undo steps of the open transaction, run newest first when it fails. */
export class Journal {
  private readonly steps: (() => void)[] = [];
  record(undo: () => void): void {
    this.steps.push(undo);
  }
  rollback(): void {
    for (let i = this.steps.length - 1; i >= 0; i--) this.steps[i]!();
    this.steps.length = 0;
  }
}

/** Writes outside a transaction (autocommit) have nothing to undo. */
export const AUTOCOMMIT: Pick<Journal, 'record'> = { record: () => {} };
export type Undo = Pick<Journal, 'record'>;

/** Sets `map[key] = value`, recording how to put back what was there. */
export function setRow<K, V>(undo: Undo, map: Map<K, V>, key: K, value: V): void {
  const had = map.has(key);
  const before = map.get(key);
  map.set(key, value);
  undo.record(() => (had ? map.set(key, before as V) : map.delete(key)));
}

export function deleteRow<K, V>(undo: Undo, map: Map<K, V>, key: K): void {
  if (!map.has(key)) return;
  const before = map.get(key) as V;
  map.delete(key);
  undo.record(() => map.set(key, before));
}

export function addToSet<K, V>(undo: Undo, index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (set === undefined) index.set(key, (set = new Set()));
  if (set.has(value)) return;
  set.add(value);
  undo.record(() => set.delete(value));
}

export function removeFromSet<K, V>(undo: Undo, index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (set === undefined || !set.delete(value)) return;
  undo.record(() => set.add(value));
}

export function pushRow<T>(undo: Undo, list: T[], value: T): void {
  list.push(value);
  undo.record(() => {
    const i = list.lastIndexOf(value);
    if (i >= 0) list.splice(i, 1);
  });
}

export function pushToList<K, V>(undo: Undo, index: Map<K, V[]>, key: K, value: V): void {
  let list = index.get(key);
  if (list === undefined) index.set(key, (list = []));
  pushRow(undo, list, value);
}
