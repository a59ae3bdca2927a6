import type { ConversationRepository, MessageRepository } from '../../app/ports.js';
import type { Conversation, Message } from '../../domain/conversation/types.js';
import { addToSet, pushToList, removeFromSet, setRow, type Tables, type Undo } from './tables.js';

/** Keeps the queued and assigned indexes in step with a conversation row. */
function reindex(t: Tables, undo: Undo, before: Conversation | undefined, after: Conversation): void {
  if (before?.state === 'queued' && after.state !== 'queued') {
    t.queued.delete(after.id);
    undo.record(() => t.queued.add(after.id));
  }
  if (after.state === 'queued' && before?.state !== 'queued') {
    t.queued.add(after.id);
    undo.record(() => t.queued.delete(after.id));
  }
  const owner = (c: Conversation | undefined) => (c?.state === 'assigned' ? c.ownerAgentId : null);
  const was = owner(before);
  const is = owner(after);
  if (was === is) return;
  if (was !== null) removeFromSet(undo, t.assignedByAgent, was, after.id);
  if (is !== null) addToSet(undo, t.assignedByAgent, is, after.id);
}

export const memoryConversations = (t: Tables, undo: Undo): ConversationRepository => ({
  async insert(conversation) {
    if (t.conversations.has(conversation.id)) throw new Error(`duplicate key: conversation ${conversation.id}`);
    setRow(undo, t.conversations, conversation.id, { ...conversation });
    reindex(t, undo, undefined, conversation);
  },
  async get(id) {
    const row = t.conversations.get(id);
    return row ? { ...row } : null;
  },
  async getForUpdate(id) {
    return this.get(id);
  },
  async update(conversation, expectedVersion) {
    const before = t.conversations.get(conversation.id);
    if (!before || before.version !== expectedVersion) return false;
    // As the SQL update: id, customer, creation time and last_seq are not changed here.
    const after: Conversation = { ...conversation, customerId: before.customerId, createdAt: before.createdAt, lastSeq: before.lastSeq };
    setRow(undo, t.conversations, conversation.id, after);
    reindex(t, undo, before, after);
    return true;
  },
  async bumpSeq(id) {
    const row = t.conversations.get(id);
    if (!row) throw new Error(`bumpSeq: conversation ${id} does not exist`);
    setRow(undo, t.conversations, id, { ...row, lastSeq: row.lastSeq + 1 });
    return row.lastSeq + 1;
  },
  async list(filter) {
    const rows: Conversation[] = [];
    for (const c of t.conversations.values()) {
      if (filter.state !== undefined && c.state !== filter.state) continue;
      if (filter.customerId !== undefined && c.customerId !== filter.customerId) continue;
      if (filter.beforeCreatedAt !== undefined && !(c.createdAt < filter.beforeCreatedAt)) continue;
      if (filter.search !== undefined && !matches(t, c, filter.search.toLowerCase())) continue;
      rows.push({ ...c });
    }
    return rows.sort((a, b) => b.createdAt - a.createdAt).slice(0, filter.limit);
  },
});

export const memoryMessages = (t: Tables, undo: Undo): MessageRepository => ({
  async insert(message) {
    const list = t.messages.get(message.conversationId) ?? [];
    // The unique indexes of the messages table: (conversation, seq) and (conversation, client message id).
    if (list.some((m) => m.seq === message.seq || (message.clientMessageId !== null && m.clientMessageId === message.clientMessageId))) {
      throw new Error(`duplicate key: message ${message.conversationId}#${message.seq} (${message.clientMessageId ?? 'no client id'})`);
    }
    pushToList(undo, t.messages, message.conversationId, copyMessage(message));
  },
  async findByClientId(conversationId, clientMessageId) {
    const found = t.messages.get(conversationId)?.find((m) => m.clientMessageId === clientMessageId);
    return found ? copyMessage(found) : null;
  },
  async listAfter(conversationId, afterSeq, limit) {
    const list = t.messages.get(conversationId) ?? [];
    return list
      .filter((m) => m.seq > afterSeq)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map(copyMessage);
  },
});

/** The SQL search's fields: ids, the customer's name and email, intent, owner, and any message's text. */
function matches(t: Tables, c: Conversation, needle: string): boolean {
  const customer = t.customers.get(c.customerId);
  const fields = [c.id, c.customerId, customer?.name, customer?.email, c.intent, c.ownerAgentId];
  if (fields.some((f) => f?.toLowerCase().includes(needle))) return true;
  return (t.messages.get(c.id) ?? []).some((m) => m.body.toLowerCase().includes(needle));
}

const copyMessage = (m: Message): Message => ({ ...m, meta: { ...m.meta } });
