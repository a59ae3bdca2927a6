import { describe, expect, it } from 'vitest';
import { planStaffing, planToBlocks, type PlannedInterval } from './staffing-plan.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = Date.UTC(2025, 0, 6); // Monday 00:00 UTC
const halfHours = (fromHour: number, arrivals: readonly number[]) =>
  arrivals.map((a, i) => ({ startMs: DAY + fromHour * HOUR + i * 30 * MIN, endMs: DAY + fromHour * HOUR + (i + 1) * 30 * MIN, arrivals: a }));

// Call Centre Helper worked example: 100 calls per 30 minutes, AHT 180 s, 80/20, 30 % shrinkage.
const cch = { ahtSeconds: 180, answerWithinSeconds: 20, targetServiceLevel: 0.8 };

describe('planStaffing', () => {
  it('reproduces the worked example end to end: 14 on the queue, 20 scheduled', () => {
    const [interval] = planStaffing(halfHours(9, [100]), { ...cch, shrinkage: 0.3 });
    expect(interval).toMatchObject({ arrivalsPerHour: 200, agentsNeeded: 14, scheduledAgents: 20, pAbandon: null });
    expect(interval?.serviceLevel).toBeCloseTo(0.888, 3);
  });

  it('uses the interval length: 50 arrivals in 15 minutes is the same load', () => {
    const [interval] = planStaffing([{ startMs: DAY, endMs: DAY + 15 * MIN, arrivals: 50 }], cch);
    expect(interval?.agentsNeeded).toBe(14);
  });

  it('needs nobody for an empty interval and uses Erlang A when patience is known', () => {
    const plan = planStaffing(halfHours(9, [0, 100]), { ...cch, patienceSeconds: 120 });
    expect(plan.map((p) => p.agentsNeeded)).toEqual([0, 12]);
    expect(plan[1]?.pAbandon).toBeGreaterThan(0);
  });

  it('applies concurrency: three chats per agent', () => {
    const [interval] = planStaffing(halfHours(9, [100]), { ...cch, concurrency: 3 });
    expect(interval?.agentsNeeded).toBe(5);
  });

  it('follows the demand curve: more demand, more agents; equal demand, equal agents', () => {
    const agents = planStaffing(halfHours(8, [10, 40, 100, 160, 100, 40]), cch).map((p) => p.agentsNeeded);
    expect(agents[0]).toBeLessThan(agents[1] ?? 0);
    expect(agents[1]).toBeLessThan(agents[2] ?? 0);
    expect(agents[2]).toBeLessThan(agents[3] ?? 0);
    expect(agents[4]).toBe(agents[2]);
    expect(agents[5]).toBe(agents[1]);
    expect(agents[2]).toBe(14);
  });
});

const planned = (fromHour: number, scheduled: readonly number[]): PlannedInterval[] =>
  halfHours(fromHour, scheduled).map((i, k) => ({
    ...i,
    arrivalsPerHour: 0,
    agentsNeeded: scheduled[k] ?? 0,
    scheduledAgents: scheduled[k] ?? 0,
    serviceLevel: 1,
    pAbandon: null,
    occupancy: null,
  }));

describe('planToBlocks', () => {
  it('books the peak of each two-hour block and prices standby (hand-computed)', () => {
    const result = planToBlocks(planned(8, [0, 0, 3, 5, 4, 2, 0, 1]), { blockHours: 2, standbyRateMinorPerHour: 700 });
    expect(result.blocks).toEqual([
      { startMs: DAY + 8 * HOUR, endMs: DAY + 10 * HOUR, headcount: 5, standbyCostMinor: 7000 },
      { startMs: DAY + 10 * HOUR, endMs: DAY + 12 * HOUR, headcount: 4, standbyCostMinor: 5600 },
    ]);
    expect(result.bookedAgentHours).toBe(18);
    expect(result.neededAgentHours).toBe(7.5);
    expect(result.coverEfficiency).toBeCloseTo(7.5 / 18, 15);
    expect(result.standbyCostMinor).toBe(12_600);
  });

  it('aligns blocks to local midnight, clips them to the plan and leaves out empty ones', () => {
    // Plan 09:00–13:00 UTC at UTC+1: local blocks start at odd UTC hours (…, 09:00, 11:00, 13:00).
    const result = planToBlocks(planned(9, [2, 2, 0, 0, 0, 0, 1, 3]), { blockHours: 2, standbyRateMinorPerHour: 1000, utcOffsetMinutes: 60 });
    expect(result.blocks.map((b) => [(b.startMs - DAY) / HOUR, (b.endMs - DAY) / HOUR, b.headcount])).toEqual([
      [9, 11, 2],
      [11, 13, 3],
    ]);
    const clipped = planToBlocks(planned(9, [2, 2]), { blockHours: 2, standbyRateMinorPerHour: 1000 });
    expect(clipped.blocks).toEqual([{ startMs: DAY + 9 * HOUR, endMs: DAY + 10 * HOUR, headcount: 2, standbyCostMinor: 2000 }]);
  });

  it('books nothing for a plan that needs nobody', () => {
    expect(planToBlocks(planned(0, [0, 0]), { blockHours: 4, standbyRateMinorPerHour: 700 })).toEqual({
      blocks: [],
      bookedAgentHours: 0,
      neededAgentHours: 0,
      coverEfficiency: null,
      standbyCostMinor: 0,
    });
  });

  it('rejects block lengths that do not divide a day and intervals that straddle blocks', () => {
    expect(() => planToBlocks([], { blockHours: 5, standbyRateMinorPerHour: 700 })).toThrow(/blockHours/);
    const straddling = [{ ...planned(9, [1])[0]!, endMs: DAY + 11 * HOUR }];
    expect(() => planToBlocks(straddling, { blockHours: 2, standbyRateMinorPerHour: 700 })).toThrow(/boundary/);
  });
});
