import { useState, type FormEvent } from 'react';
import { describeError, type ApiClient } from '../client/index.js';
import { Button, Card, TextField } from '../ui/index.js';

/** Opens a conversation the signed-in person may read, by its id (e.g. from a colleague or a link). */
export function OpenByIdForm({ api, onOpen }: { api: ApiClient; onOpen: (id: string) => void }) {
  const [id, setId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = id.trim();
    if (!wanted) return;
    setBusy(true);
    setError(null);
    try {
      const conversation = await api.getConversation(wanted);
      onOpen(conversation.id);
      setId('');
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Open a conversation" level={2}>
      <form onSubmit={submit} className="row">
        <TextField label="Conversation id" value={id} onChange={(e) => setId(e.target.value)} error={error} autoComplete="off" spellCheck={false} />
        <Button type="submit" variant="secondary" busy={busy} disabled={!id.trim()}>
          Open
        </Button>
      </form>
    </Card>
  );
}
