import { describe, expect, it } from 'vitest';
import { erlangC, erlangCAgentsFor } from './erlang-c.js';

/** P(wait) straight from the textbook formula with factorials; fine for small n. */
function erlangCByDefinition(n: number, a: number): number {
  let term = 1;
  let sum = 1; // Σ_{k<n} a^k/k!
  for (let k = 1; k < n; k += 1) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / n) * (n / (n - a)); // a^n/n! · n/(n-a)
  return top / (sum + top);
}

// Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example",
// https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm : 100 calls per 30 minutes,
// AHT 180 s, target 80 % answered in 20 s, so A = 10 Erlangs.
const cch = { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 20 };

describe('erlangC: Call Centre Helper worked example', () => {
  it('has 10 Erlangs of offered load', () => {
    expect(erlangC({ ...cch, servers: 11 }).offeredLoad).toBeCloseTo(10, 12);
  });

  it.each([
    [11, 0.682, 0.39],
    [12, 0.4494, 0.64],
    [13, 0.2853, 0.796],
    [14, 0.1741, 0.888],
  ])('N = %i gives P(wait) %f and service level %f', (servers, pWait, serviceLevel) => {
    const r = erlangC({ ...cch, servers });
    expect(r.pWait).toBeCloseTo(pWait, 3);
    expect(r.serviceLevel).toBeCloseTo(serviceLevel, 3);
  });

  it('N = 14 gives ASA 7.8 s and occupancy 71.4 %', () => {
    const r = erlangC({ ...cch, servers: 14 });
    expect(r.asaSeconds).toBeCloseTo(7.8, 1);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
    expect(r.stable).toBe(true);
  });

  it('needs 14 agents for 80/20 (13 reach only 79.6 %)', () => {
    const { agents, result } = erlangCAgentsFor({ ...cch, targetServiceLevel: 0.8 });
    expect(agents).toBe(14);
    expect(result.servers).toBe(14);
    expect(erlangC({ ...cch, servers: 13 }).serviceLevel).toBeLessThan(0.8);
  });

  it('respects the 85 % maximum occupancy the article also applies', () => {
    // 80/20 alone needs 14 agents (71 % occupancy); a low target alone needs 11 (91 %).
    expect(erlangCAgentsFor({ ...cch, targetServiceLevel: 0.3 }).agents).toBe(11);
    expect(erlangCAgentsFor({ ...cch, targetServiceLevel: 0.3, maxOccupancy: 0.85 }).agents).toBe(12);
  });
});

describe('erlangC: other published figures', () => {
  // jonesthenet, "Erlang uplift", http://www.jonesthenet.com/budgeting/service-levels-erlang/erlang-uplift/ :
  // 250 calls per hour, AHT 330 s, 80 % in 30 s needs 28 advisors against a naive workload of 22.9.
  it('jonesthenet: 250 calls/h, AHT 330 s, 80/30 needs 28 advisors', () => {
    const { agents, result } = erlangCAgentsFor({
      arrivalsPerHour: 250,
      ahtSeconds: 330,
      answerWithinSeconds: 30,
      targetServiceLevel: 0.8,
    });
    expect(result.offeredLoad).toBeCloseTo(22.9, 1);
    expect(agents).toBe(28);
  });

  // Halfin & Whitt (1981) square-root staffing; the exact values are those quoted in
  // shared/reference/routing.md §2 ("a = 1000, n = 1016 → exact 0.504; a = 100, n = 105 → 0.516").
  it.each([
    [1000, 1016, 0.504],
    [100, 105, 0.516],
  ])('Halfin–Whitt regime: a = %i, n = %i gives P(wait) %f', (a, servers, pWait) => {
    const r = erlangC({ arrivalsPerHour: a * 3600, ahtSeconds: 1, servers, answerWithinSeconds: 0 });
    expect(r.pWait).toBeCloseTo(pWait, 3);
  });
});

describe('erlangC: formulas', () => {
  it('agrees with the factorial definition and its derived measures for small systems', () => {
    for (const [n, a] of [
      [1, 0.5],
      [3, 2.2],
      [8, 7.9],
      [25, 20],
    ] as const) {
      const aht = 240;
      const t = 15;
      const r = erlangC({ arrivalsPerHour: (a / aht) * 3600, ahtSeconds: aht, servers: n, answerWithinSeconds: t });
      const c = erlangCByDefinition(n, a);
      expect(r.pWait).toBeCloseTo(c, 12);
      expect(r.asaSeconds).toBeCloseTo((c * aht) / (n - a), 9);
      expect(r.serviceLevel).toBeCloseTo(1 - c * Math.exp((-(n - a) * t) / aht), 12);
      expect(r.occupancy).toBeCloseTo(a / n, 14);
    }
  });

  it('M/M/1: P(wait) = ρ and ASA = ρ/(1-ρ)·AHT', () => {
    const r = erlangC({ arrivalsPerHour: 30, ahtSeconds: 60, servers: 1, answerWithinSeconds: 0 });
    expect(r.pWait).toBeCloseTo(0.5, 14);
    expect(r.asaSeconds).toBeCloseTo(60, 10);
    expect(r.serviceLevel).toBeCloseTo(0.5, 14);
  });

  it('reports an unstable queue with JSON-safe values (null for the infinite mean wait)', () => {
    for (const servers of [9, 10]) {
      const r = erlangC({ ...cch, servers });
      expect(r).toEqual({
        model: 'erlang_c',
        servers,
        offeredLoad: 10,
        stable: false,
        pWait: 1,
        asaSeconds: null,
        serviceLevel: 0,
        occupancy: 1,
      });
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
    expect(erlangC({ ...cch, servers: 0 }).occupancy).toBeNull();
  });

  it('treats no arrivals as a met target, even with no servers', () => {
    const r = erlangC({ ...cch, arrivalsPerHour: 0, servers: 0 });
    expect(r).toMatchObject({ stable: true, pWait: 0, asaSeconds: 0, serviceLevel: 1, occupancy: 0 });
    expect(erlangCAgentsFor({ ...cch, arrivalsPerHour: 0, targetServiceLevel: 0.8 }).agents).toBe(0);
  });

  it('needs just enough for stability when the target is 0', () => {
    expect(erlangCAgentsFor({ ...cch, targetServiceLevel: 0 }).agents).toBe(11);
  });

  it('rejects invalid input as a programmer error', () => {
    expect(() => erlangC({ ...cch, servers: 1.5 })).toThrow(/servers/);
    expect(() => erlangC({ ...cch, ahtSeconds: 0, servers: 3 })).toThrow(/ahtSeconds/);
    expect(() => erlangC({ ...cch, answerWithinSeconds: -1, servers: 3 })).toThrow(/answerWithinSeconds/);
    expect(() => erlangCAgentsFor({ ...cch, targetServiceLevel: 1 })).toThrow(/targetServiceLevel/);
    expect(() => erlangCAgentsFor({ ...cch, targetServiceLevel: 0.8, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => erlangCAgentsFor({ ...cch, targetServiceLevel: 0.8, maxOccupancy: 0 })).toThrow(/maxOccupancy/);
  });
});

describe('erlangC: chat concurrency', () => {
  it('counts an agent with concurrency c as c servers', () => {
    // 10 Erlangs of chats at 3 per agent: 14 servers meet 80/20, so 5 agents (15 servers).
    const { agents, result } = erlangCAgentsFor({ ...cch, targetServiceLevel: 0.8, concurrency: 3 });
    expect(agents).toBe(5);
    expect(result.servers).toBe(15);
    expect(result.serviceLevel).toBeCloseTo(erlangC({ ...cch, servers: 15 }).serviceLevel, 15);
  });
});

describe('erlangC: numerical stability from 1 to 2,000 servers', () => {
  it('returns finite probabilities in [0, 1] everywhere, including just below saturation', () => {
    for (let n = 1; n <= 2000; n += 1) {
      for (const a of [n * 0.5, n * 0.999, n - 1e-6]) {
        const r = erlangC({ arrivalsPerHour: a * 36, ahtSeconds: 100, servers: n, answerWithinSeconds: 20 });
        for (const p of [r.pWait, r.serviceLevel, r.occupancy ?? Number.NaN]) {
          expect(p >= 0 && p <= 1).toBe(true);
        }
        expect(Number.isFinite(r.asaSeconds)).toBe(true);
      }
    }
  });

  it('tends to P(wait) = 1 at saturation and to 0 far below it', () => {
    const near = erlangC({ arrivalsPerHour: (2000 - 1e-6) * 36, ahtSeconds: 100, servers: 2000, answerWithinSeconds: 20 });
    expect(near.pWait).toBeGreaterThan(0.9999);
    const far = erlangC({ arrivalsPerHour: 100 * 36, ahtSeconds: 100, servers: 2000, answerWithinSeconds: 20 });
    expect(far.pWait).toBe(0);
    expect(far.serviceLevel).toBe(1);
  });

  it('staffs 2,000 Erlangs at 80/20 with a square-root safety margin', () => {
    const { agents } = erlangCAgentsFor({ arrivalsPerHour: 2000 * 36, ahtSeconds: 100, answerWithinSeconds: 20, targetServiceLevel: 0.8 });
    expect(agents).toBeGreaterThan(2000);
    expect(agents).toBeLessThan(2000 + 2 * Math.sqrt(2000));
  });
});
