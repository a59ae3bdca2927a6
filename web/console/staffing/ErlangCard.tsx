import { useState, type FormEvent } from 'react';
import { describeError, isApiError, isMissingEndpoint, type ApiClient, type ErlangResult } from '../../client/index.js';
import { Banner, Button, Card, TextField, formatSeconds } from '../../ui/index.js';

type Fields = { arrivalsPerHour: string; ahtSeconds: string; answerWithinSeconds: string; targetServiceLevel: string; concurrency: string; patienceSeconds: string };

const initial: Fields = { arrivalsPerHour: '30', ahtSeconds: '480', answerWithinSeconds: '60', targetServiceLevel: '80', concurrency: '2', patienceSeconds: '' };

/** Erlang C (or A, given a patience) for one interval: how many agents a given demand needs. */
export function ErlangCard({ api }: { api: ApiClient }) {
  const [fields, setFields] = useState(initial);
  const [result, setResult] = useState<ErlangResult | null>(null);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  // The server's message starts with the field's name, which the label already says.
  const fieldError = (key: string) => (error?.field === key ? error.text.replace(`${key}: `, '') : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setResult(
        await api.erlang({
          arrivalsPerHour: Number(fields.arrivalsPerHour),
          ahtSeconds: Number(fields.ahtSeconds),
          answerWithinSeconds: Number(fields.answerWithinSeconds),
          targetServiceLevel: Number(fields.targetServiceLevel) / 100,
          concurrency: Number(fields.concurrency),
          ...(fields.patienceSeconds.trim() ? { patienceSeconds: Number(fields.patienceSeconds) } : {}),
        }),
      );
      setError(null);
    } catch (caught) {
      const field = isApiError(caught) ? caught.field : undefined;
      setResult(null);
      setError(isMissingEndpoint(caught) ? { text: 'Not available on this server yet: it needs GET /v1/admin/staffing/erlang.' } : { text: describeError(caught), ...(field ? { field } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Agents needed for one interval (Erlang)">
      <form className="form-grid" onSubmit={submit}>
        <TextField label="Chats per hour" inputMode="decimal" value={fields.arrivalsPerHour} onChange={set('arrivalsPerHour')} error={fieldError('arrivalsPerHour')} />
        <TextField label="Handle time (s)" inputMode="numeric" value={fields.ahtSeconds} onChange={set('ahtSeconds')} error={fieldError('ahtSeconds')} />
        <TextField label="Answer within (s)" inputMode="numeric" value={fields.answerWithinSeconds} onChange={set('answerWithinSeconds')} error={fieldError('answerWithinSeconds')} />
        <TextField label="Target service level (%)" inputMode="numeric" value={fields.targetServiceLevel} onChange={set('targetServiceLevel')} error={fieldError('targetServiceLevel')} />
        <TextField label="Chats at once per agent" inputMode="numeric" value={fields.concurrency} onChange={set('concurrency')} error={fieldError('concurrency')} />
        <TextField label="Patience (s, optional)" hint="Given: Erlang A, with abandonment" inputMode="numeric" value={fields.patienceSeconds} onChange={set('patienceSeconds')} error={fieldError('patienceSeconds')} />
        <div className="form-actions">
          <Button type="submit" busy={busy}>
            Calculate
          </Button>
        </div>
      </form>
      {error && !(error.field && error.field in fields) ? <Banner tone={error.text.startsWith('Not available') ? 'info' : 'danger'} role="alert">{error.text}</Banner> : null}
      {result ? (
        <div className="stat-grid" aria-live="polite">
          <div className="stat">
            <span className="stat-label">Agents needed</span>
            <span className="stat-value">{result.agentsNeeded ?? result.agents}</span>
            <span className="small muted">{result.model === 'erlang_a' ? 'Erlang A' : 'Erlang C'}, {result.servers} chat slots</span>
          </div>
          <div className="stat">
            <span className="stat-label">Service level</span>
            <span className="stat-value">{Math.round(result.serviceLevel * 100)}%</span>
          </div>
          <div className="stat">
            <span className="stat-label">Average wait</span>
            <span className="stat-value">{result.asaSeconds === null ? '—' : formatSeconds(result.asaSeconds)}</span>
            <span className="small muted">{Math.round(result.pWait * 100)}% wait at all</span>
          </div>
          <div className="stat">
            <span className="stat-label">Occupancy</span>
            <span className="stat-value">{result.occupancy === null ? '—' : `${Math.round(result.occupancy * 100)}%`}</span>
            {result.pAbandon !== undefined ? <span className="small muted">{Math.round(result.pAbandon * 100)}% abandon</span> : null}
          </div>
        </div>
      ) : null}
    </Card>
  );
}
