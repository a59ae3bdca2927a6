import type { DispatchAgent, Offer as DomainOffer, QueuedConversation } from '../../domain/dispatch/index.js';
import type { Conversation } from '../../domain/conversation/types.js';
import type { AgentWithLoad, Offer, OfferView } from '../ports.js';

/** Records as the pure dispatch rules see them. */
export const toQueued = (c: Conversation, excluded: string[]): QueuedConversation => ({
  id: c.id,
  language: c.language,
  intent: c.intent ?? 'unknown',
  requiredCertification: c.requiredCertification,
  sensitive: c.sensitive,
  priorityClass: c.priority,
  enqueuedAtMs: c.queuedAt ?? c.createdAt,
  excludedAgentIds: excluded,
  previousAgentId: c.previousAgentId,
  widened: c.widened,
});

export const toDispatchAgent = (a: AgentWithLoad, inPaidBlock = false): DispatchAgent => ({
  id: a.id,
  languages: a.languages,
  certifications: a.certifications,
  tier: a.tier,
  capacity: a.capacity,
  load: a.load,
  qualityScore: a.qualityScore,
  callUpOptIn: a.callUpOptIn,
  presence: a.presence,
  inPaidBlock,
  lastOfferAtMs: a.lastOfferAt,
});

export const toDomainOffer = (o: Offer): DomainOffer => ({
  id: o.id,
  conversationId: o.conversationId,
  agentId: o.agentId,
  status: o.status,
  offeredAtMs: o.createdAt,
  expiresAtMs: o.expiresAt,
  closedAtMs: o.answeredAt,
});

/** The offer card: topic, language, wait so far, pay, and the ranking's own sentence on why. */
export const toOfferView = (offer: Offer, conversation: Conversation, currency: string, now: number): OfferView => ({
  offerId: offer.id,
  conversationId: conversation.id,
  intent: conversation.intent,
  language: conversation.language,
  waitedSeconds: Math.max(0, Math.round((now - (conversation.queuedAt ?? now)) / 1000)),
  payMinor: offer.payMinor,
  surgeMinor: offer.surgeMinor,
  currency,
  why: String(offer.rank.summary ?? ''),
  expiresAt: offer.expiresAt,
  escalationReason: conversation.escalationReason,
});
