import { useMemo, useState } from 'react';
import type { ApiClient, LedgerEntry } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Card, ResourceState, SelectField, formatDateTime, formatMoney } from '../ui/index.js';
import { statementPeriod, type PeriodId } from './statement-period.js';

const periods: { value: PeriodId; label: string }[] = [
  { value: 'this_week', label: 'This week' },
  { value: 'last_week', label: 'Last week' },
  { value: 'this_month', label: 'This month' },
  { value: 'last_month', label: 'Last month' },
];

const kindLabel: Record<LedgerEntry['kind'], string> = {
  standby: 'Standby (on-call blocks)',
  conversation: 'Conversations',
  surge: 'Surge bonuses',
  quality_bonus: 'Quality bonuses',
  training: 'Training',
};

/** The agent's pay statement: every ledger entry with what caused it, and the totals by kind. */
export function EarningsPage({ api }: { api: ApiClient }) {
  const [period, setPeriod] = useState<PeriodId>('this_week');
  const range = useMemo(() => statementPeriod(period, new Date()), [period]);
  const statement = useResource(() => api.getStatement(range.from, range.to), [api, range.from, range.to]);
  const data = statement.data;

  return (
    <Card title="Earnings" level={2}>
      <div className="period-field">
        <SelectField label="Period" options={periods} value={period} onChange={(e) => setPeriod(e.target.value as PeriodId)} />
      </div>
      <ResourceState resource={statement} endpoint="GET /v1/agent/statement" label="your statement">
        {data ? (
          <>
            <div className="stat-grid">
              <div className="stat">
                <span className="stat-label">Total</span>
                <span className="stat-value">{formatMoney(data.totalMinor, data.currency)}</span>
              </div>
              {Object.entries(data.totalsByKind)
                .filter(([, minor]) => minor !== 0)
                .map(([kind, minor]) => (
                  <div key={kind} className="stat">
                    <span className="stat-label">{kindLabel[kind as LedgerEntry['kind']] ?? kind}</span>
                    <span className="stat-value">{formatMoney(minor, data.currency)}</span>
                  </div>
                ))}
            </div>
            {data.entries.length === 0 ? (
              <p className="muted">Nothing earned in this period yet.</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">Statement entries, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">For</th>
                    <th scope="col">Detail</th>
                    <th scope="col">Amount</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <tr key={e.id}>
                      <td data-label="When">{formatDateTime(e.occurredAt)}</td>
                      <td data-label="For">{kindLabel[e.kind]}</td>
                      <td data-label="Detail">
                        {e.detail} <span className="mono muted">{e.causeId}</span>
                      </td>
                      <td data-label="Amount">{formatMoney(e.amountMinor, e.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : null}
      </ResourceState>
    </Card>
  );
}
