import type { DispatchConfig } from './config.js';
import type { QueuedConversation } from './types.js';

/**
 * Queue order: effective priority class ascending (lower first), then longest waiting
 * (enqueuedAtMs ascending), then id ascending (plain string order) so equal keys are deterministic.
 *
 * Aging: a conversation that has waited at least agingAfterMs is promoted one class, and one more
 * class per further agingPeriodMs, down to class 0:
 *   promotions(w) = 0                                          if w < agingAfterMs
 *                 = 1 + floor((w − agingAfterMs) / agingPeriodMs)  otherwise
 *   effective     = max(0, priorityClass − promotions)   (classes already below 0 are left alone)
 *
 * Why this prevents starvation: a conversation of class c reaches effective class 0 after at most
 * agingAfterMs + (c − 1) × agingPeriodMs. From then on only class-0 conversations enqueued EARLIER
 * can be ahead of it, and there are finitely many of those; every later arrival sorts behind it
 * (same class, later enqueuedAtMs). So as long as agents keep freeing slots, it is served.
 */
export function promotions(waitedMs: number, config: DispatchConfig): number {
  if (waitedMs < config.agingAfterMs) return 0;
  return 1 + Math.floor((waitedMs - config.agingAfterMs) / config.agingPeriodMs);
}

export function effectivePriorityClass(conversation: QueuedConversation, nowMs: number, config: DispatchConfig): number {
  const base = conversation.priorityClass;
  if (base <= 0) return base;
  return Math.max(0, base - promotions(nowMs - conversation.enqueuedAtMs, config));
}

interface SortKey {
  readonly conversation: QueuedConversation;
  readonly cls: number;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.cls !== b.cls) return a.cls - b.cls;
  if (a.conversation.enqueuedAtMs !== b.conversation.enqueuedAtMs) {
    return a.conversation.enqueuedAtMs - b.conversation.enqueuedAtMs;
  }
  const x = a.conversation.id;
  const y = b.conversation.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Negative when a goes before b. */
export function compareQueued(
  a: QueuedConversation,
  b: QueuedConversation,
  nowMs: number,
  config: DispatchConfig,
): number {
  return compareKeys(
    { conversation: a, cls: effectivePriorityClass(a, nowMs, config) },
    { conversation: b, cls: effectivePriorityClass(b, nowMs, config) },
  );
}

/** A new array in dispatch order; the input is not modified. */
export function orderQueue(
  queue: readonly QueuedConversation[],
  nowMs: number,
  config: DispatchConfig,
): QueuedConversation[] {
  return queue
    .map((conversation) => ({ conversation, cls: effectivePriorityClass(conversation, nowMs, config) }))
    .sort(compareKeys)
    .map((k) => k.conversation);
}
