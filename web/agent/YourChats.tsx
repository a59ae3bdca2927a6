import { chatTimes, serverNow, type AssignedChat } from '../client/index.js';
import { useNow } from '../hooks/index.js';
import { Button, Card, formatDuration, intentLabel, shortId } from '../ui/index.js';

/** Chats this agent owns but has closed the panel of: still theirs, one click from open again. */
export function YourChats({ chats, clockOffsetMs, onOpen }: { chats: AssignedChat[]; clockOffsetMs: number; onOpen: (id: string) => void }) {
  const now = serverNow(clockOffsetMs, useNow(15_000));
  return (
    <Card title={`Your other chats (${chats.length})`} level={2}>
      <ul className="queue-list">
        {chats.map((c) => (
          <li key={c.id} className="queue-item">
            <span>
              <span className="mono">{shortId(c.id)}</span> · {intentLabel(c.intent)}
              <span className="small muted"> · with you {formatDuration(chatTimes(c, now).handlingMs / 1000)}</span>
            </span>
            <Button size="sm" variant="secondary" onClick={() => onOpen(c.id)}>
              Open
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
