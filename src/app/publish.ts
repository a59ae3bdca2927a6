import type { Conversation, Message } from '../domain/conversation/types.js';
import { conversationTopic, type EventBus } from './ports.js';

/** Realtime pushes happen after the transaction commits, never inside it. */
export async function publishChanges(
  bus: EventBus,
  changes: { conversation?: Conversation | null; messages?: Message[] },
): Promise<void> {
  for (const message of changes.messages ?? []) {
    await bus.publish(conversationTopic(message.conversationId), { type: 'message.created', conversationId: message.conversationId, message });
  }
  if (changes.conversation) {
    const c = changes.conversation;
    await bus.publish(conversationTopic(c.id), { type: 'conversation.updated', conversationId: c.id, conversation: c });
  }
}
