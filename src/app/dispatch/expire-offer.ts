import { closeOfferInTx, publishClosedOffer } from './close-offer.js';
import type { DispatchDeps } from './dispatch-deps.js';

/** Timer handler: an unanswered offer times out and the conversation moves to the next agent. Idempotent. */
export async function expireOffer(deps: DispatchDeps, payload: { offerId: string }): Promise<void> {
  const now = deps.clock.now();
  const closed = await deps.store.transaction(async (tx) => {
    const offer = await tx.offers.getForUpdate(payload.offerId);
    if (!offer || offer.status !== 'offered') return null;
    return closeOfferInTx(deps, tx, offer, 'timed_out', now);
  });
  if (closed) await publishClosedOffer(deps, closed);
}
