import type { Conversation } from '../client/index.js';
import { Button, Card, intentLabel, shortId } from '../ui/index.js';

/** Chats this agent owns but has closed the panel of: still theirs, one click from open again. */
export function YourChats({ chats, onOpen }: { chats: Conversation[]; onOpen: (id: string) => void }) {
  return (
    <Card title={`Your other chats (${chats.length})`} level={2}>
      <ul className="queue-list">
        {chats.map((c) => (
          <li key={c.id} className="queue-item">
            <span>
              <span className="mono">{shortId(c.id)}</span> · {intentLabel(c.intent)}
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
