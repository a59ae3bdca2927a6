import type { HandlingStats } from './eta.js';

/** What was seen over a recent window: chats handled (assignment to resolution) and offers answered. */
export interface HandlingObservations {
  readonly chats: number;
  readonly handleMsSum: number;
  /** Offers accepted, declined or left to time out (a timeout's answer time is its whole life). */
  readonly answers: number;
  readonly answerMsSum: number;
  readonly accepted: number;
}

/** Prior figures count as this many observations each, so a quiet hour's one or two samples do not swing the estimate. */
export const HANDLING_PRIOR_WEIGHT = 20;

/** The figures the queue estimate uses: observations blended with prior figures (shrinkage toward the prior). */
export function blendHandling(prior: HandlingStats, seen: HandlingObservations, priorWeight = HANDLING_PRIOR_WEIGHT): HandlingStats {
  const mean = (p: number, sum: number, n: number) => (p * priorWeight + sum) / (priorWeight + n);
  return {
    perChatHandleTimeMs: mean(prior.perChatHandleTimeMs, seen.handleMsSum, seen.chats),
    meanAnswerTimeMs: mean(prior.meanAnswerTimeMs, seen.answerMsSum, seen.answers),
    acceptanceRate: mean(prior.acceptanceRate, seen.accepted, seen.answers),
  };
}
