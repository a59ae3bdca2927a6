import { useCallback, useState } from 'react';
import { describeError, type AgentOverview, type ApiClient, type Conversation } from '../client/index.js';
import { useNow, usePolling } from '../hooks/index.js';
import { Badge, Banner, Card, Spinner, escalationLabel, formatSeconds, intentLabel, languageName, stateLabel, stateTone } from '../ui/index.js';
import { heartbeatAgo, loadSummary, onShift, presenceLabel, presenceTone } from './agents-view.js';
import { ConversationLink } from './ConversationLink.js';
import { SERVICE_TARGET_SECONDS, serviceLevel } from './today-stats.js';
import { useToday } from './useToday.js';

const REFRESH_MS = 5_000;

type Live = { queued: Conversation[]; offered: Conversation[]; assigned: Conversation[]; withAssistant: number; agents: AgentOverview[] };

/** What is happening now: who waits and for how long, who is being offered what, which agents are on shift. */
export function LivePage({ api, onOpen }: { api: ApiClient; onOpen: (id: string) => void }) {
  const [live, setLive] = useState<Live | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(1_000);
  const { today, error: todayError } = useToday(api, 15_000);

  usePolling(
    useCallback(async () => {
      try {
        const [[queued, offered, assigned, ai], agents] = await Promise.all([
          Promise.all((['queued', 'offered', 'assigned', 'ai'] as const).map((state) => api.listAllConversations({ state, limit: 500 }))),
          api.listAgents(),
        ]);
        setLive({ queued: queued ?? [], offered: offered ?? [], assigned: assigned ?? [], withAssistant: ai?.length ?? 0, agents });
        setError(null);
      } catch (caught) {
        setError(describeError(caught));
      }
    }, [api]),
    REFRESH_MS,
  );

  if (!live) return error ? <Banner tone="danger" role="alert">{error}</Banner> : <Spinner label="Loading the live view" />;
  const waiting = [...live.queued, ...live.offered].sort((a, b) => (a.queuedAt ?? a.createdAt) - (b.queuedAt ?? b.createdAt));
  const longest = waiting[0] ? (now - (waiting[0].queuedAt ?? waiting[0].createdAt)) / 1000 : null;
  const sl = today ? serviceLevel(today.waits, SERVICE_TARGET_SECONDS * 1000, now) : null;
  const agents = onShift(live.agents);

  return (
    <>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      <Card title="Now" actions={<span className="small muted">Live · refreshes every 5 s</span>}>
        <div className="stat-grid" aria-label="Conversations now">
          <Stat label="Waiting for a person" value={String(live.queued.length)} />
          <Stat label="Being offered" value={String(live.offered.length)} />
          <Stat label="With an agent" value={String(live.assigned.length)} />
          <Stat label="With the assistant" value={String(live.withAssistant)} />
          <Stat label="Longest wait now" value={longest === null ? '—' : formatSeconds(longest)} />
          <Stat
            label={`Service level today (≤ ${SERVICE_TARGET_SECONDS} s)`}
            value={sl?.rate == null ? '—' : `${Math.round(sl.rate * 100)}%`}
            note={sl ? (sl.counted === 0 ? 'nobody has waited yet' : `${sl.answeredWithin} of ${sl.counted} answered in time`) : 'reading today…'}
          />
          <Stat label="Average answer today" value={sl?.averageAnswerSeconds == null ? '—' : formatSeconds(sl.averageAnswerSeconds)} />
          <Stat label="Conversations today" value={today ? `${today.conversations.length}${today.truncated ? '+' : ''}` : '…'} />
        </div>
        {todayError ? <Banner tone="warning">Today's figures could not be read: {todayError}</Banner> : null}
      </Card>
      <Card title={`Waiting (${waiting.length})`}>
        {waiting.length === 0 ? (
          <p className="muted">Nobody is waiting for a person.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Conversations waiting for a person, longest wait first</caption>
            <thead>
              <tr>
                <th scope="col">Conversation</th>
                <th scope="col">Waiting</th>
                <th scope="col">Topic</th>
                <th scope="col">Language</th>
                <th scope="col">Why a person</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((c) => (
                <tr key={c.id}>
                  <td data-label="Conversation">
                    <ConversationLink id={c.id} onOpen={onOpen} />
                  </td>
                  <td data-label="Waiting">{formatSeconds((now - (c.queuedAt ?? c.createdAt)) / 1000)}</td>
                  <td data-label="Topic">{intentLabel(c.intent)}</td>
                  <td data-label="Language">{languageName(c.language)}</td>
                  <td data-label="Why a person">{escalationLabel(c.escalationReason) ?? '—'}</td>
                  <td data-label="State">
                    <Badge tone={stateTone(c.state)}>{stateLabel(c.state)}</Badge>
                    {c.offeredAgentId ? <span className="small muted"> to {c.offeredAgentId}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={`Agents on shift (${agents.length})`}>
        <p className="small muted">Agents online or away, and anyone offline who still holds a chat or an offer. The Agents page lists everyone.</p>
        {agents.length === 0 ? (
          <p className="muted">No agent is online.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Agents on shift, with presence and load</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Presence</th>
                <th scope="col">Load</th>
                <th scope="col">Chats</th>
                <th scope="col">Offers open</th>
                <th scope="col">Last heartbeat</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.id}>
                  <td data-label="Agent">{a.name}</td>
                  <td data-label="Presence">
                    <Badge tone={presenceTone(a.presence)}>{presenceLabel(a.presence)}</Badge>
                  </td>
                  <td data-label="Load">{loadSummary(a).ratio}</td>
                  <td data-label="Chats">{a.assigned}</td>
                  <td data-label="Offers open">{a.load - a.assigned}</td>
                  <td data-label="Last heartbeat">{heartbeatAgo(a.lastSeenAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {note ? <span className="small muted">{note}</span> : null}
    </div>
  );
}
