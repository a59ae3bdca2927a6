import { describe, expect, it } from 'vitest';
import { erlangCAgentsFor, scheduledAgents } from '../domain/workforce/index.js';
import { CliDataError, CliUsageError, runStaffingCommand, type StaffingCommandDeps } from './staffing-command.js';

const HALF_HOUR = 30 * 60_000;
const WEEK = 7 * 86_400_000;
/** Monday 2026-03-02 00:00 UTC. */
const NOW = Date.UTC(2026, 2, 2);

/** Arrivals in a 30-minute interval: 10 on weekday office hours (09:00–17:00), 4 at weekend daytime, 1 at night. */
function pattern(startMs: number): number {
  const d = new Date(startMs);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  const hour = d.getUTCHours();
  if (hour >= 9 && hour < 17) return weekend ? 4 : 10;
  return 1;
}

/** `weeks` whole weeks ending at NOW, every week the same: a forecast should reproduce it exactly. */
function periodicHistory(weeks: number): number[] {
  const out: number[] = [];
  for (let start = NOW - weeks * WEEK; start < NOW; start += HALF_HOUR) {
    const n = pattern(start);
    for (let k = 0; k < n; k += 1) out.push(start + Math.floor(((k + 0.5) * HALF_HOUR) / n));
  }
  return out;
}

async function run(argv: string[], deps: Omit<StaffingCommandDeps, 'write'> = {}): Promise<string[]> {
  let out = '';
  await runStaffingCommand(argv, { ...deps, write: (text) => (out += text) });
  return out.trimEnd().split('\n');
}

const lastJson = (lines: string[]) => JSON.parse(lines[lines.length - 1] ?? '') as Record<string, unknown>;

async function usageError(argv: string[]): Promise<CliUsageError> {
  const error = await run(argv).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliUsageError);
  expect((error as CliUsageError).exitCode).toBe(2);
  return error as CliUsageError;
}

const cch = ['--arrivals-per-hour', '200', '--aht-seconds', '180', '--answer-within-seconds', '20'];

describe('tandem staffing erlang', () => {
  it('prints the contract keys as one JSON object on the last line', async () => {
    const lines = await run(['erlang', ...cch, '--target-service-level', '0.8', '--json']);
    const result = lastJson(lines);
    expect(Object.keys(result)).toEqual(['model', 'agents', 'servers', 'offeredLoad', 'stable', 'pWait', 'asaSeconds', 'serviceLevel', 'occupancy', 'agentsNeeded']);
    expect(lines.length).toBeGreaterThan(1); // the readable summary comes first
  });

  it('Call Centre Helper case: 200 calls/h, AHT 180 s, 80 % in 20 s needs 14 agents (13 give 79.6 %)', async () => {
    const needed = lastJson(await run(['erlang', ...cch, '--target-service-level', '0.8', '--json']));
    expect(needed).toMatchObject({ model: 'erlang_c', agentsNeeded: 14, agents: 14, servers: 14, offeredLoad: 10, stable: true });
    expect(needed.serviceLevel as number).toBeCloseTo(0.888, 3);
    const thirteen = lastJson(await run(['erlang', ...cch, '--agents', '13', '--json']));
    expect(thirteen.serviceLevel as number).toBeCloseTo(0.796, 3);
    expect(thirteen).not.toHaveProperty('agentsNeeded');
  });

  it('uses Erlang A with patience, adding serviceLevelAnswered and pAbandon', async () => {
    const r = lastJson(await run(['erlang', ...cch, '--agents', '11', '--patience-seconds', '120', '--json']));
    expect(r.model).toBe('erlang_a');
    expect(Object.keys(r)).toEqual(['model', 'agents', 'servers', 'offeredLoad', 'stable', 'pWait', 'asaSeconds', 'serviceLevel', 'serviceLevelAnswered', 'pAbandon', 'occupancy']);
    expect(r.pAbandon as number).toBeGreaterThan(0);
  });

  it('counts each agent as `concurrency` servers', async () => {
    const r = lastJson(await run(['erlang', ...cch, '--agents', '7', '--concurrency', '2', '--json']));
    expect(r).toMatchObject({ agents: 7, servers: 14 });
  });

  it('prints no JSON without --json', async () => {
    const lines = await run(['erlang', ...cch, '--agents', '14']);
    expect(lines.some((l) => l.startsWith('{'))).toBe(false);
    expect(lines.join('\n')).toContain('88.8%');
  });

  it.each([
    [['erlang', '--aht-seconds', '180', '--answer-within-seconds', '20', '--agents', '3'], /--arrivals-per-hour is required/],
    [['erlang', ...cch.slice(0, 4), '--agents', '3'], /--answer-within-seconds is required/],
    [['erlang', '--arrivals-per-hour', 'lots', '--aht-seconds', '180', '--answer-within-seconds', '20', '--agents', '3'], /--arrivals-per-hour must be a number \(got 'lots'\)/],
    [['erlang', ...cch], /give --agents or --target-service-level/],
    [['erlang', ...cch, '--agents', '14', '--target-service-level', '0.8'], /--agents or --target-service-level, not both/],
    [['erlang', ...cch, '--agents', '2.5'], /--agents must be an integer >= 0/],
    [['erlang', ...cch, '--target-service-level', '1.5'], /--target-service-level must be in \[0, 1\)/],
    [['erlang', ...cch, '--agents', '3', '--max-abandon-rate', '0.1'], /--max-abandon-rate needs --patience-seconds/],
    [['erlang', ...cch, '--agents', '3', '--concurrency', '0'], /--concurrency must be an integer >= 1/],
    [['erlang', ...cch, '--agents', '3', '--speed', '9'], /Unknown option '--speed'/],
    [['erlang', ...cch, '--agents'], /--agents/],
    [['staff'], /unknown staffing command 'staff'/],
  ])('refuses %j naming the flag', async (argv, message) => {
    expect((await usageError(argv)).message).toMatch(message);
  });
});

describe('tandem staffing forecast', () => {
  it('reproduces a perfectly weekly history, interval by interval', async () => {
    const lines = await run(['forecast', '--json'], { readArrivals: async () => periodicHistory(4), nowMs: NOW });
    const result = lastJson(lines) as { mode: string; weeksUsed: number; trendPerWeek: number; intervals: Array<{ startMs: number; arrivals: number }> };
    expect(result.mode).toBe('forecast');
    expect(result.weeksUsed).toBe(4);
    expect(result.trendPerWeek).toBeCloseTo(0, 9);
    expect(result.intervals).toHaveLength(7 * 48);
    expect(result.intervals[0]?.startMs).toBe(NOW);
    for (const interval of result.intervals) expect(interval.arrivals).toBeCloseTo(pattern(interval.startMs), 9);
    expect(lines[0]).toMatch(/^Forecast from 4 week\(s\) of history/);
    expect(lines[2]).toMatch(/^Mon 2026-03-02 00:00\s+1\.00$/);
  });

  it('backtests on held-back weeks and reports WAPE and MAPE', async () => {
    const lines = await run(['forecast', '--backtest', '--weeks-held-out', '2', '--json'], { readArrivals: async () => periodicHistory(5), nowMs: NOW });
    const result = lastJson(lines);
    expect(result).toMatchObject({ mode: 'backtest', weeksUsed: 3, weeksHeldOut: 2, intervals: 2 * 7 * 48, zeroActualIntervals: 0 });
    expect(result.wape as number).toBeCloseTo(0, 9);
    expect(result.mape as number).toBeCloseTo(0, 9);
    expect(lines[1]).toMatch(/^WAPE 0\.0%\s+MAPE 0\.0%/);
  });

  it('says clearly when the history is too short', async () => {
    const threeDays = periodicHistory(1).filter((t) => t >= NOW - 3 * 86_400_000);
    const error = await run(['forecast'], { readArrivals: async () => threeDays, nowMs: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliDataError);
    expect((error as CliDataError).message).toMatch(/not enough conversation history: need 1 whole week\(s\), have 3\.0 days/);
    const backtest = await run(['forecast', '--backtest'], { readArrivals: async () => periodicHistory(2), nowMs: NOW }).catch((e: unknown) => e);
    expect((backtest as Error).message).toMatch(/need 3 whole week\(s\), have 14\.0 days.*holding out 2 week/);
    const empty = await run(['forecast'], { readArrivals: async () => [], nowMs: NOW }).catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(/no conversations yet/);
  });

  it('accepts a negative UTC offset and refuses an interval that does not divide a day', async () => {
    const lines = await run(['forecast', '--utc-offset-minutes', '-300', '--horizon-days', '1'], { readArrivals: async () => periodicHistory(2), nowMs: NOW });
    expect(lines[2]).toMatch(/^Sun 2026-03-01 19:00/);
    const error = await run(['forecast', '--interval-minutes', '7'], { readArrivals: async () => [], nowMs: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as Error).message).toMatch(/--interval-minutes must divide a day/);
  });
});

describe('tandem staffing plan', () => {
  it('turns the forecast into agents per interval with the configured escalation share', async () => {
    const argv = ['plan', '--escalation-share', '0.5', '--horizon-days', '1', '--json'];
    const lines = await run(argv, { readArrivals: async () => periodicHistory(3), nowMs: NOW });
    const plan = lastJson(lines) as {
      escalation: string;
      intervals: Array<{ startMs: number; forecastArrivals: number; humanDemand: number; agentsNeeded: number; scheduledAgents: number }>;
      blocks: { blocks: Array<{ startMs: number; endMs: number; headcount: number }> };
    };
    expect(plan.escalation).toBe('configured');
    expect(plan.intervals).toHaveLength(48);
    // Monday 10:00: 10 arrivals per half hour, half of them need a person → 10 per hour.
    const ten = plan.intervals.find((i) => i.startMs === NOW + 20 * HALF_HOUR);
    expect(ten?.forecastArrivals).toBeCloseTo(10, 9);
    expect(ten?.humanDemand).toBeCloseTo(5, 9);
    const expected = erlangCAgentsFor({ arrivalsPerHour: 10, ahtSeconds: 480, answerWithinSeconds: 60, targetServiceLevel: 0.8, concurrency: 2 }).agents;
    expect(ten?.agentsNeeded).toBe(expected);
    expect(ten?.scheduledAgents).toBe(scheduledAgents(expected, 0.3));
    // Two-hour blocks from midnight; the 10:00–12:00 block covers its busiest interval.
    const block = plan.blocks.blocks.find((b) => b.startMs === NOW + 10 * 3_600_000);
    expect(block).toMatchObject({ endMs: NOW + 12 * 3_600_000, headcount: scheduledAgents(expected, 0.3) });
    expect(lines.some((l) => /agents needed/.test(l))).toBe(true);
  });

  it('uses measured escalation per intent when it has it', async () => {
    const readEscalation = async () => [
      { intent: 'refund', conversations: 300, escalated: 60 },
      { intent: 'hardship', conversations: 100, escalated: 100 },
    ];
    const plan = lastJson(await run(['plan', '--horizon-days', '1', '--json'], { readArrivals: async () => periodicHistory(2), readEscalation, nowMs: NOW })) as {
      escalation: string;
      intervals: Array<{ startMs: number; humanDemand: number }>;
    };
    expect(plan.escalation).toBe('live');
    // Mix 3:1 refund:hardship, shares 0.2 and 1 → 0.75 × 0.2 + 0.25 × 1 = 0.4 of arrivals.
    expect(plan.intervals.find((i) => i.startMs === NOW + 20 * HALF_HOUR)?.humanDemand).toBeCloseTo(4, 9);
  });

  it('refuses block lengths that do not fit the grid', async () => {
    const error = await run(['plan', '--block-hours', '5'], { readArrivals: async () => periodicHistory(2), nowMs: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as Error).message).toMatch(/--block-hours must divide 24/);
  });
});
