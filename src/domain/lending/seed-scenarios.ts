import { addDays, type IsoDate } from './dates.js';
import type { Currency } from './money.js';
import { chance, pick, randomInt } from './prng.js';
import {
  closeReturnOn,
  openDisputeOn,
  payDueThrough,
  payOn,
  refundOn,
  reportReturnOn,
  assessFeesOn,
  settleFees,
  startStory,
  type PurchaseStory,
} from './seed-story.js';
import { MERCHANT_CATEGORIES } from './seed-names.js';
import type { Merchant, PlanTerms } from './types.js';

/** The states demo purchases are generated in, and how common each is. */
export const SCENARIO_WEIGHTS = {
  on_time: 34,
  paid_off: 26,
  late_with_fees: 8,
  paused_by_return: 4,
  disputed: 2,
  partly_refunded: 5,
  fully_refunded: 4,
  financed: 17,
} as const;

export type Scenario = keyof typeof SCENARIO_WEIGHTS;

export interface ScenarioContext {
  rng: () => number;
  today: IsoDate;
  purchaseId: string;
  customerId: string;
  paymentMethodId: string | null;
  currency: Currency;
  merchant: Merchant;
  /** Next id for a refund ('ref'), return ('ret') or dispute ('dsp'). */
  nextId: (prefix: 'ref' | 'ret' | 'dsp') => string;
}

const DISPUTE_REASONS = ['Item never arrived', 'Item not as described', 'Charged twice', 'Cancelled order still charged', 'Damaged on arrival'];
const PAY_IN_4_SPAN_DAYS = 42;

/** Plays one random purchase of the given scenario up to (not including) the final fee assessment. */
export function buildScenarioStory(scenario: Scenario, ctx: ScenarioContext): PurchaseStory {
  switch (scenario) {
    case 'on_time':
      return onTime(ctx);
    case 'paid_off':
      return paidOff(ctx);
    case 'late_with_fees':
      return lateWithFees(ctx);
    case 'paused_by_return':
      return pausedByReturn(ctx);
    case 'disputed':
      return disputed(ctx);
    case 'partly_refunded':
      return partlyRefunded(ctx);
    case 'fully_refunded':
      return fullyRefunded(ctx);
    case 'financed':
      return financed(ctx);
  }
}

function start(ctx: ScenarioContext, plan: PlanTerms, purchasedOn: IsoDate, amountMinor?: number): PurchaseStory {
  const items = MERCHANT_CATEGORIES[ctx.merchant.category]?.items ?? ['Order'];
  return startStory({
    id: ctx.purchaseId,
    customerId: ctx.customerId,
    merchantId: ctx.merchant.id,
    paymentMethodId: ctx.paymentMethodId,
    description: pick(ctx.rng, items),
    amountMinor: amountMinor ?? randomInt(ctx.rng, 9, 799) * 100 + pick(ctx.rng, [0, 0, 50, 99]),
    currency: ctx.currency,
    purchasedOn,
    plan,
  });
}

/** Pay in 4 three times out of four, otherwise pay in 30 days. */
function shortPlan(ctx: ScenarioContext): PlanTerms {
  return chance(ctx.rng, 0.75) ? { kind: 'pay_in_4' } : { kind: 'pay_in_30' };
}

/** Days after purchase during which some instalment is still unpaid. */
function openSpan(plan: PlanTerms): number {
  return plan.kind === 'pay_in_4' ? PAY_IN_4_SPAN_DAYS - 2 : 29;
}

const minutes = (ctx: ScenarioContext) => () => randomInt(ctx.rng, 7 * 60, 22 * 60);
const yesterday = (ctx: ScenarioContext) => addDays(ctx.today, -1);

function onTime(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  const age = randomInt(ctx.rng, 0, openSpan(plan));
  let story = start(ctx, plan, addDays(ctx.today, -age));
  story = payDueThrough(story, story.purchase.purchasedOn, minutes(ctx));
  story = payDueThrough(story, yesterday(ctx), minutes(ctx));
  const upcoming = story.instalments.find((instalment) => instalment.status === 'scheduled' && instalment.dueDate > ctx.today);
  if (upcoming && age > 0 && chance(ctx.rng, 0.1)) story = payOn(story, upcoming.sequence, addDays(ctx.today, -randomInt(ctx.rng, 0, age - 1)));
  return story;
}

/** At least 60 days old, so even a late final instalment (paid up to 13 days late) is in the past. */
function paidOff(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  let story = start(ctx, plan, addDays(ctx.today, -randomInt(ctx.rng, 60, 400)));
  if (chance(ctx.rng, 0.12)) {
    // Once paid late: the fee was charged and has since been paid.
    const late = pick(ctx.rng, story.instalments.filter((instalment) => plan.kind === 'pay_in_30' || instalment.sequence > 1));
    const daysLate = randomInt(ctx.rng, 5, 13);
    story = payDueThrough(story, addDays(late.dueDate, -1), minutes(ctx));
    story = assessFeesOn(story, addDays(late.dueDate, daysLate - 1));
    story = settleFees(payOn(story, late.sequence, addDays(late.dueDate, daysLate)));
  }
  return payDueThrough(story, yesterday(ctx), minutes(ctx));
}

function lateWithFees(ctx: ScenarioContext): PurchaseStory {
  const plan = chance(ctx.rng, 0.8) ? ({ kind: 'pay_in_4' } as const) : ({ kind: 'pay_in_30' } as const);
  const daysLate = randomInt(ctx.rng, 1, 45);
  if (plan.kind === 'pay_in_30') return start(ctx, plan, addDays(ctx.today, -30 - daysLate));
  const missed = randomInt(ctx.rng, 2, 4);
  const story = start(ctx, plan, addDays(ctx.today, -daysLate - 14 * (missed - 1)));
  const missedInstalment = story.instalments.find((instalment) => instalment.sequence === missed);
  if (!missedInstalment) throw new Error('seed: missing instalment');
  return payDueThrough(story, addDays(missedInstalment.dueDate, -1), minutes(ctx));
}

function pausedByReturn(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  const reportedDaysAgo = randomInt(ctx.rng, 0, 20);
  const daysAfterPurchase = randomInt(ctx.rng, 0, Math.min(ctx.merchant.returnWindowDays, openSpan(plan)));
  const reportDay = addDays(ctx.today, -reportedDaysAgo);
  let story = start(ctx, plan, addDays(reportDay, -daysAfterPurchase));
  story = payDueThrough(story, story.purchase.purchasedOn, minutes(ctx));
  story = payDueThrough(story, addDays(reportDay, -1), minutes(ctx));
  return reportReturnOn(story, { id: ctx.nextId('ret'), merchant: ctx.merchant, day: reportDay });
}

function disputed(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  const openDay = addDays(ctx.today, -randomInt(ctx.rng, 0, 45));
  let story = start(ctx, plan, addDays(openDay, -randomInt(ctx.rng, 0, openSpan(plan))));
  story = payDueThrough(story, story.purchase.purchasedOn, minutes(ctx));
  story = payDueThrough(story, addDays(openDay, -1), minutes(ctx));
  return openDisputeOn(story, { id: ctx.nextId('dsp'), day: openDay, reason: pick(ctx.rng, DISPUTE_REASONS) });
}

function partlyRefunded(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  const age = randomInt(ctx.rng, 1, 120);
  let story = start(ctx, plan, addDays(ctx.today, -age));
  const refundDay = addDays(story.purchase.purchasedOn, randomInt(ctx.rng, 1, Math.min(age, 40)));
  const amount = story.purchase.amountMinor;
  const refunded = Math.max(100, Math.floor((amount * randomInt(ctx.rng, 10, 60)) / 100));
  story = payDueThrough(story, addDays(refundDay, -1), minutes(ctx));
  story = refundOn(story, { id: ctx.nextId('ref'), amountMinor: refunded, day: refundDay, reason: 'Part of the order returned', process: true });
  story = payDueThrough(story, yesterday(ctx), minutes(ctx));
  if (chance(ctx.rng, 0.15)) {
    const more = Math.max(1, Math.floor((amount - refunded) / 5));
    story = refundOn(story, { id: ctx.nextId('ref'), amountMinor: more, day: ctx.today, reason: 'Price adjustment', process: false });
  }
  return story;
}

function fullyRefunded(ctx: ScenarioContext): PurchaseStory {
  const plan = shortPlan(ctx);
  if (chance(ctx.rng, 0.5)) {
    const reportAfter = randomInt(ctx.rng, 0, Math.min(ctx.merchant.returnWindowDays, openSpan(plan)));
    const refundAfterReport = randomInt(ctx.rng, 2, 14);
    const age = reportAfter + refundAfterReport + randomInt(ctx.rng, 0, 90);
    let story = start(ctx, plan, addDays(ctx.today, -age));
    const reportDay = addDays(story.purchase.purchasedOn, reportAfter);
    const refundDay = addDays(reportDay, refundAfterReport);
    story = payDueThrough(story, addDays(reportDay, -1), minutes(ctx));
    story = reportReturnOn(story, { id: ctx.nextId('ret'), merchant: ctx.merchant, day: reportDay });
    story = refundOn(story, { id: ctx.nextId('ref'), amountMinor: story.purchase.amountMinor, day: refundDay, reason: 'Item returned', process: true });
    return closeReturnOn(story, refundDay);
  }
  const age = randomInt(ctx.rng, 1, 120);
  let story = start(ctx, plan, addDays(ctx.today, -age));
  const refundDay = addDays(story.purchase.purchasedOn, randomInt(ctx.rng, 1, Math.min(age, 40)));
  story = payDueThrough(story, addDays(refundDay, -1), minutes(ctx));
  return refundOn(story, { id: ctx.nextId('ref'), amountMinor: story.purchase.amountMinor, day: refundDay, reason: 'Order cancelled', process: true });
}

function financed(ctx: ScenarioContext): PurchaseStory {
  const months = pick(ctx.rng, [6, 12, 24] as const);
  const aprPercent = pick(ctx.rng, [0, 9.9, 14.9, 19.9, 29.9]);
  const amountMinor = randomInt(ctx.rng, 150, 3_500) * 100 + pick(ctx.rng, [0, 0, 99]);
  const story = start(ctx, { kind: 'financing', months, aprPercent }, addDays(ctx.today, -randomInt(ctx.rng, 0, months * 31 + 60)), amountMinor);
  // One in ten has missed its most recent payment(s).
  const paidThrough = chance(ctx.rng, 0.1) ? addDays(ctx.today, -randomInt(ctx.rng, 2, 25)) : yesterday(ctx);
  return payDueThrough(story, paidThrough, minutes(ctx));
}
