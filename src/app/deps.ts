import type { Conversation } from '../domain/conversation/types.js';
import type { Clock, EventBus, IdGenerator, Store } from './ports.js';

/**
 * Things other areas do after a conversation changes (pay, quality), run after the commit. A failure is
 * logged by the caller's hook and retried by that area's own loop, never undoing the change itself.
 */
export type ConversationHooks = {
  resolved?(conversation: Conversation, by: 'ai' | { agentId: string }): Promise<void>;
  intentKnown?(conversationId: string): Promise<void>;
};

/** What every use-case receives: ports only, never adapters or globals. */
export type AppDeps = {
  store: Store;
  bus: EventBus;
  clock: Clock;
  ids: IdGenerator;
  limits: { maxMessageChars: number };
  hooks?: ConversationHooks;
};
