import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';

let t: TestTandem;
beforeAll(async () => {
  t = await startTestTandem();
});
afterAll(async () => t.dispose());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

async function startConversation(token: string, text?: string) {
  const res = await post('/v1/conversations', text ? { message: { clientMessageId: 'c-1', text } } : {}, bearer(token));
  expect(res.statusCode).toBe(201);
  return res.json() as { conversation: { id: string; state: string }; messages: { seq: number }[] };
}

describe('conversations over REST', () => {
  it('a customer starts a conversation with a first message, owned by the assistant', async () => {
    const token = await t.customerToken();
    const { conversation, messages } = await startConversation(token, 'When is my next payment?');
    expect(conversation.state).toBe('ai');
    expect(messages.map((m) => m.seq)).toEqual([1]);
  });

  it('sends are idempotent by client message id and numbered per conversation', async () => {
    const token = await t.customerToken();
    const { conversation } = await startConversation(token);
    // Waiting for a person, so the assistant stays quiet and the numbering is the customer's alone.
    await post(`/v1/conversations/${conversation.id}/escalate`, {}, bearer(token));
    const url = `/v1/conversations/${conversation.id}/messages`;
    const first = await post(url, { clientMessageId: 'a', text: 'hello' }, bearer(token));
    const retry = await post(url, { clientMessageId: 'a', text: 'hello' }, bearer(token));
    const second = await post(url, { clientMessageId: 'b', text: 'are you there?' }, bearer(token));
    expect([first.statusCode, retry.statusCode, second.statusCode]).toEqual([201, 200, 201]);
    expect(retry.json().message.id).toBe(first.json().message.id);
    expect([first.json().message.seq, second.json().message.seq]).toEqual([2, 3]); // 1 is the queue notice

    const after2 = await get(`${url}?after=2`, bearer(token));
    expect(after2.json().messages.map((m: { body: string }) => m.body)).toEqual(['are you there?']);
    expect(after2.json().lastSeq).toBe(3);
  });

  it('a customer cannot see another customer’s conversation', async () => {
    const mine = await startConversation(await t.customerToken());
    const other = await t.customerToken();
    const res = await get(`/v1/conversations/${mine.conversation.id}`, bearer(other));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('customer asks for a person → supervisor assigns → agent and customer talk → agent resolves', async () => {
    const customer = await t.customerToken('demo');
    const { conversation } = await startConversation(customer, 'I want to talk to someone');
    const escalated = await post(`/v1/conversations/${conversation.id}/escalate`, {}, bearer(customer));
    expect(escalated.json().conversation).toMatchObject({ state: 'queued', escalationReason: 'customer_asked' });

    const sam = await t.agentToken('sam@example.com');
    expect((await get(`/v1/conversations/${conversation.id}`, bearer(sam))).statusCode).toBe(404);

    const assigned = await post(`/v1/admin/conversations/${conversation.id}/assign`, { agentId: 'agt_sam' }, { 'x-api-key': ADMIN_KEY });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().conversation).toMatchObject({ state: 'assigned', ownerAgentId: 'agt_sam' });

    const reply = await post(`/v1/conversations/${conversation.id}/messages`, { clientMessageId: 'x1', text: 'Hi, I am Sam.' }, bearer(sam));
    expect(reply.statusCode).toBe(201);
    expect(reply.json().message.authorKind).toBe('agent');

    const noah = await t.agentToken('noah@example.com');
    const intruder = await post(`/v1/conversations/${conversation.id}/messages`, { clientMessageId: 'x2', text: 'hi' }, bearer(noah));
    expect(intruder.statusCode).toBe(404);

    await t.services.assistant.idle();
    const transcript = await get(`/v1/conversations/${conversation.id}/messages`, bearer(customer));
    const kinds = transcript.json().messages.map((m: { authorKind: string }) => m.authorKind);
    // The assistant heard "talk to someone" and handed over at once; then the queue notice, the join, Sam.
    expect(kinds[0]).toBe('customer');
    expect(kinds.slice(-3)).toEqual(['system', 'system', 'agent']);
    expect(kinds.filter((k: string) => k === 'ai').length).toBeLessThanOrEqual(1);

    const resolved = await post(`/v1/conversations/${conversation.id}/resolve`, { resolution: 'explained' }, bearer(sam));
    expect(resolved.json().conversation).toMatchObject({ state: 'resolved', previousAgentId: 'agt_sam' });
    expect(await t.services.deps.store.timers.countPending()).toBeGreaterThan(0);

    // Writing again reopens it to the assistant: the conversation is not lost, and the AI owns it again.
    const again = await post(`/v1/conversations/${conversation.id}/messages`, { clientMessageId: 'c-again', text: 'one more thing' }, bearer(customer));
    expect(again.statusCode).toBe(201);
    expect((await get(`/v1/conversations/${conversation.id}`, bearer(customer))).json().conversation.state).toBe('ai');
  });

  it('the admin key lists conversations and filters by state; plain agents may not', async () => {
    const token = await t.customerToken();
    await startConversation(token);
    const all = await get('/v1/admin/conversations?limit=100', { 'x-api-key': ADMIN_KEY });
    expect(all.statusCode).toBe(200);
    expect(all.json().conversations.length).toBeGreaterThan(0);
    const queued = await get('/v1/admin/conversations?state=ai', { 'x-api-key': ADMIN_KEY });
    expect(queued.json().conversations.every((c: { state: string }) => c.state === 'ai')).toBe(true);
    const byAgent = await get('/v1/admin/conversations', bearer(await t.agentToken('sam@example.com')));
    expect(byAgent.statusCode).toBe(403);
    const bySupervisor = await get('/v1/admin/conversations', bearer(await t.agentToken('supervisor@example.com')));
    expect(bySupervisor.statusCode).toBe(200);
  });

  it('an agent logs in with the right password only', async () => {
    const wrong = await post('/v1/agent/login', { email: 'sam@example.com', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'unauthorized', field: 'password' });
    expect(await t.agentToken('sam@example.com')).toMatch(/^ey/);
  });

  it('serves health, readiness, metrics, security headers and the OpenAPI document', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/readyz')).json()).toMatchObject({ status: 'ready', checks: { migrations: 'applied' } });
    const metrics = await get('/metrics');
    expect(metrics.body).toContain('tandem_http_request_duration_seconds');
    const openapi = await get('/openapi.json');
    expect(openapi.headers['x-content-type-options']).toBe('nosniff');
    expect(openapi.headers['content-security-policy']).toContain("default-src 'self'");
    const paths = Object.keys(openapi.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/conversations', '/v1/conversations/{conversationId}/messages', '/v1/agent/login']));
  });

  it('logs requests without message bodies, tokens or personal data', async () => {
    const token = await t.customerToken('demo');
    await startConversation(token, 'my card is 4111 1111 1111 1111 and my email alex@example.com');
    const logs = t.logs.join('');
    expect(logs).toContain('"route":"/v1/conversations"');
    expect(logs).not.toContain('4111');
    expect(logs).not.toContain('alex@example.com');
    expect(logs).not.toContain(token);
  });
});

describe('rate limits', () => {
  it('answers 429 with a stable code once a client passes its limit', async () => {
    const limited = await startTestTandem({ env: { TANDEM_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/v1/agent/login', payload: { email: 'x@example.com', password: 'y' } })).statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
      const res = await limited.app.inject({ method: 'POST', url: '/v1/agent/login', payload: { email: 'x@example.com', password: 'y' } });
      expect(res.json().error.code).toBe('rate_limited');
    } finally {
      await limited.dispose();
    }
  });
});
