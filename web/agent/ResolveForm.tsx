import { useState, type FormEvent } from 'react';
import { describeError, type ApiClient, type Conversation } from '../client/index.js';
import { Banner, Button, SelectField } from '../ui/index.js';
import { resolutionReasons } from './resolution-reasons.js';

const options = [{ value: '', label: 'Choose a reason' }, ...resolutionReasons];

/** Resolving needs a reason: it is recorded with the resolution and feeds reporting. */
export function ResolveForm({ api, conversationId, onResolved }: { api: ApiClient; conversationId: string; onResolved?: (conversation: Conversation) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return;
    setBusy(true);
    setError(null);
    try {
      onResolved?.(await api.resolve(conversationId, reason));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="row" onSubmit={submit}>
      <SelectField label="Resolution reason" options={options} value={reason} onChange={(e) => setReason(e.target.value)} required />
      <Button type="submit" variant="secondary" busy={busy} disabled={!reason}>
        Resolve
      </Button>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
    </form>
  );
}
