/**
 * Payment data and government ids pasted into free text. Agents are remote contractors and transcripts are
 * stored and shown widely, so these must never appear in a message written by an agent or the AI.
 * Findings carry a masked form only; the raw number must not travel into QA records or logs.
 */
export type SensitiveDataKind = 'card_number' | 'iban' | 'uk_bank_account' | 'uk_national_insurance_number' | 'us_ssn';

export interface SensitiveDataHit {
  readonly kind: SensitiveDataKind;
  readonly start: number;
  readonly end: number;
  /** Last characters only, e.g. "…1111". */
  readonly masked: string;
}

const mask = (value: string): string => `…${value.replace(/[\s-]/g, '').slice(-4)}`;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Card numbers: 13–19 digits in groups separated by single spaces or dashes, passing Luhn, starting with a
 * card-network digit (2–6) so that order numbers pass less often. Groups are tried from each group start, so
 * "4111 1111 1111 1111 12/26" still finds the card before the expiry date.
 */
function findCardNumbers(text: string): SensitiveDataHit[] {
  const hits: SensitiveDataHit[] = [];
  for (const run of text.matchAll(/\d+(?:[ -]\d+)*/g)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: run.index + g.index }));
    let i = 0;
    while (i < groups.length) {
      let found = -1;
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        digits += groups[j]?.digits ?? '';
        if (digits.length > 19) break;
        if (digits.length >= 13 && /^[2-6]/.test(digits) && luhnValid(digits)) found = j;
      }
      const first = groups[i];
      const last = groups[found];
      if (first && last) {
        const raw = text.slice(first.start, last.start + last.digits.length);
        hits.push({ kind: 'card_number', start: first.start, end: last.start + last.digits.length, masked: mask(raw) });
        i = found + 1;
      } else i++;
    }
  }
  return hits;
}

function ibanValid(candidate: string): boolean {
  const compact = candidate.replace(/\s/g, '').toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const PATTERNS: readonly { kind: SensitiveDataKind; pattern: RegExp; check?: (m: string) => boolean }[] = [
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi, check: ibanValid },
  // A dashed sort code (or one labelled "sort code") near an 8-digit account number, in either order.
  {
    kind: 'uk_bank_account',
    pattern: /\b(?:\d{2}-\d{2}-\d{2}|(?<=sort code:? ?)\d{2} ?\d{2} ?\d{2})\b\D{0,30}?\b\d{8}\b|\b\d{8}\b\D{0,30}?\b\d{2}-\d{2}-\d{2}\b/gi,
  },
  {
    kind: 'uk_national_insurance_number',
    pattern: /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
  },
  { kind: 'us_ssn', pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
];

export function findSensitiveData(text: string): SensitiveDataHit[] {
  const hits = findCardNumbers(text);
  for (const { kind, pattern, check } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (check && !check(m[0])) continue;
      hits.push({ kind, start: m.index, end: m.index + m[0].length, masked: mask(m[0]) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
