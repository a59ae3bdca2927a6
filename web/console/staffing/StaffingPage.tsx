import { useState } from 'react';
import type { ApiClient } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Badge, Card, ResourceState } from '../../ui/index.js';
import { useCurrency, moneyFormatter } from '../useCurrency.js';
import { ErlangCard } from './ErlangCard.js';
import { PlanCard } from './PlanCard.js';

const DAY_MS = 86_400_000;
const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Staffing: the maths for one interval, the plan for the days ahead, and the blocks already published. */
export default function StaffingPage({ api }: { api: ApiClient }) {
  const currency = useCurrency(api);
  const [version, setVersion] = useState(0);
  const [from] = useState(() => Date.now());
  const blocks = useResource(() => api.getAdminBlocks(from, from + 7 * DAY_MS), [api, from, version]);
  const money = moneyFormatter(currency);

  return (
    <>
      <ErlangCard api={api} />
      <PlanCard api={api} currency={currency} onPublished={() => setVersion((v) => v + 1)} />
      <Card title="Published blocks, next 7 days">
        <ResourceState resource={blocks} endpoint="GET /v1/admin/blocks" label="published blocks">
          {blocks.data && blocks.data.blocks.length === 0 ? <p className="muted">No blocks published for the next 7 days.</p> : null}
          {blocks.data && blocks.data.blocks.length > 0 ? (
            <table className="table">
              <caption className="visually-hidden">Published on-call blocks</caption>
              <thead>
                <tr>
                  <th scope="col">Starts</th>
                  <th scope="col">Hours</th>
                  <th scope="col">Claimed</th>
                  <th scope="col">Standby rate</th>
                  <th scope="col">Agents</th>
                </tr>
              </thead>
              <tbody>
                {blocks.data.blocks.map((b) => (
                  <tr key={b.id}>
                    <td data-label="Starts">{when.format(b.startsAt)}</td>
                    <td data-label="Hours">{Math.round(((b.endsAt - b.startsAt) / 3_600_000) * 10) / 10}</td>
                    <td data-label="Claimed">
                      <Badge tone={b.placesLeft === 0 ? 'success' : b.claimed === 0 ? 'warning' : 'info'}>
                        {b.claimed} of {b.headcount}
                      </Badge>
                    </td>
                    <td data-label="Standby rate">{money(b.standbyRateMinorPerHour)}/h</td>
                    <td data-label="Agents" className="mono">
                      {b.claims.filter((c) => c.status === 'claimed').map((c) => c.agentId).join(', ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </ResourceState>
      </Card>
    </>
  );
}
