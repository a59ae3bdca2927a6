import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/app/quality/index.js';
import { databaseTiers } from '../support/databases.js';
import { qualityFixture, scriptedRng, type QualityFixture } from './fixture.js';

const admin = { kind: 'admin' as const };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`outcome reports and the CSV export on ${tier.name}`, () => {
    let f: QualityFixture;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;
    const draws: number[] = [];
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      close = () => opened.database.close();
      f = await qualityFixture(opened.database, { rng: scriptedRng(draws) });
      ids.ai = await f.aiResolved('cus_a', 'pause_plan');
      await f.services.recordResolution({ conversationId: ids.ai });
      await f.services.submitCsat({ principal: { kind: 'customer', customerId: 'cus_a' }, conversationId: ids.ai, rating: 5 });
      draws.push(0.0); // sampled at random for review
      ids.human = await f.humanResolved('cus_b', 'refund_status', 'agt_pro');
      const { reviews } = await f.services.recordResolution({ conversationId: ids.human });
      await f.services.submitReview({
        principal: { kind: 'agent', agentId: reviews[0]!.reviewerId!, role: 'supervisor' },
        reviewId: reviews[0]!.id,
        answers: { accuracy: 4, required_disclosures: 'n/a', hardship_handling: 'n/a', identity_and_privacy: 1, empathy: 4, resolution: 4 },
      });
      await f.services.submitCsat({ principal: { kind: 'customer', customerId: 'cus_b' }, conversationId: ids.human, rating: 3 });
      ids.open = await f.start('cus_a', null, 'Is anyone there?');
    });
    afterAll(async () => {
      await close();
      await drop();
    });

    it('exports one CSV row per conversation under a fixed header', async () => {
      const csv = await f.services.exportConversationsCsv({ principal: admin, range: { fromMs: 0, toMs: f.clock.now() + 1, limit: 100 } });
      expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
      const rows = parse(csv, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.conversation_id)).toEqual([ids.ai, ids.human, ids.open]);
      expect(rows[0]).toMatchObject({
        customer_id: 'cus_a',
        intent: 'pause_plan',
        state: 'resolved',
        first_response_seconds: '2',
        owner_history: 'ai',
        resolved_by: 'ai',
        durable: '',
        csat: '5',
        qa_score: '',
        escalation_reason: '',
        cost_minor: '1',
      });
      expect(rows[1]).toMatchObject({ intent: 'refund_status', owner_history: 'ai>agt_pro', resolved_by: 'agt_pro', escalation_reason: 'customer_asked', csat: '3', qa_score: '100', cost_minor: '0' });
      expect(new Date(rows[1]!.resolved_at!).getTime()).toBe((await f.store.conversations.get(ids.human!))!.resolvedAt);
      expect(rows[2]).toMatchObject({ state: 'ai', intent: '', resolved_at: '', first_response_at: '', csat: '' });
      // The range selects by start time.
      const none = await f.services.exportConversationsCsv({ principal: admin, range: { fromMs: f.clock.now() + 1, toMs: f.clock.now() + 2, limit: 100 } });
      expect(none).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    });

    it('puts AI and humans in one outcome table, per intent and per agent', async () => {
      const range = { fromMs: 0, toMs: f.clock.now() + 1, limit: 100 };
      const byIntent = await f.services.outcomeReport({ principal: admin, by: 'intent', range });
      expect(byIntent.by).toBe('intent');
      expect(byIntent.lines.map((l) => ('intent' in l ? [l.intent, l.owner, l.contacts] : []))).toEqual([
        ['pause_plan', 'all', 1],
        ['pause_plan', 'ai', 1],
        ['refund_status', 'all', 1],
        ['refund_status', 'human', 1],
        ['unknown', 'all', 1],
        ['unknown', 'ai', 1],
      ]);
      const byAgent = await f.services.outcomeReport({ principal: admin, by: 'agent', range });
      expect(byAgent.lines).toEqual([
        expect.objectContaining({ agentId: 'agt_pro', ownerKind: 'human', contacts: 1, resolutionRate: 1, meanCsat: 3, costPerContactMinor: 0 }),
        expect.objectContaining({ agentId: 'ai', ownerKind: 'ai', contacts: 2, resolutionRate: 0.5, meanCsat: 5, csatResponses: 1, totalCostMinor: 1 }),
      ]);
      await expect(f.services.outcomeReport({ principal: { kind: 'customer', customerId: 'cus_a' }, by: 'agent', range })).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
}
