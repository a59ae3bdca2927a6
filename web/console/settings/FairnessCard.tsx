import { useState } from 'react';
import type { ApiClient } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Badge, Card, ResourceState, formatMoney } from '../../ui/index.js';

const DAY_MS = 86_400_000;
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const num = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

/** Is the pool paid fairly: unpaid waiting, paid share of online time, effective pay against the floor. */
export function FairnessCard({ api }: { api: ApiClient }) {
  const [to] = useState(() => Date.now());
  const fairness = useResource(() => api.getFairness(to - 7 * DAY_MS, to), [api, to]);
  const f = fairness.data;
  return (
    <Card title="Pay fairness, last 7 days">
      <ResourceState resource={fairness} endpoint="GET /v1/admin/fairness" label="pay fairness">
        {f ? (
          <>
            <div className="stat-grid">
              <div className="stat">
                <span className="stat-label">Hourly floor</span>
                <span className="stat-value">{formatMoney(f.hourlyFloorMinor, f.currency)}</span>
              </div>
              <div className="stat">
                <span className="stat-label">Agents below the floor</span>
                <span className="stat-value">{f.agentsBelowFloor}</span>
              </div>
              <div className="stat">
                <span className="stat-label">Unpaid waiting</span>
                <span className="stat-value">{Math.round(f.totalUnpaidWaitingMinutes)} min</span>
              </div>
              <div className="stat">
                <span className="stat-label">Paid share of online time</span>
                <span className="stat-value">{pct(f.paidShareOfPresence)}</span>
              </div>
              <div className="stat">
                <span className="stat-label">Decline rate</span>
                <span className="stat-value">{pct(f.declineRate)}</span>
              </div>
              <div className="stat">
                <span className="stat-label">Spread of offers (Gini)</span>
                <span className="stat-value">{num(f.offersPerPresenceHourGini ?? f.offersGini)}</span>
                <span className="small muted">0 = even, per online hour</span>
              </div>
              <div className="stat">
                <span className="stat-label">Spread of hourly pay (Gini)</span>
                <span className="stat-value">{num(f.effectiveHourlyGini)}</span>
                <span className="small muted">agents online {f.minPresenceMinutesForHourly} min or more</span>
              </div>
            </div>
            {f.agents.length > 0 ? (
              <table className="table">
                <caption className="visually-hidden">Pay fairness per agent</caption>
                <thead>
                  <tr>
                    <th scope="col">Agent</th>
                    <th scope="col">Online</th>
                    <th scope="col">Paid</th>
                    <th scope="col">Unpaid waiting</th>
                    <th scope="col">Effective hourly</th>
                    <th scope="col">Offers / declines</th>
                  </tr>
                </thead>
                <tbody>
                  {f.agents.map((a) => (
                    <tr key={a.agentId}>
                      <td data-label="Agent" className="mono">
                        {a.agentId}
                      </td>
                      <td data-label="Online">{Math.round(a.presenceMinutes)} min</td>
                      <td data-label="Paid">{pct(a.paidShareOfPresence)}</td>
                      <td data-label="Unpaid waiting">{Math.round(a.unpaidWaitingMinutes)} min</td>
                      <td data-label="Effective hourly">
                        {a.effectiveHourlyMinor === null ? (
                          <span className="muted" title={`Hourly pay is measured from ${f.minPresenceMinutesForHourly} minutes online`}>
                            {a.presenceMinutes > 0 ? 'not enough time' : '—'}
                          </span>
                        ) : (
                          formatMoney(a.effectiveHourlyMinor, f.currency)
                        )}{' '}
                        {a.belowFloor ? <Badge tone="danger">below floor</Badge> : null}
                      </td>
                      <td data-label="Offers / declines">
                        {a.offers} / {a.declines}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">No agent was online in this period.</p>
            )}
          </>
        ) : null}
      </ResourceState>
    </Card>
  );
}
