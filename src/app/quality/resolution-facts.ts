import type { Conversation } from '../../domain/conversation/types.js';
import type { DomainEvent } from '../ports.js';

/** What the event log says about one resolution of a conversation. */
export type ResolutionFacts = {
  /** 'ai' or the resolving agent's id. */
  resolvedBy: string;
  /** Some agent owned the conversation before the resolution. */
  humanTouched: boolean;
  /** The agent the resolution is judged as: the resolver, or the last human owner when the AI closed it. */
  agentId: string | null;
};

const agentOf = (e: DomainEvent): string | null => (typeof e.payload.agentId === 'string' ? e.payload.agentId : null);

export function factsOfResolution(events: readonly DomainEvent[], resolvedAt: number): ResolutionFacts | null {
  const resolved = events.find((e) => e.type === 'conversation.resolved' && e.occurredAt === resolvedAt);
  if (!resolved) return null;
  const owners = events.filter((e) => e.type === 'conversation.assigned' && e.occurredAt <= resolvedAt).map(agentOf);
  const lastOwner = owners.filter((a): a is string => a !== null).at(-1) ?? null;
  const resolver = resolved.payload.by === 'agent' ? agentOf(resolved) : null;
  return { resolvedBy: resolver ?? 'ai', humanTouched: owners.length > 0, agentId: resolver ?? lastOwner };
}

/** Certification topic a review counts toward: the pool the conversation was routed to, else 'general'. */
export const topicOf = (conversation: Pick<Conversation, 'requiredCertification'>): string => conversation.requiredCertification ?? 'general';
