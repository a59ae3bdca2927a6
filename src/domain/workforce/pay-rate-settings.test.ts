import { describe, expect, it } from 'vitest';
import { conversationPay } from './pay.js';
import { PAY_RATE_FIELDS, payRateProblem, payRateSettingsOf, withPayRateSettings } from './pay-rate-settings.js';
import { DEFAULT_PAY_RATES } from './pay-rates.js';

describe('pay rate settings', () => {
  it('round-trips the defaults, keeping the configured currency', () => {
    const settings = payRateSettingsOf(DEFAULT_PAY_RATES);
    expect(Object.keys(settings).sort()).toEqual([...PAY_RATE_FIELDS].sort());
    expect(withPayRateSettings(DEFAULT_PAY_RATES, settings)).toEqual(DEFAULT_PAY_RATES);
    expect(payRateProblem(settings)).toBeNull();
  });

  it('applies changed settings to pay', () => {
    const rates = withPayRateSettings(DEFAULT_PAY_RATES, { ...payRateSettingsOf(DEFAULT_PAY_RATES), conversationBaseMinor: 200, complexMultiplierBp: 20_000 });
    // (200 + 15 × 8) × 2 = 640.
    expect(conversationPay({ complexity: 'complex', handleMs: 8 * 60_000 }, rates).amountMinor).toBe(640);
    expect(rates.currency).toBe(DEFAULT_PAY_RATES.currency);
  });

  it('names the first field out of bounds', () => {
    const ok = payRateSettingsOf(DEFAULT_PAY_RATES);
    expect(payRateProblem({ ...ok, perHandleMinuteMinor: 2.5 })).toEqual({ field: 'perHandleMinuteMinor', message: 'must be a whole number' });
    expect(payRateProblem({ ...ok, maxPaidHandleMinutes: 0 })).toEqual({ field: 'maxPaidHandleMinutes', message: 'must be between 1 and 480' });
    expect(payRateProblem({ ...ok, qualityBonusMinScore: 1.2 })).toEqual({ field: 'qualityBonusMinScore', message: 'must be between 0 and 1' });
    expect(payRateProblem({ ...ok, qualityBonusMinScore: 0.9 })).toBeNull();
    expect(payRateProblem({ ...ok, standbyMinorPerHour: Number.NaN })).toEqual({ field: 'standbyMinorPerHour', message: 'must be a number' });
  });
});
