import { useCallback, useRef, useState } from 'react';
import { describeError, type ApiClient, type Conversation, type StaffMember } from '../client/index.js';
import { usePolling } from '../hooks/index.js';
import { Banner, Card, EmptyState, Spinner } from '../ui/index.js';
import { QueueItem } from './QueueItem.js';

const REFRESH_MS = 5_000;

type QueuePanelProps = { api: ApiClient; me: StaffMember; onOpen: (id: string) => void };

/**
 * Supervisors: the conversations waiting for a person, oldest first, to assign to themselves or an agent.
 * Conversations newly assigned to the supervisor open on their own.
 */
export function QueuePanel({ api, me, onOpen }: QueuePanelProps) {
  const [waiting, setWaiting] = useState<Conversation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const autoOpened = useRef(new Set<string>());

  usePolling(
    useCallback(async () => {
      try {
        const [queued, offered, assigned] = await Promise.all([
          api.listAllConversations({ state: 'queued', limit: 100 }),
          api.listAllConversations({ state: 'offered', limit: 100 }),
          api.listAllConversations({ state: 'assigned', limit: 200 }),
        ]);
        setWaiting([...queued, ...offered].sort((a, b) => (a.queuedAt ?? a.createdAt) - (b.queuedAt ?? b.createdAt)));
        for (const conversation of assigned) {
          if (conversation.ownerAgentId !== me.id || autoOpened.current.has(conversation.id)) continue;
          autoOpened.current.add(conversation.id);
          onOpen(conversation.id);
        }
        setError(null);
      } catch (caught) {
        setError(describeError(caught));
      }
    }, [api, me.id, onOpen]),
    REFRESH_MS,
    tick,
  );

  const assign = async (conversationId: string, agentId: string) => {
    await api.assign(conversationId, agentId);
    if (agentId === me.id) {
      autoOpened.current.add(conversationId);
      onOpen(conversationId);
    }
    setTick((t) => t + 1);
  };

  return (
    <Card title={`Queue${waiting ? ` (${waiting.length})` : ''}`} level={2}>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      {waiting === null ? (
        <Spinner label="Loading the queue" />
      ) : waiting.length === 0 ? (
        <EmptyState title="Nobody is waiting" />
      ) : (
        <ul className="queue-list" aria-label="Waiting conversations">
          {waiting.map((conversation) => (
            <QueueItem key={conversation.id} conversation={conversation} me={me} onAssign={assign} onView={onOpen} />
          ))}
        </ul>
      )}
    </Card>
  );
}
