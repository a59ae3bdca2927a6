import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/support/databases.js';
import { createWorkforceServices } from '../../app/workforce/index.js';
import { HOUR, MINUTE, T0, workforceHarness, type Harness } from '../../app/workforce/workforce-test-support.js';
import type { Principal } from '../../domain/auth/access.js';
import { createAuthenticator } from '../auth.js';
import { installErrorHandler } from '../errors.js';
import { workforceRoutes } from './workforce.js';

const ADMIN_KEY = 'workforce-test-admin-key';
/** Stand-in for the token service: the token names the principal. */
const principals: Record<string, Principal> = {
  ana: { kind: 'agent', agentId: 'agt_ana', role: 'agent' },
  ben: { kind: 'agent', agentId: 'agt_ben', role: 'agent' },
  sue: { kind: 'agent', agentId: 'agt_sue', role: 'supervisor' },
  cat: { kind: 'customer', customerId: 'cus_cat' },
};
const as = (who: keyof typeof principals) => ({ authorization: `Bearer ${who}` });
const adminKey = { 'x-api-key': ADMIN_KEY };

describe('workforce routes', () => {
  let h: Harness;
  let app: FastifyInstance;

  beforeAll(async () => {
    h = workforceHarness(await freshPglite(), T0 - 48 * HOUR);
    await h.addAgents(['agt_ana', 'agt_ben', 'agt_sue']);
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandler(app);
    await app.register(swagger, { openapi: { info: { title: 'test', version: '0' } }, transform: jsonSchemaTransform });
    const authenticate = createAuthenticator(ADMIN_KEY, async (token) => principals[token] ?? null);
    workforceRoutes(app, { authenticate }, { workforce: createWorkforceServices(h) });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await h.database.close();
  });

  const routes: Array<[string, string]> = [
    ['GET', '/v1/agent/blocks'],
    ['POST', '/v1/agent/blocks/blk_1/claim'],
    ['POST', '/v1/agent/blocks/blk_1/release'],
    ['GET', `/v1/agent/statement?from=${T0}&to=${T0 + HOUR}`],
    ['GET', `/v1/admin/blocks?from=${T0}&to=${T0 + HOUR}`],
    ['POST', '/v1/admin/blocks'],
    ['GET', '/v1/admin/staffing/erlang?arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20&agents=14'],
    ['GET', `/v1/admin/fairness?from=${T0}&to=${T0 + HOUR}`],
    ['GET', `/v1/admin/pay-ledger?from=${T0}&to=${T0 + HOUR}`],
  ];

  const validBlocks = { blocks: [{ startsAt: T0, endsAt: T0 + HOUR, headcount: 1 }] };

  it.each(routes)('%s %s needs a signed-in caller', async (method, url) => {
    const res = await app.inject({ method: method as 'GET', url, ...(method === 'POST' ? { payload: validBlocks } : {}) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthorized', field: 'authorization' } });
  });

  it.each(routes.filter(([, url]) => url.startsWith('/v1/admin')))('%s %s is closed to agents and customers', async (method, url) => {
    for (const who of ['ana', 'cat'] as const) {
      const res = await app.inject({ method: method as 'GET', url, headers: as(who), ...(method === 'POST' ? { payload: validBlocks } : {}) });
      expect(res.statusCode).toBe(403);
    }
  });

  it('agent routes are closed to customers, and blocks to the admin key (it is nobody’s place)', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/agent/blocks', headers: as('cat') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/v1/agent/blocks/blk_1/claim', headers: adminKey })).statusCode).toBe(403);
  });

  it.each([
    [{}, 'blocks', /give either blocks or plan/],
    [{ blocks: [] }, 'blocks', /expected array to have >=1 items|too small/i],
    [{ blocks: [{ startsAt: 'soon', endsAt: T0, headcount: 1 }] }, 'startsAt', /number/],
    [{ blocks: [{ startsAt: T0, endsAt: T0 + HOUR, headcount: 0 }] }, 'headcount', /.+/],
    [{ blocks: [{ startsAt: T0, endsAt: T0 + HOUR, headcount: 1, colour: 'red' }] }, 'colour', /not a known field/],
    [{ blocks: [{ startsAt: T0 - 72 * HOUR, endsAt: T0, headcount: 1 }] }, 'blocks[0].startsAt', /future/],
    [{ blocks: [{ startsAt: T0, endsAt: T0 - 1, headcount: 1 }] }, 'blocks[0].endsAt', /after startsAt/],
    [{ plan: { intervalMinutes: 7 } }, 'intervalMinutes', /divide a day/],
    [{ plan: { maxAbandonRate: 0.1 } }, 'maxAbandonRate', /patienceSeconds/],
  ])('POST /v1/admin/blocks refuses %j naming %s, writing nothing', async (payload, field, message) => {
    const res = await app.inject({ method: 'POST', url: '/v1/admin/blocks', headers: adminKey, payload });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'validation_failed', field });
    expect(body.error.message).toMatch(message);
    expect((await h.database.query<{ n: number }>('select count(*)::int as n from on_call_blocks'))[0]?.n).toBe(0);
  });

  it.each([
    ['ahtSeconds=180&answerWithinSeconds=20&agents=3', 'arrivalsPerHour'],
    ['arrivalsPerHour=lots&ahtSeconds=180&answerWithinSeconds=20&agents=3', 'arrivalsPerHour'],
    ['arrivalsPerHour=200&ahtSeconds=-5&answerWithinSeconds=20&agents=3', 'ahtSeconds'],
    ['arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20', 'agents'],
    ['arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20&agents=14&targetServiceLevel=0.8', 'agents'],
    ['arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20&targetServiceLevel=1.2', 'targetServiceLevel'],
    ['arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20&agents=3&speed=2', 'speed'],
  ])('GET /v1/admin/staffing/erlang?%s names %s', async (query, field) => {
    const res = await app.inject({ method: 'GET', url: `/v1/admin/staffing/erlang?${query}`, headers: as('sue') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed', field } });
  });

  it('answers the erlang contract like the CLI', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/admin/staffing/erlang?arrivalsPerHour=200&ahtSeconds=180&answerWithinSeconds=20&targetServiceLevel=0.8', headers: adminKey });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ model: 'erlang_c', agentsNeeded: 14, servers: 14, offeredLoad: 10 });
  });

  it('refuses bad periods naming from or to', async () => {
    const bad = await app.inject({ method: 'GET', url: `/v1/admin/fairness?from=yesterday&to=${T0}`, headers: adminKey });
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed', field: 'from' } });
    const backwards = await app.inject({ method: 'GET', url: `/v1/admin/pay-ledger?from=${T0}&to=${T0 - 1}`, headers: adminKey });
    expect(backwards.json()).toMatchObject({ error: { code: 'validation_failed', field: 'to' } });
    const noAgent = await app.inject({ method: 'GET', url: `/v1/agent/statement?from=${T0}&to=${T0 + HOUR}`, headers: adminKey });
    expect(noAgent.json()).toMatchObject({ error: { code: 'validation_failed', field: 'agentId' } });
    const other = await app.inject({ method: 'GET', url: `/v1/agent/statement?from=${T0}&to=${T0 + HOUR}&agentId=agt_ben`, headers: as('ana') });
    expect(other.statusCode).toBe(403);
  });

  it('publish → list → claim → full → release → pay → statement as JSON and CSV', async () => {
    const published = await app.inject({ method: 'POST', url: '/v1/admin/blocks', headers: as('sue'), payload: { blocks: [{ startsAt: T0, endsAt: T0 + 2 * HOUR, headcount: 1 }] } });
    expect(published.statusCode).toBe(200);
    const [block] = (published.json() as { created: Array<{ id: string; standbyRateMinorPerHour: number; createdBy: string }> }).created;
    expect(block).toMatchObject({ standbyRateMinorPerHour: 700, createdBy: 'agent:agt_sue' });

    const listed = await app.inject({ method: 'GET', url: '/v1/agent/blocks?days=7', headers: as('ana') });
    expect((listed.json() as { blocks: Array<{ id: string; placesLeft: number }> }).blocks).toEqual([expect.objectContaining({ id: block!.id, placesLeft: 1, myStatus: null })]);
    const claimed = await app.inject({ method: 'POST', url: `/v1/agent/blocks/${block!.id}/claim`, headers: as('ana') });
    expect(claimed.json()).toMatchObject({ placesLeft: 0, alreadyHeld: false, claim: { status: 'claimed', agentId: 'agt_ana' } });
    const full = await app.inject({ method: 'POST', url: `/v1/agent/blocks/${block!.id}/claim`, headers: as('ben') });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ error: { code: 'conflict', field: 'blockId', message: 'blockId: the block is full' } });
    const badId = await app.inject({ method: 'POST', url: '/v1/agent/blocks/not%20an%20id/claim', headers: as('ben') });
    expect(badId.json()).toMatchObject({ error: { code: 'validation_failed', field: 'blockId' } });

    h.clock.set(T0 - 13 * HOUR);
    const released = await app.inject({ method: 'POST', url: `/v1/agent/blocks/${block!.id}/release`, headers: as('ana') });
    expect(released.json()).toMatchObject({ lateRelease: false, noticeHours: 13, claim: { status: 'released' } });

    await h.assigned('cnv_route', 'agt_ana', T0);
    await createWorkforceServices(h).recordConversationPay({ agentId: 'agt_ana', conversationId: 'cnv_route', resolvedAt: T0 + 8 * MINUTE });
    const from = new Date(T0).toISOString().slice(0, 10);
    const json = await app.inject({ method: 'GET', url: `/v1/agent/statement?from=${from}&to=${T0 + HOUR}`, headers: as('ana') });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ agentId: 'agt_ana', totalMinor: 270, entries: [{ kind: 'conversation', causeId: 'cnv_route', amountMinor: 270 }] });

    const csv = await app.inject({ method: 'GET', url: `/v1/agent/statement?from=${from}&to=${T0 + HOUR}&format=csv`, headers: as('ana') });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="statement-agt_ana-2026-03-02-2026-03-02.csv"');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('entry_id,occurred_at,period_day,kind,cause_kind,cause_id,amount_minor,amount,currency,detail');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(',,,total,,,270,2.70,GBP,1 entries');

    const ledger = await app.inject({ method: 'GET', url: `/v1/admin/pay-ledger?from=${T0}&to=${T0 + HOUR}&agentId=agt_ana`, headers: as('sue') });
    expect(ledger.json()).toMatchObject({ totalMinor: 270 });
    const admin = await app.inject({ method: 'GET', url: `/v1/admin/blocks?from=${T0}&to=${T0 + HOUR}`, headers: adminKey });
    expect((admin.json() as { blocks: Array<{ claims: Array<{ status: string }> }> }).blocks[0]?.claims.map((c) => c.status)).toEqual(['released']);
  });

  it('previews a plan from history without publishing it', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/admin/blocks', headers: adminKey, payload: { plan: { dryRun: true } } });
    expect(res.statusCode).toBe(409); // this database has no week of conversations yet
    expect(res.json()).toMatchObject({ error: { code: 'conflict', field: 'history' } });
    expect((res.json() as { error: { message: string } }).error.message).toMatch(/not enough conversation history/);
  });

  it('documents every route in OpenAPI', () => {
    const paths = Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/v1/agent/blocks', '/v1/agent/blocks/{blockId}/claim', '/v1/agent/statement', '/v1/admin/blocks', '/v1/admin/staffing/erlang', '/v1/admin/fairness', '/v1/admin/pay-ledger']),
    );
  });
});
