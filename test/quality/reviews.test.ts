import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaReview } from '../../src/app/quality/index.js';
import type { Principal } from '../../src/domain/auth/access.js';
import { computeAgentScore, type ReviewAnswers } from '../../src/domain/quality/index.js';
import { databaseTiers } from '../support/databases.js';
import { qualityFixture, scriptedRng, type QualityFixture } from './fixture.js';

const FULL: ReviewAnswers = { accuracy: 4, required_disclosures: 'n/a', hardship_handling: 'n/a', identity_and_privacy: 1, empathy: 4, resolution: 4 };
const ZERO: ReviewAnswers = { accuracy: 0, required_disclosures: 0, hardship_handling: 0, identity_and_privacy: 0, empathy: 0, resolution: 0 };
const GOOD: ReviewAnswers = { ...FULL, empathy: 3, resolution: 3 }; // 85: passes, not perfect

const supervisor = (agentId: string): Principal => ({ kind: 'agent', agentId, role: 'supervisor' });
const agentP = (agentId: string): Principal => ({ kind: 'agent', agentId, role: 'agent' });

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`QA sampling, reviews and the agent score on ${tier.name}`, () => {
    let f: QualityFixture;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;
    const draws: number[] = [];

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      close = () => opened.database.close();
      f = await qualityFixture(opened.database, { rng: scriptedRng(draws) });
    });
    afterAll(async () => {
      await close();
      await drop();
    });

    /** A human-resolved conversation run through the resolve hook, with the given sampling draws queued. */
    async function resolvedBy(agentId: string, ...nextDraws: number[]) {
      draws.push(...nextDraws);
      const id = await f.humanResolved('cus_a', 'payment_dates', agentId);
      const recorded = await f.services.recordResolution({ conversationId: id });
      return { id, recorded };
    }
    const complete = (r: QaReview, answers: ReviewAnswers) => f.services.submitReview({ principal: supervisor(r.reviewerId!), reviewId: r.id, answers });
    const storedScore = async (agentId: string) => (await f.store.agents.get(agentId))!.qualityScore;

    it('samples by the rules: every probation conversation, a share of the rest and of the AI, and every low rating', async () => {
      const probation = await resolvedBy('agt_new', 0.99);
      expect(probation.recorded.reviews).toMatchObject([{ agentId: 'agt_new', sampleReason: 'probation_agent', status: 'in_review', reviewerId: 'sup_ana' }]);
      expect(probation.recorded.autoQaFindings).toBe(0);

      const unsampled = await resolvedBy('agt_pro', 0.5);
      expect(unsampled.recorded.reviews).toEqual([]);
      const low = await f.services.submitCsat({ principal: { kind: 'customer', customerId: 'cus_a' }, conversationId: unsampled.id, rating: 1 });
      expect(low.ok).toBe(true);
      // sup_ana holds one open review, so the least-loaded sup_ben gets this one.
      expect(await f.quality.reviews.forConversation(unsampled.id)).toMatchObject([{ sampleReason: 'low_csat', agentId: 'agt_pro', reviewerId: 'sup_ben' }]);

      expect((await resolvedBy('agt_pro', 0.05)).recorded.reviews).toMatchObject([{ sampleReason: 'random_human' }]);

      draws.push(0.01);
      const aiSampled = await f.aiResolved('cus_b', 'pause_plan');
      expect((await f.services.recordResolution({ conversationId: aiSampled })).reviews).toMatchObject([{ sampleReason: 'random_ai', agentId: null }]);
      draws.push(0.5);
      const aiSkipped = await f.aiResolved('cus_b', 'pause_plan');
      expect((await f.services.recordResolution({ conversationId: aiSkipped })).reviews).toEqual([]);
      // A retried hook samples nothing twice.
      expect((await f.services.recordResolution({ conversationId: aiSampled })).created).toBe(false);
      expect(await f.quality.reviews.forConversation(aiSampled)).toHaveLength(1);

      const queue = await f.services.listReviewQueue({ principal: supervisor('sup_ana'), limit: 50 });
      expect(queue.reviews.every((r) => r.reviewerId === 'sup_ana' || r.reviewerId === null)).toBe(true);
      expect(queue.scorecards.map((c) => c.id)).toEqual(['bnpl-default']);
      expect((await f.services.listReviewQueue({ principal: { kind: 'admin' }, limit: 50 })).reviews.length).toBe(4);
      await expect(f.services.listReviewQueue({ principal: agentP('agt_pro'), limit: 50 })).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('a completed review moves the stored quality score, and a single bad review moves a well-evidenced score little', async () => {
      const before = await storedScore('agt_pro');
      const [first] = (await resolvedBy('agt_pro', 0.0)).recorded.reviews;
      const done = await complete(first!, FULL);
      expect(done.result).toMatchObject({ score: 100, passed: true });
      // CSAT 1 from the first test counts too: the score is the blend of everything on record.
      const expected = computeAgentScore({ csatRatings: [1], qaReviews: [{ score: 100, contestStatus: 'none' }] });
      expect(await storedScore('agt_pro')).toBeCloseTo(expected.lowerBound, 4);
      expect(await storedScore('agt_pro')).not.toBeCloseTo(before, 3);

      for (let i = 0; i < 24; i += 1) {
        const { id, recorded } = await resolvedBy('agt_pro', 0.0);
        await complete(recorded.reviews[0]!, FULL);
        await f.services.submitCsat({ principal: { kind: 'customer', customerId: 'cus_a' }, conversationId: id, rating: 5 });
      }
      const established = await storedScore('agt_pro');
      const [bad] = (await resolvedBy('agt_pro', 0.0)).recorded.reviews;
      const failed = await complete(bad!, ZERO);
      expect(failed.result).toMatchObject({ score: 0, passed: false, failedCriticalCriteria: ['accuracy', 'required_disclosures', 'hardship_handling', 'identity_and_privacy'] });
      const afterBad = await storedScore('agt_pro');
      expect(established - afterBad).toBeGreaterThan(0);
      expect(established - afterBad).toBeLessThan(0.03);
      // The same review would move a newcomer (prior only) much more.
      const newcomer = computeAgentScore({ csatRatings: [], qaReviews: [] }).lowerBound - computeAgentScore({ csatRatings: [], qaReviews: [{ score: 0, contestStatus: 'none' }] }).lowerBound;
      expect(newcomer).toBeGreaterThan(3 * (established - afterBad));

      // Contest: the agent says why; another supervisor overturns it; the score is what it was before.
      await expect(f.services.contestReview({ principal: agentP('agt_new'), reviewId: bad!.id, reason: 'not mine' })).rejects.toMatchObject({ code: 'not_found' });
      const contested = await f.services.contestReview({ principal: agentP('agt_pro'), reviewId: bad!.id, reason: 'The customer had already verified by phone' });
      expect(contested).toMatchObject({ contestStatus: 'open', contest: { reason: 'The customer had already verified by phone' } });
      await expect(f.services.contestReview({ principal: agentP('agt_pro'), reviewId: bad!.id, reason: 'again' })).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        f.services.decideReviewContest({ principal: supervisor(bad!.reviewerId!), reviewId: bad!.id, outcome: 'overturned', note: 'ok' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      const decided = await f.services.decideReviewContest({ principal: { kind: 'admin' }, reviewId: bad!.id, outcome: 'overturned', note: 'Verification was on the call recording' });
      expect(decided).toMatchObject({ contestStatus: 'overturned', contest: { resolverId: 'admin' } });
      expect(await storedScore('agt_pro')).toBeCloseTo(established, 4);

      const view = await f.services.getAgentQuality({ principal: agentP('agt_pro') });
      expect(view.reviews).toHaveLength(26);
      expect(view.reviews.find((r) => r.id === bad!.id)).toMatchObject({ countsTowardScore: false, contestable: false });
      expect(view.score.qa).toMatchObject({ reviews: 25, excludedOverturned: 1 });
      expect(view.reviews[0]?.perCriterion.find((c) => c.criterionId === 'accuracy')).toMatchObject({ label: 'Accuracy', applicable: true });
      expect(view.rankingScore).toBeCloseTo(await storedScore('agt_pro'), 4);
    });

    it('promotes a probation agent to standard after ten reviewed conversations above the bar, and logs why', async () => {
      const pending = (await f.quality.reviews.queue({ limit: 50 })).find((r) => r.agentId === 'agt_new')!;
      await complete(pending, GOOD);
      for (let i = 0; i < 8; i += 1) {
        const { recorded } = await resolvedBy('agt_new', 0.99);
        await complete(recorded.reviews[0]!, GOOD);
      }
      expect((await f.store.agents.get('agt_new'))?.tier).toBe('probation');
      const { recorded } = await resolvedBy('agt_new', 0.99);
      const tenth = await complete(recorded.reviews[0]!, GOOD);
      expect(tenth.result.score).toBeCloseTo(85.94, 2);
      expect((await f.store.agents.get('agt_new'))?.tier).toBe('standard');
      const logged = await f.database.query<{ payload: Record<string, unknown> }>("select payload from events where type = 'agent.tier_changed'");
      expect(logged.map((e) => e.payload)).toEqual([
        { agentId: 'agt_new', from: 'probation', to: 'standard', reason: 'promoted', evidence: expect.objectContaining({ reviews: 10, minReviews: 10, minQaAverage: 80 }) },
      ]);
      const view = await f.services.getAgentQuality({ principal: agentP('agt_new') });
      expect(view).toMatchObject({ tier: 'standard', probation: { reason: 'not_on_probation' } });
    });

    it('certifies an agent for a sensitive topic once enough reviews in it pass, and logs the evidence', async () => {
      for (let i = 0; i < 10; i += 1) {
        draws.push(0.0);
        const id = await f.humanResolved('cus_b', 'dispute_charge', 'agt_pro', 'disputes');
        const { reviews } = await f.services.recordResolution({ conversationId: id });
        expect(reviews[0]?.topic).toBe('disputes');
        expect((await f.store.agents.get('agt_pro'))?.certifications).toEqual([]);
        await complete(reviews[0]!, FULL);
      }
      expect((await f.store.agents.get('agt_pro'))?.certifications).toEqual(['disputes']);
      const logged = await f.database.query<{ payload: Record<string, unknown> }>("select payload from events where type = 'agent.certified'");
      expect(logged.map((e) => e.payload)).toEqual([
        { agentId: 'agt_pro', topic: 'disputes', evidence: { topic: 'disputes', reviews: 10, passes: 10, passRate: 1, minReviews: 10, minPassRate: 0.9 } },
      ]);
    });

    it('calibration: a share of sampled conversations gets two independent reviewers, and agreement is reported', async () => {
      const { recorded } = await resolvedBy('agt_pro', 0.0, 0.0);
      expect(recorded.reviews).toHaveLength(2);
      const [primary, second] = recorded.reviews as [QaReview, QaReview];
      expect(second).toMatchObject({ sampleReason: 'calibration', calibrationOf: primary.id });
      expect(second.reviewerId).not.toBe(primary.reviewerId);
      await complete(primary, FULL);
      await expect(f.services.submitReview({ principal: supervisor(primary.reviewerId!), reviewId: second.id, answers: FULL })).rejects.toMatchObject({
        code: 'forbidden',
      });
      await complete(second, { ...FULL, empathy: 2 });
      const report = await f.services.calibrationReport({ principal: supervisor('sup_ana'), limit: 10 });
      expect(report.pairs).toEqual([{ conversationId: primary.conversationId, reviewers: [primary.reviewerId, second.reviewerId], scores: [100, expect.closeTo(90.625, 3)], passed: [true, true] }]);
      const [card] = report.scorecards;
      expect(card?.report.conversations).toBe(1);
      expect(card?.report.perCriterion.find((c) => c.criterionId === 'empathy')).toMatchObject({ agreements: 0, percentAgreement: 0 });
      expect(card?.report.perCriterion.find((c) => c.criterionId === 'accuracy')).toMatchObject({ agreements: 1, percentAgreement: 1 });
    });

    it('rejects answers that do not fit the scorecard, naming the criterion', async () => {
      const { recorded } = await resolvedBy('agt_pro', 0.0);
      const r = recorded.reviews[0]!;
      await expect(complete(r, { ...FULL, accuracy: 9 })).rejects.toMatchObject({ code: 'validation_failed', field: 'answers.accuracy' });
      await expect(complete(r, { ...FULL, identity_and_privacy: 'n/a' })).rejects.toMatchObject({ field: 'answers.identity_and_privacy' });
      const { accuracy: _omitted, ...missing } = FULL;
      await expect(complete(r, missing)).rejects.toMatchObject({ message: 'answers.accuracy: missing' });
      await expect(f.services.submitReview({ principal: supervisor('sup_ana'), reviewId: 'qar_nope', answers: FULL })).rejects.toMatchObject({ code: 'not_found' });
      await complete(r, FULL);
      await expect(complete(r, FULL)).rejects.toMatchObject({ code: 'conflict' });
    });
  });
}
