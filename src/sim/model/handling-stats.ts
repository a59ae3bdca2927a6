import type { HandlingStats } from '../../domain/dispatch/index.js';
import type { PoolSpec } from '../scenario.js';
import { nominalMean } from './distributions.js';

/**
 * The figures dispatch's queue estimate (estimateQueue) needs, measured as the run goes, the way the
 * runtime measures them from recent history. Before there is data they start from the scenario's
 * own means, weighted as PRIOR_WEIGHT observations, so the first call-up decisions are not made on
 * one or two samples.
 */
const PRIOR_WEIGHT = 20;

class RunningMean {
  private sum: number;
  private n: number;
  constructor(prior: number) {
    this.sum = prior * PRIOR_WEIGHT;
    this.n = PRIOR_WEIGHT;
  }
  add(x: number): void {
    this.sum += x;
    this.n++;
  }
  get value(): number {
    return this.sum / this.n;
  }
}

export class HandlingStatsTracker {
  private readonly handleMs: RunningMean;
  private readonly answerMs: RunningMean;
  private readonly acceptance: RunningMean;

  constructor(pools: readonly PoolSpec[]) {
    const mean = (f: (p: PoolSpec) => number, fallback: number) =>
      pools.length === 0 ? fallback : pools.reduce((s, p) => s + f(p), 0) / pools.length;
    this.handleMs = new RunningMean(mean((p) => nominalMean(p.handleMinutes) * 60_000, 480_000));
    this.answerMs = new RunningMean(mean((p) => nominalMean(p.responseSeconds) * 1000, 10_000));
    this.acceptance = new RunningMean(mean((p) => p.acceptProbability, 0.9));
  }

  chatHandled(handleMs: number): void {
    this.handleMs.add(handleMs);
  }

  offerAnswered(answerMs: number, accepted: boolean): void {
    this.answerMs.add(answerMs);
    this.acceptance.add(accepted ? 1 : 0);
  }

  current(): HandlingStats {
    return { perChatHandleTimeMs: this.handleMs.value, meanAnswerTimeMs: this.answerMs.value, acceptanceRate: this.acceptance.value };
  }
}
