import { useEffect } from 'react';
import { openOffers, serverNow, type DeclineBudget, type OfferBook, type Presence } from '../client/index.js';
import { useNow } from '../hooks/index.js';
import { Banner, Button, Card, EmptyState, LiveRegion, Spinner, formatMoney, formatTime, intentLabel } from '../ui/index.js';
import type { CallUp } from './useAgentWorkspace.js';
import { OfferCard } from './OfferCard.js';

type OffersPanelProps = {
  offers: OfferBook;
  presence: Presence | null;
  declineBudget: DeclineBudget | null;
  callUp: CallUp | null;
  currency: string | null;
  /** The server's clock minus this machine's: deadlines are the server's. */
  clockOffsetMs: number;
  onAccept: (offerId: string) => void;
  onDecline: (offerId: string, reason?: string) => void;
  onDismiss: (offerId: string) => void;
  onDismissCallUp: () => void;
  onGoOnline: () => void;
};

const OFFER_TITLE = /^\(\d+\) New offer · /;

/** Offers as they arrive, each with its countdown; ended ones stay a moment to say what happened. */
export function OffersPanel({ offers, presence, declineBudget, callUp, currency, clockOffsetMs, onAccept, onDecline, onDismiss, onDismissCallUp, onGoOnline }: OffersPanelProps) {
  const open = openOffers(offers);
  const ended = offers.filter((e) => e.outcome !== null);
  // Counted on the server's clock, so a machine whose clock is off still shows the real time left.
  const now = serverNow(clockOffsetMs, useNow(250, open.length > 0 || callUp !== null));
  const newest = open[open.length - 1]?.offer;

  // A waiting offer shows in the tab title too, for an agent looking at another window.
  useEffect(() => {
    const base = document.title.replace(OFFER_TITLE, '');
    document.title = open.length > 0 ? `(${open.length}) New offer · ${base}` : base;
    return () => {
      document.title = base;
    };
  }, [open.length]);

  const showCallUp = callUp !== null && callUp.expiresAt > now;
  return (
    <Card title={`Offers${open.length > 0 ? ` (${open.length})` : ''}`} level={2}>
      <LiveRegion politeness="assertive" text={newest ? `New offer: ${intentLabel(newest.intent)}. ${Math.round((newest.expiresAt - serverNow(clockOffsetMs, Date.now())) / 1000)} seconds to accept.` : ''} />
      {showCallUp ? (
        <Banner tone="warning">
          <strong>Call-up:</strong> {callUp.waiting} {callUp.waiting === 1 ? 'customer is' : 'customers are'} waiting.
          {callUp.surgeBonusMinor > 0 && currency ? ` Go online before ${formatTime(callUp.expiresAt)} for a ${formatMoney(callUp.surgeBonusMinor, currency)} surge bonus.` : ''}{' '}
          {presence !== 'available' ? (
            <Button size="sm" onClick={onGoOnline}>
              Go online
            </Button>
          ) : null}{' '}
          <Button size="sm" variant="ghost" onClick={onDismissCallUp}>
            Dismiss
          </Button>
        </Banner>
      ) : null}
      {presence === null ? (
        <Spinner label="Loading your offers" />
      ) : open.length === 0 && ended.length === 0 ? (
        <EmptyState title={presence === 'available' ? 'Waiting for offers' : 'No offers while you are not online'}>
          <p className="small">{presence === 'available' ? 'A customer who needs a person will appear here, with what it pays.' : 'Go online to receive offers.'}</p>
        </EmptyState>
      ) : (
        <ul className="offer-list" aria-label="Offers">
          {[...open, ...ended].map((entry) => (
            <li key={entry.offer.offerId}>
              <OfferCard entry={entry} now={now} onAccept={onAccept} onDecline={onDecline} onDismiss={onDismiss} />
            </li>
          ))}
        </ul>
      )}
      {declineBudget ? <p className="small muted budget">{budgetText(declineBudget)}</p> : null}
    </Card>
  );
}

function budgetText(budget: DeclineBudget): string {
  const hours = Math.round(budget.windowMs / 3_600_000);
  const window = hours >= 1 ? (hours === 1 ? 'hour' : `${hours} hours`) : `${Math.round(budget.windowMs / 60_000)} minutes`;
  if (budget.limit === null || budget.remaining === null) return 'Declining is free.';
  if (budget.remaining > 0) return `Free declines left: ${budget.remaining} of ${budget.limit} per ${window}.`;
  return `No free declines left${budget.nextFreeAtMs ? ` until ${formatTime(budget.nextFreeAtMs)}` : ''}: a decline now counts against you.`;
}
