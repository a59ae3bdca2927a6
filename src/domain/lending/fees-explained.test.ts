import { describe, expect, it } from 'vitest';
import { explainFees } from './fees-explained.js';
import { assessLateFees } from './late-fees.js';
import { plan } from './test-support.js';

describe('explainFees', () => {
  it('lists every fee with the rule that produced it, the cap and the totals', () => {
    const purchase = { id: 'pur_test', amountMinor: 3_000, currency: 'GBP' as const };
    const instalments = plan(3_000, '2025-06-01');
    const fees = assessLateFees({ purchase, instalments, existingFees: [], today: '2025-06-20' });
    const paidFirst = fees.map((fee, index) => (index === 0 ? { ...fee, status: 'paid' as const } : fee));
    const explained = explainFees({ purchase, instalments, fees: paidFirst });

    expect(explained.items.map((item) => [item.instalmentSequence, item.rule, item.triggeredOn, item.daysLateWhenCharged, item.amountText, item.status, item.reducedByCap])).toEqual([
      [1, 'late_fee_first', '2025-06-05', 4, '£6.00', 'paid', false],
      [1, 'late_fee_repeat', '2025-06-12', 11, '£1.50', 'charged', true],
    ]);
    expect(explained.items[0]?.ruleText).toBe('A £6.00 late fee is charged when a payment is more than 3 days late.');
    expect(explained.capMinor).toBe(750);
    expect(explained.capText).toBe('Late fees on this purchase never add up to more than £7.50: the smaller of £24.00 and 25% of the £30.00 order.');
    expect(explained.totalChargedMinor).toBe(750);
    expect(explained.totalOutstandingMinor).toBe(150);
    expect(explained.totalWaivedMinor).toBe(0);
    expect(explained.rules.map((rule) => rule.rule)).toEqual(['late_fee_first', 'late_fee_repeat', 'late_fee_cap']);
  });

  it('explains a purchase with no fees as an empty list with the rules still stated', () => {
    const explained = explainFees({ purchase: { id: 'pur_test', amountMinor: 10_000, currency: 'EUR' }, instalments: [], fees: [] });
    expect(explained.items).toEqual([]);
    expect(explained.totalChargedMinor).toBe(0);
    expect(explained.rules[0]?.text).toContain('€6.00');
  });
});
