import type { Principal } from '../domain/auth/access.js';
import type { Conversation, Message } from '../domain/conversation/types.js';
import { appendMessage } from './append-message.js';
import { actorOf, applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { AppError, forbidden, notFound } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { publishChanges } from './publish.js';

/** A supervisor (or the admin key) hands a queued conversation straight to a named agent. */
export async function assignConversation(
  deps: AppDeps,
  input: { principal: Principal; conversationId: string; agentId: string },
): Promise<Conversation> {
  const { principal } = input;
  if (principal.kind === 'customer' || (principal.kind === 'agent' && principal.role !== 'supervisor')) {
    throw forbidden('only supervisors and the admin key assign conversations');
  }
  const now = deps.clock.now();
  const result = await deps.store.transaction(async (tx) => {
    const agent = await tx.agents.get(input.agentId);
    if (!agent) throw notFound('agent', 'agentId');
    const current = await loadReadableConversation(tx, principal, input.conversationId, { forUpdate: true });
    if (current.state !== 'queued' && current.state !== 'offered') {
      throw new AppError('illegal_transition', `only a queued conversation can be assigned; this one is ${current.state}`, 'conversationId');
    }
    const { conversation } = await applyTransition(tx, current, { type: 'assign', agentId: agent.id }, now, actorOf(principal));
    const message: Message = await appendMessage(
      tx,
      deps.ids,
      {
        conversationId: conversation.id,
        authorKind: 'system',
        authorId: null,
        clientMessageId: null,
        body: `${agent.name} has joined the conversation.`,
        meta: { event: 'agent_joined', agentId: agent.id, agentName: agent.name },
      },
      now,
    );
    return { conversation: { ...conversation, lastSeq: message.seq }, message };
  });
  await publishChanges(deps.bus, { conversation: result.conversation, messages: [result.message] });
  return result.conversation;
}
