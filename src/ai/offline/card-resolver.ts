import { normalise } from './conversation-phrases.js';
import type { CardCandidate } from './memory.js';

const BRANDS: Readonly<Record<string, readonly string[]>> = {
  visa: ['visa'],
  mastercard: ['mastercard', 'master card', 'mc'],
  amex: ['amex', 'american express'],
};

/** Which of the customer's own saved cards a message names, by brand or last four digits. */
export function resolveCard(text: string, cards: readonly CardCandidate[]): CardCandidate[] {
  const t = normalise(text);
  const digits = [...t.matchAll(/\b(\d{4})\b/g)].map((m) => m[1]);
  const byDigits = cards.filter((c) => digits.includes(c.last4));
  if (byDigits.length > 0) return byDigits;
  return cards.filter((c) => (BRANDS[c.brand.toLowerCase()] ?? [c.brand.toLowerCase()]).some((name) => new RegExp(`\\b${name}\\b`).test(t)));
}

export function cardLabel(card: { brand: string; last4: string }): string {
  const brand = card.brand.toLowerCase() === 'mastercard' ? 'Mastercard' : card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
  return `${brand} ending ${card.last4}`;
}
