import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, diffDays } from './dates.js';
import { extendDueDate, latestExtendedDueDate } from './extensions.js';
import { expectCode, expectOk, plan, withStatus } from './test-support.js';

/** £100 pay in 4 from 1 June: due 06-01, 06-15, 06-29, 07-13; first paid. */
const firstPaid = () => withStatus(plan(10_000, '2025-06-01'), 1, { status: 'paid', paidAt: 1 });
const extend = (instalmentId: string, days: number, today = '2025-06-10', instalments = firstPaid()) =>
  extendDueDate({ instalments, instalmentId, days, today });

describe('extendDueDate', () => {
  it('moves the due date and returns the new schedule', () => {
    const { instalments, instalment } = expectOk(extend('ins_test_2', 10));
    expect(instalment).toMatchObject({ dueDate: '2025-06-25', originalDueDate: '2025-06-15', extendedByDays: 10, status: 'scheduled' });
    expect(instalments.map((i) => i.dueDate)).toEqual(['2025-06-01', '2025-06-25', '2025-06-29', '2025-07-13']);
  });

  it('allows 1 to 10 whole days only', () => {
    expect(expectOk(extend('ins_test_2', 1)).instalment.dueDate).toBe('2025-06-16');
    for (const days of [0, 11, -1, 2.5]) expect(expectCode(extend('ins_test_2', days))).toBe('extension_days_out_of_range');
  });

  it('is allowed once per instalment', () => {
    const once = expectOk(extend('ins_test_2', 3));
    expect(expectCode(extend('ins_test_2', 1, '2025-06-10', once.instalments))).toBe('extension_already_used');
  });

  it('is allowed on the due date itself but not once a day past due', () => {
    expect(extend('ins_test_2', 5, '2025-06-15').ok).toBe(true);
    expect(expectCode(extend('ins_test_2', 5, '2025-06-16'))).toBe('instalment_late');
  });

  it('cannot reach the next owed instalment: its due date minus one day is the limit', () => {
    // Third due 06-29, fourth 07-13: the third can go to 07-12 at most, but only 10 days: 07-09.
    expect(expectOk(extend('ins_test_3', 10, '2025-06-20')).instalment.dueDate).toBe('2025-07-09');
    const squeezed = withStatus(firstPaid(), 3, { dueDate: '2025-06-20' });
    expect(latestExtendedDueDate(squeezed, squeezed[1]!)).toBe('2025-06-19');
    expect(expectOk(extend('ins_test_2', 4, '2025-06-10', squeezed)).instalment.dueDate).toBe('2025-06-19');
    expect(extend('ins_test_2', 5, '2025-06-10', squeezed)).toEqual({
      ok: false,
      code: 'extension_past_next_due',
      message: 'the new due date can be 2025-06-19 at the latest',
    });
  });

  it('ignores a paid next instalment and limits the last one by the 10 days only', () => {
    const thirdPaid = withStatus(firstPaid(), 3, { status: 'paid', paidAt: 2, dueDate: '2025-06-16' });
    expect(expectOk(extend('ins_test_2', 10, '2025-06-10', thirdPaid)).instalment.dueDate).toBe('2025-06-25');
    expect(expectOk(extend('ins_test_4', 10, '2025-07-01')).instalment.dueDate).toBe('2025-07-23');
  });

  it('refuses paid, refunded, paused and unknown instalments', () => {
    expect(expectCode(extend('ins_test_1', 3))).toBe('instalment_already_paid');
    expect(expectCode(extend('ins_test_2', 3, '2025-06-10', withStatus(firstPaid(), 2, { status: 'refunded' })))).toBe('instalment_refunded');
    expect(expectCode(extend('ins_test_2', 3, '2025-06-10', withStatus(firstPaid(), 2, { status: 'paused' })))).toBe('instalment_paused');
    expect(expectCode(extend('ins_nope', 3))).toBe('instalment_not_found');
  });

  it('never moves a date past 10 days or onto/after the next owed instalment (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: -5, max: 15 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 13 }),
        (sequence, days, todayOffset, gapToNext) => {
          // Move the next instalment closer to make the "next due" limit bite sometimes.
          let instalments = plan(10_000, '2025-06-01');
          const target = instalments[sequence - 1]!;
          if (sequence < 4) instalments = withStatus(instalments, sequence + 1, { dueDate: addDays(target.dueDate, gapToNext) });
          const today = addDays('2025-06-01', todayOffset);
          const result = extendDueDate({ instalments, instalmentId: target.id, days, today });
          if (!result.ok) return;
          const moved = result.value.instalment;
          expect(diffDays(moved.dueDate, target.dueDate)).toBeGreaterThanOrEqual(1);
          expect(diffDays(moved.dueDate, target.dueDate)).toBeLessThanOrEqual(10);
          const next = result.value.instalments[sequence];
          if (next) expect(compareIsoDates(moved.dueDate, next.dueDate)).toBeLessThan(0);
          expect(compareIsoDates(today, target.dueDate)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
