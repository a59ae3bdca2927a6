import type { DispatchConfig } from './config.js';

/**
 * An offer of one conversation to one agent: TaskRouter's reservation. Lifecycle:
 *   offered ──accept (before expiry)──▶ accepted
 *           ──decline (before expiry)─▶ declined
 *           ──time out (at/after expiry)▶ timed_out
 *           ──withdraw (any time)──────▶ withdrawn   (customer left, conversation taken elsewhere…)
 * The four outcomes are final. The offer is open while status is 'offered' and nowMs < expiresAtMs:
 * at exactly expiresAtMs it has expired.
 *
 * Error codes:
 * - offer_expired:  accept/decline too late — still 'offered' but past expiry, or already 'timed_out'.
 * - offer_not_open: accept/decline/withdraw/time out an offer already accepted, declined or withdrawn
 *                   (also time out of a timed_out one). Accepting twice is this error too; an app layer
 *                   that wants idempotent accepts checks `offer.status === 'accepted'` first.
 * - offer_not_due:  time out before expiresAtMs (the timer fired early).
 */
export type OfferStatus = 'offered' | 'accepted' | 'declined' | 'timed_out' | 'withdrawn';

export interface Offer {
  readonly id: string;
  readonly conversationId: string;
  readonly agentId: string;
  readonly status: OfferStatus;
  readonly offeredAtMs: number;
  readonly expiresAtMs: number;
  /** When the offer left 'offered'; null while open. */
  readonly closedAtMs: number | null;
}

export type OfferErrorCode = 'offer_expired' | 'offer_not_open' | 'offer_not_due';

export type OfferTransition =
  | { readonly ok: true; readonly offer: Offer }
  | { readonly ok: false; readonly code: OfferErrorCode; readonly message: string };

export interface NewOffer {
  readonly id: string;
  readonly conversationId: string;
  readonly agentId: string;
  readonly nowMs: number;
}

export function createOffer(input: NewOffer, config: Pick<DispatchConfig, 'offerTimeoutMs'>): Offer {
  return {
    id: input.id,
    conversationId: input.conversationId,
    agentId: input.agentId,
    status: 'offered',
    offeredAtMs: input.nowMs,
    expiresAtMs: input.nowMs + config.offerTimeoutMs,
    closedAtMs: null,
  };
}

export const isOfferOpen = (offer: Offer, nowMs: number): boolean =>
  offer.status === 'offered' && nowMs < offer.expiresAtMs;

/** Declines and timeouts keep the agent away from this conversation; a withdrawal says nothing about the agent. */
export const offerExcludesAgent = (offer: Offer): boolean =>
  offer.status === 'declined' || offer.status === 'timed_out';

export function acceptOffer(offer: Offer, nowMs: number): OfferTransition {
  return answer(offer, nowMs, 'accepted');
}

export function declineOffer(offer: Offer, nowMs: number): OfferTransition {
  return answer(offer, nowMs, 'declined');
}

export function timeOutOffer(offer: Offer, nowMs: number): OfferTransition {
  if (offer.status !== 'offered') return notOpen(offer);
  if (nowMs < offer.expiresAtMs) {
    return { ok: false, code: 'offer_not_due', message: `Offer ${offer.id} expires at ${offer.expiresAtMs}, not before.` };
  }
  return close(offer, 'timed_out', nowMs);
}

export function withdrawOffer(offer: Offer, nowMs: number): OfferTransition {
  return offer.status === 'offered' ? close(offer, 'withdrawn', nowMs) : notOpen(offer);
}

function answer(offer: Offer, nowMs: number, to: 'accepted' | 'declined'): OfferTransition {
  if (offer.status === 'timed_out' || (offer.status === 'offered' && nowMs >= offer.expiresAtMs)) {
    return { ok: false, code: 'offer_expired', message: `Offer ${offer.id} expired at ${offer.expiresAtMs}.` };
  }
  return offer.status === 'offered' ? close(offer, to, nowMs) : notOpen(offer);
}

const close = (offer: Offer, status: OfferStatus, nowMs: number): OfferTransition => ({
  ok: true,
  offer: { ...offer, status, closedAtMs: nowMs },
});

const notOpen = (offer: Offer): OfferTransition => ({
  ok: false,
  code: 'offer_not_open',
  message: `Offer ${offer.id} is ${offer.status}, not open.`,
});
