import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateConversation } from '../../src/app/escalate-conversation.js';
import { assignConversation } from '../../src/app/assign-conversation.js';
import { resolveConversation } from '../../src/app/resolve-conversation.js';
import { toolAuditRepository } from '../../src/store/tool.repository.js';
import { databaseTiers } from '../support/databases.js';
import { qualityFixture, type QualityFixture } from './fixture.js';

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`auto-QA at resolution on ${tier.name}`, () => {
    let f: QualityFixture;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      close = () => opened.database.close();
      f = await qualityFixture(opened.database);
    });
    afterAll(async () => {
      await close();
      await drop();
    });

    it('checks AI replies against the tool results and articles they cite, staff text for card numbers, disclosures and reply times', async () => {
      const id = await f.start('cus_a', 'missed_payment', 'I missed a payment, what happens now?');
      const audit = await toolAuditRepository(f.database.db).append({
        tool: 'get_plan',
        actor: { kind: 'ai' },
        conversationId: id,
        customerId: 'cus_a',
        args: {},
        result: { nextInstalment: { amountMinor: 4500, dueOn: '2026-11-20' } },
        ok: true,
        idempotencyKey: null,
        createdAt: f.clock.now(),
      });
      f.clock.advance(3_000);
      await f.say(id, 'ai', 'Your next instalment is £45.00, due on 20 November 2026.', { citations: [{ kind: 'tool', tool: 'get_plan', auditId: audit!.id }] });
      f.clock.advance(2_000);
      await f.say(id, 'ai', 'A late fee of £6.00 applies; the total is now £51.50.', { citations: [{ kind: 'article', id: 'late-fees', title: 'Late fees' }] });
      await escalateConversation(f.app, { principal: { kind: 'customer', customerId: 'cus_a' }, conversationId: id, reason: 'customer_asked' });
      await assignConversation(f.app, { principal: { kind: 'admin' }, conversationId: id, agentId: 'agt_pro' });
      f.clock.advance(30_000);
      await f.say(id, 'agent', 'I can see the card 4111 1111 1111 1111 on file, that is sorted.');
      f.clock.advance(60_000);
      await resolveConversation(f.app, { principal: { kind: 'agent', agentId: 'agt_pro', role: 'agent' }, conversationId: id });

      const recorded = await f.services.recordResolution({ conversationId: id });
      const findings = await f.quality.findings.forConversation(id);
      expect(recorded.autoQaFindings).toBe(findings.length);
      expect(findings.map((x) => [x.code, x.messageSeq])).toEqual([
        ['ungrounded_amount', 3], // £51.50 is in no cited source; £45.00 and £6.00 are
        ['missing_disclosure', 1], // a missed payment, and nobody mentioned the credit file
        ['sensitive_data', 6],
      ]);
      expect(findings.find((x) => x.code === 'sensitive_data')?.detail).not.toContain('4111 1111 1111 1111');
      // A retried hook does not store the findings twice.
      await f.services.recordResolution({ conversationId: id });
      expect(await f.quality.findings.forConversation(id)).toHaveLength(3);
    });

    it('flags an AI reply that kept the customer waiting', async () => {
      const id = await f.start('cus_b', 'pause_plan');
      f.clock.advance(45_000);
      await f.say(id, 'ai', 'Your plan is paused.');
      await resolveConversation(f.app, { principal: 'ai', conversationId: id });
      await f.services.recordResolution({ conversationId: id });
      expect((await f.quality.findings.forConversation(id)).map((x) => x.code)).toEqual(['first_response_breach']);
    });
  });
}
