import type { ApiClient, Guardrail } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Badge, Card, ResourceState, formatDateTime, formatDuration, intentLabel } from '../ui/index.js';

type Evidence = NonNullable<Guardrail['intents'][number]['lastEvidence']>;

const modeBadge = (mode: 'ai_first' | 'human_first') => (mode === 'ai_first' ? <Badge tone="info">AI first</Badge> : <Badge tone="warning">Human first</Badge>);
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const metricLabel: Record<string, string> = {
  csat_satisfied: 'Satisfied (CSAT 4–5)',
  durable_resolution: 'Durable resolution',
  escalation_after_resolution: 'Escalated after resolution',
  negative_sentiment: 'Negative sentiment',
};

/** Per intent: does the assistant answer first or do people, and the evidence of the last decision. */
export function GuardrailPage({ api }: { api: ApiClient }) {
  const guardrail = useResource(() => api.getGuardrail(), [api], 30_000);
  const g = guardrail.data;
  return (
    <>
      <Card title="Guardrail by topic">
        <ResourceState resource={guardrail} endpoint="GET /v1/admin/guardrail" label="the guardrail">
          {g ? (
            <>
              <p className="small muted">
                Each topic's AI outcomes over the last {formatDuration(g.config.windowMs / 1000)} are checked against the floors; a topic confidently below one moves to people
                first, and back once confidently recovered (and at least {formatDuration(g.config.minTimeHumanFirstMs / 1000)} later).
              </p>
              {g.intents.length === 0 ? <p className="muted">No topic has been assessed yet.</p> : null}
              <ul className="guardrail-list">
                {g.intents.map((i) => (
                  <li key={i.intent} className="guardrail-item">
                    <div className="row guardrail-head">
                      <strong>{intentLabel(i.intent)}</strong>
                      {modeBadge(i.mode)}
                      <span className="small muted">
                        since {formatDateTime(i.since)} · {i.switchCount} switch{i.switchCount === 1 ? '' : 'es'}
                      </span>
                    </div>
                    {i.lastEvidence ? <EvidenceTable evidence={i.lastEvidence} /> : <p className="small muted">Not enough outcomes to judge yet.</p>}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </ResourceState>
      </Card>
      {g && g.switches.length > 0 ? (
        <Card title="Recent switches">
          <ul className="plain-list">
            {g.switches.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.at)}: <strong>{intentLabel(s.intent)}</strong> {modeBadge(s.fromMode)} → {modeBadge(s.toMode)} {s.reason.replaceAll('_', ' ')}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

function EvidenceTable({ evidence }: { evidence: Evidence }) {
  return (
    <>
      <p className="small">
        {evidence.reason.replaceAll('_', ' ')}{' '}
        <span className="muted">
          ({evidence.outcomesConsidered} outcome{evidence.outcomesConsidered === 1 ? '' : 's'}, assessed {formatDateTime(evidence.nowMs)})
        </span>
      </p>
      {evidence.capacity.recommendation === 'call_up_agents' ? <p className="small">Capacity: {evidence.capacity.detail}</p> : null}
      <table className="table table-compact">
        <caption className="visually-hidden">Evidence for {intentLabel(evidence.intent)}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Sample</th>
            <th scope="col">Rate</th>
            <th scope="col">Trips at</th>
            <th scope="col">Bound</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {evidence.metrics.map((m) => (
            <tr key={m.metric}>
              <td data-label="Metric">{metricLabel[m.metric] ?? m.metric}</td>
              <td data-label="Sample">
                {m.count} / {m.n}
                {m.n < m.minSample ? <span className="muted"> (needs {m.minSample})</span> : null}
              </td>
              <td data-label="Rate">{pct(m.rate)}</td>
              <td data-label="Trips at">
                {m.direction === 'higher_is_better' ? '<' : '>'} {pct(m.tripAt)}
              </td>
              <td data-label="Bound">{pct(m.tripBound)}</td>
              <td data-label="Verdict">
                {m.confidentlyBad ? (
                  <Badge tone="danger">confidently below</Badge>
                ) : m.n < m.minSample ? (
                  <Badge>too few yet</Badge>
                ) : m.confidentlyRecovered ? (
                  <Badge tone="success">recovered</Badge>
                ) : (
                  <Badge>not proven bad</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
