import { describe, expect, it } from 'vitest';
import { callUpBonus, conversationPay, qualityBonus, totalPay } from './pay.js';
import { DEFAULT_PAY_RATES, type PayRates } from './pay-rates.js';

const rates = DEFAULT_PAY_RATES;
const minutes = (m: number) => m * 60_000;

describe('conversationPay', () => {
  it('pays base plus per-minute, times the complexity multiplier (defaults: 150 + 15/min)', () => {
    expect(conversationPay({ complexity: 'standard', handleMs: minutes(8) }, rates).amountMinor).toBe(270);
    expect(conversationPay({ complexity: 'complex', handleMs: minutes(8) }, rates).amountMinor).toBe(405);
    expect(conversationPay({ complexity: 'simple', handleMs: minutes(8) }, rates).amountMinor).toBe(216);
  });

  it('pays handle time pro rata and rounds once, half up', () => {
    // 150 + 15 × 0.5 = 157.5 → 158; × 0.8 = 126 exactly.
    expect(conversationPay({ complexity: 'standard', handleMs: 30_000 }, rates).amountMinor).toBe(158);
    expect(conversationPay({ complexity: 'simple', handleMs: 30_000 }, rates).amountMinor).toBe(126);
    // 150 + 15 × (1/60 min) = 150.25 → 150.
    expect(conversationPay({ complexity: 'standard', handleMs: 1_000 }, rates).amountMinor).toBe(150);
  });

  it('stops paying per minute beyond the cap', () => {
    const capped = conversationPay({ complexity: 'standard', handleMs: minutes(200) }, rates);
    expect(capped.amountMinor).toBe(150 + 15 * 60);
  });

  it('produces a ledger line with currency and an explanation', () => {
    const line = conversationPay({ complexity: 'complex', handleMs: minutes(8) }, rates);
    expect(line).toEqual({
      kind: 'conversation',
      amountMinor: 405,
      currency: 'GBP',
      detail: 'complex: (150 + 15 × 8.00 min) × 1.5',
    });
  });

  it('rejects negative or fractional handle time', () => {
    expect(() => conversationPay({ complexity: 'standard', handleMs: -1 }, rates)).toThrow(/handleMs/);
    expect(() => conversationPay({ complexity: 'standard', handleMs: 1.5 }, rates)).toThrow(/handleMs/);
  });
});

describe('callUpBonus', () => {
  it('pays the configured bonus, scaled by a surge multiplier', () => {
    expect(callUpBonus(rates).amountMinor).toBe(300);
    expect(callUpBonus(rates, 15_000).amountMinor).toBe(450);
    expect(callUpBonus({ ...rates, callUpBonusMinor: 333 }, 5_000).amountMinor).toBe(167); // 166.5 → 167
    expect(callUpBonus(rates).kind).toBe('surge');
  });
});

describe('qualityBonus', () => {
  it('pays per conversation when the score and the evidence are enough', () => {
    const r = qualityBonus({ conversations: 40, qualityScore: 0.9, evidenceCount: 25 }, rates);
    expect(r.eligible && r.line.amountMinor).toBe(1000);
  });

  it('pays at exactly the threshold', () => {
    expect(qualityBonus({ conversations: 1, qualityScore: 0.85, evidenceCount: 20 }, rates).eligible).toBe(true);
  });

  it.each([
    [{ conversations: 40, qualityScore: 0.84, evidenceCount: 25 }, 'score_below_threshold'],
    [{ conversations: 40, qualityScore: 0.99, evidenceCount: 19 }, 'not_enough_evidence'],
    [{ conversations: 0, qualityScore: 0.99, evidenceCount: 50 }, 'no_conversations'],
  ])('says why it pays nothing: %o → %s', (period, reason) => {
    expect(qualityBonus(period, rates)).toEqual({ eligible: false, reason });
  });
});

describe('totalPay', () => {
  it('adds lines of one currency and refuses to mix currencies', () => {
    const lines = [callUpBonus(rates), conversationPay({ complexity: 'standard', handleMs: minutes(8) }, rates)];
    expect(totalPay(lines)).toEqual({ amountMinor: 570, currency: 'GBP' });
    expect(totalPay([])).toEqual({ amountMinor: 0, currency: null });
    const usd: PayRates = { ...rates, currency: 'USD' };
    expect(() => totalPay([...lines, callUpBonus(usd)])).toThrow(/GBP, USD/);
  });
});
