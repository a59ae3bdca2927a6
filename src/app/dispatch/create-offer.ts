import type { Proposal } from '../../domain/dispatch/index.js';
import { conversationPay } from '../../domain/workforce/index.js';
import { applyTransition } from '../apply-transition.js';
import { publishChanges } from '../publish.js';
import { agentTopic, type Offer } from '../ports.js';
import { toOfferView } from './to-dispatch-input.js';
import { OFFER_EXPIRY_TIMER, offerTimerKey, type DispatchDeps } from './dispatch-deps.js';

/** What an offer pays: a standard conversation of the expected length (the actual pay follows the work). */
const EXPECTED_HANDLE_MS = 8 * 60_000;

/**
 * Turns one proposal into an offer, or does nothing when the world moved on since the snapshot: the
 * conversation must still be queued and the agent still available with a free slot, checked under row
 * locks on both, so concurrent dispatchers can never over-fill an agent or double-offer a conversation.
 */
export async function createOffer(deps: DispatchDeps, proposal: Proposal, now: number): Promise<Offer | null> {
  // Read before the transaction: the rates may come from the database.
  const rates = await deps.payRates.current();
  const created = await deps.store.transaction(async (tx) => {
    const agent = await tx.dispatch.lockAgent(proposal.agentId);
    if (!agent || agent.presence !== 'available' || agent.load >= agent.capacity) return null;
    const current = await tx.conversations.getForUpdate(proposal.conversationId);
    if (!current || current.state !== 'queued') return null;
    const { conversation } = await applyTransition(tx, current, { type: 'offer', agentId: agent.id }, now, 'dispatcher');
    // An agent who came online because of a call-up earns its surge bonus on the work it brings them.
    const surgeMinor = (await tx.dispatch.openCallUp(agent.id, now))?.surgeBonusMinor ?? 0;
    const pay = conversationPay({ complexity: current.sensitive ? 'complex' : 'standard', handleMs: EXPECTED_HANDLE_MS }, rates);
    const offer: Offer = {
      id: deps.ids.next('ofr'),
      conversationId: conversation.id,
      agentId: agent.id,
      status: 'offered',
      createdAt: now,
      expiresAt: now + deps.dispatchConfig.offerTimeoutMs,
      answeredAt: null,
      rank: { ...proposal.rank },
      payMinor: pay.amountMinor,
      surgeMinor,
      declineReason: null,
      countedAgainstAgent: null,
    };
    await tx.offers.insert(offer);
    await tx.dispatch.setLastOfferAt(agent.id, now);
    await tx.timers.schedule({ kind: OFFER_EXPIRY_TIMER, dueAt: offer.expiresAt, payload: { offerId: offer.id }, dedupeKey: offerTimerKey(offer.id) });
    await tx.events.append([{ type: 'offer.created', conversationId: conversation.id, actor: 'dispatcher', payload: { offerId: offer.id, agentId: agent.id, rank: offer.rank, payMinor: offer.payMinor }, occurredAt: now }]);
    return { offer, conversation };
  });
  if (!created) return null;
  const { offer, conversation } = created;
  const view = toOfferView(offer, conversation, rates.currency, now);
  await deps.bus.publish(agentTopic(offer.agentId), { type: 'offer.created', agentId: offer.agentId, offer: view });
  await publishChanges(deps.bus, { conversation });
  return offer;
}
