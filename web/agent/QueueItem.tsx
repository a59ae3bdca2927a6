import { useId, useState, type FormEvent } from 'react';
import { describeError, type Conversation, type StaffMember } from '../client/index.js';
import { Badge, Banner, Button, TextField, escalationLabel, formatElapsed, stateLabel, stateTone } from '../ui/index.js';

type QueueItemProps = {
  conversation: Conversation;
  me: StaffMember;
  onAssign: (conversationId: string, agentId: string) => Promise<void>;
  onView: (conversationId: string) => void;
};

export function QueueItem({ conversation, me, onAssign, onView }: QueueItemProps) {
  const idLabel = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [agentId, setAgentId] = useState('');
  const reason = escalationLabel(conversation.escalationReason);

  const assign = async (to: string) => {
    setBusy(true);
    setError(null);
    try {
      await onAssign(conversation.id, to);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  const assignOther = (event: FormEvent) => {
    event.preventDefault();
    if (agentId.trim()) void assign(agentId.trim());
  };

  return (
    <li className="queue-item">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <span className="mono" id={idLabel}>{conversation.id}</span>
        <Badge tone={stateTone(conversation.state)}>{stateLabel(conversation.state)}</Badge>
      </div>
      <span className="small">
        Waiting {formatElapsed(conversation.queuedAt ?? conversation.createdAt, Date.now())} · {conversation.language.toUpperCase()}
        {conversation.priority === 0 ? ' · urgent' : ''}
      </span>
      {reason ? <span className="small muted">{reason}</span> : null}
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      <div className="row">
        <Button size="sm" busy={busy} onClick={() => void assign(me.id)} aria-describedby={idLabel}>
          Assign to me
        </Button>
        <Button size="sm" variant="secondary" onClick={() => onView(conversation.id)} aria-describedby={idLabel}>
          View
        </Button>
      </div>
      <details>
        <summary className="small">Assign to another agent</summary>
        <form className="row" onSubmit={assignOther}>
          <TextField label="Agent id" value={agentId} onChange={(e) => setAgentId(e.target.value)} autoComplete="off" spellCheck={false} />
          <Button type="submit" size="sm" variant="secondary" disabled={!agentId.trim() || busy}>
            Assign
          </Button>
        </form>
      </details>
    </li>
  );
}
