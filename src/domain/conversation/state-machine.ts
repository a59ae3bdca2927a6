import { ESCALATION_REASONS, type EscalationReason } from '../escalation/reasons.js';

/**
 * The conversation lifecycle (DESIGN.md): one owner at a time — never the AI and a human talking over each
 * other. `transition` is pure: the application layer persists the returned state and publishes the events.
 *
 *  new ──> ai ──resolve──> resolved ──(7 days, no repeat contact)──> closed
 *           │                 ^  └─reopen ──> ai or queued (policy)
 *           │ escalate(reason)│
 *           v                 │
 *        queued ──offer──> offered ──accept──> assigned ──resolve──┘
 *           ^                 │ decline / timeout / withdraw │ transfer / agent lost
 *           └─────────────────┴──────────────────────────────┘
 *        (abandoned: the customer left while queued or offered)
 */

export const conversationStates = ['new', 'ai', 'queued', 'offered', 'assigned', 'resolved', 'closed', 'abandoned'] as const;
export type ConversationState = (typeof conversationStates)[number];

/** Every escalation carries one of these reasons (defined, in precedence order, by the escalation policy). */
export const escalationReasons = ESCALATION_REASONS;
export type { EscalationReason };

export type RequeueReason = 'transfer' | 'agent_lost';
export type OfferEndReason = 'declined' | 'timed_out' | 'withdrawn';

export type ConversationSnapshot = {
  state: ConversationState;
  /** The human who owns the conversation while `assigned`; the previous owner is kept for stickiness. */
  ownerAgentId: string | null;
  offeredAgentId: string | null;
  previousAgentId: string | null;
  escalationReason: EscalationReason | null;
  /** When the conversation last entered the queue: queue order and wait time are measured from here. */
  queuedAt: number | null;
  resolvedAt: number | null;
};

export type ConversationCommand =
  | { type: 'start' }
  | { type: 'escalate'; reason: EscalationReason }
  | { type: 'offer'; agentId: string }
  | { type: 'accept'; agentId: string }
  | { type: 'end_offer'; agentId: string; reason: OfferEndReason }
  | { type: 'assign'; agentId: string }
  | { type: 'resolve'; by: 'ai' | { agentId: string } }
  | { type: 'reopen'; to: 'ai' | 'queued' }
  | { type: 'requeue'; reason: RequeueReason }
  | { type: 'abandon' }
  | { type: 'close' };

export type ConversationEvent =
  | { type: 'conversation.started' }
  | { type: 'conversation.escalated'; reason: EscalationReason }
  | { type: 'conversation.offered'; agentId: string }
  | { type: 'conversation.offer_ended'; agentId: string; reason: OfferEndReason }
  | { type: 'conversation.assigned'; agentId: string }
  | { type: 'conversation.resolved'; by: 'ai' | 'agent'; agentId: string | null }
  | { type: 'conversation.reopened'; to: 'ai' | 'queued' }
  | { type: 'conversation.requeued'; reason: RequeueReason; agentId: string }
  | { type: 'conversation.abandoned' }
  | { type: 'conversation.closed' };

export type TransitionResult =
  | { ok: true; snapshot: ConversationSnapshot; events: ConversationEvent[] }
  | { ok: false; code: 'illegal_transition' | 'not_owner' | 'not_offered_agent'; message: string };

export const newConversation = (): ConversationSnapshot => ({
  state: 'new',
  ownerAgentId: null,
  offeredAgentId: null,
  previousAgentId: null,
  escalationReason: null,
  queuedAt: null,
  resolvedAt: null,
});

const illegal = (from: ConversationState, command: ConversationCommand): TransitionResult => ({
  ok: false,
  code: 'illegal_transition',
  message: `cannot ${command.type} a conversation that is ${from}`,
});

const ok = (snapshot: ConversationSnapshot, ...events: ConversationEvent[]): TransitionResult => ({
  ok: true,
  snapshot,
  events,
});

/** Which commands each state accepts; anything else is an illegal transition. */
const allowed: Record<ConversationState, ReadonlyArray<ConversationCommand['type']>> = {
  new: ['start', 'escalate'],
  ai: ['escalate', 'resolve'],
  queued: ['offer', 'assign', 'abandon'],
  offered: ['accept', 'end_offer', 'assign', 'abandon'],
  assigned: ['resolve', 'requeue'],
  resolved: ['reopen', 'close'],
  closed: [],
  abandoned: [],
};

export function transition(s: ConversationSnapshot, command: ConversationCommand, now: number): TransitionResult {
  if (!allowed[s.state].includes(command.type)) return illegal(s.state, command);

  switch (command.type) {
    case 'start':
      return ok({ ...s, state: 'ai' }, { type: 'conversation.started' });

    case 'escalate':
      return ok(
        { ...s, state: 'queued', escalationReason: command.reason, queuedAt: now },
        { type: 'conversation.escalated', reason: command.reason },
      );

    case 'offer':
      return ok({ ...s, state: 'offered', offeredAgentId: command.agentId }, { type: 'conversation.offered', agentId: command.agentId });

    case 'accept':
      if (s.offeredAgentId !== command.agentId) {
        return { ok: false, code: 'not_offered_agent', message: 'this conversation is not offered to this agent' };
      }
      return ok(
        { ...s, state: 'assigned', ownerAgentId: command.agentId, offeredAgentId: null },
        { type: 'conversation.assigned', agentId: command.agentId },
      );

    case 'end_offer':
      if (s.offeredAgentId !== command.agentId) {
        return { ok: false, code: 'not_offered_agent', message: 'this conversation is not offered to this agent' };
      }
      // Back to the queue keeping its place: queuedAt is unchanged, so the wait clock keeps running.
      return ok(
        { ...s, state: 'queued', offeredAgentId: null },
        { type: 'conversation.offer_ended', agentId: command.agentId, reason: command.reason },
      );

    case 'assign': {
      const events: ConversationEvent[] = [];
      if (s.state === 'offered' && s.offeredAgentId !== null) {
        events.push({ type: 'conversation.offer_ended', agentId: s.offeredAgentId, reason: 'withdrawn' });
      }
      events.push({ type: 'conversation.assigned', agentId: command.agentId });
      return ok({ ...s, state: 'assigned', ownerAgentId: command.agentId, offeredAgentId: null }, ...events);
    }

    case 'resolve': {
      if (command.by === 'ai') {
        if (s.state !== 'ai') return illegal(s.state, command);
        return ok({ ...s, state: 'resolved', resolvedAt: now }, { type: 'conversation.resolved', by: 'ai', agentId: null });
      }
      if (s.state !== 'assigned') return illegal(s.state, command);
      if (s.ownerAgentId !== command.by.agentId) {
        return { ok: false, code: 'not_owner', message: 'only the agent who owns this conversation can resolve it' };
      }
      return ok(
        { ...s, state: 'resolved', resolvedAt: now, ownerAgentId: null, previousAgentId: command.by.agentId },
        { type: 'conversation.resolved', by: 'agent', agentId: command.by.agentId },
      );
    }

    case 'reopen':
      return ok(
        {
          ...s,
          state: command.to,
          resolvedAt: null,
          queuedAt: command.to === 'queued' ? now : s.queuedAt,
        },
        { type: 'conversation.reopened', to: command.to },
      );

    case 'requeue': {
      const agentId = s.ownerAgentId as string;
      // A customer whose agent was lost keeps the time they first queued: back at the front of their class.
      const queuedAt = command.reason === 'agent_lost' ? (s.queuedAt ?? now) : now;
      return ok(
        { ...s, state: 'queued', ownerAgentId: null, previousAgentId: agentId, queuedAt },
        { type: 'conversation.requeued', reason: command.reason, agentId },
      );
    }

    case 'abandon':
      return ok({ ...s, state: 'abandoned', offeredAgentId: null }, { type: 'conversation.abandoned' });

    case 'close':
      return ok({ ...s, state: 'closed' }, { type: 'conversation.closed' });
  }
}

/** Who may speak in a conversation in this state: the assistant never speaks while a human owns it. */
export const speakerAllowed = (state: ConversationState, speaker: 'ai' | 'agent'): boolean =>
  speaker === 'ai' ? state === 'ai' : state === 'assigned';
