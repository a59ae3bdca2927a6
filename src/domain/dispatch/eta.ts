import type { DispatchConfig } from './config.js';
import type { DispatchAgent, QueuedConversation } from './types.js';
import { freeSlots } from './capacity.js';
import { orderQueue } from './queue-order.js';

/** Recent figures measured by the runtime (e.g. over the last 15 minutes). */
export interface HandlingStats {
  /** Mean time one chat occupies one slot, measured at the current concurrency. */
  readonly perChatHandleTimeMs: number;
  /** Mean time from an offer to its answer (accept, decline or timeout). */
  readonly meanAnswerTimeMs: number;
  /** Offers accepted / offers made, 0..1. Clamped below by config.minAcceptanceRate. */
  readonly acceptanceRate: number;
}

export interface QueueEstimate {
  readonly conversationId: string;
  /** 1-based position in dispatch order across the whole queue (what the console shows). */
  readonly position: number;
  /** Conversations ahead of this one that compete for the same agents (same language). */
  readonly aheadInLane: number;
  readonly waitedMs: number;
  /** Estimated further wait until an agent accepts; null when no available agent speaks the language. */
  readonly estimatedWaitMs: number | null;
}

/**
 * Estimated wait, per language lane (agents who speak the conversation's language):
 *   offerDelay = meanAnswerTime / acceptance          (expected 1/p offers, each taking ≈ r; routing.md §3)
 *   ahead < freeSlots:  wait = offerDelay             (a slot is free now for it)
 *   otherwise:          wait = (ahead − freeSlots + 1) × perChatHandleTime / totalSlots + offerDelay
 * where slots are capacity of 'available' agents, freeSlots = Σ max(0, capacity − load), and busy
 * slots free up at totalSlots / perChatHandleTime per ms.
 * Known approximations: a multilingual agent counts fully in each of their lanes; certifications,
 * exclusions and probation limits are ignored; aging promotions later in the wait are not foreseen.
 * Good enough for "you are number 4, about 2 minutes"; not a staffing model (that is Erlang's job).
 */
export function estimateQueue(
  queue: readonly QueuedConversation[],
  agents: readonly DispatchAgent[],
  nowMs: number,
  stats: HandlingStats,
  config: DispatchConfig,
): QueueEstimate[] {
  assertStats(stats);
  const lanes = laneSlots(agents);
  const acceptance = Math.min(1, Math.max(config.minAcceptanceRate, stats.acceptanceRate));
  const offerDelay = stats.meanAnswerTimeMs / acceptance;
  const aheadByLane = new Map<string, number>();

  return orderQueue(queue, nowMs, config).map((conversation, index) => {
    const ahead = aheadByLane.get(conversation.language) ?? 0;
    aheadByLane.set(conversation.language, ahead + 1);
    const lane = lanes.get(conversation.language);
    let estimatedWaitMs: number | null = null;
    if (lane !== undefined && lane.total > 0) {
      const releasesNeeded = Math.max(0, ahead - lane.free + 1);
      estimatedWaitMs = (releasesNeeded * stats.perChatHandleTimeMs) / lane.total + offerDelay;
    }
    return {
      conversationId: conversation.id,
      position: index + 1,
      aheadInLane: ahead,
      waitedMs: Math.max(0, nowMs - conversation.enqueuedAtMs),
      estimatedWaitMs,
    };
  });
}

interface LaneSlots {
  total: number;
  free: number;
}

function laneSlots(agents: readonly DispatchAgent[]): Map<string, LaneSlots> {
  const lanes = new Map<string, LaneSlots>();
  for (const agent of agents) {
    if (agent.presence !== 'available' || agent.capacity <= 0) continue;
    const free = freeSlots(agent);
    for (const language of new Set(agent.languages)) {
      const lane = lanes.get(language) ?? { total: 0, free: 0 };
      lane.total += agent.capacity;
      lane.free += free;
      lanes.set(language, lane);
    }
  }
  return lanes;
}

function assertStats(stats: HandlingStats): void {
  const ok = (v: number) => Number.isFinite(v) && v >= 0;
  if (!ok(stats.perChatHandleTimeMs) || !ok(stats.meanAnswerTimeMs) || !ok(stats.acceptanceRate)) {
    throw new RangeError('HandlingStats must be finite and non-negative');
  }
}
