import { agentNamesFrom, handoffFrom, latestAgentName, type ApiClient, type Citation, type Message, type RealtimeClient } from '../client/index.js';
import { useConversationFeed } from '../hooks/index.js';
import { Badge, Banner, Button, Card, ChatTranscript, HandoffCard, Spinner, escalationLabel, formatDateTime, intentLabel, stateLabel, stateTone } from '../ui/index.js';
import { ToolAuditCard } from './ToolAuditCard.js';

type ConversationPageProps = { api: ApiClient; realtime: RealtimeClient; conversationId: string; onBack: () => void };

/** Tool citations lead to their row in the audit below the transcript. */
const auditHref = (citation: Citation): string | null => (citation.kind === 'tool' && citation.auditId !== undefined ? `#audit-${citation.auditId}` : null);

/** One conversation for review: its facts, the handoff, the live transcript with its sources, and every tool call. */
export function ConversationPage({ api, realtime, conversationId, onBack }: ConversationPageProps) {
  const feed = useConversationFeed(api, realtime, conversationId);
  const c = feed.conversation;
  const names = agentNamesFrom(feed.messages);
  const handoff = handoffFrom(feed.messages);
  const agentName = (id: string) => names.get(id) ?? id;
  const authorName = (m: Message) => (m.authorKind === 'customer' ? 'Customer' : m.authorKind === 'ai' ? 'Assistant' : agentName(m.authorId ?? 'Agent'));

  return (
    <>
      <div>
        <Button variant="ghost" size="sm" onClick={onBack}>
          ← All conversations
        </Button>
      </div>
      <Card title={<span className="mono">{conversationId}</span>} actions={c ? <Badge tone={stateTone(c.state)}>{stateLabel(c.state)}</Badge> : null}>
        {feed.error ? <Banner tone="danger" role="alert">{feed.error.message}</Banner> : null}
        {c ? (
          <dl className="details">
            <dt>Customer</dt>
            <dd className="mono">{c.customerId}</dd>
            <dt>Topic</dt>
            <dd>{intentLabel(c.intent)}</dd>
            <dt>Language</dt>
            <dd>{c.language.toUpperCase()}</dd>
            <dt>Agent</dt>
            <dd>{c.ownerAgentId ? agentName(c.ownerAgentId) : (latestAgentName(feed.messages) ?? '—')}</dd>
            <dt>Escalation</dt>
            <dd>{escalationLabel(c.escalationReason) ?? '—'}</dd>
            <dt>Started</dt>
            <dd>{formatDateTime(c.createdAt)}</dd>
            {c.resolvedAt ? (
              <>
                <dt>Resolved</dt>
                <dd>{formatDateTime(c.resolvedAt)}</dd>
              </>
            ) : null}
          </dl>
        ) : feed.error ? null : (
          <Spinner label="Loading conversation" />
        )}
      </Card>
      {handoff ? <HandoffCard handoff={handoff} /> : null}
      <Card title="Transcript" className="transcript-card">
        <ChatTranscript label="Transcript" messages={feed.messages} isMine={() => false} authorName={authorName} showConfidence emptyText="No messages yet." citationHref={auditHref} />
      </Card>
      <ToolAuditCard api={api} conversationId={conversationId} version={feed.messages.length} agentName={agentName} />
    </>
  );
}
