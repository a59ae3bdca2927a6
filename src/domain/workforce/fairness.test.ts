import { describe, expect, it } from 'vitest';
import { agentFairness, fairnessReport, gini, MIN_PRESENCE_FOR_HOURLY_MINUTES, type AgentPeriod } from './fairness.js';
import { mulberry32 } from './seeded-rng.test-helper.js';

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
      effectiveHourlyGini: null,
      minPresenceMinutesForHourly: MIN_PRESENCE_FOR_HOURLY_MINUTES,
      declineRate: null,
    });
  });
});

describe('effective hourly pay needs a minimum of presence', () => {
  const base = { paidBlocks: [], busy: [], declines: 0, offers: 0 };
  const SECOND = 1000;

  it('is null ("not enough time") after 30 seconds online, not £3,000/h, and flags nothing', () => {
    const f = agentFairness({ ...base, agentId: 'brief', online: [{ startMs: 0, endMs: 30 * SECOND }], earningsMinor: 2500 }, 1200);
    expect(f.presenceMinutes).toBe(0.5);
    expect(f.effectiveHourlyMinor).toBeNull();
    expect(f.hourlyMeasured).toBe(false);
    expect(f.belowFloor).toBeNull();
    // A brief agent who earned nothing is not "below the floor" either.
    expect(agentFairness({ ...base, agentId: 'idle', online: [{ startMs: 0, endMs: 30 * SECOND }], earningsMinor: 0 }, 1200).belowFloor).toBeNull();
  });

  it(`measures from exactly ${MIN_PRESENCE_FOR_HOURLY_MINUTES} minutes of presence (busy time counts)`, () => {
    const justUnder = agentFairness({ ...base, agentId: 'u', online: [{ startMs: 0, endMs: at(MIN_PRESENCE_FOR_HOURLY_MINUTES) - 1 }], earningsMinor: 100 }, 1000);
    expect(justUnder.effectiveHourlyMinor).toBeNull();
    const exactly = agentFairness({ ...base, agentId: 'e', online: [span(0, 10)], busy: [span(10, MIN_PRESENCE_FOR_HOURLY_MINUTES)], earningsMinor: 100 }, 1000);
    expect(exactly.hourlyMeasured).toBe(true);
    expect(exactly.effectiveHourlyMinor).toBe(400); // 100 in a quarter of an hour
    expect(exactly.belowFloor).toBe(true);
  });

  it('the minimum is an option: 0 measures any presence at all', () => {
    const f = agentFairness({ ...base, agentId: 'brief', online: [{ startMs: 0, endMs: 30 * SECOND }], earningsMinor: 2500 }, 1200, { minPresenceMinutesForHourly: 0 });
    expect(f.effectiveHourlyMinor).toBe(300_000);
    expect(() => agentFairness({ ...base, agentId: 'x', online: [], earningsMinor: 0 }, 0, { minPresenceMinutesForHourly: -1 })).toThrow(RangeError);
  });

  it('leaves brief agents out of the below-floor count and the Gini of hourly pay', () => {
    const report = fairnessReport(
      [
        { ...base, agentId: 'a', online: [span(0, 60)], earningsMinor: 1200 },
        { ...base, agentId: 'b', online: [span(0, 60)], earningsMinor: 600 },
        { ...base, agentId: 'brief', online: [{ startMs: 0, endMs: 30 * SECOND }], earningsMinor: 2500 },
        { ...base, agentId: 'brief-unpaid', online: [span(0, 2)], earningsMinor: 0 },
      ],
      { hourlyFloorMinor: 1000 },
    );
    expect(report.minPresenceMinutesForHourly).toBe(MIN_PRESENCE_FOR_HOURLY_MINUTES);
    expect(report.agentsBelowFloor).toBe(1); // b only
    expect(report.effectiveHourlyGini).toBeCloseTo(gini([1200, 600]) ?? Number.NaN, 15);
    expect(report.agents.filter((a) => a.hourlyMeasured).map((a) => a.agentId)).toEqual(['a', 'b']);
  });

  it('property: brief agents never change the floor count or the hourly Gini, and every reported figure rests on enough presence', () => {
    const rng = mulberry32(20240917);
    const int = (n: number) => Math.floor(rng() * n);
    for (let run = 0; run < 200; run += 1) {
      const minimum = [0, 5, 15, 30][int(4)]!;
      const agent = (id: string, maxMinutes: number): AgentPeriod => {
        const start = int(600) * SECOND;
        const length = int(maxMinutes * 60) * SECOND;
        return { ...base, agentId: id, online: length > 0 ? [{ startMs: start, endMs: start + length }] : [], earningsMinor: int(5000) };
      };
      const pool = Array.from({ length: 1 + int(6) }, (_, i) => agent(`p${i}`, 240));
      const brief = Array.from({ length: int(4) }, (_, i) => agent(`b${i}`, minimum));
      const floor = int(2000);
      const options = { hourlyFloorMinor: floor, minPresenceMinutesForHourly: minimum };
      const withBrief = fairnessReport([...pool, ...brief], options);
      for (const a of withBrief.agents) {
        const enough = a.presenceMinutes > 0 && a.presenceMinutes >= minimum;
        expect(a.hourlyMeasured).toBe(enough);
        expect(a.effectiveHourlyMinor === null).toBe(!enough);
        expect(a.belowFloor === null).toBe(!enough);
      }
      const measured = withBrief.agents.filter((a) => a.hourlyMeasured);
      expect(withBrief.agentsBelowFloor).toBe(measured.filter((a) => a.belowFloor).length);
      expect(withBrief.effectiveHourlyGini).toBe(gini(measured.map((a) => a.effectiveHourlyMinor!)));
      // Brief agents are under the minimum by construction (or never present when it is 0).
      const withoutBrief = fairnessReport(pool, options);
      expect(withBrief.agentsBelowFloor).toBe(withoutBrief.agentsBelowFloor);
      expect(withBrief.effectiveHourlyGini).toBe(withoutBrief.effectiveHourlyGini);
    }
  });
});
