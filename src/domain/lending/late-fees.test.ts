import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { assessLateFees, lateFeeCapMinor, lateFeeTriggerDate } from './late-fees.js';
import { plan, withStatus } from './test-support.js';
import type { Instalment, LateFee } from './types.js';

const purchase = (amountMinor: number) => ({ id: 'pur_test', amountMinor, currency: 'GBP' as const });
/** £100 pay in 4 bought on 1 June: due 06-01, 06-15, 06-29, 07-13. Only instalment 1 is owed. */
const onlyFirstOwed = () => {
  let instalments = plan(10_000, '2025-06-01');
  for (const sequence of [2, 3, 4]) instalments = withStatus(instalments, sequence, { status: 'paid', paidAt: 0 });
  return instalments;
};
const assess = (instalments: Instalment[], today: string, existingFees: LateFee[] = [], amountMinor = 10_000) =>
  assessLateFees({ purchase: purchase(amountMinor), instalments, existingFees, today });

describe('assessLateFees: when fees are charged', () => {
  it('charges nothing up to 3 days late and £6 on the 4th day late', () => {
    expect(assess(onlyFirstOwed(), '2025-06-04')).toEqual([]);
    const fees = assess(onlyFirstOwed(), '2025-06-05');
    expect(fees).toEqual([
      {
        id: 'fee_test_1_1',
        purchaseId: 'pur_test',
        instalmentId: 'ins_test_1',
        feeNumber: 1,
        rule: 'late_fee_first',
        instalmentDueDate: '2025-06-01',
        triggeredOn: '2025-06-05',
        amountMinor: 600,
        fullAmountMinor: 600,
        currency: 'GBP',
        status: 'charged',
      },
    ]);
  });

  it('charges a further £6 if still unpaid 7 days after the first fee, and never a third', () => {
    expect(assess(onlyFirstOwed(), '2025-06-11')).toHaveLength(1);
    const twelfth = assess(onlyFirstOwed(), '2025-06-12');
    expect(twelfth.map((fee) => [fee.rule, fee.triggeredOn, fee.amountMinor])).toEqual([
      ['late_fee_first', '2025-06-05', 600],
      ['late_fee_repeat', '2025-06-12', 600],
    ]);
    expect(assess(onlyFirstOwed(), '2025-12-31')).toHaveLength(2);
    expect(lateFeeTriggerDate('2025-06-01', 2)).toBe('2025-06-12');
  });

  it('uses the date, not a stale status: a "scheduled" instalment past due still attracts fees', () => {
    expect(onlyFirstOwed()[0]?.status).toBe('scheduled');
    expect(assess(onlyFirstOwed(), '2025-06-05')).toHaveLength(1);
  });

  it('never charges paused, paid or refunded instalments', () => {
    for (const status of ['paused', 'paid', 'refunded'] as const) {
      expect(assess(withStatus(onlyFirstOwed(), 1, { status }), '2025-07-30')).toEqual([]);
    }
  });
});

describe('assessLateFees: the cap', () => {
  it('is the smaller of £24 and 25% of the order', () => {
    expect(lateFeeCapMinor(10_000)).toBe(2_400);
    expect(lateFeeCapMinor(9_600)).toBe(2_400);
    expect(lateFeeCapMinor(9_599)).toBe(2_399);
    expect(lateFeeCapMinor(3_000)).toBe(750);
    expect(lateFeeCapMinor(3)).toBe(0);
  });

  it('stops at £24 on a £100 order, spending the cap on the oldest fees first', () => {
    const fees = assess(plan(10_000, '2025-06-01'), '2025-09-30');
    expect(fees.map((fee) => [fee.instalmentId, fee.feeNumber, fee.amountMinor])).toEqual([
      ['ins_test_1', 1, 600],
      ['ins_test_1', 2, 600],
      ['ins_test_2', 1, 600],
      ['ins_test_2', 2, 600],
    ]);
  });

  it('cuts the fee that reaches a 25% cap down to fit, then charges nothing more', () => {
    const fees = assess(plan(3_000, '2025-06-01'), '2025-09-30', [], 3_000);
    expect(fees.map((fee) => [fee.amountMinor, fee.fullAmountMinor])).toEqual([
      [600, 600],
      [150, 600],
    ]);
    expect(assess(plan(1_000, '2025-06-01'), '2025-06-05', [], 1_000).map((fee) => fee.amountMinor)).toEqual([250]);
  });
});

describe('assessLateFees: idempotent and run-frequency independent', () => {
  it('adds nothing when run again on the same day', () => {
    const first = assess(onlyFirstOwed(), '2025-06-12');
    expect(assess(onlyFirstOwed(), '2025-06-12', first)).toEqual([]);
  });

  it('does not charge a waived fee again, and a waived fee does not use up the cap', () => {
    const [waived] = assess(onlyFirstOwed(), '2025-06-05').map((fee) => ({ ...fee, status: 'waived' as const }));
    const later = assess(onlyFirstOwed(), '2025-06-12', waived ? [waived] : [], 3_000);
    expect(later.map((fee) => [fee.feeNumber, fee.amountMinor])).toEqual([[2, 600]]);
  });

  it('running daily gives the same fees as catching up once (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 60_000 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 90 }),
        (amountMinor, paid, days) => {
          let instalments = plan(amountMinor, '2025-06-01');
          paid.forEach((isPaid, index) => {
            if (isPaid) instalments = withStatus(instalments, index + 1, { status: 'paid', paidAt: 0 });
          });
          const today = addDays('2025-06-01', days);
          let daily: LateFee[] = [];
          for (let day = 0; day <= days; day += 1) daily = [...daily, ...assess(instalments, addDays('2025-06-01', day), daily, amountMinor)];
          expect(assess(instalments, today, [], amountMinor)).toEqual(daily);
        },
      ),
    );
  });
});

describe('assessLateFees: never above the cap (property)', () => {
  it('holds for any order amount, payment pattern, earlier assessment and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 200_000 }),
        fc.array(fc.constantFrom('scheduled', 'late', 'paid', 'paused', 'refunded'), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (amountMinor, statuses, firstRun, secondRun) => {
          let instalments = plan(amountMinor, '2025-06-01');
          statuses.forEach((status, index) => {
            instalments = withStatus(instalments, index + 1, { status });
          });
          const earlier = assess(instalments, addDays('2025-06-01', firstRun), [], amountMinor);
          const later = assess(instalments, addDays('2025-06-01', firstRun + secondRun), earlier, amountMinor);
          const total = [...earlier, ...later].reduce((sum, fee) => sum + fee.amountMinor, 0);
          expect(total).toBeLessThanOrEqual(lateFeeCapMinor(amountMinor));
          expect(total).toBeLessThanOrEqual(2_400);
          for (const fee of [...earlier, ...later]) expect(fee.amountMinor).toBeGreaterThan(0);
        },
      ),
    );
  });
});
