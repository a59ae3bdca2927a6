import type { Principal } from '../../domain/auth/access.js';
import { AppError, forbidden } from '../errors.js';
import type { Offer } from '../ports.js';
import { closeOfferInTx, publishClosedOffer } from './close-offer.js';
import type { DispatchDeps } from './dispatch-deps.js';

/** The agent says no (optionally why); the conversation goes to the next agent. Free within the budget. */
export async function declineOffer(deps: DispatchDeps, input: { principal: Principal; offerId: string; reason?: string }): Promise<Offer> {
  if (input.principal.kind !== 'agent') throw forbidden('only agents answer offers');
  const agentId = input.principal.agentId;
  const now = deps.clock.now();
  const closed = await deps.store.transaction(async (tx) => {
    const offer = await tx.offers.getForUpdate(input.offerId);
    if (!offer || offer.agentId !== agentId) throw new AppError('not_found', 'offerId: no such offer for you', 'offerId');
    const result = await closeOfferInTx(deps, tx, offer, 'declined', now, input.reason ?? null);
    if (!result) throw new AppError('offer_not_open', 'offerId: this offer is no longer open', 'offerId');
    return result;
  });
  await publishClosedOffer(deps, closed);
  return closed.offer;
}
