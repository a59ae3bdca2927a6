/**
 * Forecast error measures and a hold-out backtest.
 *
 * WAPE = Σ|actual - forecast| / Σ actual — the headline figure: volume-weighted, so quiet night
 *        intervals cannot dominate it; null when there were no actual arrivals at all.
 * MAPE = mean over intervals WITH arrivals of |actual - forecast| / actual. Intervals with zero
 *        actual arrivals are skipped (their percentage error is undefined) and counted in
 *        `zeroActualIntervals`; null when every interval was zero. With low counts MAPE is
 *        dominated by small intervals, which is why WAPE is preferred.
 * bias = (Σ forecast - Σ actual) / Σ actual: positive means over-forecasting.
 */
import { forecastArrivals, slotsPerWeek, type ForecastModel } from './forecast.js';

export interface ForecastErrors {
  wape: number | null;
  mape: number | null;
  bias: number | null;
  intervals: number;
  zeroActualIntervals: number;
}

export function forecastErrors(actual: readonly number[], forecast: readonly number[]): ForecastErrors {
  if (actual.length !== forecast.length) throw new RangeError('actual and forecast must have the same length');
  let absoluteError = 0;
  let actualTotal = 0;
  let forecastTotal = 0;
  let percentSum = 0;
  let nonZero = 0;
  actual.forEach((a, i) => {
    const f = forecast[i] ?? 0;
    absoluteError += Math.abs(a - f);
    actualTotal += a;
    forecastTotal += f;
    if (a > 0) {
      percentSum += Math.abs(a - f) / a;
      nonZero += 1;
    }
  });
  return {
    wape: actualTotal > 0 ? absoluteError / actualTotal : null,
    mape: nonZero > 0 ? percentSum / nonZero : null,
    bias: actualTotal > 0 ? (forecastTotal - actualTotal) / actualTotal : null,
    intervals: actual.length,
    zeroActualIntervals: actual.length - nonZero,
  };
}

export interface BacktestOptions {
  intervalMinutes: number;
  startMs: number;
  /** Most recent whole weeks held back and forecast from the weeks before them. */
  holdoutWeeks: number;
  utcOffsetMinutes?: number;
  trend?: 'linear' | 'none';
}

export type BacktestResult =
  | { ok: true; errors: ForecastErrors; model: ForecastModel; forecast: number[] }
  | { ok: false; code: 'not_enough_history'; message: string };

export function backtestForecast(history: readonly number[], options: BacktestOptions): BacktestResult {
  if (!(Number.isInteger(options.holdoutWeeks) && options.holdoutWeeks >= 1)) throw new RangeError('holdoutWeeks must be an integer >= 1');
  const held = options.holdoutWeeks * slotsPerWeek(options.intervalMinutes);
  if (history.length < held) {
    return { ok: false, code: 'not_enough_history', message: `history is shorter than the ${options.holdoutWeeks} held-back week(s)` };
  }
  const training = history.slice(0, history.length - held);
  const result = forecastArrivals(training, {
    intervalMinutes: options.intervalMinutes,
    horizonIntervals: held,
    startMs: options.startMs,
    ...(options.utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes: options.utcOffsetMinutes }),
    ...(options.trend === undefined ? {} : { trend: options.trend }),
  });
  if (!result.ok) return result;
  const forecast = result.intervals.map((i) => i.arrivals);
  return { ok: true, errors: forecastErrors(history.slice(history.length - held), forecast), model: result.model, forecast };
}
