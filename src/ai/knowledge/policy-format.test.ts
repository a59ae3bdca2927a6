import { describe, expect, it } from 'vitest';
import { formatCount, formatHour, formatNumberWord, formatPounds } from './policy-format.js';

describe('formatPounds', () => {
  it('drops pence on whole pounds and groups thousands', () => {
    expect(formatPounds(600)).toBe('£6');
    expect(formatPounds(100_000)).toBe('£1,000');
    expect(formatPounds(100_000_000)).toBe('£1,000,000');
  });

  it('shows two decimal places otherwise', () => {
    expect(formatPounds(9_182)).toBe('£91.82');
    expect(formatPounds(110_184)).toBe('£1,101.84');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(1_050)).toBe('£10.50');
  });
});

describe('formatCount, formatHour and formatNumberWord', () => {
  it('agrees the unit with the number', () => {
    expect(formatCount(1, 'day')).toBe('1 day');
    expect(formatCount(21, 'day')).toBe('21 days');
    expect(formatCount(2, 'business day')).toBe('2 business days');
  });

  it('writes hours the UK way', () => {
    expect([0, 8, 12, 22].map(formatHour)).toEqual(['12am', '8am', '12pm', '10pm']);
  });

  it('spells small numbers and leaves large ones as digits', () => {
    expect(formatNumberWord(4)).toBe('four');
    expect(formatNumberWord(1)).toBe('one');
    expect(formatNumberWord(11)).toBe('11');
  });
});
