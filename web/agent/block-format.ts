/** How blocks read: "Mon 14 Apr", "09:00–11:00" (the viewer's time zone, since they work in it). */
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export const blockDay = (ms: number): string => dayFormat.format(ms);
export const blockTime = (startsAt: number, endsAt: number): string => `${timeFormat.format(startsAt)}–${timeFormat.format(endsAt)}`;
export const blockHours = (startsAt: number, endsAt: number): number => Math.max(0, (endsAt - startsAt) / 3_600_000);
