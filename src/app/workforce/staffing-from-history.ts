/**
 * From conversation start times to a forecast, a backtest, a staffing plan and on-call blocks: the pure
 * pipeline shared by `tandem staffing forecast|plan` and by publishing blocks from a plan.
 *
 * History window: intervals on the local grid, ending at the start of the interval holding `nowMs` (the
 * current interval is incomplete) and reaching back as many WHOLE weeks as the oldest conversation allows
 * (capped by `maxWeeks`). The forecast starts right after it, i.e. at the current interval.
 * Human demand = forecast arrivals × escalation share, per intent (see escalationShares).
 */
import {
  backtestForecast,
  bucketArrivals,
  forecastArrivals,
  humanDemandSeries,
  planStaffing,
  planToBlocks,
  type BacktestResult,
  type BlockPlan,
  type ForecastResult,
  type PlannedInterval,
  type StaffingPlanParams,
} from '../../domain/workforce/index.js';
import type { IntentEscalation } from './ports.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_WEEK = 7 * 86_400_000;

export type GridOptions = { nowMs: number; intervalMinutes: number; utcOffsetMinutes?: number; maxWeeks?: number };
export type HistoryWindow = { startMs: number; endMs: number; weeks: number; counts: number[] };
export type NotEnoughHistory = { ok: false; code: 'not_enough_history'; message: string };

/** Whole weeks of history on the interval grid, or a message saying how much is missing. */
export function historyWindow(arrivalsMs: readonly number[], options: GridOptions & { minWeeks: number }): { ok: true; window: HistoryWindow } | NotEnoughHistory {
  const widthMs = options.intervalMinutes * MS_PER_MINUTE;
  const offsetMs = (options.utcOffsetMinutes ?? 0) * MS_PER_MINUTE;
  const endMs = Math.floor((options.nowMs + offsetMs) / widthMs) * widthMs - offsetMs;
  const earliest = arrivalsMs.reduce((min, t) => (t < endMs && t < min ? t : min), Infinity);
  const available = earliest === Infinity ? 0 : endMs - (Math.floor((earliest + offsetMs) / widthMs) * widthMs - offsetMs);
  const weeks = Math.min(Math.floor(available / MS_PER_WEEK), options.maxWeeks ?? Infinity);
  if (weeks < options.minWeeks) {
    const have = earliest === Infinity ? 'no conversations yet' : `${(available / 86_400_000).toFixed(1)} days (since ${new Date(earliest).toISOString()})`;
    return {
      ok: false,
      code: 'not_enough_history',
      message: `not enough conversation history: need ${options.minWeeks} whole week(s), have ${have}`,
    };
  }
  const startMs = endMs - weeks * MS_PER_WEEK;
  const counts = bucketArrivals(arrivalsMs, { startMs, intervalMinutes: options.intervalMinutes, intervals: (weeks * MS_PER_WEEK) / widthMs });
  return { ok: true, window: { startMs, endMs, weeks, counts } };
}

export type ForecastFromHistory = Extract<ForecastResult, { ok: true }> & { window: HistoryWindow };

export function forecastFromHistory(arrivalsMs: readonly number[], options: GridOptions & { horizonDays: number; trend?: 'linear' | 'none' }): ForecastFromHistory | NotEnoughHistory {
  const history = historyWindow(arrivalsMs, { ...options, minWeeks: 1 });
  if (!history.ok) return history;
  const { window } = history;
  const result = forecastArrivals(window.counts, {
    intervalMinutes: options.intervalMinutes,
    horizonIntervals: Math.round((options.horizonDays * 1440) / options.intervalMinutes),
    startMs: window.startMs,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    ...(options.trend === undefined ? {} : { trend: options.trend }),
  });
  return result.ok ? { ...result, window } : result;
}

export type BacktestFromHistory = Extract<BacktestResult, { ok: true }> & { window: HistoryWindow; weeksHeldOut: number };

export function backtestFromHistory(arrivalsMs: readonly number[], options: GridOptions & { weeksHeldOut: number; trend?: 'linear' | 'none' }): BacktestFromHistory | NotEnoughHistory {
  // The model needs at least one week to learn from besides the weeks it is tested on.
  const history = historyWindow(arrivalsMs, { ...options, minWeeks: options.weeksHeldOut + 1 });
  if (!history.ok) return history;
  const { window } = history;
  const result = backtestForecast(window.counts, {
    intervalMinutes: options.intervalMinutes,
    startMs: window.startMs,
    holdoutWeeks: options.weeksHeldOut,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    ...(options.trend === undefined ? {} : { trend: options.trend }),
  });
  return result.ok ? { ...result, window, weeksHeldOut: options.weeksHeldOut } : result;
}

export type EscalationModel = { intentMix: Record<string, number>; shares: Record<string, number>; defaultShare: number; source: 'configured' | 'live' | 'default' };

/**
 * Escalation share per intent. A configured share applies to every intent. Otherwise live data: intents
 * with at least `minConversations` use their measured share; thinner ones fall back to `defaultShare`
 * (1 unless configured: an unmeasured intent is assumed to need a person, as in human-demand.ts).
 */
export function escalationShares(
  rows: readonly IntentEscalation[],
  options: { configuredShare?: number; defaultShare?: number; minConversations?: number } = {},
): EscalationModel {
  const defaultShare = options.defaultShare ?? 1;
  if (options.configuredShare !== undefined) return { intentMix: { all: 1 }, shares: { all: options.configuredShare }, defaultShare, source: 'configured' };
  const withData = rows.filter((r) => r.conversations > 0);
  if (withData.length === 0) return { intentMix: { all: 1 }, shares: {}, defaultShare, source: 'default' };
  const minConversations = options.minConversations ?? 30;
  const intentMix: Record<string, number> = {};
  const shares: Record<string, number> = {};
  for (const r of withData) {
    intentMix[r.intent] = r.conversations;
    if (r.conversations >= minConversations) shares[r.intent] = r.escalated / r.conversations;
  }
  return { intentMix, shares, defaultShare, source: 'live' };
}

export type PlanInterval = PlannedInterval & { forecastArrivals: number };
export type PlanFromHistory = { ok: true; intervals: PlanInterval[]; blocks: BlockPlan; window: HistoryWindow; escalation: EscalationModel };

export function planFromHistory(
  arrivalsMs: readonly number[],
  escalation: EscalationModel,
  options: GridOptions & { horizonDays: number; staffing: StaffingPlanParams; blockHours: number; standbyRateMinorPerHour: number },
): PlanFromHistory | NotEnoughHistory {
  const forecast = forecastFromHistory(arrivalsMs, options);
  if (!forecast.ok) return forecast;
  const demand = humanDemandSeries(forecast.intervals, escalation.intentMix, escalation.shares, { defaultEscalationShare: escalation.defaultShare });
  const planned = planStaffing(demand, options.staffing);
  const intervals = planned.map((p, i) => ({ ...p, forecastArrivals: forecast.intervals[i]?.arrivals ?? 0 }));
  const blocks = planToBlocks(planned, {
    blockHours: options.blockHours,
    standbyRateMinorPerHour: options.standbyRateMinorPerHour,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
  });
  return { ok: true, intervals, blocks, window: forecast.window, escalation };
}
