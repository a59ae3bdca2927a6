import { blendHandling, type HandlingStats } from '../../domain/dispatch/index.js';
import type { PoolSpec } from '../scenario.js';
import { nominalMean } from './distributions.js';

/**
 * The figures dispatch's queue estimate (estimateQueue) needs, measured as the run goes and blended
 * with the scenario's own means by the domain's blendHandling, as the product blends its measured
 * figures with its defaults, so the first call-up decisions are not made on one or two samples.
 */
export class HandlingStatsTracker {
  private readonly prior: HandlingStats;
  private seen = { chats: 0, handleMsSum: 0, answers: 0, answerMsSum: 0, accepted: 0 };

  constructor(pools: readonly PoolSpec[]) {
    const mean = (f: (p: PoolSpec) => number, fallback: number) =>
      pools.length === 0 ? fallback : pools.reduce((s, p) => s + f(p), 0) / pools.length;
    this.prior = {
      perChatHandleTimeMs: mean((p) => nominalMean(p.handleMinutes) * 60_000, 480_000),
      meanAnswerTimeMs: mean((p) => nominalMean(p.responseSeconds) * 1000, 10_000),
      acceptanceRate: mean((p) => p.acceptProbability, 0.9),
    };
  }

  chatHandled(handleMs: number): void {
    this.seen = { ...this.seen, chats: this.seen.chats + 1, handleMsSum: this.seen.handleMsSum + handleMs };
  }

  offerAnswered(answerMs: number, accepted: boolean): void {
    this.seen = { ...this.seen, answers: this.seen.answers + 1, answerMsSum: this.seen.answerMsSum + answerMs, accepted: this.seen.accepted + (accepted ? 1 : 0) };
  }

  current(): HandlingStats {
    return blendHandling(this.prior, this.seen);
  }
}
