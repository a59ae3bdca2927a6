export {
  acceptCsatAnswer,
  DEFAULT_CSAT_RULES,
  isSatisfied,
  validateCsatRating,
  type CsatAcceptance,
  type CsatAnswer,
  type CsatRating,
  type CsatRatingCheck,
  type CsatRequest,
  type CsatRules,
} from './csat.js';
export {
  scoreReview,
  validateReviewAnswers,
  validateScorecard,
  type CriterionAnswer,
  type CriterionResult,
  type ReviewAnswers,
  type ReviewScore,
  type Scorecard,
  type ScorecardCriterion,
  type Validation,
} from './scorecard.js';
export { DEFAULT_BNPL_SCORECARD } from './default-scorecard.js';
export {
  assignReviewer,
  decideSampling,
  DEFAULT_SAMPLING_POLICY,
  type AgentTier,
  type ReviewerAssignment,
  type ReviewerCandidate,
  type SamplingDecision,
  type SamplingPolicy,
  type SamplingReason,
  type SamplingSubject,
} from './sampling.js';
export { calibrate, cohensKappa, type CalibrationReport, type CriterionAgreement, type DoubleReview } from './calibration.js';
export { isStaff, type AuthorKind, type GroundingSource, type Transcript, type TranscriptMessage } from './transcript.js';
export {
  findAmounts,
  findDates,
  findSourceAmounts,
  sameAmount,
  sameDate,
  type StatedAmount,
  type StatedDate,
} from './facts-in-text.js';
export { findSensitiveData, luhnValid, type SensitiveDataHit, type SensitiveDataKind } from './sensitive-data.js';
export { DEFAULT_DISCLOSURE_RULES, findMissingDisclosures, type DisclosureRule, type MissingDisclosure } from './disclosures.js';
export {
  DEFAULT_RESPONSE_SLA,
  findResponseTimeBreaches,
  type ResponseSla,
  type ResponseSlaConfig,
  type ResponseTimeBreach,
} from './response-time.js';
export { DEFAULT_AUTO_QA_CONFIG, runAutoQa, type AutoQaCode, type AutoQaConfig, type AutoQaFinding } from './auto-qa.js';
export {
  countsTowardScore,
  DEFAULT_CONTEST_RULES,
  openContest,
  resolveContest,
  type ContestRecord,
  type ContestResult,
  type ContestRules,
  type ContestStatus,
  type QaReviewRecord,
} from './review-contest.js';
export {
  computeAgentScore,
  DEFAULT_AGENT_SCORE_CONFIG,
  type AgentEvidence,
  type AgentScore,
  type AgentScoreConfig,
} from './agent-score.js';
export {
  decideCertification,
  decideProbationExit,
  DEFAULT_CERTIFICATION_POLICIES,
  DEFAULT_PROBATION_POLICY,
  type CertificationDecision,
  type CertificationPolicy,
  type ProbationDecision,
  type ProbationPolicy,
} from './agent-tier.js';
export { wilsonInterval, type Interval } from './wilson.js';
export {
  measureMetric,
  type AiOutcome,
  type CeilingThreshold,
  type FloorThreshold,
  type GuardrailMetric,
  type GuardrailThresholds,
  type MeasureOptions,
  type MetricEvidence,
} from './guardrail-metrics.js';
export {
  DEFAULT_GUARDRAIL_CONFIG,
  initialGuardrailState,
  stepGuardrail,
  type CapacityAdvice,
  type GuardrailConfig,
  type GuardrailEvidence,
  type GuardrailMode,
  type GuardrailReason,
  type GuardrailState,
  type GuardrailStep,
  type HumanCapacity,
} from './guardrail.js';
export {
  outcomesByAgent,
  outcomesByIntent,
  summariseOutcomes,
  type AgentOutcomeLine,
  type ConversationOutcomeRow,
  type IntentOutcomeLine,
  type OutcomeFigures,
} from './outcomes.js';
