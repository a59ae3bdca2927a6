import type { ApiClient, ToolAuditEntry } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Badge, Card, ResourceState, formatTime } from '../ui/index.js';
import { formatArgs, resultGist } from './tool-audit-format.js';

type ToolAuditCardProps = {
  api: ApiClient;
  conversationId: string;
  /** Re-read when this changes (e.g. the transcript grew, so the assistant may have run more tools). */
  version: number;
  agentName: (agentId: string) => string;
};

/**
 * Every tool call made in this conversation, by the assistant or an agent, oldest first. Each row has the
 * id the transcript's citations link to, so "Account check #12" leads to exactly what was read.
 */
export function ToolAuditCard({ api, conversationId, version, agentName }: ToolAuditCardProps) {
  const audit = useResource(() => api.listToolAudit({ conversationId, limit: 500 }), [api, conversationId, version], 10_000);
  const entries = audit.data ? [...audit.data].sort((a, b) => a.id - b.id) : null;
  return (
    <Card title={`Tool audit${entries ? ` (${entries.length})` : ''}`}>
      <ResourceState resource={audit} endpoint="GET /v1/admin/tool-audit" label="the tool audit">
        {entries && entries.length === 0 ? <p className="muted">No tools were used in this conversation.</p> : null}
        {entries && entries.length > 0 ? (
          <table className="table audit-table">
            <caption className="visually-hidden">Tool calls in this conversation, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Tool</th>
                <th scope="col">By</th>
                <th scope="col">Arguments</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <AuditRow key={e.id} entry={e} agentName={agentName} />
              ))}
            </tbody>
          </table>
        ) : null}
      </ResourceState>
    </Card>
  );
}

function AuditRow({ entry, agentName }: { entry: ToolAuditEntry; agentName: (agentId: string) => string }) {
  return (
    <tr id={`audit-${entry.id}`} className="audit-row">
      <td data-label="#" className="mono">
        {entry.id}
      </td>
      <td data-label="Time">{formatTime(entry.createdAt)}</td>
      <td data-label="Tool" className="mono">
        {entry.tool}
      </td>
      <td data-label="By">{entry.actor.kind === 'ai' ? 'Assistant' : agentName(entry.actor.agentId)}</td>
      <td data-label="Arguments" className="mono">
        {formatArgs(entry.args)}
      </td>
      <td data-label="Result">
        <Badge tone={entry.ok ? 'success' : 'danger'}>{entry.ok ? 'ok' : 'failed'}</Badge> {resultGist(entry)}
        <details className="audit-raw">
          <summary className="small">Raw result</summary>
          <pre>{JSON.stringify(entry.result, null, 2)}</pre>
        </details>
      </td>
    </tr>
  );
}
