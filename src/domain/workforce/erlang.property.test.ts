import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangAAgentsFor } from './erlang-a.js';
import { erlangC, erlangCAgentsFor } from './erlang-c.js';

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Traffic from 0.05 to 400 Erlangs with realistic times. */
const traffic = fc.record({
  offeredLoad: double(0.05, 400),
  ahtSeconds: double(20, 1200),
  answerWithinSeconds: double(0, 300),
});
const toArrivalsPerHour = (offeredLoad: number, ahtSeconds: number): number => (offeredLoad * 3600) / ahtSeconds;

describe('Erlang C properties', () => {
  it('service level rises and P(wait) falls as servers are added', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 1, max: 40 }), ({ offeredLoad, ahtSeconds, answerWithinSeconds }, extra) => {
        const arrivalsPerHour = toArrivalsPerHour(offeredLoad, ahtSeconds);
        const n = Math.floor(offeredLoad) + extra;
        const fewer = erlangC({ arrivalsPerHour, ahtSeconds, answerWithinSeconds, servers: n });
        const more = erlangC({ arrivalsPerHour, ahtSeconds, answerWithinSeconds, servers: n + 1 });
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel);
        expect(more.pWait).toBeLessThanOrEqual(fewer.pWait);
        expect(more.asaSeconds ?? Infinity).toBeLessThanOrEqual(fewer.asaSeconds ?? Infinity);
      }),
    );
  });

  it('the staffing answer is the smallest that meets the target', () => {
    fc.assert(
      fc.property(traffic, double(0, 0.99), ({ offeredLoad, ahtSeconds, answerWithinSeconds }, targetServiceLevel) => {
        const query = { arrivalsPerHour: toArrivalsPerHour(offeredLoad, ahtSeconds), ahtSeconds, answerWithinSeconds };
        const { agents, result } = erlangCAgentsFor({ ...query, targetServiceLevel });
        expect(result.serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
        const oneLess = erlangC({ ...query, servers: agents - 1 });
        expect(oneLess.serviceLevel).toBeLessThan(targetServiceLevel === 0 ? Number.MIN_VALUE : targetServiceLevel);
      }),
    );
  });
});

describe('Erlang A properties', () => {
  const patience = double(1, 3600);

  // Tolerances of 1e-9 absorb rounding in sums of ~10^4 terms; real violations are far larger.
  it('service level rises, abandonment and occupancy fall as servers are added (under and overload)', () => {
    fc.assert(
      fc.property(traffic, patience, double(0.3, 1.5), (t, patienceSeconds, staffingRatio) => {
        const base = { ...t, arrivalsPerHour: toArrivalsPerHour(t.offeredLoad, t.ahtSeconds), patienceSeconds };
        const n = Math.max(0, Math.floor(t.offeredLoad * staffingRatio));
        const fewer = erlangA({ ...base, servers: n });
        const more = erlangA({ ...base, servers: n + 1 });
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - 1e-9);
        expect(more.pAbandon).toBeLessThanOrEqual(fewer.pAbandon + 1e-9);
        expect(more.pWait).toBeLessThanOrEqual(fewer.pWait + 1e-9);
        if (fewer.occupancy !== null && more.occupancy !== null) {
          expect(more.occupancy).toBeLessThanOrEqual(fewer.occupancy + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tends to Erlang C as patience grows very long (stable systems)', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 1, max: 30 }), (t, extra) => {
        const servers = Math.floor(t.offeredLoad) + extra;
        // Abandonment changes waits by about (AHT/patience)·a/(n - a)² relative (θ·E[queue] against
        // the spare capacity), a real effect, not an error; keep n - a >= 0.2 so that a patience of
        // 10^12 AHTs makes it negligible (and the nearly geometric series stays short).
        fc.pre(servers - t.offeredLoad >= 0.2);
        const query = { ...t, arrivalsPerHour: toArrivalsPerHour(t.offeredLoad, t.ahtSeconds), servers };
        const c = erlangC(query);
        const a = erlangA({ ...query, patienceSeconds: t.ahtSeconds * 1e12 });
        expect(a.pWait).toBeCloseTo(c.pWait, 6);
        expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
        expect(a.pAbandon).toBeLessThan(1e-6);
        const asaC = c.asaSeconds ?? Number.NaN;
        expect(Math.abs((a.asaSeconds ?? Number.NaN) - asaC)).toBeLessThanOrEqual(1e-5 * Math.max(1, asaC));
      }),
      { numRuns: 150 },
    );
  });

  it('longer patience never raises abandonment', () => {
    fc.assert(
      fc.property(traffic, patience, fc.integer({ min: 0, max: 400 }), (t, patienceSeconds, servers) => {
        const base = { ...t, arrivalsPerHour: toArrivalsPerHour(t.offeredLoad, t.ahtSeconds), servers };
        const short = erlangA({ ...base, patienceSeconds });
        const long = erlangA({ ...base, patienceSeconds: patienceSeconds * 2 });
        expect(long.pAbandon).toBeLessThanOrEqual(short.pAbandon + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('the staffing answer meets target and cap, and one agent fewer does not', () => {
    fc.assert(
      fc.property(traffic, patience, double(0, 0.99), double(0.01, 1), (t, patienceSeconds, targetServiceLevel, maxAbandonRate) => {
        const query = { ...t, arrivalsPerHour: toArrivalsPerHour(t.offeredLoad, t.ahtSeconds), patienceSeconds };
        const { agents, result } = erlangAAgentsFor({ ...query, targetServiceLevel, maxAbandonRate });
        expect(result.serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
        expect(result.pAbandon).toBeLessThanOrEqual(maxAbandonRate);
        if (agents > 1) {
          const oneLess = erlangA({ ...query, servers: agents - 1 });
          expect(oneLess.serviceLevel < targetServiceLevel || oneLess.pAbandon > maxAbandonRate).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
