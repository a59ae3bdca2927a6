import { blendHandling, type HandlingStats } from '../../domain/dispatch/index.js';
import type { Store } from '../ports.js';

/** What the wait estimate assumes before anything is measured (and what a quiet day is blended toward). */
export const DEFAULT_HANDLING: HandlingStats = { perChatHandleTimeMs: 8 * 60_000, meanAnswerTimeMs: 8_000, acceptanceRate: 0.8 };
/** The last day's work: long enough to have samples overnight, short enough to follow a change of staff. */
export const HANDLING_WINDOW_MS = 24 * 3_600_000;

/**
 * The handle time, answer time and acceptance the queue estimate (queue position and wait shown to the
 * customer, and call-up decisions) uses: the last day's chats and offers blended with the defaults.
 * Read at most once per `ttlMs` — the dispatcher asks every tick.
 */
export function measuredHandling(store: Pick<Store, 'dispatch'>, ttlMs = 60_000): (nowMs: number) => Promise<HandlingStats> {
  let cached: { at: number; stats: Promise<HandlingStats> } | null = null;
  return (nowMs) => {
    if (!cached || nowMs - cached.at >= ttlMs || nowMs < cached.at) {
      const stats = store.dispatch.handlingSince(nowMs - HANDLING_WINDOW_MS).then((seen) => blendHandling(DEFAULT_HANDLING, seen));
      // A failed read is not kept: the next tick asks again.
      stats.catch(() => (cached = null));
      cached = { at: nowMs, stats };
    }
    return cached.stats;
  };
}
