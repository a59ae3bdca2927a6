import type { ConversationSnapshot } from './state-machine.js';

export const authorKinds = ['customer', 'ai', 'agent', 'system'] as const;
export type AuthorKind = (typeof authorKinds)[number];

export type Conversation = ConversationSnapshot & {
  id: string;
  customerId: string;
  language: string;
  intent: string | null;
  /** Lower is more urgent: 0 vulnerable / urgent, 1 returning or at SLA risk, 2 normal. */
  priority: number;
  /** Routing needs, set when the conversation enters the queue (from the intent policy). */
  requiredCertification: string | null;
  sensitive: boolean;
  /** The search was widened after the wait limit (preferences relaxed, never hard rules). */
  widened: boolean;
  lastSeq: number;
  /** Bumped on every state change; updates are conditional on it so two writers cannot both win. */
  version: number;
  createdAt: number;
  updatedAt: number;
};

export type Message = {
  id: string;
  conversationId: string;
  /** Per-conversation, gap-free, starting at 1: clients resume from the last one they saw. */
  seq: number;
  authorKind: AuthorKind;
  authorId: string | null;
  clientMessageId: string | null;
  body: string;
  meta: Record<string, unknown>;
  createdAt: number;
};
