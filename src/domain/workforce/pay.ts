/**
 * Pay rules for work done: per conversation, surge (call-up) bonus and quality bonus. Standby
 * pay for on-call blocks is in blocks.ts. Each rule returns a PayLine ready for the append-only
 * ledger; amounts are integer minor units rounded once, half up (money.ts).
 *
 * Conversation pay = (base + perMinute × paid handle minutes) × complexity multiplier, where
 * paid handle minutes = min(handle time, maxPaidHandleMinutes), pro rata to the millisecond.
 * Example with the defaults: a standard 8-minute chat pays 150 + 15 × 8 = 270 (£2.70); the
 * same chat rated complex pays 405.
 */
import { BASIS_POINTS, divideRoundHalfUp } from './money.js';
import type { Complexity, PayRates } from './pay-rates.js';
import { requireNumber } from './queue-input.js';

export type PayKind = 'standby' | 'conversation' | 'surge' | 'quality_bonus';

export interface PayLine {
  kind: PayKind;
  amountMinor: number;
  currency: string;
  /** How the amount was reached, for the agent's statement. */
  detail: string;
}

const MS_PER_MINUTE = 60_000;

export interface HandledConversation {
  complexity: Complexity;
  /** Time the agent spent on it (accept to wrap-up), integer milliseconds. */
  handleMs: number;
}

export function conversationPay(conversation: HandledConversation, rates: PayRates): PayLine {
  requireNumber('handleMs', conversation.handleMs, 'nonNegativeInteger');
  const paidMs = Math.min(conversation.handleMs, rates.maxPaidHandleMinutes * MS_PER_MINUTE);
  const multiplierBp = rates.complexityMultiplierBp[conversation.complexity];
  const numerator = (rates.conversationBaseMinor * MS_PER_MINUTE + rates.perHandleMinuteMinor * paidMs) * multiplierBp;
  const amountMinor = divideRoundHalfUp(numerator, MS_PER_MINUTE * BASIS_POINTS);
  const minutes = (paidMs / MS_PER_MINUTE).toFixed(2);
  return {
    kind: 'conversation',
    amountMinor,
    currency: rates.currency,
    detail: `${conversation.complexity}: (${rates.conversationBaseMinor} + ${rates.perHandleMinuteMinor} × ${minutes} min) × ${multiplierBp / BASIS_POINTS}`,
  };
}

/**
 * Surge bonus for answering a call-up: paid once per call-up that the agent accepted and that
 * led to a handled conversation. `surgeMultiplierBp` lets dispatch raise it with the forecast
 * gap (10,000 = the configured bonus).
 */
export function callUpBonus(rates: PayRates, surgeMultiplierBp: number = BASIS_POINTS): PayLine {
  requireNumber('surgeMultiplierBp', surgeMultiplierBp, 'nonNegativeInteger');
  return {
    kind: 'surge',
    amountMinor: divideRoundHalfUp(rates.callUpBonusMinor * surgeMultiplierBp, BASIS_POINTS),
    currency: rates.currency,
    detail: `call-up bonus ${rates.callUpBonusMinor} × ${surgeMultiplierBp / BASIS_POINTS}`,
  };
}

export interface QualityPeriod {
  /** Conversations handled in the period. */
  conversations: number;
  /** Quality score 0–1 at the end of the period. */
  qualityScore: number;
  /** Scored conversations behind that score. */
  evidenceCount: number;
}

export type QualityBonusResult =
  | { eligible: true; line: PayLine }
  | { eligible: false; reason: 'score_below_threshold' | 'not_enough_evidence' | 'no_conversations' };

export function qualityBonus(period: QualityPeriod, rates: PayRates): QualityBonusResult {
  requireNumber('conversations', period.conversations, 'nonNegativeInteger');
  requireNumber('evidenceCount', period.evidenceCount, 'nonNegativeInteger');
  requireNumber('qualityScore', period.qualityScore, 'fraction');
  const rule = rates.qualityBonus;
  if (period.conversations === 0) return { eligible: false, reason: 'no_conversations' };
  if (period.evidenceCount < rule.minEvidence) return { eligible: false, reason: 'not_enough_evidence' };
  if (period.qualityScore < rule.minScore) return { eligible: false, reason: 'score_below_threshold' };
  return {
    eligible: true,
    line: {
      kind: 'quality_bonus',
      amountMinor: rule.bonusMinorPerConversation * period.conversations,
      currency: rates.currency,
      detail: `quality ${period.qualityScore.toFixed(2)} >= ${rule.minScore}: ${rule.bonusMinorPerConversation} × ${period.conversations} conversations`,
    },
  };
}

/** Sum of lines, refusing to add different currencies together. */
export function totalPay(lines: readonly PayLine[]): { amountMinor: number; currency: string | null } {
  const currencies = new Set(lines.map((l) => l.currency));
  if (currencies.size > 1) throw new RangeError(`cannot add pay in ${[...currencies].join(', ')}`);
  return { amountMinor: lines.reduce((s, l) => s + l.amountMinor, 0), currency: lines[0]?.currency ?? null };
}
