import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAgentScore } from '../../src/domain/quality/index.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const admin = { 'x-api-key': ADMIN_KEY };
const ZERO = { accuracy: 0, required_disclosures: 0, hardship_handling: 0, identity_and_privacy: 0, empathy: 0, resolution: 0 };
const REASON = 'The customer had verified on the phone before the chat';

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`contested reviews (GET /v1/admin/qa/contests, contest-decision) on ${tier.name}`, () => {
    let t: TestTandem;
    let drop: () => Promise<void>;
    let reviewId = '';
    let conversationId = '';
    let sam: Record<string, string>;
    let supervisor: Record<string, string>;

    const get = (url: string, headers: Record<string, string> = admin) => t.app.inject({ method: 'GET', url, headers });
    const post = (url: string, payload: unknown, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const ok = async (res: Promise<{ statusCode: number; body: string; json(): any }>) => {
      const r = await res;
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    const samScore = async () => ((await ok(get('/v1/admin/agents'))).agents as { id: string; qualityScore: number }[]).find((a) => a.id === 'agt_sam')!.qualityScore;

    // Sam handles a conversation the customer rates 1 (always sampled); the admin key reviews it harshly; Sam contests.
    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      t = await startTestTandem({ database: opened.database });
      sam = bearer(await t.agentToken('sam@example.com'));
      supervisor = bearer(await t.agentToken('supervisor@example.com'));
      const customer = bearer(await t.customerToken('anonymous'));
      conversationId = (await ok(post('/v1/conversations', {}, customer))).conversation.id;
      await ok(post(`/v1/conversations/${conversationId}/escalate`, {}, customer));
      await ok(post(`/v1/admin/conversations/${conversationId}/assign`, { agentId: 'agt_sam' }, admin));
      await ok(post(`/v1/conversations/${conversationId}/messages`, { clientMessageId: 'a1', text: 'Your refund is on its way.' }, sam));
      await ok(post(`/v1/conversations/${conversationId}/resolve`, {}, sam));
      await ok(post(`/v1/conversations/${conversationId}/csat`, { rating: 1 }, customer));
      const queue = await ok(get('/v1/admin/qa/queue'));
      reviewId = (queue.reviews as { id: string; conversationId: string }[]).find((r) => r.conversationId === conversationId)!.id;
      await ok(post(`/v1/admin/qa/reviews/${reviewId}`, { answers: ZERO }, admin));
      await ok(post(`/v1/agent/reviews/${reviewId}/contest`, { reason: REASON }, sam));
    });
    afterAll(async () => {
      await t?.dispose();
      await drop?.();
    });

    it('lists open contests with the agent, the reason and the answers disputed', async () => {
      const body = await ok(get('/v1/admin/qa/contests?status=open', supervisor));
      expect(body.contests).toHaveLength(1);
      const [contest] = body.contests;
      expect(contest).toMatchObject({
        id: reviewId,
        conversationId,
        agentId: 'agt_sam',
        agentName: 'Sam Patel',
        reviewerId: 'admin',
        score: 0,
        passed: false,
        answers: ZERO,
        contestStatus: 'open',
        contest: { reason: REASON, resolvedAtMs: null, resolverId: null, note: null },
        decidableByYou: true,
      });
      expect(contest.perCriterion.find((c: { criterionId: string }) => c.criterionId === 'accuracy')).toMatchObject({ label: 'Accuracy', points: 0, passed: false });
      // `open` is the default; the admin key reviewed it, so it may not decide this one.
      const asAdmin = await ok(get('/v1/admin/qa/contests'));
      expect(asAdmin.contests.map((c: { id: string; decidableByYou: boolean }) => [c.id, c.decidableByYou])).toEqual([[reviewId, false]]);
      expect((await ok(get('/v1/admin/qa/contests?status=overturned'))).contests).toEqual([]);
    });

    it('is for supervisors and the admin key only; bad filters are 400 naming the field', async () => {
      expect((await get('/v1/admin/qa/contests', {})).statusCode).toBe(401);
      expect((await get('/v1/admin/qa/contests', sam)).statusCode).toBe(403);
      expect((await get('/v1/admin/qa/contests', bearer(await t.customerToken('demo')))).statusCode).toBe(403);
      for (const [query, field] of [
        ['status=closed', 'status'],
        ['status=none', 'status'],
        ['limit=0', 'limit'],
        ['limit=many', 'limit'],
        ['agent=agt_sam', 'agent'],
      ] as const) {
        const res = await get(`/v1/admin/qa/contests?${query}`, supervisor);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
      }
    });

    it('overturning takes the review out of the agent’s score; the decision cannot be taken twice', async () => {
      const csat = [1];
      const withReview = computeAgentScore({ csatRatings: csat, qaReviews: [{ score: 0, contestStatus: 'open' }] }).lowerBound;
      const withoutReview = computeAgentScore({ csatRatings: csat, qaReviews: [{ score: 0, contestStatus: 'overturned' }] }).lowerBound;
      expect(withoutReview).toBeGreaterThan(withReview + 0.01);
      // An open contest still counts.
      expect(await samScore()).toBeCloseTo(withReview, 4);

      const url = `/v1/admin/qa/reviews/${reviewId}/contest-decision`;
      const noNote = await post(url, { outcome: 'overturned', note: '  ' }, supervisor);
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json().error).toMatchObject({ code: 'validation_failed', field: 'note' });
      expect((await post(url, { outcome: 'reversed', note: 'x' }, supervisor)).json().error).toMatchObject({ field: 'outcome' });
      expect((await post(url, { outcome: 'overturned', note: 'I reviewed it myself' }, admin)).statusCode).toBe(403); // the reviewer
      expect((await post(url, { outcome: 'overturned', note: 'mine' }, sam)).statusCode).toBe(403);
      expect(await samScore()).toBeCloseTo(withReview, 4);

      const decided = await ok(post(url, { outcome: 'overturned', note: 'Verification is on the call recording' }, supervisor));
      expect(decided.review).toMatchObject({ contestStatus: 'overturned', contest: { reason: REASON, resolverId: 'agt_supervisor', note: 'Verification is on the call recording' } });
      expect(await samScore()).toBeCloseTo(withoutReview, 4);
      const own = await ok(get('/v1/agent/quality', sam));
      expect(own.score.qa).toMatchObject({ reviews: 0, excludedOverturned: 1 });
      expect(own.reviews.find((r: { id: string }) => r.id === reviewId)).toMatchObject({ countsTowardScore: false });

      expect((await ok(get('/v1/admin/qa/contests', supervisor))).contests).toEqual([]);
      const overturned = await ok(get('/v1/admin/qa/contests?status=overturned', supervisor));
      expect(overturned.contests).toMatchObject([{ id: reviewId, decidableByYou: false, contest: { note: 'Verification is on the call recording' } }]);
      const again = await post(url, { outcome: 'upheld', note: 'Changed my mind' }, supervisor);
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'conflict', field: 'reviewId' });
    });
  });
}
