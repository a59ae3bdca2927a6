import type { Agent, AgentWithLoad, DispatchRepository } from '../../app/ports.js';
import type { Conversation } from '../../domain/conversation/types.js';
import { indexPresence } from './people.js';
import { setRow, type Tables, type Undo } from './tables.js';

/**
 * Load = conversations the agent owns plus offers they have open (an open offer holds a slot), as in SQL.
 * The dispatcher reads every available agent on every tick, so each agent's answer is kept, frozen, until
 * their row or their load changes (rows are replaced, never changed in place, so identity tells).
 */
const loads = new WeakMap<Agent, { assigned: number; load: number; view: AgentWithLoad }>();
function withLoad(t: Tables, agent: Agent): AgentWithLoad {
  const assigned = t.assignedByAgent.get(agent.id)?.size ?? 0;
  const load = assigned + (t.openOffersByAgent.get(agent.id)?.size ?? 0);
  const cached = loads.get(agent);
  if (cached && cached.assigned === assigned && cached.load === load) return cached.view;
  const view = Object.freeze({ ...agent, assigned, load });
  loads.set(agent, { assigned, load, view });
  return view;
}

const queueOrder = (a: Conversation, b: Conversation) =>
  a.priority - b.priority || (a.queuedAt ?? 0) - (b.queuedAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const memoryDispatch = (t: Tables, undo: Undo): DispatchRepository => {
  const change = (agentId: string, patch: Partial<Agent>) => {
    const row = t.agents.get(agentId);
    if (!row) return;
    const next = Object.freeze({ ...row, ...patch });
    setRow(undo, t.agents, agentId, next);
    indexPresence(t, undo, next, row);
  };
  const withPresence = (presence: Agent['presence']) => [...(t.agentIdsByPresence.get(presence) ?? [])].map((id) => t.agents.get(id)!);
  return {
    async queued(limit) {
      const rows = [...t.queued].map((id) => t.conversations.get(id)!);
      return rows.sort(queueOrder).slice(0, limit).map((c) => ({ ...c }));
    },
    async availableAgents() {
      const rows: AgentWithLoad[] = [];
      for (const id of t.agentIdsByPresence.get('available') ?? []) rows.push(withLoad(t, t.agents.get(id)!));
      return rows;
    },
    async agentsWithLoad(filter) {
      const rows: AgentWithLoad[] = [];
      for (const agent of t.agents.values()) if (filter?.presence === undefined || agent.presence === filter.presence) rows.push(withLoad(t, agent));
      return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async offlineOptedIn() {
      return withPresence('offline').filter((a) => a.callUpOptIn);
    },
    async agentWithLoad(agentId) {
      const agent = t.agents.get(agentId);
      return agent ? withLoad(t, agent) : null;
    },
    async lockAgent(agentId) {
      return this.agentWithLoad(agentId);
    },
    async setPresence(agentId, presence, seenAt) {
      change(agentId, seenAt === null ? { presence } : { presence, lastSeenAt: seenAt });
    },
    async touch(agentId, now) {
      change(agentId, { lastSeenAt: now });
    },
    async setLastOfferAt(agentId, now) {
      change(agentId, { lastOfferAt: now });
    },
    async silentSince(before) {
      const rows: Agent[] = [];
      for (const a of t.agents.values()) {
        if ((a.presence === 'available' || a.presence === 'away') && a.lastSeenAt !== null && a.lastSeenAt < before) rows.push(a);
      }
      return rows;
    },
    async handlingSince(sinceMs) {
      let chats = 0;
      let handleMsSum = 0;
      for (const e of t.events) {
        if (e.occurredAt < sinceMs || e.type !== 'conversation.resolved' || e.payload.by !== 'agent' || e.conversationId === null) continue;
        let assignedAt: number | null = null;
        for (const a of t.eventsByConversation.get(e.conversationId) ?? []) {
          if (a.type === 'conversation.assigned' && a.occurredAt <= e.occurredAt) assignedAt = Math.max(assignedAt ?? a.occurredAt, a.occurredAt);
        }
        if (assignedAt === null) continue;
        chats += 1;
        handleMsSum += e.occurredAt - assignedAt;
      }
      let answers = 0;
      let answerMsSum = 0;
      let accepted = 0;
      for (const o of t.offers.values()) {
        if (o.answeredAt === null || o.answeredAt < sinceMs || o.status === 'offered' || o.status === 'withdrawn') continue;
        answers += 1;
        answerMsSum += o.answeredAt - o.createdAt;
        if (o.status === 'accepted') accepted += 1;
      }
      return { chats, handleMsSum, answers, answerMsSum, accepted };
    },
    async openCallUp(agentId, now) {
      for (let i = t.callUps.length - 1; i >= 0; i--) {
        const event = t.callUps[i]!;
        const { agentIds, expiresAt, surgeBonusMinor } = event.payload as { agentIds: string[]; expiresAt: number; surgeBonusMinor: number };
        if (agentIds.includes(agentId) && expiresAt > now) return { id: `callup_${event.id}`, surgeBonusMinor };
      }
      return null;
    },
    async assignedTo(agentId) {
      const rows = [...(t.assignedByAgent.get(agentId) ?? [])].map((id) => t.conversations.get(id)!);
      // When this agent took it: their latest assignment event, as the SQL repository reads it.
      const assignedAt = (c: Conversation) =>
        (t.eventsByConversation.get(c.id) ?? []).reduce<number | null>(
          (at, e) => (e.type === 'conversation.assigned' && e.payload.agentId === agentId && (at === null || e.occurredAt > at) ? e.occurredAt : at),
          null,
        ) ?? c.updatedAt;
      return rows.sort((a, b) => a.updatedAt - b.updatedAt).map((c) => ({ ...c, assignedAt: assignedAt(c) }));
    },
  };
};
