/**
 * Escalation thresholds as data, so an operator can tune them without a deploy. The order in which reasons
 * are checked is fixed in code (see decide-escalation.ts), because it is a safety property, not a preference.
 *
 * Sentiment values use whatever unit the engine produces (-1..1, or the `sentiment` package's comparative
 * score); the thresholds here must be in the same unit.
 */
export interface EscalationPolicy {
  /** A turn whose intent confidence is below this (0..1) counts as a low-confidence turn. */
  readonly confidenceFloor: number;
  /** Escalate on the Nth low-confidence turn of the conversation (counting the current one). */
  readonly lowConfidenceTurnsToEscalate: number;
  /** Escalate on the Nth out-of-scope turn of the conversation (counting the current one). */
  readonly outOfScopeTurnsToEscalate: number;
  /** How many most recent turns (including the current one) make up the sentiment trend. */
  readonly sentimentWindowTurns: number;
  /** The trend is negative when the window's mean is at or below this and the last turn is no better than the first. */
  readonly sentimentTrendThreshold: number;
  /** Escalate on the Nth failed attempt (identity check, payment, tool action) in the conversation. */
  readonly failedAttemptLimit: number;
  /**
   * True: a customer flagged vulnerable goes to a human at once (the BNPL-safe default; regulators expect
   * vulnerable customers to get human judgement). False: the flag only raises queue priority elsewhere.
   */
  readonly vulnerableEscalatesImmediately: boolean;
}

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  confidenceFloor: 0.55,
  lowConfidenceTurnsToEscalate: 2,
  outOfScopeTurnsToEscalate: 2,
  sentimentWindowTurns: 3,
  sentimentTrendThreshold: -0.3,
  failedAttemptLimit: 2,
  vulnerableEscalatesImmediately: true,
};

export type PolicyValidation = { ok: true } | { ok: false; problems: string[] };

/** For config loaded from files or the console: reports every problem at once, names the field. */
export function validateEscalationPolicy(policy: EscalationPolicy): PolicyValidation {
  const problems: string[] = [];
  const { confidenceFloor: floor } = policy;
  if (!Number.isFinite(floor) || floor < 0 || floor > 1) problems.push('confidenceFloor: must be between 0 and 1');
  const counts = [
    'lowConfidenceTurnsToEscalate',
    'outOfScopeTurnsToEscalate',
    'sentimentWindowTurns',
    'failedAttemptLimit',
  ] as const;
  for (const key of counts) {
    const value = policy[key];
    if (!Number.isInteger(value) || value < 1) problems.push(`${key}: must be a whole number of at least 1`);
  }
  if (!Number.isFinite(policy.sentimentTrendThreshold)) problems.push('sentimentTrendThreshold: must be a number');
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
