/** Plain-text tables for `tandem staffing`: right-aligned numbers, one header line, no colours. */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 2026-03-02 09:30" in local time given as a fixed UTC offset. */
export function localTime(ms: number, utcOffsetMinutes: number): string {
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  return `${WEEKDAYS[local.getUTCDay()]} ${local.toISOString().slice(0, 16).replace('T', ' ')}`;
}

export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), ...cells.map(line)].join('\n');
}

export const fixed = (value: number | null | undefined, digits = 2): string => (value === null || value === undefined ? '-' : value.toFixed(digits));
export const percent = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined ? '-' : `${(value * 100).toFixed(digits)}%`);
