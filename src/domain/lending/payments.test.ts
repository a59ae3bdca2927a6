import { describe, expect, it } from 'vitest';
import { payInstalmentNow } from './payments.js';
import { expectCode, expectOk, plan, withStatus } from './test-support.js';

describe('payInstalmentNow', () => {
  it('marks an instalment paid at now, early or not, touching nothing else', () => {
    const instalments = plan(10_000, '2025-06-01');
    const { instalments: after, instalment } = expectOk(payInstalmentNow({ instalments, instalmentId: 'ins_test_3', now: 1_749_000_000_000 }));
    expect(instalment).toMatchObject({ status: 'paid', paidAt: 1_749_000_000_000, dueDate: '2025-06-29' });
    expect(after.filter((i) => i.id !== 'ins_test_3')).toEqual(instalments.filter((i) => i.id !== 'ins_test_3'));
  });

  it('can pay a paused instalment, which clears its pause', () => {
    const paused = withStatus(plan(10_000, '2025-06-01'), 2, { status: 'paused', pausedOn: '2025-06-10', pausedUntil: '2025-07-01', pausedBy: ['return'] });
    expect(expectOk(payInstalmentNow({ instalments: paused, instalmentId: 'ins_test_2', now: 5 })).instalment).toMatchObject({
      status: 'paid',
      pausedOn: null,
      pausedUntil: null,
      pausedBy: [],
    });
  });

  it('refuses paid, refunded and unknown instalments', () => {
    const instalments = withStatus(withStatus(plan(10_000, '2025-06-01'), 1, { status: 'paid', paidAt: 1 }), 4, { status: 'refunded' });
    expect(expectCode(payInstalmentNow({ instalments, instalmentId: 'ins_test_1', now: 2 }))).toBe('instalment_already_paid');
    expect(expectCode(payInstalmentNow({ instalments, instalmentId: 'ins_test_4', now: 2 }))).toBe('instalment_refunded');
    expect(expectCode(payInstalmentNow({ instalments, instalmentId: 'ins_test_9', now: 2 }))).toBe('instalment_not_found');
  });
});
