import type { Statement } from './statement.js';

export const STATEMENT_CSV_HEADER = ['entry_id', 'occurred_at', 'period_day', 'kind', 'cause_kind', 'cause_id', 'amount_minor', 'amount', 'currency', 'detail'] as const;

/** Decimal places of a currency's minor unit (GBP 2, JPY 0, BHD 3), from the runtime's ICU data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 12345 GBP → "123.45": exact, from the integer, never through floating point. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with a quote mark. */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per ledger entry, then a `total` row whose amount is the sum of the rows above. */
export function statementCsv(statement: Statement): string {
  const rows: Array<Array<string | number>> = [[...STATEMENT_CSV_HEADER]];
  for (const e of statement.entries) {
    rows.push([e.id, new Date(e.occurredAt).toISOString(), e.periodDay, e.kind, e.causeKind, e.causeId, e.amountMinor, formatMinor(e.amountMinor, e.currency), e.currency, e.detail]);
  }
  rows.push(['', '', '', 'total', '', '', statement.totalMinor, formatMinor(statement.totalMinor, statement.currency), statement.currency, `${statement.entries.length} entries`]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
