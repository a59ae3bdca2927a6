import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from './ports.js';
import { formatMinor, statementCsv, STATEMENT_CSV_HEADER } from './statement-csv.js';
import type { Statement } from './statement.js';

const entry = (id: number, kind: LedgerEntry['kind'], causeKind: LedgerEntry['causeKind'], amountMinor: number, detail: string): LedgerEntry => ({
  id,
  agentId: 'agt_1',
  kind,
  amountMinor,
  currency: 'GBP',
  causeKind,
  causeId: `cause_${id}`,
  detail,
  occurredAt: Date.UTC(2026, 2, 2, 10, id),
  periodDay: '2026-03-02',
});

const statement = (entries: LedgerEntry[]): Statement => ({
  agentId: 'agt_1',
  fromMs: Date.UTC(2026, 2, 1),
  toMs: Date.UTC(2026, 3, 1),
  currency: 'GBP',
  entries,
  totalsByKind: { standby: 0, conversation: 0, surge: 0, quality_bonus: 0, training: 0 },
  totalMinor: entries.reduce((s, e) => s + e.amountMinor, 0),
});

describe('statement CSV', () => {
  const csv = statementCsv(
    statement([
      entry(1, 'standby', 'block', 1050, '90.0 min online in block × 700/h'),
      entry(2, 'conversation', 'conversation', 270, 'standard: (150 + 15 × 8.00 min) × 1'),
      entry(3, 'surge', 'call_up', 5, 'said "thanks"\nand left'),
      entry(4, 'training', 'training', 825, '=HYPERLINK("x")'),
    ]),
  );
  const rows = parse(csv, { relaxColumnCount: false }) as string[][];

  it('has the header, one row per entry, and a total row', () => {
    expect(rows[0]).toEqual([...STATEMENT_CSV_HEADER]);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual(['1', '2026-03-02T10:01:00.000Z', '2026-03-02', 'standby', 'block', 'cause_1', '1050', '10.50', 'GBP', '90.0 min online in block × 700/h']);
    expect(rows[5]).toEqual(['', '', '', 'total', '', '', '2150', '21.50', 'GBP', '4 entries']);
    expect(rows.slice(1, 5).reduce((s, r) => s + Number(r[6]), 0)).toBe(Number(rows[5]?.[6]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(rows[2]?.[9]).toBe('standard: (150 + 15 × 8.00 min) × 1');
    expect(rows[3]?.[9]).toBe('said "thanks"\nand left');
    expect(rows[4]?.[9]).toBe(`'=HYPERLINK("x")`);
  });

  it('an empty period still has the header and a zero total', () => {
    expect(statementCsv(statement([])).split('\r\n')).toEqual([STATEMENT_CSV_HEADER.join(','), ',,,total,,,0,0.00,GBP,0 entries', '']);
  });
});

describe('formatMinor', () => {
  it.each([
    [0, 'GBP', '0.00'],
    [5, 'GBP', '0.05'],
    [123456, 'EUR', '1234.56'],
    [1500, 'JPY', '1500'],
    [1234, 'BHD', '1.234'],
    [-250, 'USD', '-2.50'],
  ])('%i %s → %s', (amount, currency, text) => {
    expect(formatMinor(amount, currency)).toBe(text);
  });
});
