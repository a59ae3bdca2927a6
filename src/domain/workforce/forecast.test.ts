import { describe, expect, it } from 'vitest';
import { bucketArrivals, forecastArrivals, slotOfWeek, slotsPerWeek } from './forecast.js';
import { backtestForecast, forecastErrors } from './forecast-accuracy.js';
import { mulberry32, poisson } from './seeded-rng.test-helper.js';

const MONDAY = Date.UTC(2025, 0, 6); // Monday 6 January 2025, 00:00 UTC
const HALF_HOUR = 30 * 60_000;
const SLOTS = slotsPerWeek(30); // 336

/** Closed 22:00–07:00, peaks at 10:00 and 14:30; busy Monday, quiet weekend. */
const DAY_FACTOR = [1.2, 1.1, 1.0, 1.0, 1.1, 0.6, 0.4];
function intradayWeight(slotOfDay: number): number {
  const hour = slotOfDay / 2;
  if (hour < 7 || hour >= 22) return 0;
  return 1 + 2 * Math.exp(-((hour - 10) ** 2) / 2) + 1.5 * Math.exp(-((hour - 14.5) ** 2) / 3);
}
const TRUE_SHARE = (() => {
  const raw = Array.from({ length: SLOTS }, (_, s) => (DAY_FACTOR[Math.floor(s / 48)] ?? 0) * intradayWeight(s % 48));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / total);
})();

/** Poisson counts per half hour from `startMs`, weekly total given per (fractional) week. */
function synthetic(weeks: number, weeklyTotal: (weekPosition: number) => number, seed: number, startMs = MONDAY) {
  const rng = mulberry32(seed);
  const rates: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < weeks * SLOTS; i += 1) {
    const rate = weeklyTotal((i + 0.5) / SLOTS) * (TRUE_SHARE[slotOfWeek(startMs + i * HALF_HOUR, 30)] ?? 0);
    rates.push(rate);
    counts.push(poisson(rng, rate));
  }
  return { rates, counts };
}

describe('slotOfWeek', () => {
  it('counts from Monday 00:00 local time', () => {
    expect(slotOfWeek(MONDAY, 30)).toBe(0);
    expect(slotOfWeek(Date.UTC(2025, 0, 12, 23, 30), 30)).toBe(335); // Sunday 23:30
    expect(slotOfWeek(Date.UTC(2025, 0, 8, 9, 15), 15)).toBe(2 * 96 + 37); // Wednesday 09:15
    expect(slotOfWeek(Date.UTC(1969, 11, 29), 30)).toBe(0); // a Monday before the epoch
  });

  it('applies the UTC offset (Sunday 23:00 UTC is Monday 01:00 at UTC+2)', () => {
    expect(slotOfWeek(Date.UTC(2025, 0, 12, 23), 30, 120)).toBe(2);
  });
});

describe('bucketArrivals', () => {
  it('counts timestamps per interval and ignores those outside', () => {
    const counts = bucketArrivals([MONDAY - 1, MONDAY, MONDAY + HALF_HOUR - 1, MONDAY + HALF_HOUR, MONDAY + 2 * HALF_HOUR], {
      startMs: MONDAY,
      intervalMinutes: 30,
      intervals: 2,
    });
    expect(counts).toEqual([2, 1]);
  });
});

describe('forecastArrivals on exact data', () => {
  it('repeats a week that repeats exactly', () => {
    const week = Array.from({ length: SLOTS }, (_, s) => Math.round(1000 * (TRUE_SHARE[s] ?? 0)));
    const r = forecastArrivals([...week, ...week, ...week], { intervalMinutes: 30, horizonIntervals: SLOTS, startMs: MONDAY });
    if (!r.ok) throw new Error(r.message);
    expect(r.model.trendPerWeek).toBeCloseTo(0, 9);
    r.intervals.forEach((interval, s) => expect(interval.arrivals).toBeCloseTo(week[s] ?? -1, 9));
    expect(r.intervals[0]?.startMs).toBe(MONDAY + 3 * SLOTS * HALF_HOUR);
  });

  it('extrapolates exactly linear weekly totals', () => {
    const week = Array.from({ length: SLOTS }, (_, s) => 1000 * (TRUE_SHARE[s] ?? 0));
    const history = [0, 1, 2, 3].flatMap((w) => week.map((c) => c * (1 + 0.1 * w)));
    const r = forecastArrivals(history, { intervalMinutes: 30, horizonIntervals: SLOTS, startMs: MONDAY });
    if (!r.ok) throw new Error(r.message);
    expect(r.model.trendPerWeek).toBeCloseTo(100, 9);
    const nextWeek = r.intervals.reduce((s, i) => s + i.arrivals, 0);
    expect(nextWeek).toBeCloseTo(1400, 6); // the line at week 4's centre
  });

  it('drops a partial oldest week and keeps calendar slots when history starts mid-week', () => {
    const wednesdayNoon = Date.UTC(2025, 0, 8, 12);
    const startSlot = slotOfWeek(wednesdayNoon, 30);
    const byCalendar = (i: number) => Math.round(1000 * (TRUE_SHARE[(startSlot + i) % SLOTS] ?? 0));
    const history = Array.from({ length: 2 * SLOTS + 50 }, (_, i) => byCalendar(i));
    const r = forecastArrivals(history, { intervalMinutes: 30, horizonIntervals: 100, startMs: wednesdayNoon });
    if (!r.ok) throw new Error(r.message);
    expect(r.model.weeksUsed).toBe(2);
    r.intervals.forEach((interval, h) => expect(interval.arrivals).toBeCloseTo(byCalendar(history.length + h), 9));
  });

  it('says when there is less than a week of history, and handles silence', () => {
    expect(forecastArrivals([1, 2, 3], { intervalMinutes: 30, horizonIntervals: 4, startMs: MONDAY })).toMatchObject({
      ok: false,
      code: 'not_enough_history',
    });
    const silent = forecastArrivals(new Array(SLOTS).fill(0), { intervalMinutes: 30, horizonIntervals: 3, startMs: MONDAY });
    expect(silent.ok && silent.intervals.map((i) => i.arrivals)).toEqual([0, 0, 0]);
  });

  it('never forecasts negative arrivals from a falling trend', () => {
    const week = Array.from({ length: SLOTS }, (_, s) => 1000 * (TRUE_SHARE[s] ?? 0));
    const history = [1, 0.5].flatMap((f) => week.map((c) => c * f));
    const r = forecastArrivals(history, { intervalMinutes: 30, horizonIntervals: 3 * SLOTS, startMs: MONDAY });
    expect(r.ok && r.intervals.every((i) => i.arrivals >= 0)).toBe(true);
    expect(r.ok && r.intervals.at(-1)?.arrivals).toBe(0);
  });

  it('rejects a start off the interval grid and intervals that do not divide a day', () => {
    expect(() => forecastArrivals([], { intervalMinutes: 30, horizonIntervals: 1, startMs: MONDAY + 60_000 })).toThrow(/grid/);
    expect(() => forecastArrivals([], { intervalMinutes: 7, horizonIntervals: 1, startMs: MONDAY })).toThrow(/divide/);
  });
});

describe('backtest on synthetic Poisson histories (seeded)', () => {
  it('recovers weekly seasonality: WAPE close to the noise floor of the true rates', () => {
    const { rates, counts } = synthetic(8, () => 20_000, 1);
    const r = backtestForecast(counts, { intervalMinutes: 30, startMs: MONDAY, holdoutWeeks: 2 });
    if (!r.ok) throw new Error(r.message);
    const oracle = forecastErrors(counts.slice(6 * SLOTS), rates.slice(6 * SLOTS));
    expect(r.errors.wape).toBeLessThan(0.12);
    expect(r.errors.wape ?? 1).toBeLessThan((oracle.wape ?? 0) * 1.15);
    expect(Math.abs(r.errors.bias ?? 1)).toBeLessThan(0.02);
    // Nights are closed: MAPE skips those zero-actual intervals instead of dividing by zero.
    expect(r.errors.zeroActualIntervals).toBeGreaterThanOrEqual(2 * 7 * 18);
    expect(r.errors.mape).not.toBeNull();
    expect(Math.abs(r.model.trendPerWeek)).toBeLessThan(300); // ~1.5 % of the level: noise
  });

  it('picks up a trend and beats the no-trend model on held-back weeks', () => {
    const growth = (w: number) => 10_000 + 800 * w; // +8 % of the starting level per week
    const { counts } = synthetic(10, growth, 2);
    const options = { intervalMinutes: 30, startMs: MONDAY, holdoutWeeks: 2 };
    const withTrend = backtestForecast(counts, options);
    const flat = backtestForecast(counts, { ...options, trend: 'none' });
    if (!withTrend.ok || !flat.ok) throw new Error('backtest failed');
    expect(withTrend.model.trendPerWeek).toBeGreaterThan(700);
    expect(withTrend.model.trendPerWeek).toBeLessThan(900);
    expect(Math.abs(withTrend.errors.bias ?? 1)).toBeLessThan(0.03);
    expect(flat.errors.bias ?? 0).toBeLessThan(-0.2); // the flat model under-forecasts growth
    expect(withTrend.errors.wape ?? 1).toBeLessThan(flat.errors.wape ?? 0);
  });

  it('works from raw timestamps too', () => {
    const rng = mulberry32(3);
    const { counts } = synthetic(3, () => 5_000, 4);
    const timestamps = counts.flatMap((c, i) => Array.from({ length: c }, () => MONDAY + (i + rng()) * HALF_HOUR));
    expect(bucketArrivals(timestamps, { startMs: MONDAY, intervalMinutes: 30, intervals: counts.length })).toEqual(counts);
  });
});

describe('forecastErrors', () => {
  it('computes WAPE, MAPE (skipping zero actuals) and bias by hand', () => {
    // |10-8| + |0-1| + |5-5| = 3 over 15 actual; MAPE over the two non-zero: (0.2 + 0) / 2.
    const e = forecastErrors([10, 0, 5], [8, 1, 5]);
    expect(e.wape).toBeCloseTo(3 / 15, 15);
    expect(e.mape).toBeCloseTo(0.1, 15);
    expect(e.bias).toBeCloseTo(-1 / 15, 15);
    expect(e.zeroActualIntervals).toBe(1);
  });

  it('is null, not NaN, when nothing arrived', () => {
    expect(forecastErrors([0, 0], [1, 2])).toMatchObject({ wape: null, mape: null, bias: null, zeroActualIntervals: 2 });
  });
});
