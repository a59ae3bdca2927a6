import { describe, expect, it } from 'vitest';
import { assessLateFees } from './late-fees.js';
import { releaseExpiredReturnPauses } from './pauses.js';
import { closeReturn, reportReturn, returnWindowEndsOn } from './returns.js';
import { expectCode, expectOk, plan, withStatus } from './test-support.js';
import type { Instalment } from './types.js';

const purchase = { id: 'pur_test', purchasedOn: '2025-06-01' };
const merchant = { returnWindowDays: 30 };
/** £100 pay in 4 from 1 June (due 06-01, 06-15, 06-29, 07-13), first paid at checkout. */
const firstPaid = () => withStatus(plan(10_000, '2025-06-01'), 1, { status: 'paid', paidAt: 1 });
const report = (today: string, instalments: Instalment[] = firstPaid()) =>
  reportReturn({ id: 'ret_1', purchase, merchant, instalments, existingReturns: [], today });
const dates = (instalments: Instalment[]) => instalments.map((i) => [i.status, i.dueDate]);

describe('reportReturn', () => {
  it('is accepted up to the last day of the return window and refused the day after', () => {
    expect(returnWindowEndsOn(purchase, merchant)).toBe('2025-07-01');
    expect(report('2025-07-01').ok).toBe(true);
    expect(report('2025-07-02')).toEqual({
      ok: false,
      code: 'return_window_closed',
      message: "the merchant's return window for this purchase closed on 2025-07-01",
    });
  });

  it('pauses every owed instalment for 21 days and leaves paid ones alone', () => {
    const { returnRecord, instalments } = expectOk(report('2025-06-10'));
    expect(returnRecord).toEqual({ id: 'ret_1', purchaseId: 'pur_test', reportedOn: '2025-06-10', pausedUntil: '2025-07-01', status: 'open', closedOn: null });
    expect(instalments[0]?.status).toBe('paid');
    for (const instalment of instalments.slice(1)) {
      expect(instalment).toMatchObject({ status: 'paused', pausedOn: '2025-06-10', pausedUntil: '2025-07-01', pausedBy: ['return'] });
    }
  });

  it('refuses a second open return on the same purchase', () => {
    const { returnRecord, instalments } = expectOk(report('2025-06-10'));
    const again = reportReturn({ id: 'ret_2', purchase, merchant, instalments, existingReturns: [returnRecord], today: '2025-06-11' });
    expect(expectCode(again)).toBe('return_already_open');
  });

  it('accepts a report when everything is already paid, pausing nothing', () => {
    const allPaid = plan(10_000, '2025-06-01').map((i) => ({ ...i, status: 'paid' as const, paidAt: 1 }));
    expect(expectOk(report('2025-06-10', allPaid)).instalments).toEqual(allPaid);
  });
});

describe('the return pause ending', () => {
  it('lasts until pausedUntil; then dates that fell due in the pause move forward by its 21 days, keeping the spacing', () => {
    const paused = expectOk(report('2025-06-10')).instalments;
    expect(releaseExpiredReturnPauses(paused, '2025-06-30')).toEqual(paused);
    const resumed = releaseExpiredReturnPauses(paused, '2025-07-01');
    expect(dates(resumed)).toEqual([
      ['paid', '2025-06-01'],
      ['scheduled', '2025-07-06'],
      ['scheduled', '2025-07-20'],
      ['scheduled', '2025-08-03'],
    ]);
    expect(resumed[1]).toMatchObject({ pausedOn: null, pausedUntil: null, pausedBy: [], originalDueDate: '2025-06-15' });
  });

  it('resumes on pausedUntil even when the batch runs late, so the pause is not lengthened', () => {
    const paused = expectOk(report('2025-06-10')).instalments;
    const late = releaseExpiredReturnPauses(paused, '2025-07-10');
    expect(dates(late)).toEqual([
      ['paid', '2025-06-01'],
      ['late', '2025-07-06'],
      ['scheduled', '2025-07-20'],
      ['scheduled', '2025-08-03'],
    ]);
  });

  it('closing the return before anything fell due changes no dates', () => {
    const { returnRecord, instalments } = expectOk(report('2025-06-10'));
    const closed = expectOk(closeReturn({ returnRecord, instalments, today: '2025-06-14' }));
    expect(closed.returnRecord).toMatchObject({ status: 'closed', closedOn: '2025-06-14' });
    expect(dates(closed.instalments)).toEqual(dates(firstPaid()));
    expect(expectCode(closeReturn({ returnRecord: closed.returnRecord, instalments: closed.instalments, today: '2025-06-15' }))).toBe('return_not_open');
  });

  it('closing it after an instalment fell due moves the remaining plan by the days paused', () => {
    const { returnRecord, instalments } = expectOk(report('2025-06-10'));
    const closed = expectOk(closeReturn({ returnRecord, instalments, today: '2025-06-20' }));
    expect(closed.instalments.slice(1).map((i) => i.dueDate)).toEqual(['2025-06-25', '2025-07-09', '2025-07-23']);
  });

  it('charges no late fee for days spent paused', () => {
    const paused = expectOk(report('2025-06-10')).instalments;
    const purchaseRef = { id: 'pur_test', amountMinor: 10_000, currency: 'GBP' as const };
    expect(assessLateFees({ purchase: purchaseRef, instalments: paused, existingFees: [], today: '2025-06-30' })).toEqual([]);
    const resumed = releaseExpiredReturnPauses(paused, '2025-07-01');
    expect(assessLateFees({ purchase: purchaseRef, instalments: resumed, existingFees: [], today: '2025-07-01' })).toEqual([]);
  });
});
