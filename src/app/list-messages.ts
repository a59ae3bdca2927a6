import type { Principal } from '../domain/auth/access.js';
import type { Message } from '../domain/conversation/types.js';
import type { AppDeps } from './deps.js';
import { loadReadableConversation } from './load-conversation.js';

export async function listMessages(
  deps: Pick<AppDeps, 'store'>,
  input: { principal: Principal; conversationId: string; afterSeq: number; limit: number },
): Promise<{ messages: Message[]; lastSeq: number }> {
  const conversation = await loadReadableConversation(deps.store, input.principal, input.conversationId);
  const messages = await deps.store.messages.listAfter(conversation.id, input.afterSeq, input.limit);
  return { messages, lastSeq: conversation.lastSeq };
}
