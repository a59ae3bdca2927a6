/**
 * Errors as values. Every expected failure of a lending rule is returned as `{ ok: false, code, message }`
 * with a code from this list. Codes are stable: callers (tools, the assistant, HTTP mapping) switch on
 * them, so rename only with a migration. `message` is for people and may change wording.
 */
export const LENDING_ERROR_MESSAGES = {
  amount_not_number: 'amountMinor must be a number',
  amount_not_integer: 'amountMinor must be a whole number of minor units',
  amount_negative: 'amountMinor must not be negative',
  amount_unsafe: 'amountMinor is larger than the largest safe integer',
  amount_zero: 'amount must be greater than zero',
  amount_too_small_for_plan: 'amount is too small to split into this many instalments',
  amount_below_financing_minimum: 'amount is below the minimum that can be financed',
  currency_unsupported: 'currency must be one of GBP, EUR or USD',
  currency_mismatch: 'amounts are in different currencies',
  date_invalid: "date must be a calendar date written 'YYYY-MM-DD'",
  term_not_offered: 'financing is offered over 6, 12 or 24 months only',
  apr_out_of_range: 'APR is outside the allowed range',
  instalment_not_found: 'no instalment with that id on this plan',
  instalment_already_paid: 'this instalment has already been paid',
  instalment_refunded: 'this instalment was cancelled by a refund',
  instalment_paused: 'this instalment is paused',
  instalment_late: 'this instalment is already past its due date',
  extension_days_out_of_range: 'an extension must be a whole number of days between 1 and 10',
  extension_already_used: 'this instalment has already been extended once',
  extension_past_next_due: "an extension cannot reach the next instalment's due date",
  refund_amount_zero: 'a refund must be greater than zero',
  refund_exceeds_refundable: 'the refund is larger than what is left to refund on this purchase',
  refund_already_processed: 'this refund has already been processed',
  refund_wrong_purchase: 'this refund belongs to another purchase',
  return_window_closed: "the merchant's return window for this purchase has closed",
  return_already_open: 'a return is already open for this purchase',
  return_not_open: 'this return is not open',
  dispute_already_open: 'a dispute is already open for this purchase',
  dispute_not_open: 'this dispute is not open',
} as const;

export type LendingErrorCode = keyof typeof LENDING_ERROR_MESSAGES;

export interface Success<T> {
  ok: true;
  value: T;
}

export interface Failure {
  ok: false;
  code: LendingErrorCode;
  message: string;
}

export type Result<T> = Success<T> | Failure;

export function success<T>(value: T): Success<T> {
  return { ok: true, value };
}

/** A failure with the standard message for `code`, or a more specific one (e.g. naming a date). */
export function failure(code: LendingErrorCode, message?: string): Failure {
  return { ok: false, code, message: message ?? LENDING_ERROR_MESSAGES[code] };
}
