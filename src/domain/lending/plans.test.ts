import { describe, expect, it } from 'vitest';
import { buildPlan } from './plans.js';
import { expectCode, plan, principalSum } from './test-support.js';

describe('buildPlan: pay in 4', () => {
  it('is four instalments two weeks apart, the first due on the purchase day, odd pennies first', () => {
    const instalments = plan(10_001, '2025-06-15', { kind: 'pay_in_4' }, 'pur_000123');
    expect(instalments.map((i) => [i.id, i.sequence, i.dueDate, i.amountMinor])).toEqual([
      ['ins_000123_1', 1, '2025-06-15', 2501],
      ['ins_000123_2', 2, '2025-06-29', 2500],
      ['ins_000123_3', 3, '2025-07-13', 2500],
      ['ins_000123_4', 4, '2025-07-27', 2500],
    ]);
    expect(instalments.every((i) => i.status === 'scheduled' && i.interestMinor === 0 && i.originalDueDate === i.dueDate)).toBe(true);
  });

  it('refuses an amount too small to give every instalment a penny', () => {
    expect(expectCode(buildPlan({ purchaseId: 'pur_x', amountMinor: 3, purchasedOn: '2025-06-15', plan: { kind: 'pay_in_4' } }))).toBe(
      'amount_too_small_for_plan',
    );
    expect(plan(4, '2025-06-15').map((i) => i.amountMinor)).toEqual([1, 1, 1, 1]);
  });
});

describe('buildPlan: pay in 30 days', () => {
  it('is one instalment for the whole amount 30 days after purchase', () => {
    const [only, ...rest] = plan(3_550, '2025-06-15', { kind: 'pay_in_30' });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ sequence: 1, dueDate: '2025-07-15', amountMinor: 3_550, principalMinor: 3_550, interestMinor: 0 });
  });
});

describe('buildPlan: financing', () => {
  it('is monthly on the purchase day of month, clamped in short months, with interest per instalment', () => {
    const instalments = plan(120_000, '2025-01-31', { kind: 'financing', months: 6, aprPercent: 12 });
    expect(instalments.map((i) => i.dueDate)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31']);
    expect(principalSum(instalments)).toBe(120_000);
    expect(instalments[0]?.interestMinor).toBe(1_200); // 1% of £1,200 in the first month
  });

  it('passes on amortisation errors', () => {
    expect(
      expectCode(buildPlan({ purchaseId: 'pur_x', amountMinor: 50_000, purchasedOn: '2025-06-15', plan: { kind: 'financing', months: 36 as 24, aprPercent: 10 } })),
    ).toBe('term_not_offered');
  });
});

describe('buildPlan: input checks', () => {
  it('refuses bad amounts and dates with stable codes', () => {
    const base = { purchaseId: 'pur_x', purchasedOn: '2025-06-15', plan: { kind: 'pay_in_4' } as const };
    expect(expectCode(buildPlan({ ...base, amountMinor: 0 }))).toBe('amount_zero');
    expect(expectCode(buildPlan({ ...base, amountMinor: 10.5 }))).toBe('amount_not_integer');
    expect(expectCode(buildPlan({ ...base, amountMinor: -100 }))).toBe('amount_negative');
    expect(expectCode(buildPlan({ ...base, amountMinor: 100, purchasedOn: '2025-02-30' }))).toBe('date_invalid');
  });
});
