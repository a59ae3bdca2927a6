/**
 * Presence facts → time intervals, clipped to a range. "Online" for pay means presence `available`;
 * time spent handling a conversation counts too (busy), whatever the presence says (an agent who set
 * "away" to finish a chat is still working).
 */
import { intersectIntervals, normalizeIntervals, unionIntervals, type Interval } from '../../domain/workforce/index.js';
import type { BusySpan, PresenceChange } from './ports.js';

/** `changes` in time order, including the agent's last change before the range (it sets the state at its start). */
export function availableIntervals(changes: readonly PresenceChange[], agentId: string, range: Interval): Interval[] {
  const out: Interval[] = [];
  let current: string | null = null;
  let since = range.startMs;
  for (const change of changes) {
    if (change.agentId !== agentId) continue;
    if (current === 'available') out.push({ startMs: since, endMs: change.atMs });
    current = change.presence;
    since = change.atMs;
  }
  if (current === 'available') out.push({ startMs: since, endMs: range.endMs });
  return clip(out, range);
}

export function busyIntervals(spans: readonly BusySpan[], agentId: string, range: Interval): Interval[] {
  return clip(
    spans.filter((s) => s.agentId === agentId).map((s) => ({ startMs: s.startMs, endMs: s.endMs ?? range.endMs })),
    range,
  );
}

export function onlineIntervals(changes: readonly PresenceChange[], spans: readonly BusySpan[], agentId: string, range: Interval): Interval[] {
  return unionIntervals(availableIntervals(changes, agentId, range), busyIntervals(spans, agentId, range));
}

function clip(intervals: Interval[], range: Interval): Interval[] {
  // A span that ends before it starts (clock skew between nodes) is dropped rather than rejected.
  const valid = intervals.filter((i) => i.endMs >= i.startMs);
  return range.endMs > range.startMs ? intersectIntervals(normalizeIntervals(valid), [range]) : [];
}
