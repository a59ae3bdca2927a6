import { failure, success, type Result } from './errors.js';

/**
 * Due dates are calendar dates, not instants: "due 2025-03-14" means that day wherever the customer is,
 * so they are stored as 'YYYY-MM-DD' strings and all arithmetic is done in UTC (no daylight-saving
 * hour can move a date). Instants (when a payment was made, when a refund was requested) stay epoch ms.
 * 'YYYY-MM-DD' strings sort correctly as plain strings, which the comparisons below rely on.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function validateIsoDate(value: unknown): Result<IsoDate> {
  return isIsoDate(value) ? success(value) : failure('date_invalid');
}

/** Midnight UTC of the date, in epoch ms. Throws on a malformed date: callers validate at the edge. */
export function isoDateToEpochMs(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  return Date.UTC(parts[0], parts[1] - 1, parts[2]);
}

/** [year, month 1-12, day], or null for anything that is not a real calendar date (2025-02-30). */
function parseIsoDate(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The UTC calendar date an instant falls on. */
export function toIsoDate(epochMs: number): IsoDate {
  if (!Number.isFinite(epochMs)) throw new RangeError(`not a finite instant: ${epochMs}`);
  const date = new Date(epochMs);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`year outside 0000-9999: ${year}`);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return toIsoDate(isoDateToEpochMs(date) + days * MS_PER_DAY);
}

/** Whole days from `earlier` to `later` (negative when `later` is before `earlier`). */
export function diffDays(later: IsoDate, earlier: IsoDate): number {
  return Math.round((isoDateToEpochMs(later) - isoDateToEpochMs(earlier)) / MS_PER_DAY);
}

/**
 * Same day-of-month `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
 * Monthly schedules call this from the purchase date each time rather than chaining, so a clamp in
 * February does not pull every later instalment to the 28th.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  const [y, m, d] = parts;
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  return toIsoDate(Date.UTC(year, month, Math.min(d, daysInMonth(year, month + 1))));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
