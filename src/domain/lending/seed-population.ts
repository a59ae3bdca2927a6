import { addDays, isIsoDate, minIsoDate, type IsoDate } from './dates.js';
import type { Currency } from './money.js';
import { chance, mulberry32, pick, pickWeighted, randomInt, seedFrom } from './prng.js';
import { DEMO_CUSTOMER_ID, DEMO_MERCHANTS, DEMO_PURCHASE_IDS, demoCustomer, demoStories } from './seed-demo-customer.js';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, MERCHANT_CATEGORIES, MERCHANT_PREFIXES } from './seed-names.js';
import { SCENARIO_WEIGHTS, buildScenarioStory, type Scenario } from './seed-scenarios.js';
import { finishStory, type PurchaseStory } from './seed-story.js';
import type {
  CardBrand,
  Customer,
  Dispute,
  Instalment,
  Language,
  LateFee,
  Merchant,
  PaymentMethod,
  Purchase,
  Refund,
  ReturnRecord,
} from './types.js';

export interface GeneratePopulationOptions {
  seed: number | string;
  /** Total customers, the demo customer included. */
  customers: number;
  /** Total merchants, the fixed demo merchants included (at least DEMO_MERCHANTS.length). */
  merchants: number;
  /** Total purchases, the demo customer's included. */
  purchases: number;
  today: IsoDate;
}

export interface Population {
  seed: number | string;
  today: IsoDate;
  customers: Customer[];
  merchants: Merchant[];
  paymentMethods: PaymentMethod[];
  purchases: Purchase[];
  instalments: Instalment[];
  fees: LateFee[];
  refunds: Refund[];
  returns: ReturnRecord[];
  disputes: Dispute[];
  /** Which generated state each purchase was built to show (handy for demos and tests). */
  scenarioByPurchaseId: Record<string, Scenario>;
}

const COUNTRY_WEIGHTS = { GB: 80, IE: 4, ES: 5, FR: 5, DE: 4, US: 2 } as const;
type Country = keyof typeof COUNTRY_WEIGHTS;
const COUNTRY_LANGUAGE: Record<Country, Language> = { GB: 'en', IE: 'en', US: 'en', ES: 'es', FR: 'fr', DE: 'de' };
const COUNTRY_CURRENCY: Record<Country, Currency> = { GB: 'GBP', IE: 'EUR', US: 'USD', ES: 'EUR', FR: 'EUR', DE: 'EUR' };
const BRAND_WEIGHTS: Record<CardBrand, number> = { visa: 55, mastercard: 40, amex: 5 };

const DEMO_SCENARIOS: Record<string, Scenario> = {
  [DEMO_PURCHASE_IDS.onTime]: 'on_time',
  [DEMO_PURCHASE_IDS.late]: 'late_with_fees',
  [DEMO_PURCHASE_IDS.pausedByReturn]: 'paused_by_return',
  [DEMO_PURCHASE_IDS.disputed]: 'disputed',
  [DEMO_PURCHASE_IDS.partlyRefunded]: 'partly_refunded',
  [DEMO_PURCHASE_IDS.financed]: 'financed',
  [DEMO_PURCHASE_IDS.payIn30]: 'on_time',
  [DEMO_PURCHASE_IDS.paidOff]: 'paid_off',
  [DEMO_PURCHASE_IDS.fullyRefunded]: 'fully_refunded',
};

const pad = (n: number) => String(n).padStart(6, '0');
const asciiLower = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/**
 * A deterministic demo population: the same options give an identical result, field for field. All
 * randomness comes from one mulberry32 stream seeded from `seed`, consumed in a fixed order.
 * Sizes are exact totals; the fixed demo customer 'cus_demo' (Alex Morgan) and the demo merchants
 * are always included.
 */
export function generatePopulation(options: GeneratePopulationOptions): Population {
  const { today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD: ${String(today)}`);
  const demoPurchaseCount = Object.keys(DEMO_PURCHASE_IDS).length;
  if (options.customers < 1 || options.merchants < DEMO_MERCHANTS.length || options.purchases < demoPurchaseCount) {
    throw new RangeError(
      `need at least 1 customer, ${DEMO_MERCHANTS.length} merchants and ${demoPurchaseCount} purchases (the demo customer's)`,
    );
  }
  const rng = mulberry32(seedFrom(options.seed));
  const merchants = generateMerchants(rng, options.merchants);
  const demo = demoCustomer(today);
  const customers: Customer[] = [demo.customer];
  const paymentMethods: PaymentMethod[] = [...demo.paymentMethods];
  const currencyOf = new Map<string, Currency>([[DEMO_CUSTOMER_ID, 'GBP']]);
  for (let n = 1; n < options.customers; n += 1) {
    const generated = generateCustomer(rng, n, today);
    customers.push(generated.customer);
    paymentMethods.push(...generated.paymentMethods);
    currencyOf.set(generated.customer.id, generated.currency);
  }

  const stories: PurchaseStory[] = demoStories(today, merchants);
  const scenarioByPurchaseId: Record<string, Scenario> = { ...DEMO_SCENARIOS };
  const counters = { ref: 0, ret: 0, dsp: 0 };
  const nextId = (prefix: keyof typeof counters) => `${prefix}_${pad((counters[prefix] += 1))}`;
  const randomCustomers = customers.slice(1);
  const cardsOf = new Map<string, PaymentMethod[]>();
  for (const method of paymentMethods) cardsOf.set(method.customerId, [...(cardsOf.get(method.customerId) ?? []), method]);
  for (let n = 1; n <= options.purchases - demoPurchaseCount; n += 1) {
    const customer = randomCustomers.length > 0 ? pick(rng, randomCustomers) : demo.customer;
    const cards = cardsOf.get(customer.id) ?? [];
    const scenario = pickWeighted(rng, SCENARIO_WEIGHTS);
    const purchaseId = `pur_${pad(n)}`;
    const story = buildScenarioStory(scenario, {
      rng,
      today,
      purchaseId,
      customerId: customer.id,
      paymentMethodId: cards.length > 0 ? pick(rng, cards).id : null,
      currency: currencyOf.get(customer.id) ?? 'GBP',
      merchant: pick(rng, merchants),
      nextId,
    });
    stories.push(finishStory(story, today));
    scenarioByPurchaseId[purchaseId] = scenario;
  }

  return {
    seed: options.seed,
    today,
    customers: customersCreatedBeforeTheirPurchases(customers, stories),
    merchants,
    paymentMethods,
    purchases: stories.map((story) => story.purchase),
    instalments: stories.flatMap((story) => story.instalments),
    fees: stories.flatMap((story) => story.fees),
    refunds: stories.flatMap((story) => story.refunds),
    returns: stories.flatMap((story) => story.returns),
    disputes: stories.flatMap((story) => story.disputes),
    scenarioByPurchaseId,
  };
}

function generateMerchants(rng: () => number, count: number): Merchant[] {
  const merchants: Merchant[] = DEMO_MERCHANTS.map((merchant, index) => ({ id: `mer_${pad(index + 1)}`, ...merchant }));
  const taken = new Set(merchants.map((merchant) => merchant.name));
  const categories = Object.keys(MERCHANT_CATEGORIES);
  while (merchants.length < count) {
    const category = pick(rng, categories);
    const base = `${pick(rng, MERCHANT_PREFIXES)} ${pick(rng, MERCHANT_CATEGORIES[category]?.suffixes ?? ['Store'])}`;
    let name = base;
    for (let copy = 2; taken.has(name); copy += 1) name = `${base} ${copy}`;
    taken.add(name);
    merchants.push({
      id: `mer_${pad(merchants.length + 1)}`,
      name,
      category,
      returnWindowDays: pick(rng, [14, 28, 30, 30, 60]),
    });
  }
  return merchants;
}

function generateCustomer(
  rng: () => number,
  n: number,
  today: IsoDate,
): { customer: Customer; paymentMethods: PaymentMethod[]; currency: Currency } {
  const id = `cus_${pad(n)}`;
  const country = pickWeighted(rng, COUNTRY_WEIGHTS);
  const nameLanguage = COUNTRY_LANGUAGE[country];
  // Some people in Spain, France and Germany prefer to be helped in English.
  const language = nameLanguage !== 'en' && chance(rng, 0.15) ? 'en' : nameLanguage;
  const first = pick(rng, FIRST_NAMES[nameLanguage]);
  const last = pick(rng, LAST_NAMES[nameLanguage]);
  const year = Number(today.slice(0, 4));
  const paymentMethods: PaymentMethod[] = [];
  const cardCount = chance(rng, 0.3) ? 2 : 1;
  for (let card = 1; card <= cardCount; card += 1) {
    paymentMethods.push({
      id: `pm_${pad(n)}_${card}`,
      customerId: id,
      brand: pickWeighted(rng, BRAND_WEIGHTS),
      last4: String(randomInt(rng, 0, 9999)).padStart(4, '0'),
      expiryMonth: randomInt(rng, 1, 12),
      expiryYear: year + randomInt(rng, -1, 5),
    });
  }
  const customer: Customer = {
    id,
    name: `${first} ${last}`,
    email: `${asciiLower(first)}.${asciiLower(last)}${n}@${pick(rng, EMAIL_DOMAINS)}`,
    country,
    language,
    vulnerable: chance(rng, 0.03),
    createdOn: addDays(today, -randomInt(rng, 30, 1500)),
    defaultPaymentMethodId: paymentMethods[0]?.id ?? null,
  };
  return { customer, paymentMethods, currency: COUNTRY_CURRENCY[country] };
}

/** A customer cannot have bought anything before signing up: move `createdOn` back where needed. */
function customersCreatedBeforeTheirPurchases(customers: Customer[], stories: readonly PurchaseStory[]): Customer[] {
  const earliest = new Map<string, IsoDate>();
  for (const { purchase } of stories) {
    const known = earliest.get(purchase.customerId);
    earliest.set(purchase.customerId, known === undefined ? purchase.purchasedOn : minIsoDate(known, purchase.purchasedOn));
  }
  return customers.map((customer) => {
    const first = earliest.get(customer.id);
    return first === undefined || customer.createdOn <= first ? customer : { ...customer, createdOn: first };
  });
}
