import { canWriteConversation, type Principal } from '../domain/auth/access.js';
import type { Conversation, Message } from '../domain/conversation/types.js';
import { appendMessage } from './append-message.js';
import { actorOf, applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { AppError } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { publishChanges } from './publish.js';

export type SendMessageInput = { principal: Principal; conversationId: string; clientMessageId: string; text: string };
export type SendMessageResult = { message: Message; created: boolean; conversation: Conversation };

/**
 * Idempotent by client message id: a retry after a lost response returns the stored message (created: false)
 * instead of storing it twice. A customer writing to a resolved conversation reopens it to the assistant.
 */
export async function sendMessage(deps: AppDeps, input: SendMessageInput): Promise<SendMessageResult> {
  const text = input.text.trim();
  if (text.length === 0) throw new AppError('validation_failed', 'text: must not be empty', 'text');
  if (text.length > deps.limits.maxMessageChars) {
    throw new AppError('validation_failed', `text: must be at most ${deps.limits.maxMessageChars} characters`, 'text');
  }
  const now = deps.clock.now();
  const result = await deps.store.transaction(async (tx) => {
    let conversation = await loadReadableConversation(tx, input.principal, input.conversationId, { forUpdate: true });
    const existing = await tx.messages.findByClientId(conversation.id, input.clientMessageId);
    if (existing) return { message: existing, created: false, conversation, changed: false };

    if (!canWriteConversation(input.principal, conversation)) {
      throw new AppError('forbidden', 'you can write only in a conversation you own', 'conversationId');
    }
    let changed = false;
    if (input.principal.kind === 'customer') {
      if (conversation.state === 'closed' || conversation.state === 'abandoned') {
        throw new AppError('illegal_transition', `conversation is ${conversation.state}; start a new one`, 'conversationId');
      }
      if (conversation.state === 'resolved') {
        ({ conversation } = await applyTransition(tx, conversation, { type: 'reopen', to: 'ai' }, now, actorOf(input.principal)));
        changed = true;
      }
    }
    const message = await appendMessage(
      tx,
      deps.ids,
      {
        conversationId: conversation.id,
        authorKind: input.principal.kind === 'agent' ? 'agent' : 'customer',
        authorId: input.principal.kind === 'agent' ? input.principal.agentId : conversation.customerId,
        clientMessageId: input.clientMessageId,
        body: text,
      },
      now,
    );
    return { message, created: true, conversation: { ...conversation, lastSeq: message.seq }, changed };
  });
  if (result.created) {
    await publishChanges(deps.bus, { messages: [result.message], conversation: result.changed ? result.conversation : null });
  }
  return { message: result.message, created: result.created, conversation: result.conversation };
}
