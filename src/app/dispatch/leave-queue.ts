import type { Principal } from '../../domain/auth/access.js';
import type { Conversation } from '../../domain/conversation/types.js';
import { appendMessage } from '../append-message.js';
import { actorOf, applyTransition } from '../apply-transition.js';
import { AppError, forbidden } from '../errors.js';
import { loadReadableConversation } from '../load-conversation.js';
import { publishChanges } from '../publish.js';
import { closeOfferInTx, publishClosedOffer } from './close-offer.js';
import type { DispatchDeps } from './dispatch-deps.js';

/**
 * The customer stops waiting for a person (closes the widget, or their patience ran out in the
 * simulator): an open offer is withdrawn from the agent at once and the conversation is abandoned.
 * Leaving twice is not an error; leaving once a person has joined is (they resolve it instead).
 */
export async function leaveQueue(deps: DispatchDeps, input: { principal: Principal; conversationId: string }): Promise<Conversation> {
  if (input.principal.kind !== 'customer') throw forbidden('only the customer leaves the queue');
  const principal = input.principal;
  const now = deps.clock.now();
  const result = await deps.store.transaction(async (tx) => {
    const current = await loadReadableConversation(tx, principal, input.conversationId, { forUpdate: true });
    if (current.state === 'abandoned') return { conversation: current, message: null, withdrawn: null };
    if (current.state !== 'queued' && current.state !== 'offered') {
      throw new AppError('illegal_transition', `only a waiting conversation can be left; this one is ${current.state}`, 'conversationId');
    }
    const open = await tx.offers.openForConversation(current.id);
    // Withdrawing first puts the conversation back to queued, so the abandon below starts from there.
    const withdrawn = open ? await closeOfferInTx(deps, tx, open, 'withdrawn', now) : null;
    const waiting = withdrawn?.conversation ?? current;
    const { conversation } = await applyTransition(tx, waiting, { type: 'abandon' }, now, actorOf(principal));
    const message = await appendMessage(
      tx,
      deps.ids,
      { conversationId: conversation.id, authorKind: 'system', authorId: null, clientMessageId: null, body: 'You left the queue.', meta: { event: 'left_queue' } },
      now,
    );
    return { conversation: { ...conversation, lastSeq: message.seq }, message, withdrawn };
  });
  if (result.withdrawn) await publishClosedOffer(deps, { offer: result.withdrawn.offer, conversation: null });
  if (result.message) await publishChanges(deps.bus, { conversation: result.conversation, messages: [result.message] });
  return result.conversation;
}
