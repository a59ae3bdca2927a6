import { describe, expect, it } from 'vitest';
import {
  conversationStates,
  newConversation,
  speakerAllowed,
  transition,
  type ConversationCommand,
  type ConversationSnapshot,
  type ConversationState,
} from './state-machine.js';

const NOW = 1_700_000_000_000;

/** A snapshot that is consistent with being in `state` (owner set when assigned, offer set when offered). */
function inState(state: ConversationState): ConversationSnapshot {
  const base = newConversation();
  switch (state) {
    case 'offered':
      return { ...base, state, offeredAgentId: 'agt_a', queuedAt: NOW - 5000, escalationReason: 'customer_asked' };
    case 'assigned':
      return { ...base, state, ownerAgentId: 'agt_a', queuedAt: NOW - 5000, escalationReason: 'customer_asked' };
    case 'queued':
      return { ...base, state, queuedAt: NOW - 5000, escalationReason: 'low_confidence' };
    case 'resolved':
      return { ...base, state, resolvedAt: NOW - 1000, previousAgentId: 'agt_a' };
    default:
      return { ...base, state };
  }
}

const commands: Record<string, ConversationCommand> = {
  start: { type: 'start' },
  escalate: { type: 'escalate', reason: 'customer_asked' },
  offer: { type: 'offer', agentId: 'agt_a' },
  accept: { type: 'accept', agentId: 'agt_a' },
  end_offer: { type: 'end_offer', agentId: 'agt_a', reason: 'declined' },
  assign: { type: 'assign', agentId: 'agt_b' },
  resolve_ai: { type: 'resolve', by: 'ai' },
  resolve_agent: { type: 'resolve', by: { agentId: 'agt_a' } },
  reopen_ai: { type: 'reopen', to: 'ai' },
  reopen_queued: { type: 'reopen', to: 'queued' },
  requeue: { type: 'requeue', reason: 'agent_lost' },
  abandon: { type: 'abandon' },
  close: { type: 'close' },
};

/** The complete table of legal moves: state -> command -> resulting state. Everything else is rejected. */
const legal: Record<ConversationState, Record<string, ConversationState>> = {
  new: { start: 'ai', escalate: 'queued' },
  ai: { escalate: 'queued', resolve_ai: 'resolved' },
  queued: { offer: 'offered', assign: 'assigned', abandon: 'abandoned' },
  offered: { accept: 'assigned', end_offer: 'queued', assign: 'assigned', abandon: 'abandoned' },
  assigned: { resolve_agent: 'resolved', requeue: 'queued' },
  resolved: { reopen_ai: 'ai', reopen_queued: 'queued', close: 'closed' },
  closed: {},
  abandoned: {},
};

describe('conversation state machine', () => {
  for (const state of conversationStates) {
    for (const [name, command] of Object.entries(commands)) {
      const expected = legal[state][name];
      it(`${state} + ${name} → ${expected ?? 'rejected'}`, () => {
        const result = transition(inState(state), command, NOW);
        if (expected) {
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.snapshot.state).toBe(expected);
            expect(result.events.length).toBeGreaterThan(0);
          }
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.code).toBe('illegal_transition');
        }
      });
    }
  }

  it('records the escalation reason and starts the wait clock', () => {
    const r = transition(inState('ai'), { type: 'escalate', reason: 'negative_sentiment' }, NOW);
    expect(r).toMatchObject({ ok: true, snapshot: { escalationReason: 'negative_sentiment', queuedAt: NOW } });
    expect(r.ok && r.events).toEqual([{ type: 'conversation.escalated', reason: 'negative_sentiment' }]);
  });

  it('keeps the wait clock when an offer is declined, so the customer keeps their place', () => {
    const r = transition(inState('offered'), { type: 'end_offer', agentId: 'agt_a', reason: 'timed_out' }, NOW);
    expect(r).toMatchObject({ ok: true, snapshot: { state: 'queued', queuedAt: NOW - 5000, offeredAgentId: null } });
  });

  it('refuses an accept or decline from an agent the conversation was not offered to', () => {
    expect(transition(inState('offered'), { type: 'accept', agentId: 'agt_x' }, NOW)).toMatchObject({ ok: false, code: 'not_offered_agent' });
    expect(transition(inState('offered'), { type: 'end_offer', agentId: 'agt_x', reason: 'declined' }, NOW)).toMatchObject({
      ok: false,
      code: 'not_offered_agent',
    });
  });

  it('lets only the owner resolve an assigned conversation', () => {
    expect(transition(inState('assigned'), { type: 'resolve', by: { agentId: 'agt_x' } }, NOW)).toMatchObject({ ok: false, code: 'not_owner' });
  });

  it('withdraws an open offer when a supervisor assigns directly', () => {
    const r = transition(inState('offered'), { type: 'assign', agentId: 'agt_b' }, NOW);
    expect(r.ok && r.events).toEqual([
      { type: 'conversation.offer_ended', agentId: 'agt_a', reason: 'withdrawn' },
      { type: 'conversation.assigned', agentId: 'agt_b' },
    ]);
  });

  it('remembers the previous agent after a resolve and after losing the agent, who keeps their place', () => {
    const resolved = transition(inState('assigned'), { type: 'resolve', by: { agentId: 'agt_a' } }, NOW);
    expect(resolved).toMatchObject({ ok: true, snapshot: { ownerAgentId: null, previousAgentId: 'agt_a', resolvedAt: NOW } });
    const lost = transition(inState('assigned'), { type: 'requeue', reason: 'agent_lost' }, NOW);
    expect(lost).toMatchObject({ ok: true, snapshot: { ownerAgentId: null, previousAgentId: 'agt_a', queuedAt: NOW - 5000 } });
    const transferred = transition(inState('assigned'), { type: 'requeue', reason: 'transfer' }, NOW);
    expect(transferred).toMatchObject({ ok: true, snapshot: { queuedAt: NOW } });
  });

  it('never lets the AI speak while a human owns the conversation', () => {
    for (const state of conversationStates) {
      expect(speakerAllowed(state, 'ai')).toBe(state === 'ai');
      expect(speakerAllowed(state, 'agent')).toBe(state === 'assigned');
    }
  });
});
