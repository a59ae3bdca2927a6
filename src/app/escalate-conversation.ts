import type { Principal } from '../domain/auth/access.js';
import type { EscalationReason } from '../domain/conversation/state-machine.js';
import type { Conversation, Message } from '../domain/conversation/types.js';
import { appendMessage } from './append-message.js';
import { actorOf, applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { AppError } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { kickDispatcher } from './dispatch/dispatch-deps.js';
import { publishChanges } from './publish.js';

/**
 * Hands the conversation to the human queue with a reason. The customer's own request is always honoured
 * at once; asking again while already queued is not an error (the button may be pressed twice).
 */
export async function escalateConversation(
  deps: AppDeps,
  input: {
    principal: Principal | 'ai';
    conversationId: string;
    reason: EscalationReason;
    handoff?: Record<string, unknown>;
    /** What the queue needs to know, from the intent policy: topic, certification, sensitivity, urgency. */
    routing?: { intent?: string | null; requiredCertification?: string | null; sensitive?: boolean; priority?: number };
  },
): Promise<{ conversation: Conversation; message: Message | null }> {
  const now = deps.clock.now();
  const principal: Principal = input.principal === 'ai' ? { kind: 'admin' } : input.principal;
  const result = await deps.store.transaction(async (tx) => {
    const current = await loadReadableConversation(tx, principal, input.conversationId, { forUpdate: true });
    if (['queued', 'offered', 'assigned'].includes(current.state)) return { conversation: current, message: null };
    if (current.state !== 'ai' && current.state !== 'new') {
      throw new AppError('illegal_transition', `cannot ask for a person in a ${current.state} conversation`, 'conversationId');
    }
    const routing = input.routing ?? {};
    const routed = {
      ...current,
      intent: routing.intent ?? current.intent,
      requiredCertification: routing.requiredCertification ?? current.requiredCertification,
      sensitive: routing.sensitive ?? current.sensitive,
      priority: Math.min(current.priority, routing.priority ?? current.priority),
      widened: false,
    };
    const { conversation } = await applyTransition(tx, routed, { type: 'escalate', reason: input.reason }, now, actorOf(input.principal));
    const message = await appendMessage(
      tx,
      deps.ids,
      {
        conversationId: conversation.id,
        authorKind: 'system',
        authorId: null,
        clientMessageId: null,
        body: 'You are in the queue for a person. They will see everything written so far.',
        meta: { event: 'escalated', reason: input.reason, ...(input.handoff ? { handoff: input.handoff } : {}) },
      },
      now,
    );
    return { conversation: { ...conversation, lastSeq: message.seq }, message };
  });
  if (result.message) {
    await publishChanges(deps.bus, { conversation: result.conversation, messages: [result.message] });
    await kickDispatcher(deps.bus);
  }
  return result;
}
