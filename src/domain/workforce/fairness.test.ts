import { describe, expect, it } from 'vitest';
import { agentFairness, fairnessReport, gini, type AgentPeriod } from './fairness.js';

const MIN = 60_000;
const at = (minute: number) => minute * MIN;
const span = (from: number, to: number) => ({ startMs: at(from), endMs: at(to) });

describe('gini', () => {
  it('is 0 for equal values and for all zeros, null for none', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([])).toBeNull();
  });

  it('is (n - 1)/n when one holds everything', () => {
    expect(gini([0, 0, 0, 12])).toBeCloseTo(0.75, 15);
  });

  it('matches the mean-absolute-difference definition by hand: [1, 2, 3, 4] → 0.25', () => {
    // Σ_i Σ_j |x_i - x_j| = 20, n² = 16, mean = 2.5: 20 / (2 · 16 · 2.5) = 0.25.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 15);
  });

  it('rejects negative values', () => {
    expect(() => gini([1, -1])).toThrow(RangeError);
  });
});

describe('agentFairness', () => {
  // Online 09:00–12:00 (minutes 0–180), paid block 09:00–10:00, busy 10:30–11:00 and 11:45–12:15.
  const agent: AgentPeriod = {
    agentId: 'a1',
    online: [span(0, 180)],
    paidBlocks: [span(0, 60)],
    busy: [span(90, 120), span(165, 195)],
    earningsMinor: 2000,
    offers: 6,
    declines: 2,
  };

  it('splits presence into paid time and unpaid waiting', () => {
    const f = agentFairness(agent, 1000);
    // Presence = 0–195 (busy past 180 counts) = 195 min; paid = block 60 + busy 30 + 30 = 120.
    expect(f.presenceMinutes).toBe(195);
    expect(f.paidMinutes).toBe(120);
    expect(f.unpaidWaitingMinutes).toBe(75); // 60–90 and 120–165
    expect(f.paidShareOfPresence).toBeCloseTo(120 / 195, 15);
  });

  it('computes effective hourly pay over presence and compares it with the floor exactly', () => {
    const f = agentFairness(agent, 616);
    expect(f.effectiveHourlyMinor).toBe(615); // 2000 / 3.25 h = 615.38
    expect(f.belowFloor).toBe(true);
    expect(agentFairness(agent, 615).belowFloor).toBe(false);
  });

  it('reports offers, declines and offers per presence hour', () => {
    const f = agentFairness(agent, 0);
    expect(f.declineRate).toBeCloseTo(1 / 3, 15);
    expect(f.offersPerPresenceHour).toBeCloseTo(6 / 3.25, 12);
  });

  it('gives null ratios, not NaN, for an agent who was never present', () => {
    const f = agentFairness({ ...agent, online: [], busy: [], paidBlocks: [], earningsMinor: 0, offers: 0, declines: 0 }, 1000);
    expect(f).toMatchObject({
      presenceMinutes: 0,
      unpaidWaitingMinutes: 0,
      paidShareOfPresence: null,
      effectiveHourlyMinor: null,
      belowFloor: null,
      declineRate: null,
      offersPerPresenceHour: null,
    });
  });

  it('rejects inconsistent input', () => {
    expect(() => agentFairness({ ...agent, declines: 7 }, 0)).toThrow(/declines/);
    expect(() => agentFairness({ ...agent, earningsMinor: 1.5 }, 0)).toThrow(/earningsMinor/);
  });
});

describe('fairnessReport', () => {
  const base = { paidBlocks: [], busy: [], declines: 0 };
  it('aggregates the pool: unpaid minutes, paid share, agents below floor, Gini of offers', () => {
    const report = fairnessReport(
      [
        { ...base, agentId: 'a', online: [span(0, 60)], paidBlocks: [span(0, 60)], earningsMinor: 1200, offers: 4 },
        { ...base, agentId: 'b', online: [span(0, 60)], earningsMinor: 300, offers: 4, declines: 1 },
        { ...base, agentId: 'c', online: [span(0, 120)], earningsMinor: 2400, offers: 8 },
      ],
      { hourlyFloorMinor: 1000 },
    );
    expect(report.totalUnpaidWaitingMinutes).toBe(60 + 120);
    expect(report.paidShareOfPresence).toBeCloseTo(60 / 240, 15);
    expect(report.agentsBelowFloor).toBe(1); // b earned 300 in an hour
    expect(report.offersGini).toBeCloseTo(gini([4, 4, 8]) ?? Number.NaN, 15);
    expect(report.offersGini).toBeCloseTo(1 / 6, 15); // Σ|xi - xj| = 16, 2 · 9 · 16/3 = 96
    expect(report.offersPerPresenceHourGini).toBe(0); // 4, 4 and 4 offers per hour
    expect(report.declineRate).toBeCloseTo(1 / 16, 15);
  });

  it('handles an empty pool', () => {
    expect(fairnessReport([], { hourlyFloorMinor: 1000 })).toEqual({
      agents: [],
      totalUnpaidWaitingMinutes: 0,
      paidShareOfPresence: null,
      agentsBelowFloor: 0,
      offersGini: null,
      offersPerPresenceHourGini: null,
      declineRate: null,
    });
  });
});
