import { failure, success, type Result } from './errors.js';

/**
 * Money is always an integer count of minor units (pence, cents) plus its currency, never a float of
 * pounds: 0.1 + 0.2 !== 0.3, and a ledger must add up to the penny. All three supported currencies
 * have two decimal places.
 */
export const CURRENCIES = ['GBP', 'EUR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  amountMinor: number;
  currency: Currency;
}

const SYMBOLS: Record<Currency, string> = { GBP: '£', EUR: '€', USD: '$' };
const MINOR_PER_MAJOR = 100;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** A safe, non-negative whole number of minor units. */
export function validateAmountMinor(value: unknown): Result<number> {
  if (typeof value !== 'number' || Number.isNaN(value)) return failure('amount_not_number');
  if (!Number.isInteger(value)) return failure('amount_not_integer');
  if (value < 0) return failure('amount_negative');
  if (!Number.isSafeInteger(value)) return failure('amount_unsafe');
  return success(value);
}

export function validateMoney(value: unknown): Result<Money> {
  if (typeof value !== 'object' || value === null) return failure('amount_not_number');
  const { amountMinor, currency } = value as Record<string, unknown>;
  const amount = validateAmountMinor(amountMinor);
  if (!amount.ok) return amount;
  if (!isCurrency(currency)) return failure('currency_unsupported');
  return success({ amountMinor: amount.value, currency });
}

export function addMoney(a: Money, b: Money): Result<Money> {
  if (a.currency !== b.currency) return failure('currency_mismatch');
  const total = a.amountMinor + b.amountMinor;
  if (!Number.isSafeInteger(total)) return failure('amount_unsafe');
  return success({ amountMinor: total, currency: a.currency });
}

/** `a - b`; a negative result is refused because Money is never negative. */
export function subtractMoney(a: Money, b: Money): Result<Money> {
  if (a.currency !== b.currency) return failure('currency_mismatch');
  const difference = a.amountMinor - b.amountMinor;
  if (difference < 0) return failure('amount_negative', 'the result would be negative');
  return success({ amountMinor: difference, currency: a.currency });
}

/** Sum of integer minor amounts; throws if the total leaves the safe-integer range (a programmer error). */
export function sumMinor(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (!Number.isSafeInteger(total)) throw new RangeError('sum of minor amounts is not a safe integer');
  return total;
}

/**
 * For replies to customers: "£12.50", "€1,234.00", "$0.05"; a negative amount (a correction shown in
 * a statement) reads "-£3.00". English layout for every currency; localised layouts belong to the UI.
 */
export function formatMoney(money: Money): string {
  return formatMinor(money.amountMinor, money.currency);
}

export function formatMinor(amountMinor: number, currency: Currency): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`not a whole minor amount: ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const absolute = Math.abs(amountMinor);
  const major = Math.floor(absolute / MINOR_PER_MAJOR);
  const minor = absolute % MINOR_PER_MAJOR;
  const majorText = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${SYMBOLS[currency]}${majorText}.${String(minor).padStart(2, '0')}`;
}
