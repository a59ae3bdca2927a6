import { describe, expect, it } from 'vitest';
import {
  agentNamesFrom,
  citationLabel,
  citationsOf,
  emptyFeed,
  factSourceLabel,
  feedReducer,
  handoffFrom,
  latestAgentName,
  mergeMessages,
  queueInfoFrom,
  type Conversation,
  type Message,
} from '../../web/client/index.js';
import { parseConsolePath } from '../../web/console/useConsoleRoute.js';
import { awaitingReply } from '../../web/widget/useAwaitingReply.js';

/** The pure rules behind the web apps: merging the feed, reading message meta, the typing indicator. */
const message = (seq: number, over: Partial<Message> = {}): Message => ({
  id: `msg_${seq}`,
  conversationId: 'cnv_1',
  seq,
  authorKind: 'customer',
  authorId: 'cus_1',
  clientMessageId: `c${seq}`,
  body: `message ${seq}`,
  meta: {},
  createdAt: 1_000 + seq,
  ...over,
});
const system = (seq: number, meta: Record<string, unknown>) => message(seq, { authorKind: 'system', authorId: null, clientMessageId: null, meta });

describe('feed', () => {
  it('merges by seq: duplicates are dropped and order is by seq whatever the arrival order', () => {
    const merged = mergeMessages([message(1), message(3)], [message(2), message(3), message(1)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('returns the same array when nothing is new, so React skips a render', () => {
    const existing = [message(1)];
    expect(mergeMessages(existing, [message(1)])).toBe(existing);
  });

  it('clears a pending message when the server echoes its client id, and ignores a late pending copy', () => {
    let state = feedReducer(emptyFeed, { type: 'pending', message: { clientMessageId: 'c1', text: 'hi', status: 'sending' } });
    expect(state.pending).toHaveLength(1);
    state = feedReducer(state, { type: 'messages', messages: [message(1)] });
    expect(state.pending).toEqual([]);
    expect(feedReducer(state, { type: 'pending', message: { clientMessageId: 'c1', text: 'hi', status: 'sending' } })).toBe(state);
  });

  it('never replaces a conversation with an older version of it', () => {
    const conversation = { id: 'cnv_1', version: 3, state: 'assigned' } as Conversation;
    const state = feedReducer(emptyFeed, { type: 'conversation', conversation });
    expect(feedReducer(state, { type: 'conversation', conversation: { ...conversation, version: 2, state: 'queued' } }).conversation?.state).toBe('assigned');
    expect(feedReducer(state, { type: 'conversation', conversation: { ...conversation, version: 4, state: 'resolved' } }).conversation?.state).toBe('resolved');
  });
});

describe('message meta', () => {
  it('reads queue position and wait from the newest queue event, and forgets it once someone joins', () => {
    const queued = [message(1), system(2, { event: 'escalated' }), system(3, { event: 'queue_position', position: 3, etaSeconds: 240 }), system(4, { event: 'queue_position', position: 2 })];
    expect(queueInfoFrom(queued)).toEqual({ position: 2, etaSeconds: null });
    expect(queueInfoFrom(queued.slice(0, 3))).toEqual({ position: 3, etaSeconds: 240 });
    expect(queueInfoFrom(queued.slice(0, 2))).toBeNull();
    expect(queueInfoFrom([...queued, system(5, { event: 'agent_joined', agentId: 'agt_1', agentName: 'Sam' })])).toBeNull();
  });

  it('names agents from their join events', () => {
    const messages = [system(1, { event: 'agent_joined', agentId: 'agt_1', agentName: 'Sam Patel' }), system(2, { event: 'agent_joined', agentId: 'agt_2', agentName: 'Lucía' })];
    expect(agentNamesFrom(messages).get('agt_1')).toBe('Sam Patel');
    expect(latestAgentName(messages)).toBe('Lucía');
    expect(latestAgentName([message(1)])).toBeNull();
  });

  it('keeps well-formed citations and drops malformed ones', () => {
    const m = message(1, {
      authorKind: 'ai',
      meta: { citations: [{ kind: 'article', id: 'kb-refunds', title: 'Refunds' }, { kind: 'tool', id: 'get_plan' }, { kind: 'rumour', id: 'x' }, 'nonsense', { kind: 'article' }] },
    });
    expect(citationsOf(m)).toEqual([{ kind: 'article', id: 'kb-refunds', title: 'Refunds' }, { kind: 'tool', id: 'get_plan' }]);
    expect(citationsOf(message(2, { meta: { citations: 'not a list' } }))).toEqual([]);
  });

  it('reads the assistant handoff from the escalation event', () => {
    const handoff = { summary: 'Wants a refund for order 1042', facts: ['Paid in 4', 7], citations: [{ kind: 'tool', id: 'get_order' }] };
    expect(handoffFrom([system(1, { event: 'escalated', handoff })])).toEqual({
      summary: 'Wants a refund for order 1042',
      intent: null,
      reason: null,
      detail: null,
      facts: [{ text: 'Paid in 4', source: null }],
      actions: [],
      citations: [{ kind: 'tool', id: 'get_order' }],
      sentiment: null,
    });
    expect(handoffFrom([system(1, { event: 'escalated', reason: 'customer_asked' })])).toBeNull();
  });

  it("reads the assistant's own handoff shape: wants, reason, cited facts, actions tried, tool citations", () => {
    const handoff = {
      intent: 'change_due_date',
      wants: 'Move the next payment to Friday',
      reason: 'customer_asked',
      detail: 'customer asked for a human on this turn',
      facts: [{ text: 'Next payment is due on 3 Dec', citation: 'tool:get_next_payment#12' }],
      actions: [{ tool: 'extend_due_date', resultSummary: 'refused: already moved once' }, { resultSummary: 'no tool' }],
      sentiment: 'negative',
      citations: [{ kind: 'tool', tool: 'get_next_payment', auditId: 12 }, { kind: 'article', id: 'kb-due-dates', title: 'Moving a payment date' }],
    };
    const read = handoffFrom([system(1, { event: 'escalated', reason: 'customer_asked', handoff })]);
    expect(read).toEqual({
      summary: 'Move the next payment to Friday',
      intent: 'change_due_date',
      reason: 'customer_asked',
      detail: 'customer asked for a human on this turn',
      facts: [{ text: 'Next payment is due on 3 Dec', source: 'tool:get_next_payment#12' }],
      actions: [{ tool: 'extend_due_date', result: 'refused: already moved once' }],
      sentiment: 'negative',
      citations: [
        { kind: 'tool', id: 'get_next_payment', auditId: 12 },
        { kind: 'article', id: 'kb-due-dates', title: 'Moving a payment date' },
      ],
    });
    expect(read?.citations.map(citationLabel)).toEqual(['Account check: get next payment', 'Article: Moving a payment date']);
    expect(factSourceLabel('tool:get_next_payment#12', read?.citations ?? [])).toBe('Account check: get next payment (audit #12)');
    expect(factSourceLabel('tool:list_purchases#-', [])).toBe('Account check: list purchases');
    expect(factSourceLabel('kb-due-dates', read?.citations ?? [])).toBe('Article: Moving a payment date');
    expect(factSourceLabel('article:kb-unknown', [])).toBe('Article: kb-unknown');
  });
});

describe('queue position in the feed', () => {
  const conversation = (state: Conversation['state'], version: number) => ({ id: 'cnv_1', version, state }) as Conversation;

  it('keeps the pushed position while waiting and drops it once a person has the conversation', () => {
    let state = feedReducer(emptyFeed, { type: 'conversation', conversation: conversation('queued', 1) });
    state = feedReducer(state, { type: 'queue', queue: { position: 2, etaSeconds: 90 } });
    expect(state.queue).toEqual({ position: 2, etaSeconds: 90 });
    state = feedReducer(state, { type: 'conversation', conversation: conversation('assigned', 2) });
    expect(state.queue).toBeNull();
    expect(feedReducer(state, { type: 'queue', queue: { position: 1, etaSeconds: null } }).queue).toBeNull();
  });
});

describe('typing indicator', () => {
  it('waits for a reply to the last customer message while the assistant has the conversation', () => {
    const messages = [message(1), message(2)];
    expect(awaitingReply(messages, 1, 'ai')).toBe(true);
    expect(awaitingReply([...messages, message(3, { authorKind: 'ai' })], 1, 'ai')).toBe(false);
    expect(awaitingReply(messages, 1, 'queued')).toBe(false);
    expect(awaitingReply(messages, null, 'ai')).toBe(false);
  });
});

describe('console routes', () => {
  it('maps paths to pages', () => {
    expect(parseConsolePath('/console')).toEqual({ page: 'conversations' });
    expect(parseConsolePath('/console/conversations/cnv_9x-Y')).toEqual({ page: 'conversation', conversationId: 'cnv_9x-Y' });
    expect(parseConsolePath('/console/conversations/a%20b')).toEqual({ page: 'conversations' });
  });
});
