export type {
  AgentTier,
  DispatchAgent,
  DispatchSnapshot,
  Presence,
  Proposal,
  QueuedConversation,
  RankExplanation,
  RankingComponents,
  RankingWeights,
} from './types.js';
export {
  DEFAULT_DISPATCH_CONFIG,
  DEFAULT_RANKING_WEIGHTS,
  dispatchConfigProblems,
  makeDispatchConfig,
  type BatchConfig,
  type CallUpConfig,
  type DeclineBudgetConfig,
  type DispatchConfig,
  type DispatchConfigOverrides,
} from './config.js';
export { freeSlots, hasFreeCapacity } from './capacity.js';
export {
  checkEligibility,
  ineligibilityReasons,
  isEligible,
  isEligibleIgnoring,
  type Eligibility,
  type IneligibilityReason,
} from './eligibility.js';
export { fairnessComponent, rankAgent, rankingComponents, scoreAgent, weightedScore } from './ranking.js';
export { effectiveWeights, shouldWiden, stickyHoldAgentId } from './widening.js';
export { callUpCoolingDown, isLate, planCallUp, type CallUpDecision, type CallUpInput } from './call-up.js';
export { compareQueued, effectivePriorityClass, orderQueue, promotions } from './queue-order.js';
export { estimateQueue, type HandlingStats, type QueueEstimate } from './eta.js';
export { blendHandling, HANDLING_PRIOR_WEIGHT, type HandlingObservations } from './handling.js';
export { maxWeightAssignment, type AssignmentResult } from './hungarian.js';
export { batchPolicy, dispatchPolicy, greedyPolicy, type DispatchPolicy, type DispatchPolicyName } from './policy.js';
export { proposeGreedy } from './greedy-policy.js';
export { proposeBatch } from './batch-policy.js';
export {
  acceptOffer,
  createOffer,
  declineOffer,
  isOfferOpen,
  offerExcludesAgent,
  timeOutOffer,
  withdrawOffer,
  type NewOffer,
  type Offer,
  type OfferErrorCode,
  type OfferStatus,
  type OfferTransition,
} from './offer.js';
export {
  assessDecline,
  declineBudgetStatus,
  type DeclineAssessment,
  type DeclineBudgetStatus,
  type DeclineKind,
} from './decline-budget.js';
