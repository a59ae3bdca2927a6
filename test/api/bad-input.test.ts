import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtTokens } from '../../src/runtime/security.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { freshPglite } from '../support/databases.js';

/**
 * Malformed, unauthorised and impossible requests: each gets a 4xx with a stable code naming the field,
 * and the database is byte-for-byte unchanged afterwards.
 */
let t: TestTandem;
let customer: string;
let otherCustomer: string;
let sam: string;
let conversationId: string;
let othersConversationId: string;

const TABLES = ['customers', 'agents', 'conversations', 'messages', 'events', 'timers'];

async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await t.database.query<{ h: string }>(
      `select count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from ${table} x`,
    );
    out[table] = row!.h;
  }
  return out;
}

beforeAll(async () => {
  t = await startTestTandem({ env: { TANDEM_MAX_MESSAGE_CHARS: '4000' } });
  customer = await t.customerToken('anonymous');
  otherCustomer = await t.customerToken('anonymous');
  sam = await t.agentToken('sam@example.com');
  const start = async (token: string) =>
    (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(token) })).json().conversation.id as string;
  conversationId = await start(customer);
  othersConversationId = await start(otherCustomer);
});
afterAll(async () => t.dispose());

type Case = {
  name: string;
  method: 'GET' | 'POST';
  url: () => string;
  headers?: () => Record<string, string>;
  payload?: unknown;
  raw?: { body: string; contentType: string };
  status: number;
  code: string;
  field?: string;
};

const json = { 'content-type': 'application/json' };
const msgs = () => `/v1/conversations/${conversationId}/messages`;
const expired = async () => jwtTokens('dev-session-secret-change-me', () => Date.now() - 10 * 86_400_000).sign({ kind: 'customer', customerId: 'cus_demo' }, 60);
let expiredToken = '';
const forged = () => jwtTokens('another-secret-of-enough-length', () => Date.now());
let forgedToken = '';

const cases: Case[] = [
  { name: 'no token', method: 'POST', url: () => '/v1/conversations', payload: {}, status: 401, code: 'unauthorized', field: 'authorization' },
  { name: 'garbage token', method: 'POST', url: () => '/v1/conversations', headers: () => bearer('not.a.jwt'), payload: {}, status: 401, code: 'unauthorized', field: 'authorization' },
  { name: 'expired token', method: 'POST', url: () => '/v1/conversations', headers: () => bearer(expiredToken), payload: {}, status: 401, code: 'unauthorized', field: 'authorization' },
  { name: 'token signed with another secret', method: 'POST', url: () => '/v1/conversations', headers: () => bearer(forgedToken), payload: {}, status: 401, code: 'unauthorized', field: 'authorization' },
  { name: 'authorization without Bearer', method: 'POST', url: () => '/v1/conversations', headers: () => ({ authorization: `Token ${customer}` }), payload: {}, status: 401, code: 'unauthorized', field: 'authorization' },
  { name: 'unknown field on start', method: 'POST', url: () => '/v1/conversations', headers: () => bearer(customer), payload: { topic: 'x' }, status: 400, code: 'validation_failed', field: 'topic' },
  { name: 'language too long', method: 'POST', url: () => '/v1/conversations', headers: () => bearer(customer), payload: { language: 'x'.repeat(40) }, status: 400, code: 'validation_failed', field: 'language' },
  { name: 'first message text wrong type', method: 'POST', url: () => '/v1/conversations', headers: () => bearer(customer), payload: { message: { clientMessageId: 'q', text: 5 } }, status: 400, code: 'validation_failed', field: 'text' },
  { name: 'empty text', method: 'POST', url: msgs, headers: () => bearer(customer), payload: { clientMessageId: 'e1', text: '   ' }, status: 400, code: 'validation_failed', field: 'text' },
  { name: 'over-long text', method: 'POST', url: msgs, headers: () => bearer(customer), payload: { clientMessageId: 'e2', text: 'a'.repeat(4001) }, status: 400, code: 'validation_failed', field: 'text' },
  { name: 'missing clientMessageId', method: 'POST', url: msgs, headers: () => bearer(customer), payload: { text: 'hi' }, status: 400, code: 'validation_failed', field: 'clientMessageId' },
  { name: 'clientMessageId too long', method: 'POST', url: msgs, headers: () => bearer(customer), payload: { clientMessageId: 'c'.repeat(129), text: 'hi' }, status: 400, code: 'validation_failed', field: 'clientMessageId' },
  { name: 'unknown field on send', method: 'POST', url: msgs, headers: () => bearer(customer), payload: { clientMessageId: 'e3', text: 'hi', authorKind: 'agent' }, status: 400, code: 'validation_failed', field: 'authorKind' },
  { name: 'unknown conversation', method: 'POST', url: () => '/v1/conversations/cnv_nope/messages', headers: () => bearer(customer), payload: { clientMessageId: 'e4', text: 'hi' }, status: 404, code: 'not_found', field: 'conversationId' },
  { name: "another customer's conversation", method: 'POST', url: () => `/v1/conversations/${othersConversationId}/messages`, headers: () => bearer(customer), payload: { clientMessageId: 'e5', text: 'hi' }, status: 404, code: 'not_found', field: 'conversationId' },
  { name: 'bad characters in id', method: 'POST', url: () => '/v1/conversations/bad%20id!/messages', headers: () => bearer(customer), payload: { clientMessageId: 'e6', text: 'hi' }, status: 400, code: 'validation_failed', field: 'conversationId' },
  { name: 'malformed JSON', method: 'POST', url: msgs, headers: () => ({ ...bearer(customer), ...json }), raw: { body: '{"clientMessageId": "x", ', contentType: 'application/json' }, status: 400, code: 'validation_failed', field: 'body' },
  { name: 'wrong content type', method: 'POST', url: msgs, headers: () => bearer(customer), raw: { body: 'hello', contentType: 'text/plain' }, status: 415, code: 'unsupported_media_type', field: 'body' },
  { name: 'negative after', method: 'GET', url: () => `${msgs()}?after=-1`, headers: () => bearer(customer), status: 400, code: 'validation_failed', field: 'after' },
  { name: 'limit too large', method: 'GET', url: () => `${msgs()}?limit=1000`, headers: () => bearer(customer), status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'limit not a number', method: 'GET', url: () => `${msgs()}?limit=abc`, headers: () => bearer(customer), status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'unknown query parameter', method: 'GET', url: () => `${msgs()}?since=3`, headers: () => bearer(customer), status: 400, code: 'validation_failed', field: 'since' },
  { name: 'login without password', method: 'POST', url: () => '/v1/agent/login', payload: { email: 'sam@example.com' }, status: 400, code: 'validation_failed', field: 'password' },
  { name: 'login with a malformed email', method: 'POST', url: () => '/v1/agent/login', payload: { email: 'sam', password: 'x' }, status: 400, code: 'validation_failed', field: 'email' },
  { name: 'customer session with a bad signature', method: 'POST', url: () => '/v1/customer-sessions', payload: { customerId: 'cus_x', signature: 'ab'.repeat(32) }, status: 401, code: 'unauthorized', field: 'signature' },
  { name: 'customer session with an unknown field', method: 'POST', url: () => '/v1/customer-sessions', payload: { customerId: 'cus_x', signature: 'a', admin: true }, status: 400, code: 'validation_failed', field: 'admin' },
  { name: 'customer session with a bad id', method: 'POST', url: () => '/v1/customer-sessions', payload: { customerId: 'cus x/..', signature: 'a' }, status: 400, code: 'validation_failed', field: 'customerId' },
  { name: 'demo session of an unknown kind', method: 'POST', url: () => '/v1/customer-sessions/demo', payload: { as: 'root' }, status: 400, code: 'validation_failed', field: 'as' },
  { name: 'assign to an unknown agent', method: 'POST', url: () => `/v1/admin/conversations/${conversationId}/assign`, headers: () => ({ 'x-api-key': ADMIN_KEY }), payload: { agentId: 'agt_nobody' }, status: 404, code: 'not_found', field: 'agentId' },
  { name: 'assign by a plain agent', method: 'POST', url: () => `/v1/admin/conversations/${conversationId}/assign`, headers: () => bearer(sam), payload: { agentId: 'agt_sam' }, status: 403, code: 'forbidden' },
  { name: 'assign a conversation the AI still owns', method: 'POST', url: () => `/v1/admin/conversations/${conversationId}/assign`, headers: () => ({ 'x-api-key': ADMIN_KEY }), payload: { agentId: 'agt_sam' }, status: 409, code: 'illegal_transition', field: 'conversationId' },
  { name: 'wrong admin key', method: 'GET', url: () => '/v1/admin/conversations', headers: () => ({ 'x-api-key': 'wrong-key-wrong-key' }), status: 401, code: 'unauthorized', field: 'x-api-key' },
  { name: 'agent writes in a conversation not theirs', method: 'POST', url: msgs, headers: () => bearer(sam), payload: { clientMessageId: 'e7', text: 'hi' }, status: 404, code: 'not_found', field: 'conversationId' },
  { name: 'customer tries to resolve', method: 'POST', url: () => `/v1/conversations/${conversationId}/resolve`, headers: () => bearer(customer), payload: {}, status: 403, code: 'forbidden' },
  { name: 'agent tries the customer-only escalate', method: 'POST', url: () => `/v1/conversations/${conversationId}/escalate`, headers: () => bearer(sam), payload: {}, status: 403, code: 'forbidden' },
  { name: 'escalate with an unknown field', method: 'POST', url: () => `/v1/conversations/${conversationId}/escalate`, headers: () => bearer(customer), payload: { reason: 'ai_error' }, status: 400, code: 'validation_failed', field: 'reason' },
  { name: 'unknown route', method: 'GET', url: () => '/v1/nothing-here', status: 404, code: 'not_found' },
];

describe('bad input writes nothing', () => {
  it(`answers ${cases.length} malformed requests with a 4xx, a stable code and the field`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expiredToken = await expired();
    forgedToken = await forged().sign({ kind: 'customer', customerId: 'cus_demo' }, 600);
    const before = await fingerprint();
    const failures: string[] = [];
    for (const c of cases) {
      const res = await t.app.inject({
        method: c.method,
        url: c.url(),
        headers: { ...(c.headers?.() ?? {}), ...(c.raw ? { 'content-type': c.raw.contentType } : {}) },
        ...(c.raw ? { payload: c.raw.body } : c.payload !== undefined ? { payload: c.payload as object } : {}),
      });
      const body = res.json() as { error?: { code: string; field?: string; message: string } };
      const got = `${res.statusCode} ${body.error?.code} ${body.error?.field ?? '-'}`;
      const want = `${c.status} ${c.code} ${c.field ?? '-'}`;
      if (got !== want) failures.push(`${c.name}: got ${got} (${body.error?.message}), want ${want}`);
      if (c.field && !body.error?.message.includes(c.field)) failures.push(`${c.name}: message "${body.error?.message}" does not name ${c.field}`);
    }
    expect(failures).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it('a 5xx never leaks internals', async () => {
    const database = await freshPglite();
    const broken = await startTestTandem({ database });
    const token = await broken.customerToken();
    await database.query('drop table messages cascade');
    const res = await broken.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: 'a', text: 'hi' } }, headers: bearer(token) });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong' } });
    await broken.dispose();
  });
});
