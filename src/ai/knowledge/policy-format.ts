/** How policy figures are written in the help centre (UK English). */

export function formatPounds(minor: number): string {
  const pounds = Math.floor(minor / 100);
  const pence = minor % 100;
  const whole = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return pence === 0 ? `£${whole}` : `£${whole}.${String(pence).padStart(2, '0')}`;
}

/** `1 day`, `21 days`: the unit agrees with the number, as the articles are written. */
export function formatCount(count: number, unit: string): string {
  return `${count} ${count === 1 ? unit : `${unit}s`}`;
}

/** 8 → `8am`, 22 → `10pm` (UK style, hours only). */
export function formatHour(hour: number): string {
  const suffix = hour < 12 ? 'am' : 'pm';
  const onClock = hour % 12 === 0 ? 12 : hour % 12;
  return `${onClock}${suffix}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function formatNumberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
