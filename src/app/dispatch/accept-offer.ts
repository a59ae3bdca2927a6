import type { Principal } from '../../domain/auth/access.js';
import { acceptOffer as acceptRule } from '../../domain/dispatch/index.js';
import type { Conversation } from '../../domain/conversation/types.js';
import { appendMessage } from '../append-message.js';
import { applyTransition } from '../apply-transition.js';
import { AppError, forbidden } from '../errors.js';
import { publishChanges } from '../publish.js';
import { agentTopic } from '../ports.js';
import { offerTimerKey, type DispatchDeps } from './dispatch-deps.js';
import { toDomainOffer } from './to-dispatch-input.js';

/**
 * The agent takes the conversation. Under row locks on the offer, the agent and the conversation: an
 * expired, withdrawn or already answered offer fails with a clear code, and the agent's assigned chats
 * never exceed their capacity. The customer sees the agent join.
 */
export async function acceptOffer(deps: DispatchDeps, input: { principal: Principal; offerId: string }): Promise<Conversation> {
  if (input.principal.kind !== 'agent') throw forbidden('only agents answer offers');
  const agentId = input.principal.agentId;
  const now = deps.clock.now();
  const result = await deps.store.transaction(async (tx) => {
    const offer = await tx.offers.getForUpdate(input.offerId);
    if (!offer || offer.agentId !== agentId) throw new AppError('not_found', 'offerId: no such offer for you', 'offerId');
    const accepted = acceptRule(toDomainOffer(offer), now);
    if (!accepted.ok) {
      const code = accepted.code === 'offer_expired' ? 'offer_expired' : 'offer_not_open';
      throw new AppError(code, `offerId: ${accepted.message}`, 'offerId');
    }
    const agent = await tx.dispatch.lockAgent(agentId);
    if (!agent) throw new AppError('not_found', 'agent not found');
    if (agent.assigned >= agent.capacity) throw new AppError('conflict', 'offerId: you are at capacity; resolve a chat first', 'offerId');
    const current = await tx.conversations.getForUpdate(offer.conversationId);
    if (!current) throw new AppError('not_found', 'conversation not found');
    const { conversation } = await applyTransition(tx, current, { type: 'accept', agentId }, now, `agent:${agentId}`);
    await tx.offers.update({ ...offer, status: 'accepted', answeredAt: now });
    await tx.timers.cancel(offerTimerKey(offer.id));
    await tx.events.append([{ type: 'offer.accepted', conversationId: conversation.id, actor: `agent:${agentId}`, payload: { offerId: offer.id, waitedMs: now - (conversation.queuedAt ?? now) }, occurredAt: now }]);
    const message = await appendMessage(
      tx,
      deps.ids,
      { conversationId: conversation.id, authorKind: 'system', authorId: null, clientMessageId: null, body: `${agent.name} has joined the conversation.`, meta: { event: 'agent_joined', agentId, agentName: agent.name } },
      now,
    );
    // The call-up the offer's surge came from (still named by the event log as of the offer's creation).
    const callUp = offer.surgeMinor > 0 ? await tx.dispatch.openCallUp(agentId, offer.createdAt) : null;
    return { conversation: { ...conversation, lastSeq: message.seq }, message, offerId: offer.id, callUp: callUp && { ...callUp, surgeBonusMinor: offer.surgeMinor } };
  });
  await deps.bus.publish(agentTopic(agentId), { type: 'offer.closed', agentId, offerId: result.offerId, status: 'accepted' });
  await publishChanges(deps.bus, { conversation: result.conversation, messages: [result.message] });
  if (result.callUp) await deps.hooks?.callUpAnswered?.({ agentId, callUpId: result.callUp.id, surgeBonusMinor: result.callUp.surgeBonusMinor, at: now });
  return result.conversation;
}
