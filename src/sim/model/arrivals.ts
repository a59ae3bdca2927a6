import type { Rng } from '../random.js';
import type { Scenario } from '../scenario.js';
import { timeMs } from '../scenario-parts.js';

/**
 * Arrivals as a non-homogeneous Poisson process whose rate follows the scenario's curve, scaled so
 * the expected count over the period is `arrivals.total`. Sampled by thinning (Lewis & Shedler):
 * candidates come at a constant bound rate λ̄ and each is kept with probability λ(t)/λ̄. The bound
 * is taken per curve segment (the larger end-point), so a quiet night does not waste candidates at
 * the peak's rate. Because exponential gaps are memoryless, restarting at a segment boundary is exact.
 *
 * Curve semantics: the rate is 0 before the first point, follows the points (stepped or linear)
 * between them, and stays at the last point's weight from there to the end of the period.
 */
interface Segment {
  readonly startMs: number;
  readonly endMs: number;
  /** Rate per ms at the start and the end of the segment (equal for step interpolation). */
  readonly rate0: number;
  readonly rate1: number;
  readonly bound: number;
}

export class ArrivalProcess {
  private readonly segments: Segment[];
  /** Expected arrivals over the whole period, equal to arrivals.total by construction. */
  readonly expectedTotal: number;

  constructor(arrivals: Scenario['arrivals'], periodMs: number) {
    const points = arrivals.curve.map((p) => ({ t: timeMs(p.at), w: p.weight }));
    const raw: { startMs: number; endMs: number; w0: number; w1: number }[] = [];
    points.forEach((p, i) => {
      const next = points[i + 1];
      const endMs = next === undefined ? periodMs : next.t;
      const w1 = next === undefined || arrivals.interpolation === 'step' ? p.w : next.w;
      if (endMs > p.t) raw.push({ startMs: p.t, endMs, w0: p.w, w1 });
    });
    const area = raw.reduce((s, r) => s + ((r.w0 + r.w1) / 2) * (r.endMs - r.startMs), 0);
    if (!(area > 0)) throw new RangeError('arrival curve has no area inside the period');
    const scale = arrivals.total / area;
    this.segments = raw.map((r) => ({
      startMs: r.startMs,
      endMs: r.endMs,
      rate0: r.w0 * scale,
      rate1: r.w1 * scale,
      bound: Math.max(r.w0, r.w1) * scale,
    }));
    this.expectedTotal = arrivals.total;
  }

  /** Arrival rate per hour at time t (ms). */
  ratePerHour(t: number): number {
    const s = this.segments.find((seg) => t >= seg.startMs && t < seg.endMs);
    return s === undefined ? 0 : rateIn(s, t) * 3_600_000;
  }

  /** The first arrival strictly after `afterMs`, or null if none before the period ends. */
  next(afterMs: number, rng: Rng): number | null {
    let t = afterMs;
    for (const s of this.segments) {
      if (s.endMs <= t) continue;
      if (t < s.startMs) t = s.startMs;
      if (s.bound <= 0) continue;
      for (;;) {
        t += rng.exponential(1 / s.bound);
        if (t >= s.endMs) {
          t = s.endMs;
          break;
        }
        if (rng.next() * s.bound < rateIn(s, t)) return t;
      }
    }
    return null;
  }
}

function rateIn(s: Segment, t: number): number {
  if (s.rate0 === s.rate1) return s.rate0;
  return s.rate0 + ((s.rate1 - s.rate0) * (t - s.startMs)) / (s.endMs - s.startMs);
}
