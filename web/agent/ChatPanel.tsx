import { useId } from 'react';
import { agentNamesFrom, handoffFrom, type ApiClient, type Conversation, type Message, type RealtimeClient, type StaffMember } from '../client/index.js';
import { useConversationFeed } from '../hooks/index.js';
import { Badge, Banner, Button, ChatTranscript, HandoffCard, MessageComposer, Spinner, shortId, stateLabel, stateTone } from '../ui/index.js';
import { ResolveForm } from './ResolveForm.js';

type ChatPanelProps = {
  api: ApiClient;
  realtime: RealtimeClient;
  me: StaffMember;
  conversationId: string;
  onClose: () => void;
  connected: boolean;
};

/** One conversation in the workspace: handoff, transcript, and — while it is theirs — composer and resolve. */
export function ChatPanel({ api, realtime, me, conversationId, onClose, connected }: ChatPanelProps) {
  const headingId = useId();
  const feed = useConversationFeed(api, realtime, conversationId);
  const conversation = feed.conversation;
  const mine = conversation?.state === 'assigned' && conversation.ownerAgentId === me.id;
  const names = agentNamesFrom(feed.messages);
  const handoff = handoffFrom(feed.messages);

  const authorName = (message: Message) => {
    if (message.authorKind === 'customer') return 'Customer';
    if (message.authorKind === 'ai') return 'Assistant';
    if (message.authorId === me.id) return 'You';
    return names.get(message.authorId ?? '') ?? 'Agent';
  };

  return (
    <section className="card chat-panel" aria-labelledby={headingId}>
      <div className="chat-panel-head">
        <h3 id={headingId}>Conversation {shortId(conversationId)}</h3>
        <div className="row">
          {conversation ? <Badge tone={stateTone(conversation.state)}>{stateLabel(conversation.state)}</Badge> : <Spinner label="Loading conversation" />}
          {conversation ? <span className="small muted">{conversation.language.toUpperCase()}</span> : null}
          <Button variant="ghost" size="sm" onClick={onClose} aria-describedby={headingId}>
            Close
          </Button>
        </div>
      </div>
      {handoff ? <HandoffCard handoff={handoff} /> : null}
      {feed.error ? <Banner tone="danger" role="alert">{feed.error.message}</Banner> : null}
      <ChatTranscript
        label={`Messages of conversation ${shortId(conversationId)}`}
        messages={feed.messages}
        pending={feed.pending}
        isMine={(m) => m.authorKind === 'agent' && m.authorId === me.id}
        authorName={authorName}
        pendingNote={connected ? 'Sending…' : 'Will send when reconnected'}
        onRetry={feed.retry}
        showConfidence
      />
      {mine ? (
        <>
          <MessageComposer onSend={feed.send} label="Reply to the customer" placeholder="Write a reply" />
          <div className="chat-panel-foot">
            <ResolveForm api={api} conversationId={conversationId} />
          </div>
        </>
      ) : (
        <p className="chat-panel-foot small muted">{readOnlyReason(conversation, me)}</p>
      )}
    </section>
  );
}

function readOnlyReason(conversation: Conversation | null, me: StaffMember): string {
  if (!conversation) return 'Loading…';
  switch (conversation.state) {
    case 'queued':
    case 'offered':
      return me.role === 'supervisor' ? 'Waiting for a person: assign it to reply.' : 'Waiting for a person.';
    case 'assigned':
      return 'Another agent is handling this conversation.';
    case 'new':
    case 'ai':
      return 'The assistant is handling this conversation.';
    default:
      return `This conversation is ${stateLabel(conversation.state).toLowerCase()}.`;
  }
}
