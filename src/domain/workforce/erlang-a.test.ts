import { describe, expect, it } from 'vitest';
import { erlangA, erlangAAgentsFor } from './erlang-a.js';
import { erlangC, erlangCAgentsFor } from './erlang-c.js';

// The Call Centre Helper traffic (A = 10 Erlangs, 80/20) reused with impatient customers.
const cch = { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 20 };

describe('erlangA: the Erlang C limit', () => {
  it.each([11, 12, 13, 14, 20])('with very long patience matches Erlang C at N = %i', (servers) => {
    const a = erlangA({ ...cch, servers, patienceSeconds: 1e10 });
    const c = erlangC({ ...cch, servers });
    expect(a.pWait).toBeCloseTo(c.pWait, 6);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    expect(a.serviceLevelAnswered).toBeCloseTo(c.serviceLevel, 6);
    expect(a.asaSeconds).toBeCloseTo(c.asaSeconds ?? Number.NaN, 3);
    expect(a.occupancy).toBeCloseTo(c.occupancy ?? Number.NaN, 6);
    expect(a.pAbandon).toBeLessThan(1e-6);
  });

  it('staffs the CCH example like Erlang C when patience is very long', () => {
    expect(erlangAAgentsFor({ ...cch, patienceSeconds: 1e10, targetServiceLevel: 0.8 }).agents).toBe(14);
  });
});

describe('erlangA: behaviour', () => {
  it('needs fewer agents than Erlang C when patience is at least the threshold (12 vs 14)', () => {
    const { agents, result } = erlangAAgentsFor({ ...cch, patienceSeconds: 120, targetServiceLevel: 0.8 });
    expect(agents).toBe(12);
    expect(result.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangA({ ...cch, servers: 11, patienceSeconds: 120 }).serviceLevel).toBeLessThan(0.8);
  });

  it('can need MORE agents than Erlang C when patience is far below the threshold', () => {
    // 95 % within 10 minutes: Erlang C is content with 11 agents because waiters are eventually
    // answered fast enough; with a 1 s mean patience nearly every waiter is lost, so only
    // "no wait at all" counts and P(wait) must fall to about 5 %.
    const slow = { ...cch, answerWithinSeconds: 600, targetServiceLevel: 0.95 };
    expect(erlangCAgentsFor(slow).agents).toBe(11);
    expect(erlangAAgentsFor({ ...slow, patienceSeconds: 1 }).agents).toBe(15);
  });

  it('lets an abandonment cap override a service level met by losing customers', () => {
    // 50 % answered within 30 s over all arrivals is met by 7 agents while 37 % abandon.
    const loose = { ...cch, answerWithinSeconds: 30, patienceSeconds: 30, targetServiceLevel: 0.5 };
    const bare = erlangAAgentsFor(loose);
    expect(bare.agents).toBe(7);
    expect(bare.result.pAbandon).toBeCloseTo(0.369, 3);
    const capped = erlangAAgentsFor({ ...loose, maxAbandonRate: 0.05 });
    expect(capped.agents).toBe(14);
    expect(capped.result.pAbandon).toBeLessThanOrEqual(0.05);
    expect(erlangA({ ...loose, servers: 13 }).pAbandon).toBeGreaterThan(0.05);
  });

  it('keeps the service-level definitions apart: all arrivals <= answered only', () => {
    const r = erlangA({ ...cch, servers: 10, patienceSeconds: 60 });
    expect(r.serviceLevel).toBeLessThan(r.serviceLevelAnswered ?? 0);
    expect(r.serviceLevelAnswered).toBeCloseTo(r.serviceLevel / (1 - r.pAbandon), 12);
    expect(r.occupancy).toBeCloseTo((10 * (1 - r.pAbandon)) / 10, 12);
  });

  it('is stable in overload, where abandonment takes the excess load (fluid limit (a - n)/a)', () => {
    const r = erlangA({ arrivalsPerHour: 3000 * 36, ahtSeconds: 100, answerWithinSeconds: 20, servers: 2000, patienceSeconds: 300 });
    expect(r.stable).toBe(true);
    expect(r.pAbandon).toBeCloseTo(1 / 3, 2);
    expect(r.occupancy).toBeCloseTo(1, 4);
  });

  it('with zero servers everyone abandons and the answered-only figures are null', () => {
    const r = erlangA({ ...cch, servers: 0, patienceSeconds: 60 });
    expect(r).toEqual({
      model: 'erlang_a',
      servers: 0,
      offeredLoad: 10,
      stable: true,
      pWait: 1,
      pAbandon: 1,
      asaSeconds: null,
      serviceLevel: 0,
      serviceLevelAnswered: null,
      occupancy: null,
    });
  });

  it('with no arrivals meets any target with zero agents', () => {
    const r = erlangA({ ...cch, arrivalsPerHour: 0, servers: 0, patienceSeconds: 60 });
    expect(r).toMatchObject({ pWait: 0, pAbandon: 0, asaSeconds: 0, serviceLevel: 1, occupancy: 0 });
    expect(erlangAAgentsFor({ ...cch, arrivalsPerHour: 0, patienceSeconds: 60, targetServiceLevel: 0.9 }).agents).toBe(0);
  });

  it('with a threshold of 0 the service level is the chance of not waiting', () => {
    const r = erlangA({ ...cch, answerWithinSeconds: 0, servers: 11, patienceSeconds: 90 });
    expect(r.serviceLevel).toBeCloseTo(1 - r.pWait, 14);
  });

  it('more patience means more waiting but fewer abandons', () => {
    const impatient = erlangA({ ...cch, servers: 11, patienceSeconds: 30 });
    const patient = erlangA({ ...cch, servers: 11, patienceSeconds: 300 });
    expect(patient.pWait).toBeGreaterThan(impatient.pWait);
    expect(patient.pAbandon).toBeLessThan(impatient.pAbandon);
    expect(patient.asaSeconds ?? 0).toBeGreaterThan(impatient.asaSeconds ?? 0);
  });

  it('counts chat concurrency as servers', () => {
    const { agents, result } = erlangAAgentsFor({ ...cch, patienceSeconds: 120, targetServiceLevel: 0.8, concurrency: 4 });
    expect(result.servers).toBe(agents * 4);
    expect(agents).toBe(3); // 12 servers meet the target (see above), 12 / 4 = 3
  });

  it('rejects invalid input as a programmer error', () => {
    expect(() => erlangA({ ...cch, servers: 3, patienceSeconds: 0 })).toThrow(/patienceSeconds/);
    expect(() => erlangA({ ...cch, servers: 3, patienceSeconds: Infinity })).toThrow(/patienceSeconds/);
    expect(() => erlangAAgentsFor({ ...cch, patienceSeconds: 60, targetServiceLevel: 0.8, maxAbandonRate: 0 })).toThrow(
      /maxAbandonRate/,
    );
  });
});

describe('erlangA: numerical stability from 1 to 2,000 servers', () => {
  const finiteProbability = (p: number | null): boolean => p !== null && p >= 0 && p <= 1;

  it('returns finite values in [0, 1] under, at and over saturation', () => {
    for (let n = 1; n <= 2000; n += n < 50 ? 1 : 37) {
      for (const load of [n * 0.5, n * 0.999, n, n * 1.5]) {
        for (const patienceSeconds of [5, 300, 3600]) {
          const r = erlangA({ arrivalsPerHour: load * 36, ahtSeconds: 100, answerWithinSeconds: 20, servers: n, patienceSeconds });
          for (const p of [r.pWait, r.pAbandon, r.serviceLevel, r.serviceLevelAnswered, r.occupancy]) {
            expect(finiteProbability(p)).toBe(true);
          }
          expect(Number.isFinite(r.asaSeconds)).toBe(true);
        }
      }
    }
  });

  it('handles 2,000 servers just below saturation with almost infinite patience', () => {
    // a = 1999 Erlangs: Erlang C's queue holds ~2,000 customers; with 1e9 s of patience they
    // abandon at ~2e-6 per second against a spare capacity of 0.01 per second, so C must agree.
    const traffic = { arrivalsPerHour: 1999 * 36, ahtSeconds: 100, answerWithinSeconds: 20, servers: 2000 };
    const r = erlangA({ ...traffic, patienceSeconds: 1e9 });
    const c = erlangC(traffic);
    expect(r.pWait).toBeCloseTo(c.pWait, 3);
    expect(r.serviceLevel).toBeCloseTo(c.serviceLevel, 3);
    expect(r.asaSeconds).toBeCloseTo(c.asaSeconds ?? Number.NaN, 0);
  });

  it('staffs 2,000 Erlangs in a plausible range (fewer than Erlang C)', () => {
    const traffic = { arrivalsPerHour: 2000 * 36, ahtSeconds: 100, answerWithinSeconds: 20, targetServiceLevel: 0.9 };
    const a = erlangAAgentsFor({ ...traffic, patienceSeconds: 300 }).agents;
    const c = erlangCAgentsFor(traffic).agents;
    expect(a).toBeLessThan(c);
    expect(a).toBeGreaterThan(1900);
  });
});
