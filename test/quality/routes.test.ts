import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/app/quality/index.js';
import type { Principal } from '../../src/domain/auth/access.js';
import { DEFAULT_GUARDRAIL_CONFIG } from '../../src/domain/quality/index.js';
import { createAuthenticator } from '../../src/http/auth.js';
import { installErrorHandler } from '../../src/http/errors.js';
import { qualityRoutes } from '../../src/http/routes/quality.js';
import { databaseTiers } from '../support/databases.js';
import { qualityFixture, scriptedRng, type QualityFixture } from './fixture.js';

const ADMIN_KEY = 'quality-routes-admin-key';
/** Bearer tokens of the test: the real authenticator, with a verifier that knows these. */
const principals: Record<string, Principal> = {
  customer_a: { kind: 'customer', customerId: 'cus_a' },
  customer_b: { kind: 'customer', customerId: 'cus_b' },
  agent_pro: { kind: 'agent', agentId: 'agt_pro', role: 'agent' },
  sup_ana: { kind: 'agent', agentId: 'sup_ana', role: 'supervisor' },
  sup_ben: { kind: 'agent', agentId: 'sup_ben', role: 'supervisor' },
};
const as = (token: keyof typeof principals) => ({ authorization: `Bearer ${token}` });
const asAdmin = { 'x-api-key': ADMIN_KEY };
const FULL = { accuracy: 4, required_disclosures: 'n/a', hardship_handling: 'n/a', identity_and_privacy: 1, empathy: 4, resolution: 4 };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`quality routes on ${tier.name}`, () => {
    let f: QualityFixture;
    let app: FastifyInstance;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;
    const draws: number[] = [];

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      close = () => opened.database.close();
      f = await qualityFixture(opened.database, { rng: scriptedRng(draws) });
      app = Fastify();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      installErrorHandler(app);
      qualityRoutes(app, { authenticate: createAuthenticator(ADMIN_KEY, async (token) => principals[token] ?? null) }, { quality: f.services });
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await close();
      await drop();
    });

    const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown) =>
      app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
    const error = (res: { json(): unknown }) => (res.json() as { error: { code: string; field?: string; message: string } }).error;

    it('CSAT: the customer only, validated field by field, once per resolution', async () => {
      const id = await f.aiResolved('cus_a', 'pause_plan');
      const url = `/v1/conversations/${id}/csat`;
      expect((await call('POST', url, {}, { rating: 5 })).statusCode).toBe(401);
      expect((await call('POST', url, as('agent_pro'), { rating: 5 })).statusCode).toBe(403);
      for (const [payload, field] of [
        [{ rating: 0 }, 'rating'],
        [{ rating: 4.5 }, 'rating'],
        [{ rating: 'five' }, 'rating'],
        [{}, 'rating'],
        [{ rating: 4, stars: 4 }, 'stars'],
        [{ rating: 4, comment: 'x'.repeat(1001) }, 'comment'],
      ] as const) {
        const res = await call('POST', url, as('customer_a'), payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(error(res)).toMatchObject({ code: 'validation_failed', field });
        expect(error(res).message.startsWith(`${field}: `)).toBe(true);
      }
      expect((await call('POST', url, as('customer_b'), { rating: 4 })).statusCode).toBe(404);
      const ok = await call('POST', url, as('customer_a'), { rating: 4, comment: 'Fine' });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ csat: { conversationId: id, rating: 4, comment: 'Fine' } });
      const again = await call('POST', url, as('customer_a'), { rating: 5 });
      expect(again.statusCode).toBe(409);
      expect(error(again)).toMatchObject({ code: 'already_answered', field: 'conversationId' });
      const open = await f.start('cus_a', null);
      expect(error(await call('POST', `/v1/conversations/${open}/csat`, as('customer_a'), { rating: 3 }))).toMatchObject({ code: 'not_resolved' });
    });

    it('QA: supervisors review, the agent sees the review and contests it, another supervisor decides', async () => {
      expect((await call('GET', '/v1/admin/qa/queue', as('agent_pro'))).statusCode).toBe(403);
      draws.push(0.0);
      const id = await f.humanResolved('cus_b', 'refund_status', 'agt_pro');
      await f.services.recordResolution({ conversationId: id });
      const queue = await call('GET', '/v1/admin/qa/queue?limit=10', as('sup_ana'));
      expect(queue.statusCode).toBe(200);
      const [review] = queue.json().reviews as { id: string; reviewerId: string }[];
      expect(review).toMatchObject({ reviewerId: 'sup_ana' });
      expect(queue.json().scorecards[0].criteria).toHaveLength(6);
      expect((await call('GET', '/v1/admin/qa/queue?limit=0', as('sup_ana'))).statusCode).toBe(400);

      const reviewUrl = `/v1/admin/qa/reviews/${review!.id}`;
      expect(error(await call('POST', reviewUrl, as('sup_ana'), { answers: { ...FULL, tone: 2 } }))).toMatchObject({ field: 'answers.tone' });
      expect(error(await call('POST', reviewUrl, as('sup_ana'), { answers: { ...FULL, accuracy: 'good' } }))).toMatchObject({ code: 'validation_failed', field: 'accuracy' });
      expect((await call('POST', reviewUrl, as('sup_ben'), { answers: FULL })).statusCode).toBe(403); // assigned to sup_ana
      const done = await call('POST', reviewUrl, as('sup_ana'), { answers: { ...FULL, empathy: 1 } });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ review: { status: 'done', reviewerId: 'sup_ana' }, result: { passed: true } });

      const mine = await call('GET', '/v1/agent/quality', as('agent_pro'));
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ agentId: 'agt_pro', reviews: [{ id: review!.id, contestable: true }] });
      expect(mine.json().rankingScore).toBeCloseTo(mine.json().storedQualityScore, 4);
      expect((await call('GET', '/v1/agent/quality', as('customer_a'))).statusCode).toBe(403);

      const contestUrl = `/v1/agent/reviews/${review!.id}/contest`;
      expect(error(await call('POST', contestUrl, as('agent_pro'), { reason: '   ' }))).toMatchObject({ field: 'reason' });
      expect((await call('POST', contestUrl, as('sup_ben'), { reason: 'not my review' })).statusCode).toBe(404);
      expect((await call('POST', contestUrl, as('agent_pro'), { reason: 'Empathy: I apologised twice' })).json()).toMatchObject({ review: { contestStatus: 'open' } });

      const decideUrl = `${reviewUrl}/contest-decision`;
      expect(error(await call('POST', decideUrl, as('sup_ben'), { outcome: 'maybe', note: 'x' }))).toMatchObject({ field: 'outcome' });
      expect(error(await call('POST', decideUrl, as('sup_ben'), { outcome: 'upheld' }))).toMatchObject({ field: 'note' });
      expect((await call('POST', decideUrl, as('sup_ana'), { outcome: 'upheld', note: 'I stand by it' })).statusCode).toBe(403);
      expect((await call('POST', decideUrl, as('agent_pro'), { outcome: 'overturned', note: 'mine' })).statusCode).toBe(403);
      const decided = await call('POST', decideUrl, as('sup_ben'), { outcome: 'upheld', note: 'The apology came after the policy answer' });
      expect(decided.json()).toMatchObject({ review: { contestStatus: 'upheld', contest: { resolverId: 'sup_ben' } } });

      const calibration = await call('GET', '/v1/admin/qa/calibration', asAdmin);
      expect(calibration.statusCode).toBe(200);
      expect(calibration.json()).toEqual({ scorecards: [], pairs: [] });
    });

    it('guardrail: visible to supervisors, floors validated and named field by field', async () => {
      expect((await call('GET', '/v1/admin/guardrail', as('agent_pro'))).statusCode).toBe(403);
      const view = await call('GET', '/v1/admin/guardrail?switches=5', as('sup_ana'));
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({ config: { tripZ: 3, thresholds: { csat_satisfied: { floor: 0.7 } } }, switches: [] });

      const floors = DEFAULT_GUARDRAIL_CONFIG.thresholds;
      const put = (body: unknown) => call('PUT', '/v1/admin/guardrail/floors', asAdmin, body);
      expect(error(await put({ ...floors, csat_satisfied: { floor: 1.5, recoveryFloor: 0.8, minSample: 30 } }))).toMatchObject({ field: 'floor' });
      expect(error(await put({ ...floors, csat_satisfied: { floor: 0.8, recoveryFloor: 0.7, minSample: 30 } }))).toMatchObject({
        code: 'validation_failed',
        field: 'csat_satisfied.recoveryFloor',
      });
      const { negative_sentiment: _missing, ...incomplete } = floors;
      expect(error(await put(incomplete))).toMatchObject({ field: 'negative_sentiment' });
      const ok = await put({ ...floors, negative_sentiment: null });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().config.thresholds.negative_sentiment).toBeNull();
      expect((await call('GET', '/v1/admin/guardrail', asAdmin)).json().config.thresholds.negative_sentiment).toBeNull();
    });

    it('reports: the outcome table and the CSV, for staff only', async () => {
      expect(error(await call('GET', '/v1/admin/reports/outcomes?by=team', asAdmin))).toMatchObject({ field: 'by' });
      expect(error(await call('GET', '/v1/admin/reports/outcomes?from=10&to=5', asAdmin))).toMatchObject({ field: 'to' });
      const outcomes = await call('GET', '/v1/admin/reports/outcomes?by=agent', as('sup_ana'));
      expect(outcomes.statusCode).toBe(200);
      expect(outcomes.json().lines.map((l: { agentId: string }) => l.agentId)).toEqual(['agt_pro', 'ai']);

      expect((await call('GET', '/v1/admin/reports/conversations.csv', as('agent_pro'))).statusCode).toBe(403);
      const csv = await call('GET', '/v1/admin/reports/conversations.csv', asAdmin);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = csv.body.trimEnd().split('\r\n');
      expect(lines[0]).toBe(CSV_COLUMNS.join(','));
      expect(lines).toHaveLength(1 + 3); // header + the three conversations of this file
    });
  });
}
