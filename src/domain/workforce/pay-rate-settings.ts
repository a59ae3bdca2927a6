/**
 * The pay rates an operator may change at runtime, as one flat record (one name per number, so a
 * problem names exactly one field), with the bounds each must keep. The currency is not among them: it
 * stays as configured, because blocks and ledger entries carry their own and a statement never mixes two.
 */
import type { PayRates } from './pay-rates.js';

export interface PayRateSettings {
  standbyMinorPerHour: number;
  conversationBaseMinor: number;
  perHandleMinuteMinor: number;
  maxPaidHandleMinutes: number;
  simpleMultiplierBp: number;
  standardMultiplierBp: number;
  complexMultiplierBp: number;
  callUpBonusMinor: number;
  qualityBonusMinScore: number;
  qualityBonusMinEvidence: number;
  qualityBonusMinorPerConversation: number;
  releaseNoticeHours: number;
  noShowGraceMinutes: number;
}

export type PayRateField = keyof PayRateSettings;

export type PayRateLimit = { min: number; max: number; whole: boolean };

/** Generous but finite: a typo of three extra zeros is refused, any real rate card fits. */
export const PAY_RATE_LIMITS: Readonly<Record<PayRateField, PayRateLimit>> = {
  standbyMinorPerHour: { min: 0, max: 100_000, whole: true },
  conversationBaseMinor: { min: 0, max: 100_000, whole: true },
  perHandleMinuteMinor: { min: 0, max: 10_000, whole: true },
  maxPaidHandleMinutes: { min: 1, max: 480, whole: true },
  simpleMultiplierBp: { min: 0, max: 100_000, whole: true },
  standardMultiplierBp: { min: 0, max: 100_000, whole: true },
  complexMultiplierBp: { min: 0, max: 100_000, whole: true },
  callUpBonusMinor: { min: 0, max: 100_000, whole: true },
  qualityBonusMinScore: { min: 0, max: 1, whole: false },
  qualityBonusMinEvidence: { min: 0, max: 100_000, whole: true },
  qualityBonusMinorPerConversation: { min: 0, max: 100_000, whole: true },
  releaseNoticeHours: { min: 0, max: 168, whole: true },
  noShowGraceMinutes: { min: 0, max: 240, whole: true },
};

export const PAY_RATE_FIELDS = Object.keys(PAY_RATE_LIMITS) as PayRateField[];

export function payRateSettingsOf(rates: PayRates): PayRateSettings {
  return {
    standbyMinorPerHour: rates.standbyMinorPerHour,
    conversationBaseMinor: rates.conversationBaseMinor,
    perHandleMinuteMinor: rates.perHandleMinuteMinor,
    maxPaidHandleMinutes: rates.maxPaidHandleMinutes,
    simpleMultiplierBp: rates.complexityMultiplierBp.simple,
    standardMultiplierBp: rates.complexityMultiplierBp.standard,
    complexMultiplierBp: rates.complexityMultiplierBp.complex,
    callUpBonusMinor: rates.callUpBonusMinor,
    qualityBonusMinScore: rates.qualityBonus.minScore,
    qualityBonusMinEvidence: rates.qualityBonus.minEvidence,
    qualityBonusMinorPerConversation: rates.qualityBonus.bonusMinorPerConversation,
    releaseNoticeHours: rates.releaseNoticeHours,
    noShowGraceMinutes: rates.noShowGraceMinutes,
  };
}

/** `base` (for the currency) with the settings applied. */
export function withPayRateSettings(base: PayRates, s: PayRateSettings): PayRates {
  return {
    currency: base.currency,
    standbyMinorPerHour: s.standbyMinorPerHour,
    conversationBaseMinor: s.conversationBaseMinor,
    perHandleMinuteMinor: s.perHandleMinuteMinor,
    maxPaidHandleMinutes: s.maxPaidHandleMinutes,
    complexityMultiplierBp: { simple: s.simpleMultiplierBp, standard: s.standardMultiplierBp, complex: s.complexMultiplierBp },
    callUpBonusMinor: s.callUpBonusMinor,
    qualityBonus: { minScore: s.qualityBonusMinScore, minEvidence: s.qualityBonusMinEvidence, bonusMinorPerConversation: s.qualityBonusMinorPerConversation },
    releaseNoticeHours: s.releaseNoticeHours,
    noShowGraceMinutes: s.noShowGraceMinutes,
  };
}

/** The first field outside its bounds, in declaration order, or null when every field is fine. */
export function payRateProblem(s: PayRateSettings): { field: PayRateField; message: string } | null {
  for (const field of PAY_RATE_FIELDS) {
    const value = s[field];
    const { min, max, whole } = PAY_RATE_LIMITS[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) return { field, message: 'must be a number' };
    if (whole && !Number.isSafeInteger(value)) return { field, message: 'must be a whole number' };
    if (value < min || value > max) return { field, message: `must be between ${min} and ${max}` };
  }
  return null;
}
