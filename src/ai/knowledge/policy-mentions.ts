import { POLICY } from './policy.js';
import { formatCount, formatHour, formatNumberWord, formatPounds } from './policy-format.js';

/** A policy figure: a single number, or a list such as the financing terms. */
export type PolicyValue = number | readonly number[];

/**
 * Where one policy figure is stated in the help centre, and how it reads there. `path` is a dotted
 * path into `POLICY`; the phrase is rendered from the live value, so a changed figure no longer
 * matches an article that still states the old one.
 */
export interface PolicyMention {
  path: string;
  phrase: (value: PolicyValue) => string;
  articles: readonly string[];
}

function single(value: PolicyValue): number {
  if (typeof value !== 'number') throw new Error(`expected a single policy figure, got a list`);
  return value;
}

function list(value: PolicyValue): readonly number[] {
  if (typeof value === 'number') throw new Error(`expected a list of policy figures, got ${value}`);
  return value;
}

const pounds = (value: PolicyValue) => formatPounds(single(value));
const count = (unit: string, before = '', after = '') => (value: PolicyValue) =>
  `${before}${formatCount(single(value), unit)}${after}`;

const LATE_FEE_ARTICLES = ['late-fees', 'fees-at-a-glance', 'missed-payments'];
const PAY_IN_4_RANGE_ARTICLES = ['how-pay-in-4-works', 'declined-at-checkout', 'the-tandem-card'];
const FINANCING_EXAMPLE_ARTICLES = ['monthly-financing', 'interest-and-apr'];
const FINANCING_RANGE_ARTICLES = ['monthly-financing', 'declined-at-checkout'];
const COMPLAINT_ARTICLES = ['making-a-complaint', 'financial-ombudsman'];
const DISPUTE_ARTICLES = ['how-disputes-work', 'opening-a-dispute', 'item-not-received', 'wrong-or-damaged-item'];
const RETURN_PAUSE_ARTICLES = [
  'reporting-a-return',
  'payment-pauses',
  'return-not-showing',
  'cancelling-an-order',
  'wrong-or-damaged-item',
];
const BACK_TO_CARD_ARTICLES = [
  'how-refunds-work',
  'partial-refunds',
  'refund-bigger-than-balance',
  'charged-twice',
  'order-cancelled-by-merchant',
  'cancelling-an-order',
  'checking-your-dispute',
];
const EXTENSION_ARTICLES = [
  'extending-a-due-date',
  'how-pay-in-30-days-works',
  'your-payment-schedule',
  'your-next-payment',
  'automatic-payments-and-reminders',
];

export const POLICY_MENTIONS: readonly PolicyMention[] = [
  {
    path: 'payIn4.instalments',
    phrase: (v) => `${formatNumberWord(single(v))} equal instalments`,
    articles: ['how-pay-in-4-works', 'your-payment-schedule'],
  },
  {
    path: 'payIn4.daysBetweenInstalments',
    phrase: count('day', 'every '),
    articles: ['how-pay-in-4-works', 'your-payment-schedule', 'the-tandem-card'],
  },
  { path: 'payIn4.weeksToPayOff', phrase: count('week'), articles: ['how-pay-in-4-works'] },
  { path: 'payIn4.minOrderMinor', phrase: pounds, articles: PAY_IN_4_RANGE_ARTICLES },
  { path: 'payIn4.maxOrderMinor', phrase: pounds, articles: PAY_IN_4_RANGE_ARTICLES },
  {
    path: 'payIn30.daysToPay',
    phrase: count('day', '', ' after'),
    articles: ['how-pay-in-30-days-works', 'your-payment-schedule'],
  },
  { path: 'payIn30.maxOrderMinor', phrase: pounds, articles: ['how-pay-in-30-days-works', 'declined-at-checkout'] },
  {
    path: 'financing.termsMonths',
    phrase: (v) => `${list(v).slice(0, -1).join(', ')} or ${list(v).at(-1)} months`,
    articles: ['monthly-financing', 'your-payment-schedule'],
  },
  { path: 'financing.minOrderMinor', phrase: pounds, articles: FINANCING_RANGE_ARTICLES },
  { path: 'financing.maxOrderMinor', phrase: pounds, articles: FINANCING_RANGE_ARTICLES },
  {
    path: 'financing.representativeAprPercent',
    phrase: (v) => `${single(v)}%`,
    articles: ['monthly-financing', 'interest-and-apr', 'fees-at-a-glance'],
  },
  {
    path: 'financing.coolingOffDays',
    phrase: count('day', '', ' after signing'),
    articles: ['monthly-financing', 'cancelling-an-order'],
  },
  {
    path: 'financing.withdrawalRepayDays',
    phrase: count('day', 'within '),
    articles: ['monthly-financing', 'cancelling-an-order'],
  },
  {
    path: 'financing.directDebitChangeNoticeBusinessDays',
    phrase: count('business day', '', ' before'),
    articles: ['changing-your-payment-card'],
  },
  {
    path: 'representativeExample.borrowedMinor',
    phrase: (v) => `borrowing ${pounds(v)}`,
    articles: FINANCING_EXAMPLE_ARTICLES,
  },
  { path: 'representativeExample.months', phrase: count('month', 'over '), articles: FINANCING_EXAMPLE_ARTICLES },
  {
    path: 'representativeExample.monthlyPaymentMinor',
    phrase: (v) => `monthly payments of ${pounds(v)}`,
    articles: FINANCING_EXAMPLE_ARTICLES,
  },
  {
    path: 'representativeExample.totalPayableMinor',
    phrase: (v) => `total amount payable is ${pounds(v)}`,
    articles: FINANCING_EXAMPLE_ARTICLES,
  },
  {
    path: 'lateFees.graceDays',
    phrase: count('day', 'more than ', ' late'),
    articles: [...LATE_FEE_ARTICLES, 'payment-failed'],
  },
  { path: 'lateFees.firstFeeMinor', phrase: pounds, articles: [...LATE_FEE_ARTICLES, 'payment-failed'] },
  { path: 'lateFees.secondFeeAfterDays', phrase: count('day', '', ' after'), articles: LATE_FEE_ARTICLES },
  { path: 'lateFees.secondFeeMinor', phrase: (v) => `further ${pounds(v)}`, articles: LATE_FEE_ARTICLES },
  {
    path: 'lateFees.capPercentOfOrder',
    phrase: (v) => `${single(v)}% of the order value`,
    articles: LATE_FEE_ARTICLES,
  },
  { path: 'lateFees.capPerOrderMinor', phrase: pounds, articles: LATE_FEE_ARTICLES },
  {
    path: 'paymentRetries.retryDaysAfterDue',
    phrase: (v) => {
      const [first, ...later] = list(v).map((days) => formatCount(days, 'day'));
      return [`${first} after the due date`, ...later.map((days) => `again ${days} after it`)].join(' and ');
    },
    articles: ['payment-failed', 'missed-payments', 'automatic-payments-and-reminders', 'expired-or-replaced-card'],
  },
  {
    path: 'pendingHolds.releaseDays',
    phrase: count('day', 'within '),
    articles: ['charged-twice', 'payment-failed', 'order-cancelled-by-merchant'],
  },
  { path: 'extensions.maxDays', phrase: count('day', 'up to '), articles: EXTENSION_ARTICLES },
  {
    path: 'extensions.perInstalment',
    phrase: (v) => `extend each instalment ${single(v) === 1 ? 'once' : `${single(v)} times`}`,
    articles: ['extending-a-due-date'],
  },
  { path: 'returns.paymentPauseDays', phrase: count('day', 'up to '), articles: RETURN_PAUSE_ARTICLES },
  {
    path: 'refunds.showsInAccountBusinessDays',
    phrase: count('business day'),
    articles: [
      'how-refunds-work',
      'partial-refunds',
      'return-not-showing',
      'checking-your-balance',
      'statements-and-documents',
      'order-cancelled-by-merchant',
    ],
  },
  { path: 'refunds.backToCardBusinessDays', phrase: count('business day'), articles: BACK_TO_CARD_ARTICLES },
  {
    path: 'disputes.merchantResponseDays',
    phrase: count('day', '', ' to respond'),
    articles: [...DISPUTE_ARTICLES, 'checking-your-dispute'],
  },
  {
    path: 'disputes.openWithinDaysOfPurchase',
    phrase: count('day', 'within ', ' of your purchase'),
    articles: DISPUTE_ARTICLES,
  },
  {
    path: 'disputes.typicalDecisionDays',
    phrase: count('day', 'decided within '),
    articles: ['how-disputes-work', 'opening-a-dispute', 'checking-your-dispute', 'item-not-received'],
  },
  {
    path: 'fraud.contactWithinHours',
    phrase: count('hour', 'within '),
    articles: ['unauthorised-purchases', 'keeping-your-account-secure', 'the-tandem-card'],
  },
  {
    path: 'creditReporting.reportedMissedAfterDays',
    phrase: count('day', 'more than ', ' overdue'),
    articles: ['credit-checks', 'missed-payments', 'payment-failed'],
  },
  {
    path: 'security.lockAfterFailedAttempts',
    phrase: (v) => `After ${single(v)} incorrect`,
    articles: ['login-help', 'keeping-your-account-secure'],
  },
  { path: 'security.lockMinutes', phrase: count('minute'), articles: ['login-help', 'keeping-your-account-secure'] },
  {
    path: 'security.oneTimeCodeValidMinutes',
    phrase: count('minute', 'valid for '),
    articles: ['login-help', 'two-step-verification'],
  },
  {
    path: 'identity.manualReviewBusinessDays',
    phrase: count('business day', 'up to '),
    articles: ['verifying-your-identity'],
  },
  { path: 'cards.expiryReminderDays', phrase: count('day', '', ' before'), articles: ['expired-or-replaced-card'] },
  {
    path: 'hardship.breathingSpaceDays',
    phrase: count('day'),
    articles: ['breathing-space', 'financial-difficulty', 'payment-pauses'],
  },
  {
    path: 'complaints.acknowledgeBusinessDays',
    phrase: count('business day', 'within '),
    articles: COMPLAINT_ARTICLES,
  },
  { path: 'complaints.finalResponseWeeks', phrase: count('week'), articles: COMPLAINT_ARTICLES },
  {
    path: 'complaints.ombudsmanReferralMonths',
    phrase: count('month', 'within ', ' of'),
    articles: COMPLAINT_ARTICLES,
  },
  {
    path: 'privacy.dataRequestResponseMonths',
    phrase: (v) => `within ${formatNumberWord(single(v))} month`,
    articles: ['privacy-and-your-data', 'deleting-your-data'],
  },
  {
    path: 'privacy.retentionYearsAfterClosure',
    phrase: count('year'),
    articles: ['closing-your-account', 'deleting-your-data'],
  },
  { path: 'statements.downloadableMonths', phrase: count('month', 'last '), articles: ['statements-and-documents'] },
  { path: 'referrals.rewardMinor', phrase: (v) => `${pounds(v)} off`, articles: ['promo-codes-and-offers'] },
  {
    path: 'support.humanHoursOpen',
    phrase: (v) => `from ${formatHour(single(v))}`,
    articles: ['talking-to-a-person', 'using-the-assistant'],
  },
  {
    path: 'support.humanHoursClose',
    phrase: (v) => `to ${formatHour(single(v))} UK time`,
    articles: ['talking-to-a-person', 'using-the-assistant'],
  },
];

/** Every figure in `POLICY`, as dotted paths; a list (such as the financing terms) is one figure. */
export function policyFigurePaths(node: unknown = POLICY, prefix = ''): string[] {
  if (typeof node === 'number' || Array.isArray(node)) return [prefix];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => policyFigurePaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The value at a dotted path in `POLICY`, or undefined when the path names no figure. */
export function policyValueAt(path: string): PolicyValue | undefined {
  let node: unknown = POLICY;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'number') return node;
  if (Array.isArray(node) && node.every((item) => typeof item === 'number')) return node as readonly number[];
  return undefined;
}
