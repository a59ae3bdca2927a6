import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { TestSocket } from '../support/ws-client.js';

let t: TestTandem;
let baseUrl: string;
beforeAll(async () => {
  t = await startTestTandem();
  baseUrl = await t.listen();
});
afterAll(async () => t.dispose());

async function assignedConversation() {
  const customer = await t.customerToken();
  const id = await t.assignedConversation(customer, 'agt_sam');
  return { id, customer, agent: await t.agentToken('sam@example.com') };
}

describe('WebSocket', () => {
  it('customer and agent see each other’s messages live', async () => {
    const { id, customer, agent } = await assignedConversation();
    const c = await TestSocket.open(baseUrl, customer);
    const a = await TestSocket.open(baseUrl, agent);
    c.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    a.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    await c.waitFor((f) => f.type === 'subscribed');
    await a.waitFor((f) => f.type === 'subscribed');

    c.send({ type: 'send', conversationId: id, clientMessageId: 'w1', text: 'Hello from the customer' });
    const ack = await c.waitFor((f) => f.type === 'ack');
    expect(ack).toMatchObject({ created: true, clientMessageId: 'w1' });
    const seen = await a.waitFor((f) => f.type === 'message' && f.message.body === 'Hello from the customer');
    expect(seen.type === 'message' && seen.message.authorKind).toBe('customer');

    a.send({ type: 'send', conversationId: id, clientMessageId: 'w2', text: 'Hello from Sam' });
    await c.waitFor((f) => f.type === 'message' && f.message.body === 'Hello from Sam');
    await Promise.all([c.close(), a.close()]);
  });

  it('a client that drops mid-conversation resumes from its last sequence and gets every message exactly once', async () => {
    const { id, customer, agent } = await assignedConversation();
    const send = (n: number) =>
      t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { clientMessageId: `m${n}`, text: `message ${n}` }, headers: bearer(agent) });

    const first = await TestSocket.open(baseUrl, customer);
    first.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    await first.waitFor((f) => f.type === 'subscribed');
    const burst1 = Array.from({ length: 10 }, (_, i) => send(i));
    await first.waitForCount((f) => f.type === 'message' && f.message.body === 'message 4', 1);
    first.terminate(); // the network goes away mid-burst
    await Promise.all(burst1);
    for (let i = 10; i < 20; i++) await send(i); // written while the customer is offline

    const received = first.messages(id);
    const lastSeen = Math.max(...received);
    const second = await TestSocket.open(baseUrl, customer);
    second.send({ type: 'subscribe', conversationId: id, afterSeq: lastSeen });
    await second.waitFor((f) => f.type === 'subscribed');
    const burst2 = Array.from({ length: 10 }, (_, i) => send(20 + i)); // live again, concurrently
    await Promise.all(burst2);
    const total = (await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}/messages?limit=500`, headers: bearer(customer) })).json().lastSeq as number;
    await second.waitForCount((f) => f.type === 'message' && f.conversationId === id, total - lastSeen);

    const all = [...received, ...second.messages(id)];
    expect(all).toEqual(Array.from({ length: total }, (_, i) => i + 1)); // in order, no gap, no duplicate
    await second.close();
  });

  it('an agent who resolves sees the resolved state before their subscription ends', async () => {
    const { id, agent } = await assignedConversation();
    const a = await TestSocket.open(baseUrl, agent);
    a.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    await a.waitFor((f) => f.type === 'subscribed');
    const resolved = await t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/resolve`, payload: {}, headers: bearer(agent) });
    expect(resolved.statusCode).toBe(200);
    const frame = await a.waitFor((f) => f.type === 'conversation' && f.conversation.id === id && f.conversation.state === 'resolved');
    expect(frame).toMatchObject({ conversation: { state: 'resolved', ownerAgentId: null, previousAgentId: 'agt_sam' } });
    // Then the subscription ends: no longer the owner, so no more of this conversation reaches them.
    const ended = await a.waitFor((f) => f.type === 'error' && f.ref === id);
    expect(ended).toMatchObject({ code: 'forbidden', field: 'conversationId' });
    expect(a.frames.indexOf(frame)).toBeLessThan(a.frames.indexOf(ended));
    await a.close();
  });

  it('a retried send over the socket is acknowledged once and stored once', async () => {
    const { id, customer } = await assignedConversation();
    const c = await TestSocket.open(baseUrl, customer);
    c.send({ type: 'send', conversationId: id, clientMessageId: 'dup', text: 'only once' });
    c.send({ type: 'send', conversationId: id, clientMessageId: 'dup', text: 'only once' });
    const acks = await c.waitForCount((f) => f.type === 'ack', 2);
    expect(acks.map((f) => f.type === 'ack' && f.created)).toEqual([true, false]);
    await c.close();
  });

  it('answers malformed and unauthorised frames with an error frame naming the field, and keeps the socket open', async () => {
    const { id, customer } = await assignedConversation();
    const stranger = await t.customerToken();
    const s = await TestSocket.open(baseUrl);
    s.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    expect(await s.waitFor((f) => f.type === 'error')).toMatchObject({ code: 'unauthorized', field: 'token' });
    s.send({ type: 'auth', token: 'forged.token.here' });
    await s.waitForCount((f) => f.type === 'error', 2);
    s.send({ type: 'auth', token: stranger });
    await s.waitFor((f) => f.type === 'ready');

    const cases: [unknown, string, string][] = [
      ['{not json', 'validation_failed', 'frame'],
      [{ type: 'launch' }, 'validation_failed', 'type'],
      [{ type: 'subscribe', conversationId: id, afterSeq: -3 }, 'validation_failed', 'afterSeq'],
      [{ type: 'subscribe', conversationId: id, extra: 1 }, 'validation_failed', 'extra'],
      [{ type: 'send', conversationId: id, clientMessageId: 'z', text: 7 }, 'validation_failed', 'text'],
      [{ type: 'subscribe', conversationId: id, afterSeq: 0 }, 'not_found', 'conversationId'],
      [{ type: 'send', conversationId: id, clientMessageId: 'z', text: 'let me in' }, 'not_found', 'conversationId'],
    ];
    let errors = s.frames.filter((f) => f.type === 'error').length;
    for (const [frame, code, field] of cases) {
      s.send(frame);
      const got = await s.waitForCount((f) => f.type === 'error', ++errors);
      expect(got[got.length - 1]).toMatchObject({ code, field });
    }
    s.send({ type: 'ping' });
    await s.waitFor((f) => f.type === 'pong');
    const stored = (await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}/messages`, headers: bearer(customer) })).json().messages;
    expect(stored.some((m: { body: string }) => m.body === 'let me in')).toBe(false);
    await s.close();
  });
});
