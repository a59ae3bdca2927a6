/**
 * Why a conversation left the AI. The codes are stable: they are stored with every escalation, shown in the
 * console and counted in reports, so rename the label, never the code.
 */
export const ESCALATION_REASONS = [
  'customer_asked',
  'ai_error',
  'human_only_intent',
  'human_first_policy',
  'vulnerable_customer',
  'repeated_failure',
  'negative_sentiment',
  'out_of_scope',
  'low_confidence',
] as const;

export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** Short human-readable labels, for the handoff summary and the console. */
export const ESCALATION_REASON_LABELS: Readonly<Record<EscalationReason, string>> = {
  customer_asked: 'customer asked for a human',
  ai_error: 'the assistant failed with an error',
  human_only_intent: 'topic is handled by humans only',
  human_first_policy: 'topic is human-first while AI quality recovers',
  vulnerable_customer: 'customer is flagged as vulnerable',
  repeated_failure: 'repeated failed attempts',
  negative_sentiment: 'customer sentiment is getting worse',
  out_of_scope: 'request is outside what the assistant covers',
  low_confidence: 'the assistant was not confident it understood',
};

export function isEscalationReason(value: string): value is EscalationReason {
  return (ESCALATION_REASONS as readonly string[]).includes(value);
}
