import type { PayLedgerRepository } from '../../app/workforce/ports.js';
import type { Tables, Undo } from './tables.js';

/** Append-only, with the SQL table's unique key (kind, cause, agent): a repeat payment is a no-op. */
export const memoryLedger = (t: Tables, undo: Undo): PayLedgerRepository => ({
  async append(entry) {
    const key = `${entry.kind}|${entry.causeKind}|${entry.causeId}|${entry.agentId}`;
    if (t.ledgerKeys.has(key)) return null;
    const row = { ...entry, id: ++t.sequences.ledger, periodDay: new Date(entry.occurredAt).toISOString().slice(0, 10) };
    t.ledgerKeys.add(key);
    t.ledger.push(row);
    undo.record(() => {
      t.ledgerKeys.delete(key);
      t.ledger.splice(t.ledger.indexOf(row), 1);
    });
    return { ...row };
  },
  async list({ agentId, fromMs, toMs }) {
    return t.ledger
      .filter((e) => e.occurredAt >= fromMs && e.occurredAt < toMs && (agentId === undefined || e.agentId === agentId))
      .sort((a, b) => a.occurredAt - b.occurredAt || a.id - b.id)
      .map((e) => ({ ...e }));
  },
});
