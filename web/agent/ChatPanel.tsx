import { useId, useRef, useState } from 'react';
import { agentNamesFrom, chatTimes, handoffFrom, serverNow, type ApiClient, type AssignedChat, type Conversation, type Message, type RealtimeClient, type StaffMember } from '../client/index.js';
import { useConversationFeed, useNow } from '../hooks/index.js';
import { Badge, Banner, Button, ChatTranscript, HandoffCard, MessageComposer, Spinner, formatDuration, intentLabel, languageName, shortId, stateLabel, stateTone } from '../ui/index.js';
import { ChatDetails, type DetailTab } from './ChatDetails.js';
import { CustomerContextPanel } from './CustomerContextPanel.js';
import { insertSnippet, replySnippets } from './reply-snippets.js';
import { ReplySnippets } from './ReplySnippets.js';
import { ResolveForm } from './ResolveForm.js';
import { useCustomerContext } from './useCustomerContext.js';
import { useReplySuggestions } from './useReplySuggestions.js';

type ChatPanelProps = {
  api: ApiClient;
  realtime: RealtimeClient;
  me: StaffMember;
  conversationId: string;
  /** This chat as the workspace lists it while it is the agent's: when they took it. */
  assigned: AssignedChat | null;
  /** The server's clock minus this machine's. */
  clockOffsetMs: number;
  onClose: () => void;
  connected: boolean;
};

/**
 * One conversation in the workspace: the handoff and the customer's account above the transcript, and —
 * while it is theirs — suggested text, the composer and resolve.
 */
export function ChatPanel({ api, realtime, me, conversationId, assigned, clockOffsetMs, onClose, connected }: ChatPanelProps) {
  const headingId = useId();
  const feed = useConversationFeed(api, realtime, conversationId);
  // An agent stops being able to read a conversation once it is resolved: the server sends the resolved state,
  // then ends the subscription. The answer to resolve says the same; whichever is newer is shown.
  const [ended, setEnded] = useState<Conversation | null>(null);
  const conversation = ended && (!feed.conversation || ended.version >= feed.conversation.version) ? ended : feed.conversation;
  const lostAccess = feed.error?.code === 'forbidden' || feed.error?.code === 'not_found';
  const mine = conversation?.state === 'assigned' && conversation.ownerAgentId === me.id;
  const names = agentNamesFrom(feed.messages);
  const handoff = handoffFrom(feed.messages);
  const account = useCustomerContext(api, conversationId, mine || me.role === 'supervisor');
  // Suggested replies follow the customer: read again whenever they write.
  const customerSeq = feed.messages.reduce((seq, m) => (m.authorKind === 'customer' ? Math.max(seq, m.seq) : seq), 0);
  const suggestions = useReplySuggestions(api, conversationId, mine, customerSeq);
  // Wait and handle time on the server's clock (the workspace says when the agent took it).
  const now = serverNow(clockOffsetMs, useNow(15_000, mine && assigned !== null));
  const times = mine && assigned ? chatTimes(assigned, now) : null;
  const [purchaseId, setPurchaseId] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

  const authorName = (message: Message) => {
    if (message.authorKind === 'customer') return 'Customer';
    if (message.authorKind === 'ai') return 'Assistant';
    if (message.authorId === me.id) return 'You';
    return names.get(message.authorId ?? '') ?? 'Agent';
  };

  const tabs: DetailTab[] = [];
  if (handoff) tabs.push({ id: 'handoff', label: 'Handoff', content: <HandoffCard handoff={handoff} compact /> });
  if (mine || me.role === 'supervisor' || account.context) {
    tabs.push({
      id: 'account',
      label: 'Account',
      content: <CustomerContextPanel api={api} conversationId={conversationId} handle={account} selectedPurchaseId={purchaseId} onSelect={setPurchaseId} canAct={mine} />,
    });
  }
  // Until the agent chooses, the handoff shows first (it is what they read before saying hello).
  const selectedTab = tab === undefined ? (tabs[0]?.id ?? null) : tab;

  const insert = (text: string) => {
    setDraft((current) => insertSnippet(current, text));
    input.current?.focus();
  };

  return (
    <section className="card chat-panel" aria-labelledby={headingId}>
      <div className="chat-panel-head">
        <div>
          <h3 id={headingId}>Conversation {shortId(conversationId)}</h3>
          {conversation ? (
            <span className="small muted">
              {intentLabel(conversation.intent)} · {languageName(conversation.language)}
              {times ? ` · with you ${formatDuration(times.handlingMs / 1000)}` : ''}
              {times && times.waitedMs !== null ? ` · waited ${formatDuration(times.waitedMs / 1000)}` : ''}
            </span>
          ) : null}
        </div>
        <div className="row">
          {conversation ? <Badge tone={stateTone(conversation.state)}>{stateLabel(conversation.state)}</Badge> : <Spinner label="Loading conversation" />}
          <Button variant="ghost" size="sm" onClick={onClose} aria-describedby={headingId}>
            Close
          </Button>
        </div>
      </div>
      <ChatDetails tabs={tabs} selected={selectedTab} onSelect={setTab} />
      {feed.error && !ended ? (
        <Banner tone={lostAccess ? 'info' : 'danger'} role="alert">
          {lostAccess ? 'This conversation is no longer yours to read (it was resolved or passed on). Close it when you are done.' : feed.error.message}
        </Banner>
      ) : null}
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
          <ReplySnippets snippets={replySnippets({ handoff, context: account.context, selectedPurchaseId: purchaseId, suggestions })} onInsert={insert} />
          <MessageComposer onSend={feed.send} label="Reply to the customer" placeholder="Write a reply" value={draft} onValueChange={setDraft} inputRef={input} />
          <div className="chat-panel-foot">
            <ResolveForm api={api} conversationId={conversationId} onResolved={setEnded} />
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
