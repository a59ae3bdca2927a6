import type { EscalationPolicy } from './escalation-policy.js';
import type { EscalationReason } from './reasons.js';

/** What the engine and the guards observed on one customer turn. */
export interface TurnSignals {
  readonly intent: string;
  /** Intent confidence, 0..1. */
  readonly confidence: number;
  readonly outOfScope: boolean;
  /** Same unit as the policy's sentiment threshold (-1..1 or a comparative score). */
  readonly sentimentScore: number;
  /** Set when the engine (classifier, LLM, tool loop) failed on this turn. */
  readonly engineError?: string;
  readonly customerAskedForHuman: boolean;
  /** A failed attempt on this turn: identity check, payment, or an action that did not go through. */
  readonly failedAttempt: boolean;
}

export interface EscalationInput {
  readonly turn: TurnSignals;
  /** Earlier turns of the same conversation, oldest first. */
  readonly history: readonly TurnSignals[];
  readonly customer: { readonly vulnerable: boolean };
  /** `humanFirst` is set by the guardrail controller when AI quality for this intent is below its floor. */
  readonly intentPolicy: { readonly humanOnly: boolean; readonly humanFirst: boolean };
}

export type EscalationDecision =
  | { readonly escalate: false }
  | { readonly escalate: true; readonly reason: EscalationReason; readonly detail: string };

type Rule = (input: EscalationInput, policy: EscalationPolicy) => EscalationDecision | null;

const escalate = (reason: EscalationReason, detail: string): EscalationDecision => ({ escalate: true, reason, detail });

/**
 * Counting rules fire on the turn that reaches the threshold, and only if that turn itself shows the signal:
 * a confident turn after two shaky ones is progress, not a reason to hand off now.
 */
function countWithCurrent(input: EscalationInput, has: (t: TurnSignals) => boolean): number {
  if (!has(input.turn)) return 0;
  return input.history.filter(has).length + 1;
}

const customerAsked: Rule = ({ turn }) =>
  turn.customerAskedForHuman ? escalate('customer_asked', 'customer asked for a human on this turn') : null;

const aiError: Rule = ({ turn }) =>
  turn.engineError !== undefined ? escalate('ai_error', `engine error: ${turn.engineError}`) : null;

const humanOnly: Rule = ({ turn, intentPolicy }) =>
  intentPolicy.humanOnly ? escalate('human_only_intent', `intent ${turn.intent} is human-only`) : null;

const humanFirst: Rule = ({ turn, intentPolicy }) =>
  intentPolicy.humanFirst
    ? escalate('human_first_policy', `intent ${turn.intent} is human-first (AI quality guardrail)`)
    : null;

const vulnerable: Rule = ({ customer }, policy) =>
  customer.vulnerable && policy.vulnerableEscalatesImmediately
    ? escalate('vulnerable_customer', 'customer has the vulnerability flag')
    : null;

const repeatedFailure: Rule = (input, policy) => {
  const count = countWithCurrent(input, (t) => t.failedAttempt);
  return count >= policy.failedAttemptLimit
    ? escalate('repeated_failure', `${count} failed attempts (limit ${policy.failedAttemptLimit})`)
    : null;
};

const negativeSentiment: Rule = ({ turn, history }, policy) => {
  const window = [...history, turn].slice(-policy.sentimentWindowTurns);
  // A full window is required: one bad first message is a complaint, not a trend.
  if (window.length < policy.sentimentWindowTurns) return null;
  const scores = window.map((t) => t.sentimentScore);
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const first = scores[0] ?? 0;
  const last = scores[scores.length - 1] ?? 0;
  if (mean > policy.sentimentTrendThreshold || last > first) return null;
  return escalate(
    'negative_sentiment',
    `mean sentiment ${mean.toFixed(2)} over last ${scores.length} turns at or below ${policy.sentimentTrendThreshold}, not improving`,
  );
};

const outOfScope: Rule = (input, policy) => {
  const count = countWithCurrent(input, (t) => t.outOfScope);
  return count >= policy.outOfScopeTurnsToEscalate
    ? escalate('out_of_scope', `${count} out-of-scope turns (limit ${policy.outOfScopeTurnsToEscalate})`)
    : null;
};

const lowConfidence: Rule = (input, policy) => {
  const isLow = (t: TurnSignals) => t.confidence < policy.confidenceFloor;
  const count = countWithCurrent(input, isLow);
  return count >= policy.lowConfidenceTurnsToEscalate
    ? escalate(
        'low_confidence',
        `${count} turns below confidence ${policy.confidenceFloor} (latest ${input.turn.confidence.toFixed(2)}, limit ${policy.lowConfidenceTurnsToEscalate})`,
      )
    : null;
};

/**
 * Precedence, first match wins, so the recorded reason is the most important true one:
 * 1. customer_asked: the customer's wish is always honoured at once, and is what they will be told.
 * 2. ai_error: on an engine error the other signals (confidence, scope) are unreliable.
 * 3. human_only_intent, 4. human_first_policy: properties of the topic, true whatever the conversation does.
 * 5. vulnerable_customer: a property of the customer.
 * 6. repeated_failure, 7. negative_sentiment: the conversation is going badly for the customer.
 * 8. out_of_scope, 9. low_confidence: the assistant is not understanding.
 */
const ESCALATION_RULES_IN_ORDER: readonly Rule[] = [
  customerAsked,
  aiError,
  humanOnly,
  humanFirst,
  vulnerable,
  repeatedFailure,
  negativeSentiment,
  outOfScope,
  lowConfidence,
];

export function decideEscalation(input: EscalationInput, policy: EscalationPolicy): EscalationDecision {
  for (const rule of ESCALATION_RULES_IN_ORDER) {
    const decision = rule(input, policy);
    if (decision) return decision;
  }
  return { escalate: false };
}
