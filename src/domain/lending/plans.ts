import { amortise } from './amortisation.js';
import { addDays, addMonths, isIsoDate, type IsoDate } from './dates.js';
import { failure, success, type Result } from './errors.js';
import { newInstalment } from './instalments.js';
import { validateAmountMinor } from './money.js';
import { PAY_IN_30_DAYS, PAY_IN_4_INSTALMENTS, PAY_IN_4_INTERVAL_DAYS } from './policy.js';
import { splitEvenly } from './split.js';
import type { Instalment, PlanTerms } from './types.js';

export interface BuildPlanInput {
  purchaseId: string;
  amountMinor: number;
  purchasedOn: IsoDate;
  plan: PlanTerms;
}

/**
 * The instalment schedule for a new purchase. Every instalment starts 'scheduled', including pay in 4's
 * first one that falls due at checkout: recording the checkout payment (payInstalmentNow) is the
 * caller's step, because the card charge can fail.
 *
 * - pay_in_4: splitEvenly into 4 (odd pennies on the first), due on purchase day +0, +14, +28, +42.
 * - pay_in_30: one instalment due purchase day + 30.
 * - financing: amortise() over 6/12/24 months, due on the purchase's day-of-month 1..n months later.
 */
export function buildPlan(input: BuildPlanInput): Result<Instalment[]> {
  const amount = validateAmountMinor(input.amountMinor);
  if (!amount.ok) return amount;
  if (!isIsoDate(input.purchasedOn)) return failure('date_invalid');
  if (input.amountMinor === 0) return failure('amount_zero');
  switch (input.plan.kind) {
    case 'pay_in_4':
      return buildPayIn4(input);
    case 'pay_in_30':
      return success([
        newInstalment({
          purchaseId: input.purchaseId,
          sequence: 1,
          dueDate: addDays(input.purchasedOn, PAY_IN_30_DAYS),
          principalMinor: input.amountMinor,
          interestMinor: 0,
        }),
      ]);
    case 'financing':
      return buildFinancing(input, input.plan.months, input.plan.aprPercent);
  }
}

function buildPayIn4(input: BuildPlanInput): Result<Instalment[]> {
  // An instalment of zero would be a payment the customer is told about but never makes.
  if (input.amountMinor < PAY_IN_4_INSTALMENTS) return failure('amount_too_small_for_plan');
  const parts = splitEvenly(input.amountMinor, PAY_IN_4_INSTALMENTS);
  return success(
    parts.map((principalMinor, index) =>
      newInstalment({
        purchaseId: input.purchaseId,
        sequence: index + 1,
        dueDate: addDays(input.purchasedOn, index * PAY_IN_4_INTERVAL_DAYS),
        principalMinor,
        interestMinor: 0,
      }),
    ),
  );
}

function buildFinancing(input: BuildPlanInput, months: number, aprPercent: number): Result<Instalment[]> {
  const schedule = amortise({ principalMinor: input.amountMinor, aprPercent, months });
  if (!schedule.ok) return schedule;
  return success(
    schedule.value.rows.map((row) =>
      newInstalment({
        purchaseId: input.purchaseId,
        sequence: row.sequence,
        dueDate: addMonths(input.purchasedOn, row.sequence),
        principalMinor: row.principalMinor,
        interestMinor: row.interestMinor,
      }),
    ),
  );
}
