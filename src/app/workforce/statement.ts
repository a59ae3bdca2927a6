import type { Principal } from '../../domain/auth/access.js';
import { AppError } from '../errors.js';
import { requirePayReader, requireSupervisor } from './access.js';
import type { LedgerEntry, PayKind, WorkforceDeps } from './ports.js';

export type Statement = {
  agentId: string;
  fromMs: number;
  toMs: number;
  currency: string;
  entries: LedgerEntry[];
  totalsByKind: Record<PayKind, number>;
  /** Always the sum of `entries` (the ledger is the only source; nothing is stored twice). */
  totalMinor: number;
};

const MAX_PERIOD_MS = 366 * 86_400_000;

export function checkPeriod(fromMs: number, toMs: number): void {
  if (!(toMs > fromMs)) throw new AppError('validation_failed', 'must be after from', 'to');
  if (toMs - fromMs > MAX_PERIOD_MS) throw new AppError('validation_failed', 'a period spans at most 366 days', 'to');
}

/** An agent's pay for [from, to): every ledger entry with its cause, and the totals. */
export async function getStatement(deps: WorkforceDeps, input: { principal: Principal; agentId: string; fromMs: number; toMs: number }): Promise<Statement> {
  requirePayReader(input.principal, input.agentId);
  checkPeriod(input.fromMs, input.toMs);
  const entries = await deps.workforce.ledger.list({ agentId: input.agentId, fromMs: input.fromMs, toMs: input.toMs });
  const currencies = new Set(entries.map((e) => e.currency));
  if (currencies.size > 1) throw new AppError('conflict', `the period mixes currencies (${[...currencies].join(', ')}); ask for shorter periods`, 'from');
  const totalsByKind: Record<PayKind, number> = { standby: 0, conversation: 0, surge: 0, quality_bonus: 0, training: 0 };
  for (const e of entries) totalsByKind[e.kind] += e.amountMinor;
  return {
    agentId: input.agentId,
    fromMs: input.fromMs,
    toMs: input.toMs,
    currency: entries[0]?.currency ?? (await deps.payRates.current()).currency,
    entries,
    totalsByKind,
    totalMinor: entries.reduce((s, e) => s + e.amountMinor, 0),
  };
}

/** Supervisors: ledger entries for [from, to), optionally for one agent. */
export async function listPayLedger(
  deps: WorkforceDeps,
  input: { principal: Principal; agentId?: string; fromMs: number; toMs: number },
): Promise<{ entries: LedgerEntry[]; totalMinor: number }> {
  requireSupervisor(input.principal);
  checkPeriod(input.fromMs, input.toMs);
  const entries = await deps.workforce.ledger.list({ fromMs: input.fromMs, toMs: input.toMs, ...(input.agentId ? { agentId: input.agentId } : {}) });
  return { entries, totalMinor: entries.reduce((s, e) => s + e.amountMinor, 0) };
}
