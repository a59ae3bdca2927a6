/**
 * The reference lending policy, in one place so a lender can read (and change) every number the rules use.
 * Amounts are minor units in the purchase's own currency: the reference policy uses the same nominal
 * figures for GBP, EUR and USD (a £6 fee is €6 or $6 on a euro or dollar purchase).
 */

/** Pay in 4: four equal instalments, two weeks apart, the first due on the day of purchase. */
export const PAY_IN_4_INSTALMENTS = 4;
export const PAY_IN_4_INTERVAL_DAYS = 14;

/** Pay in 30 days: one instalment for the whole amount, due 30 days after purchase. */
export const PAY_IN_30_DAYS = 30;

/** Monthly financing: terms offered, and the smallest amount worth amortising. */
export const FINANCING_TERMS_MONTHS = [6, 12, 24] as const;
export const FINANCING_MIN_AMOUNT_MINOR = 10_000;
export const FINANCING_MAX_APR_PERCENT = 100;

/** Late fees (the full rule is written out in late-fees.ts). */
export const LATE_FEE_MINOR = 600;
/** A fee is charged when an instalment is MORE than this many days late. */
export const LATE_FEE_GRACE_DAYS = 3;
/** A further fee when the instalment is still unpaid this many days after the previous fee. */
export const LATE_FEE_REPEAT_AFTER_DAYS = 7;
export const LATE_FEES_PER_INSTALMENT_MAX = 2;
/** Total late fees on one purchase never exceed the smaller of these two. */
export const LATE_FEE_CAP_MINOR = 2_400;
export const LATE_FEE_CAP_PERCENT_OF_ORDER = 25;

/** A reported return pauses the unpaid instalments for this many days. */
export const RETURN_PAUSE_DAYS = 21;

/** Due date extension: once per instalment, by 1..10 days. */
export const EXTENSION_MIN_DAYS = 1;
export const EXTENSION_MAX_DAYS = 10;
