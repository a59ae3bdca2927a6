import { latestAgentName, queueInfoFrom, type Conversation, type Message, type QueueInfo } from '../client/index.js';
import { Banner, formatDuration } from '../ui/index.js';

/** Where the customer stands: in the queue (with position and wait when dispatch reports them) or with a person. */
type StatusPanelProps = { conversation: Conversation | null; messages: readonly Message[]; queue: QueueInfo | null };

export function StatusPanel({ conversation, messages, queue: live }: StatusPanelProps) {
  if (!conversation) return null;
  if (conversation.state === 'queued' || conversation.state === 'offered') {
    const queue = live ?? queueInfoFrom(messages);
    return (
      <Banner tone="info">
        <strong>You're in the queue for a person.</strong>{' '}
        {queue ? (
          <span>
            You are number {queue.position} in line
            {queue.etaSeconds !== null ? `; estimated wait ${formatDuration(queue.etaSeconds)}` : ''}.
          </span>
        ) : (
          <span>Waiting for a person. They will see everything written so far.</span>
        )}
      </Banner>
    );
  }
  if (conversation.state === 'assigned') {
    const name = latestAgentName(messages);
    return (
      <Banner tone="success">
        {name ? (
          <>
            You're chatting with <strong>{name}</strong>.
          </>
        ) : (
          "You're chatting with a person."
        )}
      </Banner>
    );
  }
  return null;
}
