import type { PurchaseSummary } from '../../backoffice/back-office.js';

/**
 * How the offline engine serves each intent, as data. Intents not listed here are answered from the
 * help articles (retrieval + paraphrase). Human-only intents are not listed either: the catalogue's
 * `humanOnly` flag sends them to a person before any policy runs.
 */
export type IntentPolicy =
  | { kind: 'smalltalk' }
  /** "Are you a bot?", "what can you do?": what the assistant is and can do. */
  | { kind: 'about' }
  /** Answered from one tool that needs no purchase. */
  | { kind: 'account_read'; tool: 'get_next_payment' | 'get_customer_overview' }
  /** Needs one of the customer's purchases first (asked for when unclear), then reads or proposes. */
  | { kind: 'purchase'; purchase: PurchaseNeed; then: PurchaseTask }
  | { kind: 'change_card' }
  | { kind: 'complaint' };

export type PurchaseTask =
  | 'schedule'
  | 'refund_status'
  | 'partial_refund'
  | 'dispute_status'
  | 'fees'
  | 'pause_status'
  | 'propose_extension'
  | 'propose_pay_now'
  | 'propose_return'
  | 'item_not_received';

export interface PurchaseNeed {
  /** Which purchases the question can be about; the customer may still name another of theirs. */
  readonly relevant: (purchase: PurchaseSummary, today: string) => boolean;
  /** The clarifying question when several purchases fit. */
  readonly question: string;
  /** When no purchase is relevant: say this, or answer from the articles instead. */
  readonly none: { say: string } | 'articles';
}

const active = (p: PurchaseSummary) => p.status === 'active';
const owing = (p: PurchaseSummary) => active(p) && p.nextDue !== null;

export const INTENT_POLICIES: Readonly<Record<string, IntentPolicy>> = {
  greeting: { kind: 'smalltalk' },
  thanks: { kind: 'smalltalk' },
  goodbye: { kind: 'smalltalk' },
  about_assistant: { kind: 'about' },
  next_payment: { kind: 'account_read', tool: 'get_next_payment' },
  account_balance: { kind: 'account_read', tool: 'get_customer_overview' },
  payment_schedule: {
    kind: 'purchase',
    purchase: { relevant: active, question: 'Which purchase would you like the payment schedule for?', none: { say: "You don't have any purchases with payments still to make." } },
    then: 'schedule',
  },
  refund_status: {
    kind: 'purchase',
    purchase: { relevant: (p) => p.refunded.amountMinor > 0 || p.status === 'refunded', question: 'Which purchase is the refund for?', none: 'articles' },
    then: 'refund_status',
  },
  partial_refund: {
    kind: 'purchase',
    purchase: { relevant: (p) => p.refunded.amountMinor > 0 && active(p), question: 'Which purchase was partly refunded?', none: 'articles' },
    then: 'partial_refund',
  },
  dispute_status: {
    kind: 'purchase',
    purchase: { relevant: (p) => p.openDispute, question: 'Which dispute do you mean?', none: { say: "I can't see an open dispute on any of your purchases." } },
    then: 'dispute_status',
  },
  late_fee: {
    kind: 'purchase',
    purchase: { relevant: (p, today) => owing(p) && (p.nextDue?.dueDate ?? today) < today, question: 'Which purchase is the late fee on?', none: 'articles' },
    then: 'fees',
  },
  payment_paused_status: {
    kind: 'purchase',
    purchase: { relevant: (p) => p.paused, question: 'Which purchase do you mean?', none: { say: "None of your purchases has its payments paused at the moment." } },
    then: 'pause_status',
  },
  extend_due_date: {
    kind: 'purchase',
    // Financing is collected by Direct Debit on a fixed date and cannot be extended (extending-a-due-date).
    purchase: { relevant: (p) => owing(p) && p.plan.startsWith('Pay in'), question: 'Which purchase is the payment you want to move for?', none: 'articles' },
    then: 'propose_extension',
  },
  pay_early: {
    kind: 'purchase',
    purchase: { relevant: owing, question: 'Which purchase would you like to pay now?', none: { say: 'You have nothing left to pay at the moment.' } },
    then: 'propose_pay_now',
  },
  report_return: {
    kind: 'purchase',
    purchase: { relevant: (p) => active(p) && !p.paused, question: 'Which purchase are you returning?', none: 'articles' },
    then: 'propose_return',
  },
  item_not_received: {
    kind: 'purchase',
    purchase: { relevant: (p) => active(p) && !p.openDispute, question: 'Which order hasn’t arrived?', none: 'articles' },
    then: 'item_not_received',
  },
  change_payment_method: { kind: 'change_card' },
  complaint: { kind: 'complaint' },
};

/** What the assistant can do, for clarifying questions. */
export const CAPABILITIES =
  'your next payment or payment schedule, what you owe, refunds and returns, disputes, late fees, moving a due date, paying early, changing your card, and questions about how Tandem Pay works';
