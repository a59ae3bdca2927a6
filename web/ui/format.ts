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
  if (rest === 0 && hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Elapsed time since `sinceMs`, e.g. for how long a customer has waited. */
export const formatElapsed = (sinceMs: number, nowMs: number): string => formatDuration(Math.max(0, (nowMs - sinceMs) / 1000));

/** The distinguishing tail of a long id, for tabs and headings (the full id stays available nearby). */
export const shortId = (id: string): string => (id.length > 10 ? `…${id.slice(-6)}` : id);

/** Money in minor units (cents) in its currency, e.g. 450 GBP → "£4.50". */
export function formatMoney(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

/** An intent code as a topic people read: `payment_schedule` → "Payment schedule". */
export function intentLabel(intent: string | null): string {
  if (!intent) return 'Not classified yet';
  const words = intent.replace(/[_\-.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Not classified yet';
}

let languageNames: Intl.DisplayNames | null | undefined;
/** `en` → "English"; an unknown code is shown as it is. */
export function languageName(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** A short exact duration: "45 s", "2 min 05 s", "1 h 03 min". */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A calendar date from the back office (`2025-03-14`) → "14 Mar 2025", whatever the viewer's time zone. */
export function formatDay(isoDate: string): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? isoDate : dayFormat.format(ms);
}
