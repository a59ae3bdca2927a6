import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, formatMinor, formatMoney, subtractMoney, sumMinor, validateAmountMinor, validateMoney } from './money.js';

describe('validateAmountMinor', () => {
  it('accepts zero and safe whole numbers', () => {
    expect(validateAmountMinor(0)).toEqual({ ok: true, value: 0 });
    expect(validateAmountMinor(Number.MAX_SAFE_INTEGER)).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });

  it('refuses each kind of bad amount with its own stable code', () => {
    expect(validateAmountMinor(12.5)).toEqual({
      ok: false,
      code: 'amount_not_integer',
      message: 'amountMinor must be a whole number of minor units',
    });
    expect(validateAmountMinor(-1)).toMatchObject({ ok: false, code: 'amount_negative' });
    expect(validateAmountMinor(Number.MAX_SAFE_INTEGER + 1)).toMatchObject({ ok: false, code: 'amount_unsafe' });
    expect(validateAmountMinor('1250')).toMatchObject({ ok: false, code: 'amount_not_number' });
    expect(validateAmountMinor(Number.NaN)).toMatchObject({ ok: false, code: 'amount_not_number' });
    expect(validateAmountMinor(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'amount_not_integer' });
  });
});

describe('validateMoney', () => {
  it('accepts a supported currency and refuses others', () => {
    expect(validateMoney({ amountMinor: 1250, currency: 'EUR' })).toEqual({ ok: true, value: { amountMinor: 1250, currency: 'EUR' } });
    expect(validateMoney({ amountMinor: 1250, currency: 'JPY' })).toMatchObject({ ok: false, code: 'currency_unsupported' });
    expect(validateMoney({ amountMinor: 1.5, currency: 'GBP' })).toMatchObject({ ok: false, code: 'amount_not_integer' });
    expect(validateMoney(null)).toMatchObject({ ok: false });
  });
});

describe('addMoney / subtractMoney', () => {
  it('refuses to mix currencies', () => {
    expect(addMoney({ amountMinor: 1, currency: 'GBP' }, { amountMinor: 1, currency: 'EUR' })).toMatchObject({ code: 'currency_mismatch' });
    expect(subtractMoney({ amountMinor: 1, currency: 'GBP' }, { amountMinor: 1, currency: 'USD' })).toMatchObject({ code: 'currency_mismatch' });
  });

  it('never produces a negative amount', () => {
    expect(subtractMoney({ amountMinor: 500, currency: 'GBP' }, { amountMinor: 501, currency: 'GBP' })).toMatchObject({ code: 'amount_negative' });
    expect(subtractMoney({ amountMinor: 500, currency: 'GBP' }, { amountMinor: 500, currency: 'GBP' })).toEqual({
      ok: true,
      value: { amountMinor: 0, currency: 'GBP' },
    });
  });

  it('refuses a sum beyond the safe-integer range', () => {
    expect(addMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'GBP' }, { amountMinor: 1, currency: 'GBP' })).toMatchObject({
      code: 'amount_unsafe',
    });
  });

  it('adds exactly and subtracting undoes adding (property)', () => {
    const amount = fc.integer({ min: 0, max: 2 ** 50 });
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const sum = addMoney({ amountMinor: a, currency: 'GBP' }, { amountMinor: b, currency: 'GBP' });
        expect(sum).toEqual({ ok: true, value: { amountMinor: a + b, currency: 'GBP' } });
        if (!sum.ok) return;
        expect(subtractMoney(sum.value, { amountMinor: b, currency: 'GBP' })).toEqual({ ok: true, value: { amountMinor: a, currency: 'GBP' } });
      }),
    );
  });

  it('sumMinor is order-independent and exact (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }), (amounts) => {
        expect(sumMinor(amounts)).toBe(sumMinor([...amounts].reverse()));
        expect(Number.isInteger(sumMinor(amounts))).toBe(true);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats for replies with the currency symbol and two decimals', () => {
    expect(formatMoney({ amountMinor: 1250, currency: 'GBP' })).toBe('£12.50');
    expect(formatMoney({ amountMinor: 123_400, currency: 'EUR' })).toBe('€1,234.00');
    expect(formatMoney({ amountMinor: 5, currency: 'USD' })).toBe('$0.05');
    expect(formatMoney({ amountMinor: 0, currency: 'GBP' })).toBe('£0.00');
    expect(formatMoney({ amountMinor: 100_000_000, currency: 'GBP' })).toBe('£1,000,000.00');
    expect(formatMinor(-300, 'GBP')).toBe('-£3.00');
  });

  it('throws on a fractional amount (a programmer error)', () => {
    expect(() => formatMinor(1.5, 'GBP')).toThrow(RangeError);
  });

  it('reads back to the same number of minor units (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amountMinor) => {
        const text = formatMinor(amountMinor, 'GBP');
        expect(text).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(Number(text.slice(1).replace(/[,.]/g, ''))).toBe(amountMinor);
      }),
    );
  });
});
