/**
 * Every number that decides what an agent is paid, in one config object. Amounts are integer
 * minor units of `currency`; multipliers are basis points (10,000 = ×1) so pay stays in integers.
 * The defaults are placeholders an operator is expected to set; they are chosen so that a busy
 * hour inside a block clears a UK-style minimum wage, and they are what the tests pin down.
 */
/** How demanding a conversation was, as rated at wrap-up (or by the intent's default). */
export type Complexity = 'simple' | 'standard' | 'complex';

export interface QualityBonusRule {
  /** Quality score (0–1, from the quality module) at or above which the bonus is paid. */
  minScore: number;
  /** Scored conversations needed before the score counts, so one lucky rating pays nothing. */
  minEvidence: number;
  /** Paid per conversation handled in the period when eligible. */
  bonusMinorPerConversation: number;
}

export interface PayRates {
  /** ISO 4217 code of every amount. */
  currency: string;
  /** Standby pay per hour online inside a claimed on-call block, whether or not work comes. */
  standbyMinorPerHour: number;
  /** Per handled conversation, before the complexity multiplier. */
  conversationBaseMinor: number;
  /** Per minute of handle time, pro rata to the millisecond, before the complexity multiplier. */
  perHandleMinuteMinor: number;
  /** Handle time beyond this is not paid per minute (stops pay rising with dragged-out chats). */
  maxPaidHandleMinutes: number;
  /** Multiplier per complexity in basis points. */
  complexityMultiplierBp: Readonly<Record<Complexity, number>>;
  /** Surge bonus for an accepted call-up (an off-line agent asked to help), at multiplier 1. */
  callUpBonusMinor: number;
  qualityBonus: QualityBonusRule;
  /** A block released at least this long before its start is free; later is a late release. */
  releaseNoticeHours: number;
  /** Not online within this many minutes of a block's start = no-show (no standby pay). */
  noShowGraceMinutes: number;
}

export const DEFAULT_PAY_RATES: PayRates = {
  currency: 'GBP',
  standbyMinorPerHour: 700,
  conversationBaseMinor: 150,
  perHandleMinuteMinor: 15,
  maxPaidHandleMinutes: 60,
  complexityMultiplierBp: { simple: 8_000, standard: 10_000, complex: 15_000 },
  callUpBonusMinor: 300,
  qualityBonus: { minScore: 0.85, minEvidence: 20, bonusMinorPerConversation: 25 },
  releaseNoticeHours: 12,
  noShowGraceMinutes: 10,
};
