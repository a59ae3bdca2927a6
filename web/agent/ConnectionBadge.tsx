import type { ConnectionStatus } from '../client/index.js';
import { Badge } from '../ui/index.js';

/** Live connection state; announced politely when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const view =
    status === 'online'
      ? { tone: 'success' as const, text: 'Connected' }
      : status === 'reconnecting' || status === 'offline'
        ? { tone: 'warning' as const, text: 'Reconnecting…' }
        : status === 'closed'
          ? { tone: 'danger' as const, text: 'Disconnected' }
          : { tone: 'neutral' as const, text: 'Not connected' };
  return (
    <span role="status">
      <Badge tone={view.tone}>{view.text}</Badge>
    </span>
  );
}
