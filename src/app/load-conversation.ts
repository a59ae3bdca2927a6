import { canReadConversation, type Principal } from '../domain/auth/access.js';
import type { Conversation } from '../domain/conversation/types.js';
import { notFound } from './errors.js';
import type { Store } from './ports.js';

/**
 * Loads a conversation the caller may read. Someone else's conversation answers exactly like a missing one,
 * so ids cannot be probed.
 */
export async function loadReadableConversation(
  store: Store,
  principal: Principal,
  conversationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Conversation> {
  const conversation = options.forUpdate
    ? await store.conversations.getForUpdate(conversationId)
    : await store.conversations.get(conversationId);
  if (!conversation || !canReadConversation(principal, conversation)) throw notFound('conversation', 'conversationId');
  return conversation;
}
