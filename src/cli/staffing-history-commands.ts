/**
 * `tandem staffing forecast [--backtest]` and `tandem staffing plan`: both read conversation start times
 * through `readArrivals` (the CLI wires the database), so they can be tested with a synthetic history.
 */
import { backtestFromHistory, escalationShares, forecastFromHistory, planFromHistory, type IntentEscalation } from '../app/workforce/index.js';
import { DEFAULT_PAY_RATES } from '../domain/workforce/index.js';
import { CliDataError, CliUsageError } from './cli-errors.js';
import { integerFlagOr, numberFlag, numberFlagOr, parseFlags, type FlagValues } from './staffing-flags.js';
import { fixed, localTime, percent, table } from './staffing-format.js';

export type HistoryDeps = {
  /** Epoch ms of conversation starts (any order; older than needed is fine). */
  readArrivals: () => Promise<number[]>;
  /** Measured escalation per intent; without it (and without --escalation-share) every conversation counts. */
  readEscalation?: () => Promise<IntentEscalation[]>;
  nowMs: number;
  standbyRateMinorPerHour?: number;
};

type Write = (text: string) => void;

function gridFlags(values: FlagValues, nowMs: number) {
  const intervalMinutes = integerFlagOr(values, 'interval-minutes', 30, 1, 1440);
  if (1440 % intervalMinutes !== 0) throw new CliUsageError(`--interval-minutes must divide a day (got ${intervalMinutes})`);
  return {
    nowMs,
    intervalMinutes,
    utcOffsetMinutes: integerFlagOr(values, 'utc-offset-minutes', 0, -840, 840),
    maxWeeks: integerFlagOr(values, 'history-weeks', 12, 1, 52),
  };
}

function trendFlag(values: FlagValues): 'linear' | 'none' {
  const trend = values.trend ?? 'linear';
  if (trend !== 'linear' && trend !== 'none') throw new CliUsageError(`--trend must be linear or none (got '${String(trend)}')`);
  return trend;
}

const GRID = ['interval-minutes', 'utc-offset-minutes', 'history-weeks', 'horizon-days'];

export async function runForecast(argv: string[], deps: HistoryDeps, write: Write): Promise<void> {
  const values = parseFlags(argv, [...GRID, 'weeks-held-out'], ['backtest'], ['trend']);
  const grid = gridFlags(values, deps.nowMs);
  const trend = trendFlag(values);
  if (values.backtest === true) {
    const weeksHeldOut = integerFlagOr(values, 'weeks-held-out', 2, 1, 52);
    const result = backtestFromHistory(await deps.readArrivals(), { ...grid, weeksHeldOut, trend });
    if (!result.ok) throw new CliDataError(`${result.message} for a backtest holding out ${weeksHeldOut} week(s)`);
    const e = result.errors;
    write(
      `Backtest: trained on ${result.model.weeksUsed} week(s), tested on the ${weeksHeldOut} most recent (${e.intervals} intervals of ${grid.intervalMinutes} min)\n` +
        `WAPE ${percent(e.wape)}   MAPE ${percent(e.mape)} (${e.zeroActualIntervals} intervals without arrivals skipped)   bias ${percent(e.bias)}\n`,
    );
    if (values.json === true) {
      write(`${JSON.stringify({ mode: 'backtest', intervalMinutes: grid.intervalMinutes, weeksUsed: result.model.weeksUsed, weeksHeldOut, trend, ...e })}\n`);
    }
    return;
  }
  const horizonDays = integerFlagOr(values, 'horizon-days', 7, 1, 28);
  const result = forecastFromHistory(await deps.readArrivals(), { ...grid, horizonDays, trend });
  if (!result.ok) throw new CliDataError(result.message);
  const { model, intervals } = result;
  write(
    `Forecast from ${model.weeksUsed} week(s) of history, weekly level ${fixed(model.weeklyLevelAtStart, 1)} + ${fixed(model.trendPerWeek, 1)}/week\n` +
      `${table(
        ['interval start', 'arrivals'],
        intervals.map((i) => [localTime(i.startMs, grid.utcOffsetMinutes), fixed(i.arrivals)]),
      )}\n`,
  );
  if (values.json === true) {
    const out = intervals.map((i) => ({ startMs: i.startMs, endMs: i.endMs, arrivals: i.arrivals }));
    write(`${JSON.stringify({ mode: 'forecast', intervalMinutes: grid.intervalMinutes, weeksUsed: model.weeksUsed, trendPerWeek: model.trendPerWeek, intervals: out })}\n`);
  }
}

const PLAN_NUMBERS = ['target-service-level', 'answer-within-seconds', 'aht-seconds', 'concurrency', 'shrinkage', 'patience-seconds', 'max-abandon-rate', 'block-hours', 'escalation-share'];

function staffingFlags(values: FlagValues) {
  const target = numberFlagOr(values, 'target-service-level', 0.8);
  if (!(target > 0 && target < 1)) throw new CliUsageError(`--target-service-level must be in (0, 1) (got ${target})`);
  const shrinkage = numberFlagOr(values, 'shrinkage', 0.3);
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new CliUsageError(`--shrinkage must be in [0, 1) (got ${shrinkage})`);
  const aht = numberFlagOr(values, 'aht-seconds', 480);
  if (!(aht > 0)) throw new CliUsageError(`--aht-seconds must be > 0 (got ${aht})`);
  const within = numberFlagOr(values, 'answer-within-seconds', 60);
  if (!(within >= 0)) throw new CliUsageError(`--answer-within-seconds must be >= 0 (got ${within})`);
  const patience = numberFlag(values, 'patience-seconds');
  if (patience !== undefined && !(patience > 0)) throw new CliUsageError(`--patience-seconds must be > 0 (got ${patience})`);
  const cap = numberFlag(values, 'max-abandon-rate');
  if (cap !== undefined && (patience === undefined || !(cap > 0 && cap <= 1))) throw new CliUsageError('--max-abandon-rate must be in (0, 1] and needs --patience-seconds');
  return {
    targetServiceLevel: target,
    answerWithinSeconds: within,
    ahtSeconds: aht,
    concurrency: integerFlagOr(values, 'concurrency', 2, 1, 20),
    shrinkage,
    ...(patience === undefined ? {} : { patienceSeconds: patience }),
    ...(cap === undefined ? {} : { maxAbandonRate: cap }),
  };
}

export async function runPlan(argv: string[], deps: HistoryDeps, write: Write): Promise<void> {
  const values = parseFlags(argv, [...GRID, ...PLAN_NUMBERS]);
  const grid = gridFlags(values, deps.nowMs);
  const staffing = staffingFlags(values);
  const horizonDays = integerFlagOr(values, 'horizon-days', 7, 1, 28);
  const blockHours = integerFlagOr(values, 'block-hours', 2, 1, 12);
  if (24 % blockHours !== 0 || (blockHours * 60) % grid.intervalMinutes !== 0) {
    throw new CliUsageError(`--block-hours must divide 24 and be a whole number of intervals (got ${blockHours} h with ${grid.intervalMinutes}-minute intervals)`);
  }
  const share = numberFlag(values, 'escalation-share');
  if (share !== undefined && !(share >= 0 && share <= 1)) throw new CliUsageError(`--escalation-share must be in [0, 1] (got ${share})`);
  const [arrivals, byIntent] = await Promise.all([deps.readArrivals(), share === undefined && deps.readEscalation ? deps.readEscalation() : Promise.resolve([])]);
  const escalation = escalationShares(byIntent, share === undefined ? {} : { configuredShare: share });
  const result = planFromHistory(arrivals, escalation, {
    ...grid,
    horizonDays,
    staffing,
    blockHours,
    standbyRateMinorPerHour: deps.standbyRateMinorPerHour ?? DEFAULT_PAY_RATES.standbyMinorPerHour,
  });
  if (!result.ok) throw new CliDataError(result.message);
  const { intervals, blocks } = result;
  write(
    `Staffing plan from ${result.window.weeks} week(s) of history; escalation share: ${escalation.source}; ` +
      `target ${percent(staffing.targetServiceLevel, 0)} within ${staffing.answerWithinSeconds} s, AHT ${staffing.ahtSeconds} s, ` +
      `concurrency ${staffing.concurrency}, shrinkage ${percent(staffing.shrinkage, 0)}\n` +
      `${table(
        ['interval start', 'arrivals', 'human', 'per hour', 'agents needed', 'scheduled', 'service level'],
        intervals.map((i) => [localTime(i.startMs, grid.utcOffsetMinutes), fixed(i.forecastArrivals), fixed(i.arrivals), fixed(i.arrivalsPerHour, 1), i.agentsNeeded, i.scheduledAgents, percent(i.serviceLevel)]),
      )}\n\n` +
      `On-call blocks of ${blockHours} h: ${fixed(blocks.bookedAgentHours, 1)} agent-hours booked for ${fixed(blocks.neededAgentHours, 1)} needed ` +
      `(cover efficiency ${percent(blocks.coverEfficiency)}), standby cost ${blocks.standbyCostMinor} minor units\n` +
      `${table(
        ['block start', 'end', 'headcount', 'standby cost'],
        blocks.blocks.map((b) => [localTime(b.startMs, grid.utcOffsetMinutes), localTime(b.endMs, grid.utcOffsetMinutes), b.headcount, b.standbyCostMinor]),
      )}\n`,
  );
  if (values.json === true) {
    const out = intervals.map((i) => ({
      startMs: i.startMs,
      endMs: i.endMs,
      forecastArrivals: i.forecastArrivals,
      humanDemand: i.arrivals,
      arrivalsPerHour: i.arrivalsPerHour,
      agentsNeeded: i.agentsNeeded,
      scheduledAgents: i.scheduledAgents,
      serviceLevel: i.serviceLevel,
      pAbandon: i.pAbandon,
      occupancy: i.occupancy,
    }));
    write(`${JSON.stringify({ mode: 'plan', intervalMinutes: grid.intervalMinutes, historyWeeks: result.window.weeks, escalation: escalation.source, staffing, intervals: out, blocks })}\n`);
  }
}
