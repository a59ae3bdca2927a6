import { useEffect, useRef } from 'react';
import type { Citation, Message, PendingMessage } from '../client/index.js';
import { formatTime } from './format.js';
import { MessageItem, PendingItem } from './MessageItem.js';

export type ChatTranscriptProps = {
  /** The accessible name of the log, e.g. "Conversation with support". */
  label: string;
  messages: readonly Message[];
  pending?: readonly PendingMessage[];
  isMine: (message: Message) => boolean;
  authorName: (message: Message) => string;
  /** What a pending message is waiting for, e.g. "Sending…" or "Will send when reconnected". */
  pendingNote?: string;
  onRetry?: (clientMessageId: string) => void;
  /** Staff views show the assistant's confidence beside its replies. */
  showConfidence?: boolean;
  emptyText?: string;
  citationHref?: (citation: Citation) => string | null;
};

/**
 * The messages of one conversation as a `log` region, so screen readers announce each new message.
 * It follows new messages unless the reader has scrolled up to read older ones.
 */
export function ChatTranscript({ label, messages, pending = [], isMine, authorName, pendingNote = 'Sending…', onRetry, showConfidence = false, emptyText, citationHref }: ChatTranscriptProps) {
  const ref = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const count = messages.length + pending.length;

  useEffect(() => {
    const element = ref.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [count]);

  // The log also shrinks when banners or the rating form appear around it: stay at the newest message.
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const element = ref.current;
    if (element) pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
  };

  return (
    <div ref={ref} className="transcript" role="log" aria-label={label} onScroll={onScroll} tabIndex={0}>
      {count === 0 && emptyText ? <p className="muted small">{emptyText}</p> : null}
      {messages.map((message) => (
        <MessageItem
          key={message.seq}
          message={message}
          mine={isMine(message)}
          author={authorName(message)}
          time={formatTime(message.createdAt)}
          showConfidence={showConfidence}
          citationHref={citationHref}
        />
      ))}
      {pending.map((item) => (
        <PendingItem key={item.clientMessageId} item={item} note={pendingNote} onRetry={onRetry} />
      ))}
    </div>
  );
}
