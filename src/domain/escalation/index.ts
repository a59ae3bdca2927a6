export { ESCALATION_REASONS, ESCALATION_REASON_LABELS, isEscalationReason, type EscalationReason } from './reasons.js';
export {
  DEFAULT_ESCALATION_POLICY,
  validateEscalationPolicy,
  type EscalationPolicy,
  type PolicyValidation,
} from './escalation-policy.js';
export {
  decideEscalation,
  type EscalationDecision,
  type EscalationInput,
  type TurnSignals,
} from './decide-escalation.js';
export {
  detectHumanRequest,
  explainHumanRequest,
  type HumanRequestLanguage,
  type HumanRequestMatch,
} from './human-request.js';
export {
  buildHandoffSummary,
  intentLabel,
  sentimentLabel,
  type HandoffAction,
  type HandoffFact,
  type HandoffInput,
  type HandoffSummary,
  type SentimentLabel,
} from './handoff-summary.js';
