import { citationLabel, citationsOf, confidenceOf, type Message, type PendingMessage } from '../client/index.js';

type MessageItemProps = { message: Message; mine: boolean; author: string; time: string; showConfidence: boolean };

export function MessageItem({ message, mine, author, time, showConfidence }: MessageItemProps) {
  if (message.authorKind === 'system') {
    return (
      <div className="msg msg-system">
        <span>{message.body}</span> <span className="msg-meta">{time}</span>
      </div>
    );
  }
  const citations = citationsOf(message);
  const confidence = showConfidence ? confidenceOf(message) : null;
  return (
    <div className={`msg ${mine ? 'msg-mine' : ''}`}>
      <span className="msg-author">{author}</span>
      <div className="msg-body">{message.body}</div>
      {citations.length > 0 ? (
        <ul className="citations" aria-label="Sources">
          {citations.map((citation) => (
            <li key={`${citation.kind}:${citation.id}`}>{citationLabel(citation)}</li>
          ))}
        </ul>
      ) : null}
      <span className="msg-meta">
        {time}
        {confidence !== null ? ` · confidence ${Math.round(confidence * 100)}%` : ''}
      </span>
    </div>
  );
}

type PendingItemProps = { item: PendingMessage; note: string; onRetry: ((clientMessageId: string) => void) | undefined };

export function PendingItem({ item, note, onRetry }: PendingItemProps) {
  const failed = item.status === 'failed';
  return (
    <div className={`msg msg-mine ${failed ? 'msg-failed' : ''}`}>
      <div className="msg-body">{item.text}</div>
      <span className="msg-meta">
        {failed ? `Not sent: ${item.error ?? 'try again'}` : note}
        {failed && onRetry ? (
          <>
            {' '}
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => onRetry(item.clientMessageId)}>
              Retry
            </button>
          </>
        ) : null}
      </span>
    </div>
  );
}
