import { useCallback, useState } from 'react';
import { describeError, type AgentOverview, type ApiClient, type Presence } from '../client/index.js';
import { useNow, usePolling } from '../hooks/index.js';
import { Badge, Banner, Card, SelectField, Spinner, languageName } from '../ui/index.js';
import { heartbeatAgo, loadSummary, presenceLabel, presenceOptions, presenceTone, tierLabel } from './agents-view.js';

const REFRESH_MS = 5_000;

/** Every agent: presence, load against capacity, last heartbeat, tier, quality and languages; refreshed live. */
export function AgentsPage({ api }: { api: ApiClient }) {
  const [presence, setPresence] = useState<Presence | ''>('');
  const [agents, setAgents] = useState<AgentOverview[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(1_000);

  usePolling(
    useCallback(async () => {
      try {
        setAgents(await api.listAgents(presence || undefined));
        setError(null);
      } catch (caught) {
        setError(describeError(caught));
      }
    }, [api, presence]),
    REFRESH_MS,
    presence,
  );

  const online = agents?.filter((a) => a.presence === 'available').length ?? 0;
  return (
    <Card title={agents ? `Agents (${agents.length})` : 'Agents'} actions={<span className="small muted">Live · refreshes every 5 s</span>}>
      <form className="filters" role="search" aria-label="Filter agents" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Presence" options={presenceOptions} value={presence} onChange={(e) => setPresence(e.target.value as Presence | '')} />
      </form>
      <p className="small muted" aria-live="polite">
        {agents ? `${online} online now.` : ''}
      </p>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      {agents === null ? (
        error ? null : <Spinner label="Loading agents" />
      ) : agents.length === 0 ? (
        <p className="muted">{presence ? `No agent is ${presenceLabel(presence).toLowerCase()}.` : 'No agents yet.'}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Agents by name, with presence and load</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Presence</th>
              <th scope="col">Load</th>
              <th scope="col">Last heartbeat</th>
              <th scope="col">Tier</th>
              <th scope="col">Quality</th>
              <th scope="col">Languages</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((a) => {
              const load = loadSummary(a);
              return (
                <tr key={a.id}>
                  <th scope="row" data-label="Name">
                    {a.name} {a.role === 'supervisor' ? <Badge tone="info">Supervisor</Badge> : null}
                    <span className="small muted mono"> {a.id}</span>
                  </th>
                  <td data-label="Presence">
                    <Badge tone={presenceTone(a.presence)}>{presenceLabel(a.presence)}</Badge>
                  </td>
                  <td data-label="Load">
                    {load.ratio} <span className="small muted">({load.detail})</span>
                  </td>
                  <td data-label="Last heartbeat">
                    {a.lastSeenAt === null ? 'never' : <time dateTime={new Date(a.lastSeenAt).toISOString()}>{heartbeatAgo(a.lastSeenAt, now)}</time>}
                  </td>
                  <td data-label="Tier">{tierLabel(a.tier)}</td>
                  <td data-label="Quality">{a.qualityScore.toFixed(2)}</td>
                  <td data-label="Languages">{a.languages.map(languageName).join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
