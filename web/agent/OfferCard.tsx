import { useId, useState, type FormEvent } from 'react';
import { outcomeMessage, secondsLeft, type OfferEntry } from '../client/index.js';
import { Badge, Banner, Button, SelectField, escalationLabelOf, formatMoney, formatSeconds, intentLabel, languageName } from '../ui/index.js';

const declineReasons = [
  { value: '', label: 'No reason given' },
  { value: 'Not my area', label: 'Not my area' },
  { value: 'Language', label: 'Language' },
  { value: 'Busy with other chats', label: 'Busy with other chats' },
  { value: 'Taking a break', label: 'Taking a break' },
];

type OfferCardProps = {
  entry: OfferEntry;
  now: number;
  onAccept: (offerId: string) => void;
  onDecline: (offerId: string, reason?: string) => void;
  onDismiss: (offerId: string) => void;
};

/**
 * One offer: what it is about, who waits and for how long, what it pays and why it came to this agent,
 * with a countdown. The countdown is a `timer` (not announced every second); the arrival is announced once
 * by the panel.
 */
export function OfferCard({ entry, now, onAccept, onDecline, onDismiss }: OfferCardProps) {
  const headingId = useId();
  const { offer, busy, outcome } = entry;
  // `now` is on the server's clock, like the deadline: the bar runs from when this card first showed.
  const [seenAt] = useState(() => Math.min(now, offer.expiresAt));
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const left = secondsLeft(offer, now);
  const expired = outcome === null && left === 0;
  const total = Math.max(1, offer.expiresAt - seenAt);
  const fraction = Math.min(1, Math.max(0, (offer.expiresAt - now) / total));
  const escalation = escalationLabelOf(offer.escalationReason);

  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    onDecline(offer.offerId, reason || undefined);
  };

  return (
    <article className={`offer ${outcome ? 'offer-ended' : ''}`} aria-labelledby={headingId}>
      <div className="offer-head">
        <h3 id={headingId}>{intentLabel(offer.intent)}</h3>
        {outcome === null ? (
          <span role="timer" aria-live="off" className={`offer-timer ${left <= 5 ? 'offer-timer-urgent' : ''}`}>
            {expired ? 'Expired' : `${left} s left`}
          </span>
        ) : null}
      </div>
      {outcome === null ? (
        <div className="offer-bar" aria-hidden="true">
          <span style={{ width: `${fraction * 100}%` }} />
        </div>
      ) : null}
      <dl className="offer-facts">
        <dt>Language</dt>
        <dd>{languageName(offer.language)}</dd>
        <dt>Waiting</dt>
        <dd>{formatSeconds(offer.waitedSeconds)}</dd>
        <dt>Pay</dt>
        <dd>
          <strong>{formatMoney(offer.payMinor, offer.currency)}</strong>
          {offer.surgeMinor > 0 ? (
            <>
              {' '}
              <Badge tone="warning">+ {formatMoney(offer.surgeMinor, offer.currency)} surge bonus</Badge>
            </>
          ) : null}
        </dd>
      </dl>
      {offer.why ? (
        <p className="offer-why">
          <span className="muted">Why you: </span>
          {offer.why}
        </p>
      ) : null}
      {escalation ? <p className="small muted offer-why">{escalation}</p> : null}
      {outcome ? (
        <div className="offer-outcome">
          <Banner tone={outcome === 'accepted' ? 'success' : outcome === 'declined' ? 'info' : 'warning'}>{outcomeMessage(outcome)}</Banner>
          <Button variant="ghost" size="sm" onClick={() => onDismiss(offer.offerId)} aria-describedby={headingId}>
            Dismiss
          </Button>
        </div>
      ) : declining ? (
        <form className="offer-decline" onSubmit={submitDecline}>
          <SelectField label="Why decline? (optional)" options={declineReasons} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="row">
            <Button type="submit" variant="danger" size="sm" busy={busy === 'declining'} disabled={busy !== null || expired} aria-describedby={headingId}>
              Decline offer
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setDeclining(false)} disabled={busy !== null}>
              Back
            </Button>
          </div>
        </form>
      ) : (
        <div className="row">
          <Button busy={busy === 'accepting'} disabled={busy !== null || expired} onClick={() => onAccept(offer.offerId)} aria-describedby={headingId}>
            Accept
          </Button>
          <Button variant="secondary" disabled={busy !== null || expired} onClick={() => setDeclining(true)} aria-describedby={headingId}>
            Decline…
          </Button>
        </div>
      )}
    </article>
  );
}
