/**
 * Half-open time intervals [startMs, endMs) in epoch milliseconds and the set operations the pay
 * and fairness rules need. Inputs may overlap or be unsorted (presence logs often are); every
 * operation first normalises to sorted, disjoint intervals so nothing is counted twice.
 */

export interface Interval {
  startMs: number;
  endMs: number;
}

/** Sorted, disjoint, non-empty intervals covering the same time; touching ones are joined. */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  for (const i of intervals) {
    if (!Number.isFinite(i.startMs) || !Number.isFinite(i.endMs) || i.endMs < i.startMs) {
      throw new RangeError(`invalid interval [${i.startMs}, ${i.endMs})`);
    }
  }
  const sorted = intervals.filter((i) => i.endMs > i.startMs).sort((a, b) => a.startMs - b.startMs);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && i.startMs <= last.endMs) last.endMs = Math.max(last.endMs, i.endMs);
    else merged.push({ startMs: i.startMs, endMs: i.endMs });
  }
  return merged;
}

export function unionIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return normalizeIntervals([...a, ...b]);
}

export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = normalizeIntervals(a);
  const right = normalizeIntervals(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as Interval;
    const r = right[j] as Interval;
    const startMs = Math.max(l.startMs, r.startMs);
    const endMs = Math.min(l.endMs, r.endMs);
    if (endMs > startMs) out.push({ startMs, endMs });
    if (l.endMs < r.endMs) i += 1;
    else j += 1;
  }
  return out;
}

/** The parts of `a` not covered by `b`. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cuts = normalizeIntervals(b);
  const out: Interval[] = [];
  for (const piece of normalizeIntervals(a)) {
    let cursor = piece.startMs;
    for (const cut of cuts) {
      if (cut.endMs <= cursor || cut.startMs >= piece.endMs) continue;
      if (cut.startMs > cursor) out.push({ startMs: cursor, endMs: cut.startMs });
      cursor = Math.max(cursor, cut.endMs);
    }
    if (cursor < piece.endMs) out.push({ startMs: cursor, endMs: piece.endMs });
  }
  return out;
}

/** Total covered time in ms, overlaps counted once. */
export function totalMs(intervals: readonly Interval[]): number {
  return normalizeIntervals(intervals).reduce((sum, i) => sum + (i.endMs - i.startMs), 0);
}
