import { describe, expect, it } from 'vitest';
import { derivePurchaseStatus, nextPayment, outstandingBalance } from './balance.js';
import { assessLateFees } from './late-fees.js';
import { refreshStatuses } from './instalments.js';
import { plan, withStatus } from './test-support.js';
import type { Refund } from './types.js';

const purchase = { id: 'pur_test', amountMinor: 10_001, currency: 'GBP' as const };
const firstPaid = () => withStatus(plan(10_001, '2025-06-01'), 1, { status: 'paid', paidAt: 1 });
const processedRefund = (amountMinor: number): Refund => ({
  id: 'ref_1',
  purchaseId: 'pur_test',
  amountMinor,
  currency: 'GBP',
  kind: 'partial',
  status: 'processed',
  reason: 'r',
  requestedAt: 1,
  processedAt: 2,
  cardRefundMinor: 0,
});

describe('outstandingBalance', () => {
  it('adds owed instalments (paused included) and unpaid fees', () => {
    const instalments = withStatus(firstPaid(), 4, { status: 'paused' });
    const fees = assessLateFees({ purchase, instalments, existingFees: [], today: '2025-06-20' });
    expect(fees.map((fee) => fee.amountMinor)).toEqual([600]);
    expect(outstandingBalance(instalments, fees)).toEqual({ instalmentsMinor: 7_500, feesMinor: 600, totalMinor: 8_100 });
    expect(outstandingBalance(instalments, fees.map((fee) => ({ ...fee, status: 'paid' as const }))).feesMinor).toBe(0);
  });
});

describe('nextPayment', () => {
  it('is the earliest owed instalment that is not paused, late ones first', () => {
    const late = refreshStatuses(firstPaid(), '2025-06-20');
    expect(nextPayment(late)?.id).toBe('ins_test_2');
    expect(nextPayment(withStatus(late, 2, { status: 'paused' }))?.id).toBe('ins_test_3');
    expect(nextPayment(withStatus(withStatus(late, 2, { status: 'paid' }), 3, { status: 'refunded' }))?.id).toBe('ins_test_4');
  });

  it('breaks a tie on the date by sequence, and is null when nothing is collectable', () => {
    const sameDay = withStatus(firstPaid(), 3, { dueDate: '2025-06-15' });
    expect(nextPayment(sameDay)?.id).toBe('ins_test_2');
    expect(nextPayment(firstPaid().map((i) => ({ ...i, status: 'paused' as const })))).toBeNull();
  });
});

describe('derivePurchaseStatus', () => {
  it('is active while anything is owed, paid_off when nothing is, refunded when refunds cover the amount', () => {
    expect(derivePurchaseStatus({ amountMinor: 10_001, instalments: firstPaid(), refunds: [] })).toBe('active');
    const allPaid = firstPaid().map((i) => ({ ...i, status: 'paid' as const }));
    expect(derivePurchaseStatus({ amountMinor: 10_001, instalments: allPaid, refunds: [] })).toBe('paid_off');
    const fee = assessLateFees({ purchase, instalments: firstPaid(), existingFees: [], today: '2025-06-20' });
    expect(derivePurchaseStatus({ amountMinor: 10_001, instalments: allPaid, refunds: [], fees: fee })).toBe('active');
    expect(derivePurchaseStatus({ amountMinor: 10_001, instalments: allPaid, refunds: [processedRefund(10_001)] })).toBe('refunded');
    expect(derivePurchaseStatus({ amountMinor: 10_001, instalments: firstPaid(), refunds: [{ ...processedRefund(10_001), status: 'pending' }] })).toBe('active');
  });
});
