/** Public API of the lending rules: pure functions over plain records (see each module for its rule). */
export * from './policy.js';
export { LENDING_ERROR_MESSAGES, success, failure } from './errors.js';
export type { LendingErrorCode, Result, Success, Failure } from './errors.js';
export {
  CURRENCIES,
  isCurrency,
  validateAmountMinor,
  validateMoney,
  addMoney,
  subtractMoney,
  sumMinor,
  formatMoney,
  formatMinor,
} from './money.js';
export type { Currency, Money } from './money.js';
export {
  isIsoDate,
  validateIsoDate,
  isoDateToEpochMs,
  toIsoDate,
  addDays,
  diffDays,
  addMonths,
  compareIsoDates,
  minIsoDate,
  maxIsoDate,
} from './dates.js';
export type { IsoDate } from './dates.js';
export type * from './types.js';
export { splitEvenly } from './split.js';
export { amortise, isFinancingTerm } from './amortisation.js';
export type { AmortisationRow, AmortisationSchedule } from './amortisation.js';
export { buildPlan } from './plans.js';
export type { BuildPlanInput } from './plans.js';
export { childId, isOwed, daysPastDue, statusForDate, refreshStatuses, findInstalment } from './instalments.js';
export {
  DEFAULT_LATE_FEE_POLICY,
  lateFeeCapMinor,
  lateFeeTriggerDate,
  assessLateFees,
  countsTowardsCap,
} from './late-fees.js';
export type { LateFeePolicy, AssessLateFeesInput } from './late-fees.js';
export { explainFees } from './fees-explained.js';
export type { FeesExplained, FeeExplanationItem } from './fees-explained.js';
export { refundableMinor, createRefund, applyRefundToSchedule, processRefund } from './refunds.js';
export type { CreateRefundInput, RefundApplied, ProcessRefundResult } from './refunds.js';
export { pauseOwed, resumePaused, releaseExpiredReturnPauses } from './pauses.js';
export { returnWindowEndsOn, reportReturn, closeReturn } from './returns.js';
export type { ReportReturnInput } from './returns.js';
export { openDispute, resolveDispute } from './disputes.js';
export { extendDueDate, latestExtendedDueDate } from './extensions.js';
export { payInstalmentNow } from './payments.js';
export { outstandingBalance, nextPayment, derivePurchaseStatus } from './balance.js';
export type { OutstandingBalance } from './balance.js';
export { mulberry32, seedFrom, randomInt, chance, pick, pickWeighted } from './prng.js';
export { generatePopulation } from './seed-population.js';
export type { GeneratePopulationOptions, Population } from './seed-population.js';
export { DEMO_CUSTOMER_ID, DEMO_MERCHANTS, DEMO_PURCHASE_IDS } from './seed-demo-customer.js';
export { SCENARIO_WEIGHTS } from './seed-scenarios.js';
export type { Scenario } from './seed-scenarios.js';
