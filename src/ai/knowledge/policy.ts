/**
 * The Tandem Pay demo lender's policy figures, in one place.
 *
 * The help-centre articles state these numbers in words; `policy-mentions.ts` lists where each one is
 * stated and a test checks the articles still say it, so changing a figure here fails the build until
 * the articles are rewritten to match. Money is in pence (integer minor units).
 */
export const POLICY = {
  payIn4: {
    instalments: 4,
    daysBetweenInstalments: 14,
    /** Weeks from the first instalment (taken at checkout) to the last one. */
    weeksToPayOff: 6,
    minOrderMinor: 30_00,
    maxOrderMinor: 1_000_00,
  },
  payIn30: {
    daysToPay: 30,
    maxOrderMinor: 500_00,
  },
  financing: {
    termsMonths: [6, 12, 24],
    minOrderMinor: 250_00,
    maxOrderMinor: 5_000_00,
    representativeAprPercent: 19.9,
    /** Days after signing in which a customer may withdraw from a financing agreement. */
    coolingOffDays: 14,
    /** After withdrawing, days the customer has to repay what was borrowed. */
    withdrawalRepayDays: 30,
    /** A change of Direct Debit bank account applies to a payment due at least this many business days later. */
    directDebitChangeNoticeBusinessDays: 5,
  },
  /** The representative example every financing page must show (borrowing, term, payments). */
  representativeExample: {
    borrowedMinor: 1_000_00,
    months: 12,
    monthlyPaymentMinor: 91_82,
    totalPayableMinor: 1_101_84,
  },
  lateFees: {
    /** A fee is added when a payment is more than this many days late. */
    graceDays: 3,
    firstFeeMinor: 6_00,
    /** Days after the first fee before a second fee, if the payment is still unpaid. */
    secondFeeAfterDays: 7,
    secondFeeMinor: 6_00,
    /** Late fees on one order never exceed the lower of these two caps. */
    capPercentOfOrder: 25,
    capPerOrderMinor: 24_00,
  },
  paymentRetries: {
    /** Days after the due date on which a failed payment is tried again automatically. */
    retryDaysAfterDue: [1, 3],
  },
  pendingHolds: {
    /** Most banks release a pending authorisation within this many days. */
    releaseDays: 7,
  },
  extensions: {
    maxDays: 10,
    perInstalment: 1,
  },
  returns: {
    paymentPauseDays: 21,
  },
  refunds: {
    /** Business days for a refund processed by the merchant to show in the Tandem Pay account. */
    showsInAccountBusinessDays: 2,
    /** Business days for money we send back to reach the customer's card. */
    backToCardBusinessDays: 5,
  },
  disputes: {
    merchantResponseDays: 7,
    openWithinDaysOfPurchase: 120,
    typicalDecisionDays: 30,
  },
  fraud: {
    contactWithinHours: 24,
  },
  creditReporting: {
    /** A payment this many days overdue is reported to credit reference agencies as missed. */
    reportedMissedAfterDays: 30,
  },
  security: {
    lockAfterFailedAttempts: 5,
    lockMinutes: 30,
    oneTimeCodeValidMinutes: 10,
  },
  identity: {
    manualReviewBusinessDays: 1,
  },
  cards: {
    expiryReminderDays: 14,
  },
  hardship: {
    breathingSpaceDays: 30,
  },
  complaints: {
    acknowledgeBusinessDays: 3,
    finalResponseWeeks: 8,
    ombudsmanReferralMonths: 6,
  },
  privacy: {
    dataRequestResponseMonths: 1,
    retentionYearsAfterClosure: 6,
  },
  statements: {
    downloadableMonths: 24,
  },
  referrals: {
    rewardMinor: 5_00,
  },
  support: {
    /** Hours (UK time, 24-hour clock) when people on the support team are available, every day. */
    humanHoursOpen: 8,
    humanHoursClose: 22,
  },
} as const;

export type Policy = typeof POLICY;
