import { applyTransition } from '../apply-transition.js';
import { appendMessage } from '../append-message.js';
import { publishChanges } from '../publish.js';
import { kickDispatcher, type DispatchDeps } from './dispatch-deps.js';
import { changePresence } from './set-presence.js';

/**
 * Presence decays without heartbeats. After `awayAfterMs` of silence an agent becomes away (their open
 * offers go back to the queue at once); after `requeueAfterMs` the chats they own go back to the queue too,
 * at the front of their class (they keep the time they first queued) — nobody is stranded with a lost agent.
 */
export async function sweepSilentAgents(deps: DispatchDeps): Promise<{ away: number; requeued: number }> {
  const now = deps.clock.now();
  let away = 0;
  for (const agent of await deps.store.dispatch.silentSince(now - deps.presence.awayAfterMs)) {
    if (agent.presence === 'available') {
      await changePresence(deps, agent.id, 'away', 'system');
      away += 1;
    }
  }
  let requeued = 0;
  for (const agent of await deps.store.dispatch.silentSince(now - deps.presence.requeueAfterMs)) {
    for (const owned of await deps.store.dispatch.assignedTo(agent.id)) {
      const result = await deps.store.transaction(async (tx) => {
        const current = await tx.conversations.getForUpdate(owned.id);
        if (!current || current.state !== 'assigned' || current.ownerAgentId !== agent.id) return null;
        const { conversation } = await applyTransition(tx, current, { type: 'requeue', reason: 'agent_lost' }, now, 'system');
        const message = await appendMessage(
          tx,
          deps.ids,
          { conversationId: conversation.id, authorKind: 'system', authorId: null, clientMessageId: null, body: 'Your agent lost their connection. You are back at the front of the queue.', meta: { event: 'agent_lost', agentId: agent.id } },
          now,
        );
        return { conversation: { ...conversation, lastSeq: message.seq }, message };
      });
      if (result) {
        requeued += 1;
        await publishChanges(deps.bus, { conversation: result.conversation, messages: [result.message] });
      }
    }
    if (agent.presence !== 'offline') await changePresence(deps, agent.id, 'offline', 'system');
  }
  if (requeued > 0) await kickDispatcher(deps.bus);
  return { away, requeued };
}
