import type { WorkActivityRepository } from '../../app/workforce/ports.js';
import type { Tables } from './tables.js';

/** The one activity fact paying for work needs, read from the event log as the SQL query does. */
export const memoryActivity = (t: Tables): Pick<WorkActivityRepository, 'assignedAt'> => ({
  async assignedAt(conversationId, agentId, atMs) {
    let at: number | null = null;
    for (const e of t.eventsByConversation.get(conversationId) ?? []) {
      if (e.type === 'conversation.assigned' && e.payload.agentId === agentId && e.occurredAt <= atMs) at = Math.max(at ?? e.occurredAt, e.occurredAt);
    }
    return at;
  },
});
