/**
 * Workforce planning and pay: pure rules over plain data (no I/O, no clock, no randomness).
 * Queueing: erlangB / erlangC / erlangA and their staffing searches, the CLI's staffingQuery.
 * Planning: forecastArrivals → humanDemandSeries → planStaffing → planToBlocks.
 * Pay: conversationPay, callUpBonus, qualityBonus (pay.ts), settleBlock (blocks.ts), PayRates.
 * Fairness: fairnessReport, gini.
 */
export { erlangB, logErlangB } from './erlang-b.js';
export { erlangC, erlangCAgentsFor, type AgentsForResult, type ErlangCInput, type ErlangCResult, type ErlangCTarget } from './erlang-c.js';
export { erlangA, erlangAAgentsFor, type ErlangAInput, type ErlangAResult, type ErlangATarget } from './erlang-a.js';
export { offeredLoadErlangs, type QueueTraffic } from './queue-input.js';
export { scheduledAgents } from './shrinkage.js';
export { staffingQuery, staffingQueryProblems, type StaffingQueryInput, type StaffingQueryResult } from './staffing-query.js';
export {
  bucketArrivals,
  forecastArrivals,
  slotOfWeek,
  slotsPerWeek,
  type ForecastInterval,
  type ForecastModel,
  type ForecastOptions,
  type ForecastResult,
} from './forecast.js';
export { backtestForecast, forecastErrors, type BacktestOptions, type BacktestResult, type ForecastErrors } from './forecast-accuracy.js';
export { humanDemand, humanDemandSeries, type DemandInput, type EscalationShares, type HumanDemandOptions } from './human-demand.js';
export {
  planStaffing,
  planToBlocks,
  type BlockOptions,
  type BlockPlan,
  type DemandInterval,
  type OnCallBlock,
  type PlannedInterval,
  type StaffingPlanParams,
} from './staffing-plan.js';
export { DEFAULT_PAY_RATES, type Complexity, type PayRates, type QualityBonusRule } from './pay-rates.js';
export {
  callUpBonus,
  conversationPay,
  qualityBonus,
  totalPay,
  type HandledConversation,
  type PayKind,
  type PayLine,
  type QualityBonusResult,
  type QualityPeriod,
} from './pay.js';
export { settleBlock, type BlockBooking, type BlockSettlement } from './blocks.js';
export { agentFairness, fairnessReport, gini, MIN_PRESENCE_FOR_HOURLY_MINUTES, type AgentFairness, type AgentPeriod, type FairnessOptions, type PoolFairness } from './fairness.js';
export { intersectIntervals, normalizeIntervals, subtractIntervals, totalMs, unionIntervals, type Interval } from './intervals.js';
export { BASIS_POINTS, divideRoundHalfUp } from './money.js';
