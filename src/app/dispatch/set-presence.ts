import type { Principal } from '../../domain/auth/access.js';
import type { Agent } from '../ports.js';
import { forbidden } from '../errors.js';
import { closeOfferInTx, publishClosedOffer } from './close-offer.js';
import { kickDispatcher, type DispatchDeps } from './dispatch-deps.js';

/**
 * Online (available), away or offline. Leaving "available" withdraws any open offer at once, so no
 * customer waits on someone who stepped away; the chats the agent owns stay with them.
 */
export async function setPresence(deps: DispatchDeps, input: { principal: Principal; presence: Agent['presence'] }): Promise<{ presence: Agent['presence'] }> {
  if (input.principal.kind !== 'agent') throw forbidden('only agents have a presence');
  await changePresence(deps, input.principal.agentId, input.presence, 'agent');
  return { presence: input.presence };
}

export async function changePresence(deps: DispatchDeps, agentId: string, presence: Agent['presence'], actor: 'agent' | 'system'): Promise<void> {
  const now = deps.clock.now();
  const closed = await deps.store.transaction(async (tx) => {
    await tx.dispatch.lockAgent(agentId);
    await tx.dispatch.setPresence(agentId, presence, actor === 'agent' ? now : null);
    await tx.events.append([{ type: 'agent.presence', conversationId: null, actor: actor === 'agent' ? `agent:${agentId}` : 'system', payload: { agentId, presence }, occurredAt: now }]);
    if (presence === 'available') return [];
    const results = [];
    for (const offer of await tx.offers.listOpenForAgent(agentId)) {
      const result = await closeOfferInTx(deps, tx, offer, 'withdrawn', now);
      if (result) results.push(result);
    }
    return results;
  });
  for (const c of closed) await publishClosedOffer(deps, c);
  if (presence === 'available') await kickDispatcher(deps.bus);
}
