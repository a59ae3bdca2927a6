import { newConversation } from '../domain/conversation/state-machine.js';
import type { Conversation, Message } from '../domain/conversation/types.js';
import { appendMessage } from './append-message.js';
import { actorOf, applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { AppError } from './errors.js';
import { publishChanges } from './publish.js';

export type StartConversationInput = {
  customerId: string;
  language?: string;
  /** Optional first message, sent in the same transaction. */
  firstMessage?: { clientMessageId: string; text: string };
};

export async function startConversation(
  deps: AppDeps,
  input: StartConversationInput,
): Promise<{ conversation: Conversation; messages: Message[] }> {
  const now = deps.clock.now();
  const result = await deps.store.transaction(async (tx) => {
    const customer = await tx.customers.get(input.customerId);
    if (!customer) throw new AppError('unauthorized', 'the session names an unknown customer', 'customerId');
    const draft: Conversation = {
      ...newConversation(),
      id: deps.ids.next('cnv'),
      customerId: customer.id,
      language: input.language ?? customer.language,
      intent: null,
      priority: customer.vulnerable ? 0 : 2,
      requiredCertification: null,
      sensitive: false,
      widened: false,
      lastSeq: 0,
      version: 0,
      createdAt: now,
      updatedAt: now,
    };
    await tx.conversations.insert(draft);
    const actor = actorOf({ kind: 'customer', customerId: customer.id });
    const { conversation } = await applyTransition(tx, draft, { type: 'start' }, now, actor);
    const messages: Message[] = [];
    if (input.firstMessage) {
      messages.push(
        await appendMessage(
          tx,
          deps.ids,
          {
            conversationId: conversation.id,
            authorKind: 'customer',
            authorId: customer.id,
            clientMessageId: input.firstMessage.clientMessageId,
            body: input.firstMessage.text,
          },
          now,
        ),
      );
    }
    return { conversation: { ...conversation, lastSeq: messages.length }, messages };
  });
  await publishChanges(deps.bus, result);
  return result;
}
