/**
 * Arrivals per interval from history: weekly seasonality times a linear trend.
 *
 * Model (classic multiplicative decomposition, chosen because it is explainable to an operator
 * and robust with a few weeks of data):
 * 1. Only whole weeks are used: the most recent W = ⌊history / slotsPerWeek⌋ weeks; a partial
 *    oldest week is dropped. A "week" is any 7 consecutive days, so history need not start on Monday.
 * 2. Trend: least squares line through the weekly totals, placed at each week's centre. With
 *    one week, or `trend: 'none'`, the level is the mean weekly total.
 * 3. Seasonality: each slot of the week (day-of-week × interval-of-day, in local time given by
 *    `utcOffsetMinutes`) gets its share of the weekly total, pooled over all weeks
 *    (Σ counts in the slot / Σ weekly totals) — pooling keeps sparse night slots stable.
 * 4. Forecast: each future week (continuing the same 7-day blocks) gets the trend line's value
 *    at its centre as its total, spread over its intervals by the slot shares; a line
 *    extrapolated below zero gives 0.
 * A fixed UTC offset is used: across a daylight-saving change the profile is off by an hour for
 * part of the day, so pass the offset that holds for the forecast period.
 */

export interface ForecastOptions {
  /** Interval length; must divide a day (15 and 30 are usual). */
  intervalMinutes: number;
  /** How many intervals to forecast, starting right after the history. */
  horizonIntervals: number;
  /** Start of the first history interval, epoch ms, on the interval grid in local time. */
  startMs: number;
  /** Local time = UTC + this; decides which weekday and time of day a slot is. Default 0. */
  utcOffsetMinutes?: number;
  /** Default 'linear'. */
  trend?: 'linear' | 'none';
}

export interface ForecastInterval {
  startMs: number;
  endMs: number;
  /** Expected arrivals in the interval (not rounded: it is a Poisson mean). */
  arrivals: number;
  /** 0 = Monday 00:00 local, then one per interval. */
  slotOfWeek: number;
}

export interface ForecastModel {
  weeksUsed: number;
  /** Fitted weekly total at the centre of the first week used. */
  weeklyLevelAtStart: number;
  trendPerWeek: number;
  /** Share of the weekly total per slot of the week; sums to 1 (all 0 if history is all 0). */
  profile: number[];
}

export type ForecastResult =
  | { ok: true; intervals: ForecastInterval[]; model: ForecastModel }
  | { ok: false; code: 'not_enough_history'; message: string };

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0. */
const EPOCH_WEEKDAY = 3;

export function slotsPerWeek(intervalMinutes: number): number {
  return (7 * MINUTES_PER_DAY) / intervalMinutes;
}

/** Slot of the week of the interval starting at `ms`: 0 = Monday 00:00 local. */
export function slotOfWeek(ms: number, intervalMinutes: number, utcOffsetMinutes = 0): number {
  const local = ms + utcOffsetMinutes * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  const weekday = (((day + EPOCH_WEEKDAY) % 7) + 7) % 7;
  const minuteOfDay = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  return weekday * (MINUTES_PER_DAY / intervalMinutes) + Math.floor(minuteOfDay / intervalMinutes);
}

export function requireIntervalGrid(startMs: number, intervalMinutes: number, utcOffsetMinutes: number): void {
  if (!(Number.isInteger(intervalMinutes) && intervalMinutes > 0 && MINUTES_PER_DAY % intervalMinutes === 0)) {
    throw new RangeError(`intervalMinutes must divide a day, got ${intervalMinutes}`);
  }
  const local = startMs + utcOffsetMinutes * MS_PER_MINUTE;
  if (!Number.isInteger(startMs) || local % (intervalMinutes * MS_PER_MINUTE) !== 0) {
    throw new RangeError(`startMs ${startMs} is not on the ${intervalMinutes}-minute grid in local time`);
  }
}

/** Counts per interval from arrival timestamps; timestamps outside the intervals are ignored. */
export function bucketArrivals(
  timestampsMs: readonly number[],
  grid: { startMs: number; intervalMinutes: number; intervals: number },
): number[] {
  const counts = new Array<number>(grid.intervals).fill(0);
  const width = grid.intervalMinutes * MS_PER_MINUTE;
  for (const t of timestampsMs) {
    const index = Math.floor((t - grid.startMs) / width);
    if (index >= 0 && index < grid.intervals) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

export function forecastArrivals(history: readonly number[], options: ForecastOptions): ForecastResult {
  const { intervalMinutes, horizonIntervals, startMs } = options;
  const offset = options.utcOffsetMinutes ?? 0;
  requireIntervalGrid(startMs, intervalMinutes, offset);
  if (!(Number.isInteger(horizonIntervals) && horizonIntervals >= 0)) throw new RangeError('horizonIntervals must be an integer >= 0');
  if (history.some((c) => !(c >= 0) || !Number.isFinite(c))) throw new RangeError('history counts must be finite and >= 0');

  const perWeek = slotsPerWeek(intervalMinutes);
  const weeks = Math.floor(history.length / perWeek);
  if (weeks < 1) {
    return { ok: false, code: 'not_enough_history', message: `need at least one week (${perWeek} intervals), got ${history.length}` };
  }
  const first = history.length - weeks * perWeek;
  const widthMs = intervalMinutes * MS_PER_MINUTE;
  const slotAt = (index: number): number => slotOfWeek(startMs + index * widthMs, intervalMinutes, offset);

  const totals = new Array<number>(weeks).fill(0);
  const slotSums = new Array<number>(perWeek).fill(0);
  for (let i = first; i < history.length; i += 1) {
    const count = history[i] ?? 0;
    const week = Math.floor((i - first) / perWeek);
    totals[week] = (totals[week] ?? 0) + count;
    const slot = slotAt(i);
    slotSums[slot] = (slotSums[slot] ?? 0) + count;
  }
  const grandTotal = totals.reduce((s, v) => s + v, 0);
  const profile = slotSums.map((s) => (grandTotal > 0 ? s / grandTotal : 0));
  const { intercept, slope } = options.trend === 'none' ? flatLine(totals) : fitLine(totals);

  const intervals: ForecastInterval[] = [];
  for (let h = 0; h < horizonIntervals; h += 1) {
    const index = history.length + h;
    // Week-sized steps aligned with the weeks used: each future week gets the line's value at
    // its centre, so "next week's total" is exactly what the trend line says.
    const weekPosition = Math.floor((index - first) / perWeek) + 0.5;
    const weeklyLevel = Math.max(0, intercept + slope * weekPosition);
    const slot = slotAt(index);
    const intervalStart = startMs + index * widthMs;
    intervals.push({ startMs: intervalStart, endMs: intervalStart + widthMs, arrivals: weeklyLevel * (profile[slot] ?? 0), slotOfWeek: slot });
  }
  return {
    ok: true,
    intervals,
    model: { weeksUsed: weeks, weeklyLevelAtStart: intercept + slope * 0.5, trendPerWeek: slope, profile },
  };
}

/** Least squares through (w + 0.5, total_w); a single week gives a flat line. */
function fitLine(totals: readonly number[]): { intercept: number; slope: number } {
  const n = totals.length;
  if (n < 2) return flatLine(totals);
  const meanX = n / 2; // mean of w + 0.5 for w = 0..n-1
  const meanY = totals.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  totals.forEach((y, w) => {
    const dx = w + 0.5 - meanX;
    sxy += dx * (y - meanY);
    sxx += dx * dx;
  });
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanX, slope };
}

function flatLine(totals: readonly number[]): { intercept: number; slope: number } {
  return { intercept: totals.reduce((s, v) => s + v, 0) / Math.max(1, totals.length), slope: 0 };
}
