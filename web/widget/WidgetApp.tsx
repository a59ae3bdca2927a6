import { useCallback } from 'react';
import { agentNamesFrom, type Message } from '../client/index.js';
import { Banner, Button, ChatTranscript, MessageComposer, TypingIndicator } from '../ui/index.js';
import { CsatForm } from './CsatForm.js';
import { StatusPanel } from './StatusPanel.js';
import { useAwaitingReply } from './useAwaitingReply.js';
import { useCustomerChat } from './useCustomerChat.js';
import { closeEmbed, useEmbedBridge } from './useEmbedBridge.js';

export type WidgetAppProps = { embedded: boolean; sessionKind: 'demo' | 'anonymous' };

export function WidgetApp({ embedded, sessionKind }: WidgetAppProps) {
  const chat = useCustomerChat(sessionKind);
  const state = chat.conversation?.state ?? null;
  const { awaiting, markSent } = useAwaitingReply(chat.messages, state);
  const names = agentNamesFrom(chat.messages);
  const canAskForPerson = state === null || state === 'new' || state === 'ai' || state === 'closed' || state === 'abandoned';
  const connectionLost = chat.status === 'reconnecting' || chat.status === 'offline';

  useEmbedBridge(
    embedded,
    useCallback(() => document.querySelector<HTMLTextAreaElement>('.composer textarea')?.focus(), []),
  );

  const authorName = (message: Message) =>
    message.authorKind === 'customer' ? 'You' : message.authorKind === 'ai' ? 'Assistant' : (names.get(message.authorId ?? '') ?? 'Support agent');

  const send = (text: string) => {
    markSent();
    chat.send(text);
  };

  return (
    <div className="widget">
      <header className="widget-header">
        <div>
          <h1>Support chat</h1>
          <p className="widget-sub">{subtitle(state)}</p>
        </div>
        {embedded ? (
          <button type="button" className="widget-close" aria-label="Close chat" onClick={closeEmbed}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      <div className="widget-actions">
        <Button variant="secondary" size="sm" onClick={() => void chat.askForPerson()} disabled={!canAskForPerson}>
          Talk to a person
        </Button>
        {state === 'queued' || state === 'offered' ? (
          <>
            <span className="small muted">A person has been asked for.</span>
            <Button variant="secondary" size="sm" onClick={() => void chat.leaveQueue()}>
              Leave the queue
            </Button>
          </>
        ) : null}
      </div>
      <div className="widget-notices">
        {connectionLost ? <Banner tone="warning">Reconnecting… Anything you write will be sent when the connection is back.</Banner> : null}
        {chat.error ? <Banner tone="danger" role="alert">{chat.error}</Banner> : null}
        <StatusPanel conversation={chat.conversation} messages={chat.messages} queue={chat.queue} />
      </div>
      <ChatTranscript
        label="Conversation"
        messages={chat.messages}
        pending={chat.pending}
        isMine={(m) => m.authorKind === 'customer'}
        authorName={authorName}
        pendingNote={chat.status === 'online' ? 'Sending…' : 'Will send when reconnected'}
        onRetry={chat.retry}
        emptyText="Hi! Ask about your orders, payments or account. You can talk to a person at any time."
      />
      {awaiting ? <TypingIndicator who="Assistant" /> : null}
      {state === 'resolved' && chat.conversation ? (
        <div className="widget-csat">
          <CsatForm key={`${chat.conversation.id}:${chat.conversation.resolvedAt ?? 0}`} api={chat.api} conversationId={chat.conversation.id} />
        </div>
      ) : null}
      <MessageComposer onSend={send} label="Your message" placeholder="Write your message" />
    </div>
  );
}

function subtitle(state: string | null): string {
  switch (state) {
    case 'queued':
    case 'offered':
      return 'Waiting for a person';
    case 'assigned':
      return 'With a person';
    case 'resolved':
      return 'Resolved: write again if you need more help';
    case 'abandoned':
      return 'You left the queue: ask for a person again at any time';
    default:
      return 'Our assistant answers first; a person is one click away';
  }
}
