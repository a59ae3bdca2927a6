/**
 * Erlang A checked against three computations that share no code or derivation with
 * erlang-a-chain.ts:
 *  1. the stationary distribution of the truncated birth–death chain by plain products, with
 *     abandonment and occupancy read from flow rates (θ·E[queue]/λ, E[busy servers]/n);
 *  2. each waiting customer's journey as a small absorbing Markov chain, solved by
 *     uniformisation, for P(answered within t);
 *  3. Garnett–Mandelbaum–Reiman's offered-wait density f_V(s) ∝ (y e^{-θs})^x e^{-y e^{-θs}}
 *     (P(V > s | W > 0) = γ(x, y e^{-θs}) / γ(x, y)) integrated numerically: an answered customer
 *     is one whose patience outlasts V, so P(served, W <= t | W > 0) = ∫_0^t e^{-θs} f_V(s) ds and
 *     E[W; served | W > 0] = ∫ s e^{-θs} f_V(s) ds;
 * plus GMR's closed forms P(W > 0) = A·E / (1 + (A - 1)·E), P(Ab | W > 0) = 1/(ρA) + 1 - 1/ρ.
 */
import { describe, expect, it } from 'vitest';
import { erlangA, type ErlangAInput } from './erlang-a.js';

interface Rates {
  lambda: number;
  mu: number;
  theta: number;
  n: number;
  t: number;
}

function ratesOf(input: ErlangAInput): Rates {
  return {
    lambda: input.arrivalsPerHour / 3600,
    mu: 1 / input.ahtSeconds,
    theta: 1 / input.patienceSeconds,
    n: input.servers,
    t: input.answerWithinSeconds,
  };
}

/** Reference 1: π_k by products of birth/death ratios, truncated once the terms vanish. */
function stationary({ lambda, mu, theta, n }: Rates): number[] {
  const weights = [1];
  for (let k = 1; ; k += 1) {
    const death = k <= n ? k * mu : n * mu + (k - n) * theta;
    const w = ((weights[k - 1] ?? 0) * lambda) / death;
    weights.push(w);
    if (k > n && w < 1e-18 * weights.reduce((s, v) => s + v, 0)) break;
  }
  const total = weights.reduce((s, v) => s + v, 0);
  return weights.map((w) => w / total);
}

/** Reference 2: P(answered by time t) for a customer with j ahead, by uniformisation. */
function answeredWithin({ mu, theta, n, t }: Rates, j: number): number {
  // States 0..j = customers ahead; j+1 = answered; j+2 = abandoned.
  const uniform = n * mu + (j + 1) * theta;
  let dist = new Array<number>(j + 3).fill(0);
  dist[j] = 1;
  let poisson = Math.exp(-uniform * t);
  let result = poisson * (dist[j + 1] ?? 0);
  let cumulative = poisson;
  for (let step = 1; cumulative < 1 - 1e-15 && step < 100_000; step += 1) {
    const next = new Array<number>(j + 3).fill(0);
    next[j + 1] = dist[j + 1] ?? 0;
    next[j + 2] = dist[j + 2] ?? 0;
    for (let i = 0; i <= j; i += 1) {
      const mass = dist[i] ?? 0;
      const advance = (n * mu + i * theta) / uniform;
      const leave = theta / uniform;
      const target = i === 0 ? j + 1 : i - 1;
      next[target] = (next[target] ?? 0) + mass * advance;
      next[j + 2] = (next[j + 2] ?? 0) + mass * leave;
      next[i] = (next[i] ?? 0) + mass * (1 - advance - leave);
    }
    dist = next;
    poisson *= (uniform * t) / step;
    cumulative += poisson;
    result += poisson * (dist[j + 1] ?? 0);
  }
  return result;
}

/** Composite Simpson rule with an even number of panels. */
function simpson(f: (s: number) => number, from: number, to: number, panels = 20_000): number {
  const h = (to - from) / panels;
  let sum = f(from) + f(to);
  for (let i = 1; i < panels; i += 1) sum += f(from + i * h) * (i % 2 === 1 ? 4 : 2);
  return (sum * h) / 3;
}

/** Reference 3: integrals against GMR's offered-wait density, given W > 0. */
function offeredWaitIntegrals({ lambda, mu, theta, n, t }: Rates) {
  const x = (n * mu) / theta;
  const y = lambda / theta;
  const logDensity = (s: number): number => x * (Math.log(y) - theta * s) - y * Math.exp(-theta * s);
  const peak = y > x ? Math.log(y / x) / theta : 0;
  const scale = logDensity(peak);
  const density = (s: number): number => Math.exp(logDensity(s) - scale);
  const end = peak + 80 / (n * mu) + 10 / theta;
  const total = simpson(density, 0, end, 200_000);
  return {
    servedWithin: simpson((s) => Math.exp(-theta * s) * density(s), 0, t) / total,
    served: simpson((s) => Math.exp(-theta * s) * density(s), 0, end, 200_000) / total,
    servedWait: simpson((s) => s * Math.exp(-theta * s) * density(s), 0, end, 200_000) / total,
  };
}

/** GMR's closed forms with A(x, y) = Σ_j y^j / Π_{k<=j}(x+k) and E the textbook Erlang B. */
function gmrClosedForms({ lambda, mu, theta, n }: Rates) {
  const x = (n * mu) / theta;
  const y = lambda / theta;
  const a = lambda / mu;
  let term = 1;
  let bigA = 1;
  for (let j = 1; j < 100_000 && term > 1e-18 * bigA; j += 1) {
    term *= y / (x + j);
    bigA += term;
  }
  let erlangTerm = 1;
  let erlangSum = 1;
  for (let k = 1; k <= n; k += 1) {
    erlangTerm *= a / k;
    erlangSum += erlangTerm;
  }
  const e = erlangTerm / erlangSum;
  const rho = y / x;
  const pWait = (bigA * e) / (1 + (bigA - 1) * e);
  return { pWait, pAbandonGivenWait: 1 / (rho * bigA) + 1 - 1 / rho };
}

const cases: ErlangAInput[] = [
  { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 20, servers: 11, patienceSeconds: 120 },
  { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 20, servers: 8, patienceSeconds: 60 },
  { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 60, servers: 14, patienceSeconds: 15 },
  { arrivalsPerHour: 30, ahtSeconds: 120, answerWithinSeconds: 30, servers: 1, patienceSeconds: 300 },
  { arrivalsPerHour: 90, ahtSeconds: 240, answerWithinSeconds: 10, servers: 3, patienceSeconds: 45 },
  { arrivalsPerHour: 600, ahtSeconds: 150, answerWithinSeconds: 20, servers: 25, patienceSeconds: 200 },
  { arrivalsPerHour: 900, ahtSeconds: 150, answerWithinSeconds: 30, servers: 25, patienceSeconds: 90 },
];

describe.each(cases)('erlangA cross-check: %o', (input) => {
  const rates = ratesOf(input);
  const result = erlangA(input);
  const pi = stationary(rates);
  const n = rates.n;

  it('matches the stationary chain: P(wait), abandonment by flow, occupancy', () => {
    const pWait = pi.slice(n).reduce((s, v) => s + v, 0);
    const meanQueue = pi.reduce((s, v, k) => s + Math.max(0, k - n) * v, 0);
    const meanBusy = pi.reduce((s, v, k) => s + Math.min(k, n) * v, 0);
    expect(result.pWait).toBeCloseTo(pWait, 12);
    expect(result.pAbandon).toBeCloseTo((rates.theta * meanQueue) / rates.lambda, 12);
    expect(result.occupancy).toBeCloseTo(meanBusy / n, 12);
  });

  it('matches each waiting customer solved by uniformisation: service level', () => {
    let serviceLevel = pi.slice(0, n).reduce((s, v) => s + v, 0);
    for (let j = 0; n + j < pi.length; j += 1) serviceLevel += (pi[n + j] ?? 0) * answeredWithin(rates, j);
    expect(result.serviceLevel).toBeCloseTo(serviceLevel, 10);
  });

  it("matches integrals of GMR's offered-wait density: SL, ASA of answered, P(answered)", () => {
    const gmr = offeredWaitIntegrals(rates);
    const pNoWait = 1 - result.pWait;
    expect(result.serviceLevel).toBeCloseTo(pNoWait + result.pWait * gmr.servedWithin, 8);
    expect(1 - result.pAbandon).toBeCloseTo(pNoWait + result.pWait * gmr.served, 8);
    const servedWait = (result.pWait * gmr.servedWait) / (1 - result.pAbandon);
    expect(result.asaSeconds).toBeCloseTo(servedWait, 6);
  });

  it("matches GMR's closed forms for P(wait) and P(abandon | wait)", () => {
    const gmr = gmrClosedForms(rates);
    expect(result.pWait).toBeCloseTo(gmr.pWait, 12);
    expect(result.pAbandon / result.pWait).toBeCloseTo(gmr.pAbandonGivenWait, 12);
  });
});
