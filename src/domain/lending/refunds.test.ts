import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outstandingBalance } from './balance.js';
import { applyRefundToSchedule, createRefund, processRefund, refundableMinor } from './refunds.js';
import { expectCode, expectOk, plan, withStatus } from './test-support.js';
import type { Instalment, Refund } from './types.js';

const purchase = { id: 'pur_test', amountMinor: 24_000, currency: 'GBP' as const };
/** £240 pay in 4 with the first two £60 instalments paid. */
const halfPaid = () => withStatus(withStatus(plan(24_000, '2025-06-01'), 1, { status: 'paid', paidAt: 1 }), 2, { status: 'paid', paidAt: 2 });
const amounts = (instalments: Instalment[]) => instalments.map((i) => [i.status, i.amountMinor]);

describe('applyRefundToSchedule', () => {
  it('reduces the LAST owed instalment first, so the next payment stays the same', () => {
    const applied = applyRefundToSchedule(halfPaid(), 7_000);
    expect(amounts(applied.instalments)).toEqual([
      ['paid', 6_000],
      ['paid', 6_000],
      ['scheduled', 5_000],
      ['refunded', 0],
    ]);
    expect(applied.instalments[3]?.refundedMinor).toBe(6_000);
    expect(applied.instalments[2]?.refundedMinor).toBe(1_000);
    expect(applied).toMatchObject({ reducedMinor: 7_000, cardRefundMinor: 0 });
  });

  it('sends what exceeds the owed principal back to the card', () => {
    const applied = applyRefundToSchedule(halfPaid(), 20_000);
    expect(amounts(applied.instalments)).toEqual([
      ['paid', 6_000],
      ['paid', 6_000],
      ['refunded', 0],
      ['refunded', 0],
    ]);
    expect(applied).toMatchObject({ reducedMinor: 12_000, cardRefundMinor: 8_000 });
  });

  it('reduces paused and late instalments too, and clears the pause of a fully refunded one', () => {
    const paused = withStatus(halfPaid(), 4, { status: 'paused', pausedOn: '2025-06-20', pausedUntil: '2025-07-11', pausedBy: ['return'] });
    const applied = applyRefundToSchedule(withStatus(paused, 3, { status: 'late' }), 6_500);
    expect(applied.instalments[3]).toMatchObject({ status: 'refunded', pausedBy: [], pausedUntil: null });
    expect(applied.instalments[2]).toMatchObject({ status: 'late', amountMinor: 5_500 });
  });

  it('scales the interest of a partly reduced financing instalment down, and forgives it when cancelled', () => {
    const financed = plan(120_000, '2025-01-15', { kind: 'financing', months: 6, aprPercent: 12 });
    const last = financed[5];
    const fifth = financed[4];
    if (!last || !fifth) throw new Error('fixture');
    const applied = applyRefundToSchedule(financed, last.principalMinor + Math.floor(fifth.principalMinor / 2));
    expect(applied.instalments[5]).toMatchObject({ status: 'refunded', amountMinor: 0, interestMinor: 0 });
    const reduced = applied.instalments[4];
    expect(reduced?.principalMinor).toBe(fifth.principalMinor - Math.floor(fifth.principalMinor / 2));
    expect(reduced?.interestMinor).toBe(Math.floor((fifth.interestMinor * (reduced?.principalMinor ?? 0)) / fifth.principalMinor));
    expect(reduced?.amountMinor).toBe((reduced?.principalMinor ?? 0) + (reduced?.interestMinor ?? 0));
  });

  it('does not modify its input', () => {
    const before = halfPaid();
    const copy = structuredClone(before);
    applyRefundToSchedule(before, 10_000);
    expect(before).toEqual(copy);
  });
});

describe('createRefund', () => {
  const request = (amountMinor: number, existingRefunds: Refund[] = []) =>
    createRefund({ id: 'ref_1', purchase, existingRefunds, amountMinor, reason: 'returned', now: 1_000 });

  it('creates a pending refund, full when it covers everything left to refund', () => {
    expect(expectOk(request(7_000))).toMatchObject({ status: 'pending', kind: 'partial', currency: 'GBP', cardRefundMinor: null });
    expect(expectOk(request(24_000)).kind).toBe('full');
  });

  it('never lets refunds exceed the amount minus earlier refunds, pending ones included', () => {
    const earlier = expectOk(request(20_000));
    expect(refundableMinor(purchase, [earlier])).toBe(4_000);
    expect(expectCode(request(4_001, [earlier]))).toBe('refund_exceeds_refundable');
    expect(expectOk(request(4_000, [earlier])).kind).toBe('full');
    expect(expectCode(request(0))).toBe('refund_amount_zero');
    expect(expectCode(request(10.5))).toBe('amount_not_integer');
    expect(expectCode(request(24_001))).toBe('refund_exceeds_refundable');
  });
});

describe('processRefund', () => {
  it('processes once, records the card refund, and refuses a second time', () => {
    const pending = expectOk(createRefund({ id: 'ref_1', purchase, existingRefunds: [], amountMinor: 20_000, reason: 'r', now: 1 }));
    const done = expectOk(processRefund({ refund: pending, instalments: halfPaid(), now: 99 }));
    expect(done.refund).toMatchObject({ status: 'processed', processedAt: 99, cardRefundMinor: 8_000 });
    expect(expectCode(processRefund({ refund: done.refund, instalments: done.instalments, now: 100 }))).toBe('refund_already_processed');
  });

  it("refuses another purchase's instalments", () => {
    const pending = expectOk(createRefund({ id: 'ref_1', purchase, existingRefunds: [], amountMinor: 100, reason: 'r', now: 1 }));
    expect(expectCode(processRefund({ refund: pending, instalments: plan(1_000, '2025-06-01', { kind: 'pay_in_4' }, 'pur_other'), now: 2 }))).toBe(
      'refund_wrong_purchase',
    );
  });
});

describe('refund invariants (property)', () => {
  it('no balance goes negative, refunds never exceed the amount, money is conserved', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 1_000_000 }),
        fc.array(fc.record({ payBefore: fc.integer({ min: 0, max: 4 }), share: fc.double({ min: 0, max: 1.2, noNaN: true }) }), { maxLength: 5 }),
        (amountMinor, steps) => {
          const thePurchase = { id: 'pur_test', amountMinor, currency: 'GBP' as const };
          let instalments = plan(amountMinor, '2025-06-01');
          let refunds: Refund[] = [];
          let cardRefunds = 0;
          for (const [index, step] of steps.entries()) {
            // Pay some instalments in order between refunds.
            for (const instalment of instalments) {
              if (instalment.sequence <= step.payBefore && instalment.status === 'scheduled') {
                instalments = withStatus(instalments, instalment.sequence, { status: 'paid', paidAt: index });
              }
            }
            const requested = Math.floor(amountMinor * step.share);
            const created = createRefund({ id: `ref_${index}`, purchase: thePurchase, existingRefunds: refunds, amountMinor: requested, reason: 'p', now: index });
            if (!created.ok) {
              expect(['refund_amount_zero', 'refund_exceeds_refundable']).toContain(created.code);
              continue;
            }
            const processed = expectOk(processRefund({ refund: created.value, instalments, now: index }));
            instalments = processed.instalments;
            refunds = [...refunds, processed.refund];
            cardRefunds += processed.cardRefundMinor;
            expect(processed.cardRefundMinor).toBeGreaterThanOrEqual(0);
          }
          const refunded = refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
          expect(refunded).toBeLessThanOrEqual(amountMinor);
          for (const instalment of instalments) {
            expect(instalment.amountMinor).toBeGreaterThanOrEqual(0);
            expect(instalment.principalMinor).toBeGreaterThanOrEqual(0);
          }
          expect(outstandingBalance(instalments).totalMinor).toBeGreaterThanOrEqual(0);
          // Paid principal − card refunds + principal still owed = amount − refunds.
          const paid = instalments.filter((i) => i.status === 'paid').reduce((sum, i) => sum + i.principalMinor, 0);
          const owed = outstandingBalance(instalments).instalmentsMinor;
          expect(paid - cardRefunds + owed).toBe(amountMinor - refunded);
          // The card never gets back more than was paid.
          expect(cardRefunds).toBeLessThanOrEqual(paid);
        },
      ),
    );
  });
});
