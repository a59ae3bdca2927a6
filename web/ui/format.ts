/** Formatting with the browser's Intl (no date library needed for times and durations shown here). */
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatTime = (epochMs: number): string => timeFormat.format(epochMs);
export const formatDateTime = (epochMs: number): string => dateTimeFormat.format(epochMs);

/** "under a minute", "about 3 minutes", "1 h 20 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Elapsed time since `sinceMs`, e.g. for how long a customer has waited. */
export const formatElapsed = (sinceMs: number, nowMs: number): string => formatDuration(Math.max(0, (nowMs - sinceMs) / 1000));

/** The distinguishing tail of a long id, for tabs and headings (the full id stays available nearby). */
export const shortId = (id: string): string => (id.length > 10 ? `…${id.slice(-6)}` : id);
