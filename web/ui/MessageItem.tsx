import { citationLabel, citationsOf, confidenceOf, type Citation, type Message, type PendingMessage } from '../client/index.js';
import { bodyBlocks } from './message-body.js';

function MessageBody({ body }: { body: string }) {
  const blocks = bodyBlocks(body);
  if (blocks.length === 1 && blocks[0]?.kind === 'text') return <div className="msg-body">{body}</div>;
  return (
    <div className="msg-body">
      {blocks.map((block, i) =>
        block.kind === 'text' ? (
          <p key={i} className="msg-para">{block.text}</p>
        ) : block.kind === 'bullets' ? (
          <ul key={i} className="msg-list">
            {block.items.map((item, j) => <li key={j}>{item}</li>)}
          </ul>
        ) : (
          <ol key={i} className="msg-list" start={block.start}>
            {block.items.map((item, j) => <li key={j}>{item}</li>)}
          </ol>
        ),
      )}
    </div>
  );
}

type MessageItemProps = {
  message: Message;
  mine: boolean;
  author: string;
  time: string;
  showConfidence: boolean;
  /** Where a citation leads (e.g. its row in the tool audit), when the view has such a place. */
  citationHref?: ((citation: Citation) => string | null) | undefined;
};

export function MessageItem({ message, mine, author, time, showConfidence, citationHref }: MessageItemProps) {
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
      <MessageBody body={message.body} />
      {citations.length > 0 ? (
        <ul className="citations" aria-label="Sources">
          {citations.map((citation) => {
            const href = citationHref?.(citation) ?? null;
            return (
              <li key={`${citation.kind}:${citation.id}:${citation.auditId ?? ''}`}>
                {href ? <a href={href}>{citationLabel(citation)}{citation.auditId !== undefined ? ` #${citation.auditId}` : ''}</a> : citationLabel(citation)}
              </li>
            );
          })}
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
