import { findDates } from '../../domain/quality/facts-in-text.js';
import { contentTerms, words } from '../retrieval/index.js';
import { normalise } from './conversation-phrases.js';
import type { PurchaseCandidate } from './memory.js';

/**
 * Which of the customer's OWN purchases a message refers to. Only purchases passed in can ever be chosen,
 * so a purchase id typed by the customer that is not theirs matches nothing. Each kind of reference the
 * message makes (shop, item, amount, date, "the latest", "the second one") narrows the set; they combine.
 */
export type PurchaseResolution =
  | { kind: 'one'; purchase: PurchaseCandidate }
  | { kind: 'many'; matches: PurchaseCandidate[] }
  /** `mentioned`: the message did refer to a purchase, but to none of these. */
  | { kind: 'none'; mentioned: boolean };

/** Shop-name words too common to name a shop on their own. */
const GENERIC = new Set(['the', 'and', 'of', 'ltd', 'shop', 'store', 'co', 'uk', 'home', 'lane']);

const ORDINALS: Readonly<Record<string, number>> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4, sixth: 5, '6th': 5 };

const toMinor = (whole: string, fraction: string | undefined): number => Number(whole) * 100 + Number((fraction ?? '').padEnd(2, '0'));

/** "£60", "60 quid", "60 pounds", "£89.99", "the 89.99 one" → minor units. */
export function mentionedAmounts(text: string): number[] {
  const t = text.toLowerCase().replace(/,(?=\d{3}\b)/g, '');
  const found = new Set<number>();
  for (const m of t.matchAll(/£\s?(\d+)(?:\.(\d{1,2}))?/g)) found.add(toMinor(m[1] ?? '0', m[2]));
  for (const m of t.matchAll(/\b(\d+)(?:\.(\d{1,2}))?\s?(?:quid|pounds?|gbp)\b/g)) found.add(toMinor(m[1] ?? '0', m[2]));
  for (const m of t.matchAll(/(?<![\d£.-])(\d+)\.(\d{2})(?![\d.])/g)) found.add(toMinor(m[1] ?? '0', m[2]));
  return [...found];
}

function shopWords(merchant: string): string[] {
  return words(merchant).filter((w) => w.length >= 3 && !GENERIC.has(w));
}

function isoOf(date: { year: number | null; month: number; day: number }): string {
  return `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** A position in the list we showed: "the second one", "number 2", or just "2". */
function listedPosition(text: string): number | null {
  const t = normalise(text);
  const bare = /^(?:number |option |no )?(\d)\)?$/.exec(t);
  if (bare) return Number(bare[1]) - 1;
  const ordinal = /\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last) (?:one|purchase|order|option)\b/.exec(t);
  if (ordinal) return ordinal[1] === 'last' ? -1 : (ORDINALS[ordinal[1] ?? ''] ?? null);
  const numbered = /\b(?:number|option) (\d)\b/.exec(t);
  return numbered ? Number(numbered[1]) - 1 : null;
}

export function resolvePurchase(text: string, purchases: readonly PurchaseCandidate[], options: { listed?: boolean } = {}): PurchaseResolution {
  const filters: ((p: PurchaseCandidate) => boolean)[] = [];
  const lower = text.toLowerCase();

  const ids = [...lower.matchAll(/\bpur_[a-z0-9_]+\b/g)].map((m) => m[0]);
  if (ids.length > 0) filters.push((p) => ids.includes(p.purchaseId.toLowerCase()));

  const messageWords = new Set(words(text));
  const shops = purchases.filter((p) => shopWords(p.merchant).some((w) => messageWords.has(w)));
  if (shops.length > 0) filters.push((p) => shops.includes(p));

  const terms = contentTerms(text);
  const items = purchases.filter((p) => [...contentTerms(p.description)].some((term) => term.length >= 3 && terms.has(term)));
  if (items.length > 0) filters.push((p) => items.includes(p));

  const amounts = mentionedAmounts(text);
  if (amounts.length > 0) {
    filters.push((p) => amounts.some((a) => a === p.amountMinor || a === p.outstandingMinor || a === p.nextDueMinor));
  }

  const dates = findDates(text);
  if (dates.length > 0) {
    const wanted = dates.map((d) => ({ monthDay: isoOf(d), year: d.year }));
    const onDate = (iso: string | null) => iso !== null && wanted.some((w) => iso.slice(5) === w.monthDay && (w.year === null || iso.startsWith(String(w.year))));
    filters.push((p) => onDate(p.purchasedOn) || onDate(p.nextDueDate));
  }

  const byDate = [...purchases].sort((a, b) => b.purchasedOn.localeCompare(a.purchasedOn));
  if (/\b(?:latest|newest|most recent|recent one|last (?:purchase|order|thing i bought))\b/.test(lower)) {
    filters.push((p) => p === byDate[0]);
  } else if (/\b(?:oldest|earliest|first (?:purchase|order))\b/.test(lower)) {
    filters.push((p) => p === byDate[byDate.length - 1]);
  }

  if (options.listed) {
    const position = listedPosition(text);
    if (position !== null) {
      const chosen = position === -1 ? purchases[purchases.length - 1] : purchases[position];
      filters.push((p) => p === chosen);
    }
  }

  if (filters.length === 0) return { kind: 'none', mentioned: false };
  const matches = purchases.filter((p) => filters.every((keep) => keep(p)));
  if (matches.length === 1 && matches[0]) return { kind: 'one', purchase: matches[0] };
  if (matches.length > 1) return { kind: 'many', matches };
  return { kind: 'none', mentioned: true };
}
