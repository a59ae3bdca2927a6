import type { EventLog } from '../../app/ports.js';
import { pushRow, pushToList, type Tables, type Undo } from './tables.js';

export const CALL_UP_EVENT = 'dispatch.call_up';

export const memoryEvents = (t: Tables, undo: Undo): EventLog => ({
  async append(events) {
    for (const event of events) {
      const id = ++t.sequences.event;
      const row = { ...event, payload: { ...event.payload }, id };
      pushRow(undo, t.events, row);
      if (row.conversationId !== null) pushToList(undo, t.eventsByConversation, row.conversationId, row);
      if (row.type === CALL_UP_EVENT) pushRow(undo, t.callUps, row);
    }
  },
  async listForConversation(conversationId) {
    return (t.eventsByConversation.get(conversationId) ?? []).map((e) => ({ ...e, payload: { ...e.payload } }));
  },
});
