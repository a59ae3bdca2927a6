/** Statement periods in the agent's own calendar (weeks start on Monday). Pure: `today` is passed in. */
export type PeriodId = 'this_week' | 'last_week' | 'this_month' | 'last_month';

/** Calendar arithmetic (not 24-hour steps), so a daylight-saving change never shifts a boundary. */
const dayAt = (d: Date, plusDays = 0): number => new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays).getTime();

export function statementPeriod(id: PeriodId, today: Date): { from: number; to: number } {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const sinceMonday = (day.getDay() + 6) % 7;
  switch (id) {
    case 'this_week':
      return { from: dayAt(day, -sinceMonday), to: dayAt(day, 7 - sinceMonday) };
    case 'last_week':
      return { from: dayAt(day, -sinceMonday - 7), to: dayAt(day, -sinceMonday) };
    case 'this_month':
      return { from: new Date(day.getFullYear(), day.getMonth(), 1).getTime(), to: new Date(day.getFullYear(), day.getMonth() + 1, 1).getTime() };
    case 'last_month':
      return { from: new Date(day.getFullYear(), day.getMonth() - 1, 1).getTime(), to: new Date(day.getFullYear(), day.getMonth(), 1).getTime() };
  }
}
