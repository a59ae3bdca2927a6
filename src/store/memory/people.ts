import type { Agent, AgentRepository, AssistantStateRepository, CustomerRepository } from '../../app/ports.js';
import { addToSet, removeFromSet, setRow, type Tables, type Undo } from './tables.js';

/** Keeps the by-presence index in step with an agent row (dispatch reads the available ones every tick). */
export function indexPresence(t: Tables, undo: Undo, agent: Agent, before?: Agent): void {
  if (before?.presence === agent.presence) return;
  if (before) removeFromSet(undo, t.agentIdsByPresence, before.presence, agent.id);
  addToSet(undo, t.agentIdsByPresence, agent.presence, agent.id);
}

/**
 * Stored agent rows are frozen (lists included) and replaced on every change, never edited in place, so a
 * read can hand out the row itself: dispatch reads every available agent on every tick.
 */
export const frozenAgent = (a: Agent): Agent =>
  Object.freeze({ ...a, languages: Object.freeze([...a.languages]) as string[], skills: Object.freeze([...a.skills]) as string[], certifications: Object.freeze([...a.certifications]) as string[] });

export const memoryCustomers = (t: Tables, undo: Undo): CustomerRepository => ({
  async get(id) {
    const row = t.customers.get(id);
    return row ? { ...row } : null;
  },
  async upsert(customer) {
    setRow(undo, t.customers, customer.id, { ...customer });
  },
});

export const memoryAgents = (t: Tables, undo: Undo): AgentRepository => ({
  async get(id) {
    const row = t.agents.get(id);
    return row ?? null;
  },
  async getByEmail(email) {
    const id = t.agentIdByEmail.get(email);
    return id === undefined ? null : this.get(id);
  },
  async insert(agent) {
    if (t.agents.has(agent.id) || t.agentIdByEmail.has(agent.email)) throw new Error(`duplicate key: agent ${agent.id} <${agent.email}>`);
    setRow(undo, t.agents, agent.id, frozenAgent(agent));
    setRow(undo, t.agentIdByEmail, agent.email, agent.id);
    indexPresence(t, undo, agent);
  },
  async list() {
    return [...t.agents.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
});

export const memoryAssistantState = (t: Tables, undo: Undo): AssistantStateRepository => ({
  async get(conversationId) {
    const row = t.assistant.get(conversationId);
    return row ? structuredClone(row) : null;
  },
  async save(conversationId, state) {
    setRow(undo, t.assistant, conversationId, structuredClone(state));
  },
});
