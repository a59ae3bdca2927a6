import type { Message } from '../domain/conversation/types.js';
import type { IdGenerator, NewMessage, Store } from './ports.js';

/** Appends inside the caller's transaction, taking the next per-conversation sequence number. */
export async function appendMessage(tx: Store, ids: IdGenerator, input: NewMessage, now: number): Promise<Message> {
  const seq = await tx.conversations.bumpSeq(input.conversationId);
  const message: Message = {
    id: ids.next('msg'),
    conversationId: input.conversationId,
    seq,
    authorKind: input.authorKind,
    authorId: input.authorId,
    clientMessageId: input.clientMessageId,
    body: input.body,
    meta: input.meta ?? {},
    createdAt: now,
  };
  await tx.messages.insert(message);
  return message;
}
