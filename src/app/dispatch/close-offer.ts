import { assessDecline, declineOffer, timeOutOffer, withdrawOffer } from '../../domain/dispatch/index.js';
import type { Conversation } from '../../domain/conversation/types.js';
import { applyTransition } from '../apply-transition.js';
import { AppError } from '../errors.js';
import { publishChanges } from '../publish.js';
import { agentTopic, type Offer, type Store } from '../ports.js';
import { kickDispatcher, offerTimerKey, type DispatchDeps } from './dispatch-deps.js';
import { toDomainOffer } from './to-dispatch-input.js';

export type CloseReason = 'declined' | 'timed_out' | 'withdrawn';

const rules = { declined: declineOffer, timed_out: timeOutOffer, withdrawn: withdrawOffer } as const;

/**
 * Ends an open offer without an accept, inside the caller's transaction: the offer closes, the conversation
 * goes back to the queue keeping its place, and a decline or timeout is weighed against the agent's free
 * decline budget. Returns null when the offer had already closed (a late timer, a double click).
 */
export async function closeOfferInTx(
  deps: DispatchDeps,
  tx: Store,
  offer: Offer,
  reason: CloseReason,
  now: number,
  declineReason: string | null = null,
): Promise<{ offer: Offer; conversation: Conversation | null } | null> {
  const result = rules[reason](toDomainOffer(offer), now);
  if (!result.ok) {
    if (result.code === 'offer_not_due') return null;
    if (reason === 'declined') throw new AppError(result.code === 'offer_expired' ? 'offer_expired' : 'offer_not_open', `offerId: ${result.message}`, 'offerId');
    return null;
  }
  let countedAgainstAgent: boolean | null = null;
  if (reason !== 'withdrawn') {
    const pastAtMs = await tx.offers.budgetUsesSince(offer.agentId, now - deps.dispatchConfig.declineBudget.windowMs);
    countedAgainstAgent = assessDecline({ pastAtMs, nowMs: now, kind: reason }, deps.dispatchConfig.declineBudget).countsAgainstAgent;
  }
  const closed: Offer = { ...offer, status: reason, answeredAt: now, declineReason, countedAgainstAgent };
  await tx.offers.update(closed);
  await tx.timers.cancel(offerTimerKey(offer.id));
  await tx.events.append([
    { type: `offer.${reason}`, conversationId: offer.conversationId, actor: reason === 'declined' ? `agent:${offer.agentId}` : 'system', payload: { offerId: offer.id, agentId: offer.agentId, declineReason, countedAgainstAgent }, occurredAt: now },
  ]);
  const current = await tx.conversations.getForUpdate(offer.conversationId);
  if (!current || current.state !== 'offered' || current.offeredAgentId !== offer.agentId) return { offer: closed, conversation: null };
  const { conversation } = await applyTransition(tx, current, { type: 'end_offer', agentId: offer.agentId, reason }, now, 'dispatcher');
  return { offer: closed, conversation };
}

export async function publishClosedOffer(deps: DispatchDeps, closed: { offer: Offer; conversation: Conversation | null }): Promise<void> {
  await deps.bus.publish(agentTopic(closed.offer.agentId), { type: 'offer.closed', agentId: closed.offer.agentId, offerId: closed.offer.id, status: closed.offer.status });
  await publishChanges(deps.bus, { conversation: closed.conversation });
  await kickDispatcher(deps.bus);
}
