import type { Transcript } from './transcript.js';
import { isStaff } from './transcript.js';

/**
 * A disclosure the company must make when a topic comes up, as data. Triggered when the conversation has one
 * of `intents`, or any message (customer's or staff's) contains one of `keywords` as whole words; satisfied
 * when a staff message (AI or agent) contains any of `requiredPhrases` (alternatives, case-insensitive).
 */
export interface DisclosureRule {
  readonly id: string;
  readonly intents: readonly string[];
  readonly keywords: readonly string[];
  readonly requiredPhrases: readonly string[];
}

export const DEFAULT_DISCLOSURE_RULES: readonly DisclosureRule[] = [
  {
    id: 'representative_apr',
    intents: ['financing', 'apply_for_credit', 'interest_rates'],
    keywords: ['apr', 'interest rate', 'interest-free', 'finance', 'financing', 'credit agreement', 'pay monthly'],
    requiredPhrases: ['representative apr', 'representative annual percentage rate'],
  },
  {
    id: 'free_debt_advice',
    intents: ['hardship', 'payment_difficulty', 'debt_collection'],
    keywords: [
      'hardship',
      "can't afford",
      'cant afford',
      'cannot afford',
      'struggling to pay',
      'financial difficulty',
      'in debt',
      'debt collector',
    ],
    requiredPhrases: [
      'free debt advice',
      'free and independent debt advice',
      'free, independent debt advice',
      'moneyhelper',
      'stepchange',
      'national debtline',
    ],
  },
  {
    id: 'missed_payment_credit_file',
    intents: ['missed_payment', 'late_fee'],
    keywords: ['missed payment', 'missed a payment', 'miss a payment', 'late payment', 'late fee'],
    requiredPhrases: ['credit file', 'credit record', 'credit report', 'credit reference agenc'],
  },
];

export interface MissingDisclosure {
  readonly ruleId: string;
  /** The first message that triggered the rule, or -1 when only the intent triggered it. */
  readonly messageIndex: number;
  readonly trigger: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalizeQuotes = (s: string): string => s.replace(/[’‘`]/g, "'").toLowerCase();

function containsWord(text: string, phrase: string): boolean {
  // Word boundaries, so the keyword "apr" does not fire on "April".
  return new RegExp(`(?<![a-z0-9])${escape(normalizeQuotes(phrase))}(?![a-z0-9])`).test(normalizeQuotes(text));
}

export function findMissingDisclosures(transcript: Transcript, rules: readonly DisclosureRule[]): MissingDisclosure[] {
  const missing: MissingDisclosure[] = [];
  for (const rule of rules) {
    const intent = rule.intents.find((i) => transcript.intents.includes(i));
    let messageIndex = -1;
    let keyword: string | undefined;
    for (const [index, message] of transcript.messages.entries()) {
      keyword = rule.keywords.find((k) => containsWord(message.text, k));
      if (keyword) {
        messageIndex = index;
        break;
      }
    }
    if (!intent && !keyword) continue;
    const disclosed = transcript.messages.some(
      // Required phrases are matched as substrings so that a stem like "credit reference agenc" covers both forms.
      (m) => isStaff(m.author) && rule.requiredPhrases.some((p) => normalizeQuotes(m.text).includes(normalizeQuotes(p))),
    );
    if (!disclosed) {
      missing.push({ ruleId: rule.id, messageIndex, trigger: keyword ? `keyword "${keyword}"` : `intent ${intent}` });
    }
  }
  return missing;
}
