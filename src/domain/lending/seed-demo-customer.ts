import { addDays, type IsoDate } from './dates.js';
import {
  finishStory,
  openDisputeOn,
  payDueThrough,
  refundOn,
  reportReturnOn,
  startStory,
  closeReturnOn,
  type PurchaseStory,
} from './seed-story.js';
import type { Customer, Merchant, PaymentMethod, PlanTerms } from './types.js';

/**
 * The fixed demo customer, Alex Morgan, with one purchase in each interesting state. Everything is
 * fixed except dates, which are relative to `today`, so demos and end-to-end tests can rely on
 * "Alex's Northwind order has its next payment in 13 days" whatever day they run.
 */
export const DEMO_CUSTOMER_ID = 'cus_demo';

/** The first merchants of every population, in this order (ids mer_000001..). */
export const DEMO_MERCHANTS: readonly Omit<Merchant, 'id'>[] = [
  { name: 'Northwind Outdoors', category: 'outdoors', returnWindowDays: 30 },
  { name: 'Lumen Electronics', category: 'electronics', returnWindowDays: 14 },
  { name: 'Velvet Lane Clothing', category: 'fashion', returnWindowDays: 30 },
  { name: 'Harbour & Pine Home', category: 'home', returnWindowDays: 28 },
  { name: 'Brightside Sports', category: 'sports', returnWindowDays: 30 },
  { name: 'Atlas Furniture', category: 'furniture', returnWindowDays: 14 },
];

/** Ids of Alex's purchases, by the state each one demonstrates. */
export const DEMO_PURCHASE_IDS = {
  onTime: 'pur_demo_on_time',
  late: 'pur_demo_late',
  pausedByReturn: 'pur_demo_return',
  disputed: 'pur_demo_dispute',
  partlyRefunded: 'pur_demo_refund',
  financed: 'pur_demo_financed',
  payIn30: 'pur_demo_pay30',
  paidOff: 'pur_demo_paid_off',
  fullyRefunded: 'pur_demo_refunded',
} as const;

export function demoCustomer(today: IsoDate): { customer: Customer; paymentMethods: PaymentMethod[] } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return {
    customer: {
      id: DEMO_CUSTOMER_ID,
      name: 'Alex Morgan',
      email: 'alex@example.com',
      country: 'GB',
      language: 'en',
      vulnerable: false,
      createdOn: addDays(today, -400),
      defaultPaymentMethodId: 'pm_demo_1',
    },
    paymentMethods: [
      { id: 'pm_demo_1', customerId: DEMO_CUSTOMER_ID, brand: 'visa', last4: '4242', expiryMonth: 9, expiryYear: year + 2 },
      // Expires at the end of this month: a realistic "update my card" conversation.
      { id: 'pm_demo_2', customerId: DEMO_CUSTOMER_ID, brand: 'mastercard', last4: '4444', expiryMonth: month, expiryYear: year },
    ],
  };
}

/** `merchants` must start with DEMO_MERCHANTS (as generatePopulation builds them). */
export function demoStories(today: IsoDate, merchants: readonly Merchant[]): PurchaseStory[] {
  const merchant = (name: string): Merchant => {
    const found = merchants.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`demo merchant missing: ${name}`);
    return found;
  };
  const day = (offset: number) => addDays(today, offset);
  const yesterday = day(-1);
  const start = (id: string, merchantName: string, description: string, amountMinor: number, ageDays: number, plan: PlanTerms) =>
    startStory({
      id,
      customerId: DEMO_CUSTOMER_ID,
      merchantId: merchant(merchantName).id,
      paymentMethodId: 'pm_demo_1',
      description,
      amountMinor,
      currency: 'GBP',
      purchasedOn: day(-ageDays),
      plan,
    });
  const payIn4: PlanTerms = { kind: 'pay_in_4' };

  const onTime = payDueThrough(start(DEMO_PURCHASE_IDS.onTime, 'Northwind Outdoors', 'Trail running shoes', 12_000, 15, payIn4), yesterday);

  // Paid at checkout, then the second instalment (due 8 days ago) was missed: one £6 fee so far.
  const late = payDueThrough(start(DEMO_PURCHASE_IDS.late, 'Lumen Electronics', 'Wireless headphones', 8_999, 22, payIn4), day(-22));

  const returned = reportReturnOn(
    payDueThrough(start(DEMO_PURCHASE_IDS.pausedByReturn, 'Velvet Lane Clothing', 'Linen summer dress', 6_400, 10, payIn4), yesterday),
    { id: 'ret_demo_1', merchant: merchant('Velvet Lane Clothing'), day: day(-3) },
  );

  // The dispute opened the day before the second instalment fell due, so it is paused, not late.
  const disputed = openDisputeOn(
    payDueThrough(start(DEMO_PURCHASE_IDS.disputed, 'Harbour & Pine Home', 'Ceramic table lamp', 4_500, 20, payIn4), day(-8)),
    { id: 'dsp_demo_1', day: day(-7), reason: 'Item never arrived' },
  );

  // £70 back on a £240 order: the last instalment disappears, the third drops from £60 to £50.
  const partlyRefunded = refundOn(
    payDueThrough(start(DEMO_PURCHASE_IDS.partlyRefunded, 'Northwind Outdoors', 'Camping tent and sleeping bag', 24_000, 18, payIn4), day(-3)),
    { id: 'ref_demo_1', amountMinor: 7_000, day: day(-2), reason: 'Sleeping bag returned', process: true },
  );

  const financed = payDueThrough(
    start(DEMO_PURCHASE_IDS.financed, 'Atlas Furniture', 'Corner sofa', 120_000, 75, { kind: 'financing', months: 12, aprPercent: 19.9 }),
    yesterday,
  );

  const payIn30 = start(DEMO_PURCHASE_IDS.payIn30, 'Brightside Sports', 'Yoga mat and blocks', 3_550, 12, { kind: 'pay_in_30' });

  const paidOff = payDueThrough(start(DEMO_PURCHASE_IDS.paidOff, 'Northwind Outdoors', 'Waterproof jacket', 16_000, 120, payIn4), yesterday);

  // Two instalments paid, coat returned: the rest is cancelled and £99.50 goes back to the card.
  let fullyRefunded = payDueThrough(start(DEMO_PURCHASE_IDS.fullyRefunded, 'Velvet Lane Clothing', 'Wool coat', 19_900, 40, payIn4), day(-25));
  fullyRefunded = reportReturnOn(fullyRefunded, { id: 'ret_demo_2', merchant: merchant('Velvet Lane Clothing'), day: day(-24) });
  fullyRefunded = refundOn(fullyRefunded, { id: 'ref_demo_2', amountMinor: 19_900, day: day(-16), reason: 'Item returned', process: true });
  fullyRefunded = closeReturnOn(fullyRefunded, day(-16));

  return [onTime, late, returned, disputed, partlyRefunded, financed, payIn30, paidOff, fullyRefunded].map((story) =>
    finishStory(story, today),
  );
}
