import type { Conversation } from '../domain/conversation/types.js';
import type { Clock, EventBus, IdGenerator, Store } from './ports.js';

/**
 * Things other areas do after a conversation changes (pay, quality), run after the commit. A failure is
 * logged by the caller's hook and retried by that area's own loop, never undoing the change itself.
 */
export type ConversationHooks = {
  resolved?(conversation: Conversation, by: 'ai' | { agentId: string }): Promise<void>;
  intentKnown?(conversationId: string): Promise<void>;
  /** An agent took work that carried a call-up's surge bonus: pay it (once per call-up and agent). */
  callUpAnswered?(answer: { agentId: string; callUpId: string; surgeBonusMinor: number; at: number }): Promise<void>;
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
