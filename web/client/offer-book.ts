import type { OfferView } from './types.js';

/**
 * The offers an agent sees: open ones with their countdown, and for a while the ones that ended, with why,
 * so an offer never just vanishes under the agent's cursor. Offers reach the book three ways that can cross
 * (the socket's `offer` / `offer_closed` frames, the workspace read, the answer to accept or decline); the
 * rules here make the outcome the same whatever the order. Pure, so it is tested without a browser.
 */
export type OfferOutcome = 'accepted' | 'declined' | 'expired' | 'withdrawn' | 'taken';
export type OfferEntry = { offer: OfferView; busy: 'accepting' | 'declining' | null; outcome: OfferOutcome | null };
export type OfferBook = readonly OfferEntry[];

export type OfferBookAction =
  /** The workspace read: every offer still open on the server. */
  | { type: 'loaded'; offers: readonly OfferView[]; now: number }
  | { type: 'received'; offer: OfferView }
  /** An `offer_closed` frame; `status` is the server's offer status. */
  | { type: 'closed'; offerId: string; status: string }
  | { type: 'answering'; offerId: string; busy: 'accepting' | 'declining' }
  | { type: 'answered'; offerId: string; outcome: 'accepted' | 'declined' }
  /** Accept or decline failed: `offer_expired`, `offer_not_open`, or anything else (back to open). */
  | { type: 'answer_failed'; offerId: string; code: string }
  | { type: 'dismiss'; offerId: string };

/** The server's offer statuses, as the agent reads them. */
export function outcomeOfStatus(status: string): OfferOutcome | null {
  switch (status) {
    case 'accepted':
      return 'accepted';
    case 'declined':
      return 'declined';
    case 'timed_out':
      return 'expired';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return null;
  }
}

const update = (book: OfferBook, offerId: string, change: (entry: OfferEntry) => OfferEntry): OfferBook =>
  book.some((e) => e.offer.offerId === offerId) ? book.map((e) => (e.offer.offerId === offerId ? change(e) : e)) : book;

/** An ended offer keeps its first known outcome: a late frame does not rewrite what the agent was told. */
const end = (entry: OfferEntry, outcome: OfferOutcome): OfferEntry => (entry.outcome ? entry : { ...entry, busy: null, outcome });

export function offerBookReducer(book: OfferBook, action: OfferBookAction): OfferBook {
  switch (action.type) {
    case 'loaded': {
      const open = new Map(action.offers.map((o) => [o.offerId, o]));
      // Open here but no longer on the server, with no frame to say why (e.g. it ended while offline).
      const kept = book.map((e) => (e.outcome || e.busy || open.has(e.offer.offerId) ? e : end(e, action.now >= e.offer.expiresAt ? 'expired' : 'withdrawn')));
      const known = new Set(book.map((e) => e.offer.offerId));
      const added = action.offers.filter((o) => !known.has(o.offerId)).map((offer): OfferEntry => ({ offer, busy: null, outcome: null }));
      return added.length === 0 && kept.every((e, i) => e === book[i]) ? book : [...kept, ...added];
    }
    case 'received':
      return book.some((e) => e.offer.offerId === action.offer.offerId) ? book : [...book, { offer: action.offer, busy: null, outcome: null }];
    case 'closed': {
      const outcome = outcomeOfStatus(action.status);
      return outcome ? update(book, action.offerId, (e) => end(e, outcome)) : book;
    }
    case 'answering':
      return update(book, action.offerId, (e) => (e.outcome ? e : { ...e, busy: action.busy }));
    case 'answered':
      return update(book, action.offerId, (e) => end(e, action.outcome));
    case 'answer_failed': {
      const outcome = action.code === 'offer_expired' ? 'expired' : action.code === 'offer_not_open' ? 'taken' : null;
      return update(book, action.offerId, (e) => (outcome ? end(e, outcome) : { ...e, busy: null }));
    }
    case 'dismiss':
      return book.filter((e) => e.offer.offerId !== action.offerId);
  }
}

/** Whole seconds left to answer (never negative). */
export const secondsLeft = (offer: OfferView, now: number): number => Math.max(0, Math.ceil((offer.expiresAt - now) / 1000));

/** Open, answerable offers first (soonest to expire first), then the ended ones. */
export const openOffers = (book: OfferBook): OfferEntry[] =>
  book.filter((e) => e.outcome === null).sort((a, b) => a.offer.expiresAt - b.offer.expiresAt);

/** What the agent is told when an offer ends without them taking it. */
export function outcomeMessage(outcome: OfferOutcome): string {
  switch (outcome) {
    case 'accepted':
      return 'Accepted: the chat is open.';
    case 'declined':
      return 'Declined. It goes to another agent.';
    case 'expired':
      return 'This offer expired before it was accepted. It goes to another agent.';
    case 'withdrawn':
      return 'This offer was withdrawn: the customer left, someone else took it, or you stepped away.';
    case 'taken':
      return 'Too late: this conversation is no longer waiting for you.';
  }
}
