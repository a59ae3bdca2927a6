import { describe, expect, it } from 'vitest';
import { openDispute, resolveDispute } from './disputes.js';
import { releaseExpiredReturnPauses } from './pauses.js';
import { reportReturn } from './returns.js';
import { expectCode, expectOk, plan, withStatus } from './test-support.js';
import type { Instalment } from './types.js';

/** £100 pay in 4 from 1 June (due 06-01, 06-15, 06-29, 07-13), first paid at checkout. */
const firstPaid = () => withStatus(plan(10_000, '2025-06-01'), 1, { status: 'paid', paidAt: 1 });
const open = (today: string, instalments: Instalment[] = firstPaid()) =>
  expectOk(openDispute({ id: 'dsp_1', purchaseId: 'pur_test', reason: 'Item never arrived', instalments, existingDisputes: [], today }));

describe('openDispute', () => {
  it('pauses owed instalments with no end date', () => {
    const { dispute, instalments } = open('2025-06-10');
    expect(dispute).toEqual({ id: 'dsp_1', purchaseId: 'pur_test', openedOn: '2025-06-10', reason: 'Item never arrived', status: 'open', resolvedOn: null, outcome: null });
    expect(instalments.slice(1).every((i) => i.status === 'paused' && i.pausedUntil === null && i.pausedBy.join() === 'dispute')).toBe(true);
  });

  it('refuses a second open dispute on the same purchase', () => {
    const { dispute, instalments } = open('2025-06-10');
    const again = openDispute({ id: 'dsp_2', purchaseId: 'pur_test', reason: 'x', instalments, existingDisputes: [dispute], today: '2025-06-11' });
    expect(expectCode(again)).toBe('dispute_already_open');
  });
});

describe('resolveDispute', () => {
  it('resumes payments, moving instalments that fell due during the dispute by its length', () => {
    const { dispute, instalments } = open('2025-06-10');
    const resolved = expectOk(resolveDispute({ dispute, outcome: 'merchant_favour', instalments, today: '2025-07-10' }));
    expect(resolved.dispute).toMatchObject({ status: 'resolved', resolvedOn: '2025-07-10', outcome: 'merchant_favour' });
    // 30 days paused: 06-15 -> 07-15, 06-29 -> 07-29, 07-13 -> 08-12.
    expect(resolved.instalments.map((i) => [i.status, i.dueDate])).toEqual([
      ['paid', '2025-06-01'],
      ['scheduled', '2025-07-15'],
      ['scheduled', '2025-07-29'],
      ['scheduled', '2025-08-12'],
    ]);
    expect(expectCode(resolveDispute({ dispute: resolved.dispute, outcome: 'customer_favour', instalments, today: '2025-07-11' }))).toBe('dispute_not_open');
  });

  it('an instalment already late when the dispute began is exactly as late when it ends', () => {
    const lateSecond = withStatus(firstPaid(), 2, { status: 'late' });
    const { dispute, instalments } = open('2025-06-20', lateSecond); // second was due 06-15: 5 days late
    const resolved = expectOk(resolveDispute({ dispute, outcome: 'merchant_favour', instalments, today: '2025-06-30' }));
    expect(resolved.instalments[1]).toMatchObject({ status: 'late', dueDate: '2025-06-25' }); // still 5 days late on 06-30
  });
});

describe('a return and a dispute at the same time', () => {
  it('stays paused until both have ended, and shifts by the whole pause', () => {
    const disputed = open('2025-06-10');
    const returned = expectOk(
      reportReturn({
        id: 'ret_1',
        purchase: { id: 'pur_test', purchasedOn: '2025-06-01' },
        merchant: { returnWindowDays: 30 },
        instalments: disputed.instalments,
        existingReturns: [],
        today: '2025-06-12',
      }),
    ).instalments;
    expect(returned[1]).toMatchObject({ pausedOn: '2025-06-10', pausedUntil: '2025-07-03', pausedBy: ['dispute', 'return'] });

    const afterReturnPause = releaseExpiredReturnPauses(returned, '2025-07-03');
    expect(afterReturnPause[1]).toMatchObject({ status: 'paused', pausedUntil: null, pausedBy: ['dispute'], dueDate: '2025-06-15' });

    const resolved = expectOk(resolveDispute({ dispute: disputed.dispute, outcome: 'merchant_favour', instalments: afterReturnPause, today: '2025-07-10' }));
    expect(resolved.instalments.slice(1).map((i) => i.dueDate)).toEqual(['2025-07-15', '2025-07-29', '2025-08-12']);
  });
});
