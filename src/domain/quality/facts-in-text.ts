/**
 * Amounts and dates stated in text, normalised so that "£12.50", "12.50 GBP" and `"amountMinor": 1250` are
 * the same fact, and "2 May 2024", "2024-05-02" and "May 2nd" are the same date.
 */
export interface StatedAmount {
  /** ISO code when the text says it ("£" is GBP, "€" EUR, "$" USD); null when unstated. */
  readonly currency: string | null;
  readonly minor: number;
  readonly text: string;
}

export interface StatedDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly text: string;
}

const SYMBOLS: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', $: 'USD' };
const CODES = 'GBP|USD|EUR|AUD|CAD|NZD|SEK|NOK|DKK|CHF|PLN';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?';

function toMinor(whole: string, fraction: string | undefined): number {
  return Number(whole.replace(/,/g, '')) * 100 + Number((fraction ?? '').padEnd(2, '0'));
}

/** Amounts a reader would take as money: with a symbol or a currency code. */
export function findAmounts(text: string): StatedAmount[] {
  const found: StatedAmount[] = [];
  for (const m of text.matchAll(new RegExp(`([£€$])\\s?${NUMBER}`, 'g'))) {
    found.push({ currency: SYMBOLS[m[1] ?? ''] ?? null, minor: toMinor(m[2] ?? '0', m[3]), text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`(?<![£€$\\d.,])${NUMBER}\\s?(${CODES})\\b`, 'g'))) {
    found.push({ currency: m[3] ?? null, minor: toMinor(m[1] ?? '0', m[2]), text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`\\b(${CODES})\\s?${NUMBER}`, 'g'))) {
    found.push({ currency: m[1] ?? null, minor: toMinor(m[2] ?? '0', m[3]), text: m[0] });
  }
  return found;
}

/**
 * What a source can ground: stated amounts, bare two-decimal numbers ("12.50" in a table), and integer
 * minor-unit fields of tool results (`"amountMinor": 1250`, `fee_minor=500`).
 */
export function findSourceAmounts(text: string): StatedAmount[] {
  const found = findAmounts(text);
  for (const m of text.matchAll(/(?<![\d.,£€$])(\d+)\.(\d{2})(?![\d.])/g)) {
    found.push({ currency: null, minor: toMinor(m[1] ?? '0', m[2]), text: m[0] });
  }
  for (const m of text.matchAll(/\w*minor\w*"?\s*[:=]\s*"?(-?\d+)/gi)) {
    found.push({ currency: null, minor: Math.abs(Number(m[1])), text: m[0] });
  }
  return found;
}

/** Same value, and the same currency when both sides state one. */
export function sameAmount(a: StatedAmount, b: StatedAmount): boolean {
  return a.minor === b.minor && (a.currency === null || b.currency === null || a.currency === b.currency);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthNumber = (name: string | undefined): number => MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Dates in ISO form, d/m/y (or m/d/y when `dayFirst` is false; UK lenders write day first), and with English
 * month names. Relative dates ("tomorrow") are not facts that a source can ground and are ignored.
 */
export function findDates(text: string, dayFirst = true): StatedDate[] {
  const found: StatedDate[] = [];
  const push = (year: number | null, month: number, day: number, raw: string) => {
    if (valid(month, day)) found.push({ year, month, day, text: raw });
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})/g)) push(Number(m[1]), Number(m[2]), Number(m[3]), m[0]);
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    push(year, dayFirst ? b : a, dayFirst ? a : b, m[0]);
  }
  const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';
  for (const m of text.matchAll(new RegExp(`\\b${ordinal}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'gi'))) {
    push(m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1]), m[0]);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+${ordinal}\\b(?:,?\\s+(\\d{4}))?`, 'gi'))) {
    push(m[3] ? Number(m[3]) : null, monthNumber(m[1]), Number(m[2]), m[0]);
  }
  return found;
}

/** Same day and month, and the same year when both sides state one. */
export function sameDate(a: StatedDate, b: StatedDate): boolean {
  return a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);
}
