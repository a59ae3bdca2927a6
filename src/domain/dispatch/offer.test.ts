import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPATCH_CONFIG } from './config.js';
import {
  acceptOffer,
  createOffer,
  declineOffer,
  isOfferOpen,
  offerExcludesAgent,
  timeOutOffer,
  withdrawOffer,
  type Offer,
  type OfferStatus,
  type OfferTransition,
} from './offer.js';

const T0 = 5_000_000;
const open = createOffer({ id: 'o1', conversationId: 'c1', agentId: 'a1', nowMs: T0 }, DEFAULT_DISPATCH_CONFIG);
const EXPIRES = T0 + 20_000;
const inStatus = (status: OfferStatus): Offer => ({ ...open, status, closedAtMs: status === 'offered' ? null : T0 + 1 });

const moves = {
  accept: acceptOffer,
  decline: declineOffer,
  timeOut: timeOutOffer,
  withdraw: withdrawOffer,
} satisfies Record<string, (o: Offer, now: number) => OfferTransition>;

const statusOf = (t: OfferTransition) => (t.ok ? t.offer.status : t.code);

describe('createOffer', () => {
  it('opens an offer that expires after offerTimeoutMs (default 20 s)', () => {
    expect(open).toEqual({ id: 'o1', conversationId: 'c1', agentId: 'a1', status: 'offered', offeredAtMs: T0, expiresAtMs: EXPIRES, closedAtMs: null });
  });
  it('is open until, but not at, expiresAtMs', () => {
    expect(isOfferOpen(open, EXPIRES - 1)).toBe(true);
    expect(isOfferOpen(open, EXPIRES)).toBe(false);
    expect(isOfferOpen(inStatus('accepted'), T0)).toBe(false);
  });
});

describe('legal moves from offered', () => {
  it.each([
    ['accept', EXPIRES - 1, 'accepted'],
    ['decline', EXPIRES - 1, 'declined'],
    ['timeOut', EXPIRES, 'timed_out'],
    ['timeOut', EXPIRES + 60_000, 'timed_out'],
    ['withdraw', T0, 'withdrawn'],
    ['withdraw', EXPIRES + 1, 'withdrawn'],
  ] as const)('%s at %i → %s', (move, now, to) => {
    const t = moves[move](open, now);
    expect(t).toEqual({ ok: true, offer: { ...open, status: to, closedAtMs: now } });
  });
  it('does not modify the input offer', () => {
    acceptOffer(open, T0 + 1);
    expect(open.status).toBe('offered');
  });
});

describe('illegal moves', () => {
  it.each([
    ['accept', 'offered', EXPIRES, 'offer_expired'],
    ['decline', 'offered', EXPIRES, 'offer_expired'],
    ['timeOut', 'offered', EXPIRES - 1, 'offer_not_due'],
    ['accept', 'timed_out', EXPIRES + 1, 'offer_expired'],
    ['decline', 'timed_out', EXPIRES + 1, 'offer_expired'],
    ['timeOut', 'timed_out', EXPIRES + 1, 'offer_not_open'],
    ['withdraw', 'timed_out', EXPIRES + 1, 'offer_not_open'],
    ...(['accepted', 'declined', 'withdrawn'] as const).flatMap((from) =>
      (['accept', 'decline', 'timeOut', 'withdraw'] as const).flatMap((move) => [
        [move, from, T0 + 2, 'offer_not_open'] as const,
        [move, from, EXPIRES + 1, 'offer_not_open'] as const,
      ]),
    ),
  ] as const)('%s from %s at %i → %s', (move, from, now, code) => {
    const t = moves[move](inStatus(from), now);
    expect(t.ok).toBe(false);
    expect(statusOf(t)).toBe(code);
    if (!t.ok) expect(t.message).toContain('o1');
  });
});

describe('offerExcludesAgent', () => {
  it.each([
    ['declined', true],
    ['timed_out', true],
    ['withdrawn', false],
    ['accepted', false],
    ['offered', false],
  ] as const)('%s → %s', (status, excludes) => {
    expect(offerExcludesAgent(inStatus(status))).toBe(excludes);
  });
});
