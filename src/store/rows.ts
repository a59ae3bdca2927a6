import type { Agent, Customer } from '../app/ports.js';
import type { ConversationState, EscalationReason } from '../domain/conversation/state-machine.js';
import type { Conversation, Message } from '../domain/conversation/types.js';
import type { AgentRow, ConversationRow, CustomerRow, MessageRow } from './schema.js';

/** Row ↔ record mapping: dates become epoch milliseconds at this boundary and nowhere else. */
export const ms = (d: Date | null): number | null => (d ? d.getTime() : null);
export const date = (n: number | null): Date | null => (n === null ? null : new Date(n));

export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  customerId: r.customerId,
  state: r.state as ConversationState,
  ownerAgentId: r.ownerAgentId,
  offeredAgentId: r.offeredAgentId,
  previousAgentId: r.previousAgentId,
  escalationReason: r.escalationReason as EscalationReason | null,
  language: r.language,
  intent: r.intent,
  priority: r.priority,
  requiredCertification: r.requiredCertification,
  sensitive: r.sensitive,
  widened: r.widened,
  lastSeq: r.lastSeq,
  version: r.version,
  createdAt: r.createdAt.getTime(),
  updatedAt: r.updatedAt.getTime(),
  queuedAt: ms(r.queuedAt),
  resolvedAt: ms(r.resolvedAt),
});

export const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  conversationId: r.conversationId,
  seq: r.seq,
  authorKind: r.authorKind,
  authorId: r.authorId,
  clientMessageId: r.clientMessageId,
  body: r.body,
  meta: r.meta,
  createdAt: r.createdAt.getTime(),
});

export const toCustomer = (r: CustomerRow): Customer => ({
  id: r.id,
  name: r.name,
  email: r.email,
  language: r.language,
  vulnerable: r.vulnerable,
});

export const toAgent = (r: AgentRow): Agent => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.passwordHash,
  role: r.role,
  languages: r.languages,
  skills: r.skills,
  certifications: r.certifications,
  tier: r.tier,
  capacity: r.capacity,
  qualityScore: r.qualityScore,
  callUpOptIn: r.callUpOptIn,
  presence: r.presence,
  lastSeenAt: ms(r.lastSeenAt),
  lastOfferAt: ms(r.lastOfferAt),
});
