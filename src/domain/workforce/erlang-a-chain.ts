/**
 * Steady state of the Erlang A (M/M/n+M) birth–death chain and what an arriving customer sees.
 *
 * Rates: arrivals λ, service μ per server, patience θ per waiting customer (exponential, mean 1/θ).
 * With x = nμ/θ and y = λ/θ (Garnett–Mandelbaum–Reiman 2002), relative to π_n:
 *   states k < n together weigh (1 - B)/B, B = Erlang B(n, λ/μ)   [since π_n / Σ_{k<=n} π_k = B]
 *   queue state n+j weighs t_j = Π_{i=1..j} y/(x+i)                 [death rate nμ + iθ]
 * Σ_j t_j is GMR's A(x, y); it is summed here as a log-sum-exp series.
 *
 * A customer arriving to state n+j (PASTA) has j customers ahead. While i are ahead, it moves up
 * at rate nμ + iθ (a service completion or someone ahead abandoning) and leaves at its own rate θ,
 * so each stage lasts Exp(θ(x+i+1)) and ends in an advance with probability (x+i)/(x+i+1).
 * Hence, given j ahead:
 *   P(served) = Π_{i=0..j} (x+i)/(x+i+1) = x/(x+j+1)
 *   the stage times are independent of the outcomes (competing exponentials), so
 *   P(served, W <= t) = x/(x+j+1) · P(S_{j+1} <= t),  S_m = Σ_{k=1..m} Exp(θ(x+k)),
 *   E[W; served]      = x/(x+j+1) · Σ_{k=1..j+1} 1/(θ(x+k)).
 * The hypoexponential CDF of S_m in partial fractions cancels catastrophically for large m.
 * Instead: e^{-θ S_m} ~ Beta(x+1, m) (the Mellin transforms Π_k (x+k)/(s+x+k) agree), so
 *   P(S_m > t) = I_p(x+1, m) = Σ_{k=0..m-1} C(x+k, k) p^{x+1} q^k,  p = e^{-θt}, q = 1 - p,
 * a negative-binomial CDF: positive terms only, built incrementally in log space as j grows.
 * As θ → 0 it becomes P(Poisson(nμt) < m), the Erlang C answer, which is what makes A → C smooth.
 *
 * Truncation: the terms t_j rise while y/(x+j) >= 1 and fall after, so the series is summed from
 * a start below the mode until a geometric bound on the rest is negligible. In a long queue (huge
 * patience in overload) the mode sits near y - x and only O(√y) states around it matter; the sum
 * then starts there, with the running quantities initialised in closed form.
 */
import { LogSum, log1mExp, logAddExp } from './log-math.js';
import { harmonicRange, logFactorial, logRisingFactorial } from './special-functions.js';

export interface ErlangAChainParams {
  /** ln Erlang B(servers, λ/μ). */
  logErlangB: number;
  /** x = nμ/θ. */
  x: number;
  /** y = λ/θ. */
  y: number;
  /** θ·t: the service-level threshold measured in mean patience times. */
  thetaT: number;
  /** Mean patience 1/θ in seconds, to turn waits into seconds. */
  patienceSeconds: number;
}

/** Probabilities over all arrivals; waits in seconds. */
export interface ErlangAChainResult {
  pNoWait: number;
  pWait: number;
  pServed: number;
  pAbandon: number;
  /** P(served and wait <= t). */
  pServedWithin: number;
  /** E[wait · 1{served}] in seconds. */
  servedWaitSeconds: number;
  /** First queue state summed and how many were summed: shows the truncation at work. */
  firstQueueState: number;
  queueStatesSummed: number;
}

/** A part of a sum below e^-50 ≈ 2e-22 of the whole is dropped. */
const NEGLIGIBLE_LOG = -50;
/** A mode this close to j = 0 is cheaper to reach by summing from 0 than to jump to. */
const SUM_FROM_ZERO_UP_TO_MODE = 4096;
/** Far beyond any realistic queue; reaching it means absurd inputs. */
const MAX_QUEUE_STATES = 50_000_000;

export interface ErlangAChainOptions {
  /** Sum from j = 0 when the mode is at most this far out; lowered in tests to force the jump. */
  sumFromZeroUpToMode?: number;
}

export function solveErlangAChain(p: ErlangAChainParams, options: ErlangAChainOptions = {}): ErlangAChainResult {
  const { x, y, thetaT } = p;
  const logX = Math.log(x); // -Infinity with zero servers: nobody is ever served.
  const logY = Math.log(y);
  const logQ = log1mExp(-thetaT); // ln(1 - e^{-θt}); -Infinity when t = 0.
  const logIdle = log1mExp(p.logErlangB) - p.logErlangB; // ln((1 - B)/B)

  const start = firstStateWorthSumming(x, y, options.sumFromZeroUpToMode ?? SUM_FROM_ZERO_UP_TO_MODE);
  const logTStart = logQueueWeight(x, y, start);
  // Every sum is kept relative to t_start, so the large ln t_start enters only once, at the end.
  const queue = new LogSum();
  const served = new LogSum();
  const abandoned = new LogSum();
  const servedWithin = new LogSum();
  const servedWait = new LogSum();

  let logT = 0; // ln(t_j / t_start)
  let logNegBin = logNegBinTerm(x, thetaT, logQ, start); // ln C(x+j, j) p^{x+1} q^j
  let logTail = logNegBinCdf(x, thetaT, logQ, start); // ln P(S_{j+1} > t)
  let stageMeans = harmonicRange(x + 1, start + 1); // E[S_{j+1}] in mean-patience units
  let j = start;
  for (; ; j += 1) {
    if (j > start) {
      logT += logY - Math.log(x + j);
      logNegBin += logQ + Math.log(x + j) - Math.log(j);
      logTail = logAddExp(logTail, logNegBin);
      stageMeans += 1 / (x + j + 1);
    }
    const logServe = logX - Math.log(x + j + 1);
    queue.add(logT);
    served.add(logT + logServe);
    abandoned.add(logT + Math.log(j + 1) - Math.log(x + j + 1));
    // The tail can creep a rounding error above ln 1 = 0; P(S <= t) is then 0.
    servedWithin.add(logT + logServe + log1mExp(Math.min(0, logTail)));
    servedWait.add(logT + logServe + Math.log(stageMeans));

    // Term ratios y/(x+i) decrease in i, so past the mode the rest is below a geometric series.
    const nextRatio = y / (x + j + 1);
    if (nextRatio < 1) {
      const logRestBound = logT + Math.log(nextRatio) - Math.log1p(-nextRatio);
      if (logRestBound < queue.value() + NEGLIGIBLE_LOG) break;
    }
    if (j - start >= MAX_QUEUE_STATES) throw new RangeError('Erlang A queue series did not converge');
  }

  const logTotal = logAddExp(logIdle, logTStart + queue.value());
  const share = (logPart: number): number => (logPart === -Infinity ? 0 : Math.exp(logPart - logTotal));
  const queueShare = (sum: LogSum): number => share(logTStart + sum.value());
  const pNoWait = share(logIdle);
  return {
    pNoWait,
    pWait: queueShare(queue),
    pServed: pNoWait + queueShare(served),
    pAbandon: queueShare(abandoned),
    pServedWithin: pNoWait + queueShare(servedWithin),
    servedWaitSeconds: queueShare(servedWait) * p.patienceSeconds,
    firstQueueState: start,
    queueStatesSummed: j - start + 1,
  };
}

/** ln t_j = j ln y - ln Π_{i=1..j}(x+i). */
function logQueueWeight(x: number, y: number, j: number): number {
  return j === 0 ? 0 : j * Math.log(y) - logRisingFactorial(x + 1, j);
}

/**
 * The lowest queue state whose weight is not negligible. Below the mode the ratios
 * t_{i-1}/t_i = (x+i)/y shrink as i falls, so Σ_{i<s} t_i <= t_s·r/(1-r) with r = (x+s)/y;
 * the start is lowered until that bound is negligible against the mode term.
 */
function firstStateWorthSumming(x: number, y: number, sumFromZeroUpToMode: number): number {
  const mode = y > x ? Math.floor(y - x) : 0;
  if (mode <= sumFromZeroUpToMode) return 0;
  const logMode = logQueueWeight(x, y, mode);
  // ln t_j falls like -(j - mode)²/(2y) near the mode: 12 standard deviations is a good first guess.
  let start = Math.max(0, Math.floor(mode - 12 * Math.sqrt(y) - 32));
  while (start > 0) {
    const r = (x + start) / y;
    const logBelowBound = logQueueWeight(x, y, start) + Math.log(r) - Math.log1p(-r);
    if (logBelowBound < logMode + NEGLIGIBLE_LOG) break;
    start = Math.floor(start / 2);
  }
  return start;
}

/** ln of the negative-binomial term C(x+k, k) p^{x+1} q^k with ln p = -θt. */
function logNegBinTerm(x: number, thetaT: number, logQ: number, k: number): number {
  const head = -thetaT * (x + 1);
  if (k === 0) return head;
  return head + k * logQ + logRisingFactorial(x + 1, k) - logFactorial(k);
}

/**
 * ln Σ_{k=0..K} C(x+k, k) p^{x+1} q^k, summed outward from the largest term in range. The term
 * ratio q(x+k)/k falls as k grows, so on each side of that term the rest is below a geometric
 * series and the sum stops once it is negligible: O(spread) work instead of O(K).
 */
function logNegBinCdf(x: number, thetaT: number, logQ: number, lastK: number): number {
  if (logQ === -Infinity) return 0; // t = 0: the k = 0 term is p^{x+1} = 1
  const mode = Math.floor(x * Math.expm1(thetaT)); // ratio >= 1 exactly while k <= x·q/p
  const top = Math.min(lastK, mode);
  const sum = new LogSum();
  let logTerm = logNegBinTerm(x, thetaT, logQ, top);
  sum.add(logTerm);
  for (let k = top; k > 0; k -= 1) {
    const down = Math.log(k) - logQ - Math.log(x + k); // ln(term_{k-1} / term_k)
    logTerm += down;
    sum.add(logTerm);
    if (down < 0 && logTerm + down - Math.log1p(-Math.exp(down)) < sum.value() + NEGLIGIBLE_LOG) break;
  }
  logTerm = logNegBinTerm(x, thetaT, logQ, top);
  for (let k = top + 1; k <= lastK; k += 1) {
    const up = logQ + Math.log(x + k) - Math.log(k); // ln(term_k / term_{k-1})
    logTerm += up;
    sum.add(logTerm);
    if (up < 0 && logTerm + up - Math.log1p(-Math.exp(up)) < sum.value() + NEGLIGIBLE_LOG) break;
  }
  return sum.value();
}
