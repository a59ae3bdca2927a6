import type { DeclineBudgetConfig } from './config.js';

/**
 * Declining is free within a published budget: `freeDeclines` per rolling `windowMs` (default 5 per
 * hour). Semantics, quota-style:
 * - freeDeclines null = unlimited (nothing ever counts); 0 = no free declines (every one counts).
 * - A past decline is in the window when t > nowMs − windowMs: one exactly windowMs old has left it.
 * - A new decline is free when the declines already in the window are fewer than freeDeclines
 *   (used < limit); at used ≥ limit it counts against the agent. Counted ones still fill the window,
 *   so an agent who keeps declining stays over budget until enough old ones age out.
 * - Timeouts use the budget too when countTimeouts (default): an ignored offer costs the customer
 *   the whole timeout, more than a quick decline.
 * What "counts against" means (acceptance metrics, coaching) is for the caller; this only decides.
 */

export interface DeclineBudgetStatus {
  readonly limit: number | null;
  /** Budget-using answers inside the window now. */
  readonly usedInWindow: number;
  /** Free declines left now; null = unlimited. */
  readonly remaining: number | null;
  /** When the next free decline becomes available; null if one is available now, or never (limit 0 / unlimited). */
  readonly nextFreeAtMs: number | null;
}

export type DeclineKind = 'declined' | 'timed_out';

export interface DeclineAssessment {
  /** This answer is recorded against the budget (goes into `pastAtMs` next time). */
  readonly usesBudget: boolean;
  /** This answer is over budget and counts against the agent. */
  readonly countsAgainstAgent: boolean;
  /** The budget as it stands after this answer. */
  readonly after: DeclineBudgetStatus;
}

/** `pastAtMs`: times of this agent's earlier budget-using answers (any order, older ones are ignored). */
export function declineBudgetStatus(
  pastAtMs: readonly number[],
  nowMs: number,
  config: DeclineBudgetConfig,
): DeclineBudgetStatus {
  const limit = config.freeDeclines;
  const inWindow = pastAtMs.filter((t) => t > nowMs - config.windowMs).sort((a, b) => a - b);
  const used = inWindow.length;
  if (limit === null) return { limit, usedInWindow: used, remaining: null, nextFreeAtMs: null };
  // To get back under the limit, the oldest (used − limit + 1) must age out; the last of them decides.
  const decisive = used >= limit && limit > 0 ? inWindow[used - limit] : undefined;
  return {
    limit,
    usedInWindow: used,
    remaining: Math.max(0, limit - used),
    nextFreeAtMs: decisive === undefined ? null : decisive + config.windowMs,
  };
}

export function assessDecline(
  input: { readonly pastAtMs: readonly number[]; readonly nowMs: number; readonly kind: DeclineKind },
  config: DeclineBudgetConfig,
): DeclineAssessment {
  const before = declineBudgetStatus(input.pastAtMs, input.nowMs, config);
  if (input.kind === 'timed_out' && !config.countTimeouts) {
    return { usesBudget: false, countsAgainstAgent: false, after: before };
  }
  const countsAgainstAgent = before.limit !== null && before.usedInWindow >= before.limit;
  return {
    usesBudget: true,
    countsAgainstAgent,
    after: declineBudgetStatus([...input.pastAtMs, input.nowMs], input.nowMs, config),
  };
}
