import { describe, expect, it } from 'vitest';
import { findAmounts, findDates, findSourceAmounts, sameAmount, sameDate } from './facts-in-text.js';

const amounts = (text: string) => findAmounts(text).map((a) => [a.currency, a.minor]);
const dates = (text: string, dayFirst?: boolean) => findDates(text, dayFirst).map((d) => [d.year, d.month, d.day]);

describe('findAmounts', () => {
  it('reads symbols, codes before and after, thousands separators and short decimals', () => {
    expect(amounts('£12.50 then $3 and 12.50 GBP, EUR 1,200.5')).toEqual([
      ['GBP', 1250],
      ['USD', 300],
      ['GBP', 1250],
      ['EUR', 120050],
    ]);
  });

  it('does not treat plain numbers as money in a reply', () => {
    expect(amounts('split into 3 payments over 6 weeks, order 12345')).toEqual([]);
  });
});

describe('findSourceAmounts', () => {
  it('also reads bare two-decimal numbers and minor-unit fields', () => {
    const found = findSourceAmounts('{"amountMinor": 1250, "currency": "GBP", "fee": "5.00", "late_fee_minor": 600}');
    expect(found.map((a) => a.minor).sort((a, b) => a - b)).toEqual([500, 600, 1250]);
  });
});

describe('sameAmount', () => {
  it('compares value, and currency only when both are known', () => {
    const gbp = { currency: 'GBP', minor: 1250, text: '' };
    expect(sameAmount(gbp, { currency: null, minor: 1250, text: '' })).toBe(true);
    expect(sameAmount(gbp, { currency: 'EUR', minor: 1250, text: '' })).toBe(false);
    expect(sameAmount(gbp, { currency: 'GBP', minor: 1251, text: '' })).toBe(false);
  });
});

describe('findDates', () => {
  it('reads ISO, numeric and named-month dates', () => {
    expect(dates('due 2024-05-02T00:00:00Z')).toEqual([[2024, 5, 2]]);
    expect(dates('on 02/05/2024')).toEqual([[2024, 5, 2]]);
    expect(dates('on 05/02/24', false)).toEqual([[2024, 5, 2]]);
    expect(dates('on 2nd May 2024 and on the 14th of June')).toEqual([
      [2024, 5, 2],
      [null, 6, 14],
    ]);
    expect(dates('by May 2, 2024 or Sept 30th')).toEqual([
      [2024, 5, 2],
      [null, 9, 30],
    ]);
  });

  it('ignores impossible dates and relative ones', () => {
    expect(dates('13/13/2024, tomorrow, in 3 days, 2024-02-40')).toEqual([]);
  });

  it('matches a year-less date to a dated one on the same day', () => {
    const [a] = findDates('2 May');
    const [b] = findDates('2024-05-02');
    const [c] = findDates('2023-05-02');
    const [d] = findDates('2 May 2024');
    expect(a && b && sameDate(a, b)).toBe(true);
    expect(c && d && sameDate(c, d)).toBe(false);
  });
});
