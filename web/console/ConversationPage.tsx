import { agentNamesFrom, handoffFrom, type ApiClient, type Message, type RealtimeClient } from '../client/index.js';
import { useConversationFeed } from '../hooks/index.js';
import { Badge, Banner, Button, Card, ChatTranscript, HandoffCard, Spinner, escalationLabel, formatDateTime, stateLabel, stateTone } from '../ui/index.js';

type ConversationPageProps = { api: ApiClient; realtime: RealtimeClient; conversationId: string; onBack: () => void };

/** One conversation for review: its facts and the full transcript with the assistant's sources, live. */
export function ConversationPage({ api, realtime, conversationId, onBack }: ConversationPageProps) {
  const feed = useConversationFeed(api, realtime, conversationId);
  const c = feed.conversation;
  const names = agentNamesFrom(feed.messages);
  const handoff = handoffFrom(feed.messages);
  const authorName = (m: Message) =>
    m.authorKind === 'customer' ? 'Customer' : m.authorKind === 'ai' ? 'Assistant' : (names.get(m.authorId ?? '') ?? m.authorId ?? 'Agent');

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
            <dt>Language</dt>
            <dd>{c.language.toUpperCase()}</dd>
            <dt>Agent</dt>
            <dd>{c.ownerAgentId ? (names.get(c.ownerAgentId) ?? c.ownerAgentId) : '—'}</dd>
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
        {/* Slot: the tool audit (each tool call with its arguments and result) joins the transcript with the assistant. */}
        <ChatTranscript label="Transcript" messages={feed.messages} isMine={() => false} authorName={authorName} showConfidence emptyText="No messages yet." />
      </Card>
    </>
  );
}
