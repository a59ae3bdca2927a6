import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, diffDays, isIsoDate, isoDateToEpochMs, toIsoDate, validateIsoDate } from './dates.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2025-06-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-6-15')).toBe(false);
    expect(isIsoDate('2025-06-15T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250615)).toBe(false);
    expect(validateIsoDate('nope')).toMatchObject({ ok: false, code: 'date_invalid' });
  });
});

describe('addDays / diffDays', () => {
  it('crosses month, year and leap-day boundaries in UTC', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31'); // UK clocks change on 30 March: no effect on dates
    expect(addDays('2025-06-15', -15)).toBe('2025-05-31');
    expect(diffDays('2025-03-01', '2025-02-01')).toBe(28);
    expect(diffDays('2025-02-01', '2025-03-01')).toBe(-28);
    expect(diffDays('2025-06-15', '2025-06-15')).toBe(0);
  });

  it('refuses fractional days and malformed dates', () => {
    expect(() => addDays('2025-06-15', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('diffDays undoes addDays (property)', () => {
    const date = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        expect(diffDays(addDays(start, days), start)).toBe(days);
      }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day of month, clamping to the end of shorter months', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-06-15', 24)).toBe('2027-06-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});

describe('toIsoDate', () => {
  it('gives the UTC calendar day of an instant', () => {
    expect(toIsoDate(isoDateToEpochMs('2025-06-15'))).toBe('2025-06-15');
    expect(toIsoDate(isoDateToEpochMs('2025-06-15') + 86_399_999)).toBe('2025-06-15');
    expect(toIsoDate(Date.UTC(2025, 0, 1, 23, 59))).toBe('2025-01-01');
  });
});
