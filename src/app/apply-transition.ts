import type { Principal } from '../domain/auth/access.js';
import { transition, type ConversationCommand, type ConversationEvent } from '../domain/conversation/state-machine.js';
import type { Conversation } from '../domain/conversation/types.js';
import { AppError } from './errors.js';
import type { Store } from './ports.js';

export const actorOf = (principal: Principal | 'system' | 'ai'): string =>
  typeof principal === 'string'
    ? principal
    : principal.kind === 'customer'
      ? `customer:${principal.customerId}`
      : principal.kind === 'agent'
        ? `agent:${principal.agentId}`
        : 'admin';

/**
 * Runs a domain transition and persists it inside the caller's transaction: a conditional update on the
 * version (so a concurrent writer cannot silently win) plus the events, appended to the log.
 */
export async function applyTransition(
  tx: Store,
  conversation: Conversation,
  command: ConversationCommand,
  now: number,
  actor: string,
): Promise<{ conversation: Conversation; events: ConversationEvent[] }> {
  const result = transition(conversation, command, now);
  if (!result.ok) {
    throw new AppError(result.code === 'illegal_transition' ? 'illegal_transition' : 'forbidden', result.message);
  }
  const next: Conversation = { ...conversation, ...result.snapshot, version: conversation.version + 1, updatedAt: now };
  if (!(await tx.conversations.update(next, conversation.version))) {
    throw new AppError('conflict', 'the conversation changed at the same time; try again');
  }
  await tx.events.append(
    result.events.map(({ type, ...payload }) => ({ type, conversationId: conversation.id, actor, payload, occurredAt: now })),
  );
  return { conversation: next, events: result.events };
}
