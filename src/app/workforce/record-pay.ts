/**
 * Pay for work, written to the ledger with its cause. Every function is idempotent: the ledger's unique
 * key (kind, cause, agent) turns a repeat into a no-op that returns null, so callers may retry freely and
 * call these after their own transaction commits.
 */
import { callUpBonus, conversationPay, divideRoundHalfUp, qualityBonus, type Complexity, type QualityPeriod } from '../../domain/workforce/index.js';
import type { LedgerEntry, WorkActivityRepository, WorkforceDeps, WorkforceStore } from './ports.js';

/** What paying for work needs: the ledger, the activity facts, the rates (the simulator supplies just these). */
export type PayDeps = Pick<WorkforceDeps, 'payRates'> & { workforce: Pick<WorkforceStore, 'ledger'> & { activity: Pick<WorkActivityRepository, 'assignedAt'> } };

/**
 * Per-conversation pay when an agent resolves: handle time from taking the conversation (accepted offer
 * or direct assignment; looked up in the event log when `acceptedAt` is not given) to `resolvedAt`.
 * One conversation pays one agent once: a reopened and re-resolved conversation is not paid again.
 */
export async function recordConversationPay(
  deps: PayDeps,
  input: { agentId: string; conversationId: string; resolvedAt: number; acceptedAt?: number | null; complexity?: Complexity },
): Promise<LedgerEntry | null> {
  const acceptedAt = input.acceptedAt ?? (await deps.workforce.activity.assignedAt(input.conversationId, input.agentId, input.resolvedAt)) ?? input.resolvedAt;
  const handleMs = Math.max(0, Math.round(input.resolvedAt - acceptedAt));
  const line = conversationPay({ complexity: input.complexity ?? 'standard', handleMs }, await deps.payRates.current());
  return deps.workforce.ledger.append({
    agentId: input.agentId,
    kind: 'conversation',
    amountMinor: line.amountMinor,
    currency: line.currency,
    causeKind: 'conversation',
    causeId: input.conversationId,
    detail: line.detail,
    occurredAt: input.resolvedAt,
  });
}

/** How demanding a conversation is when nobody rated it: sensitive ones count as complex (as offers do). */
export const defaultComplexity = (sensitive: boolean): Complexity => (sensitive ? 'complex' : 'standard');

/**
 * Safety net for conversation pay, run in the background: pays agent resolutions since `sinceMs` that have
 * no ledger entry (e.g. the process stopped between the resolve and recordConversationPay).
 */
export async function payMissedConversations(deps: WorkforceDeps, input: { sinceMs: number; limit?: number }): Promise<number> {
  const missed = await deps.workforce.activity.unpaidResolutions(input.sinceMs, input.limit ?? 200);
  let paid = 0;
  for (const r of missed) {
    const entry = await recordConversationPay(deps, { agentId: r.agentId, conversationId: r.conversationId, resolvedAt: r.resolvedAt, complexity: defaultComplexity(r.sensitive) });
    if (entry) paid += 1;
  }
  return paid;
}

/**
 * Surge bonus for an answered call-up. `callUpId` names the call-up (e.g. the id of the accepted offer
 * that answered it); `surgeBonusMinor` is the amount the call-up advertised, else the configured bonus.
 */
export async function recordCallUpBonus(
  deps: PayDeps,
  input: { agentId: string; callUpId: string; occurredAt: number; surgeBonusMinor?: number },
): Promise<LedgerEntry | null> {
  const rates = await deps.payRates.current();
  const configured = callUpBonus(rates);
  const amountMinor = input.surgeBonusMinor ?? configured.amountMinor;
  return deps.workforce.ledger.append({
    agentId: input.agentId,
    kind: 'surge',
    amountMinor,
    currency: rates.currency,
    causeKind: 'call_up',
    causeId: input.callUpId,
    detail: input.surgeBonusMinor === undefined ? configured.detail : `call-up bonus ${amountMinor} as advertised`,
    occurredAt: input.occurredAt,
  });
}

/** Quality bonus for a review period (`reviewId` names it); nothing is written when not eligible. */
export async function recordQualityBonus(
  deps: WorkforceDeps,
  input: { agentId: string; reviewId: string; period: QualityPeriod; occurredAt: number },
): Promise<{ eligible: boolean; reason: string | null; entry: LedgerEntry | null }> {
  const result = qualityBonus(input.period, await deps.payRates.current());
  if (!result.eligible) return { eligible: false, reason: result.reason, entry: null };
  const entry = await deps.workforce.ledger.append({
    agentId: input.agentId,
    kind: 'quality_bonus',
    amountMinor: result.line.amountMinor,
    currency: result.line.currency,
    causeKind: 'review',
    causeId: input.reviewId,
    detail: result.line.detail,
    occurredAt: input.occurredAt,
  });
  return { eligible: true, reason: null, entry };
}

/**
 * Paid training and certification time, per minute, at the configured hourly floor unless a rate is
 * given: learning the job is work and is never paid below the floor.
 */
export async function recordTrainingPay(
  deps: WorkforceDeps,
  input: { agentId: string; trainingId: string; minutes: number; occurredAt: number; ratePerHourMinor?: number },
): Promise<LedgerEntry | null> {
  if (!(Number.isSafeInteger(input.minutes) && input.minutes >= 0)) throw new RangeError('minutes must be a whole number >= 0');
  const rate = Math.max(input.ratePerHourMinor ?? deps.hourlyFloorMinor, deps.hourlyFloorMinor);
  return deps.workforce.ledger.append({
    agentId: input.agentId,
    kind: 'training',
    amountMinor: divideRoundHalfUp(input.minutes * rate, 60),
    currency: (await deps.payRates.current()).currency,
    causeKind: 'training',
    causeId: input.trainingId,
    detail: `${input.minutes} min training × ${rate}/h`,
    occurredAt: input.occurredAt,
  });
}
