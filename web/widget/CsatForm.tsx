import { useId, useState, type FormEvent } from 'react';
import { describeError, isApiError, type ApiClient, type CsatInput } from '../client/index.js';
import { Banner, Button } from '../ui/index.js';

const ratings: { value: CsatInput['rating']; label: string }[] = [
  { value: 1, label: 'Very poor' },
  { value: 2, label: 'Poor' },
  { value: 3, label: 'OK' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Excellent' },
];

type Outcome = { kind: 'idle' } | { kind: 'sent' } | { kind: 'unavailable' } | { kind: 'failed'; message: string };

/** The rating asked for after a resolution. A server without ratings yet (404) gets a polite thank-you. */
export function CsatForm({ api, conversationId }: { api: ApiClient; conversationId: string }) {
  const id = useId();
  const [rating, setRating] = useState<CsatInput['rating'] | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  if (outcome.kind === 'sent') return <Banner tone="success">Thank you for your rating.</Banner>;
  if (outcome.kind === 'unavailable') return <Banner tone="info">Thank you! We can't record ratings just yet, but we appreciate your time.</Banner>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) return;
    setBusy(true);
    try {
      await api.submitCsat(conversationId, { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      setOutcome({ kind: 'sent' });
    } catch (caught) {
      setOutcome(isApiError(caught, 'not_found') ? { kind: 'unavailable' } : { kind: 'failed', message: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="csat" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>How did we do?</h2>
      <fieldset className="csat-scale">
        <legend className="visually-hidden">Rate this conversation from 1 (very poor) to 5 (excellent)</legend>
        {ratings.map((r) => (
          <label key={r.value} className="csat-option">
            <input type="radio" name={`${id}-rating`} value={r.value} checked={rating === r.value} onChange={() => setRating(r.value)} />
            <span className="csat-number">{r.value}</span>
            <span className="csat-label">{r.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>Anything to add? (optional)</label>
        <textarea id={`${id}-comment`} rows={2} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {outcome.kind === 'failed' ? <Banner tone="danger" role="alert">{outcome.message}</Banner> : null}
      <Button type="submit" size="sm" disabled={rating === null} busy={busy}>
        Send rating
      </Button>
    </form>
  );
}
