import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeResolvedConversation } from '../../src/app/close-resolved-conversation.js';
import { AppError } from '../../src/app/errors.js';
import { DURABLE_CHECK_TIMER } from '../../src/app/quality/index.js';
import { CLOSE_TIMER_KIND, resolveConversation } from '../../src/app/resolve-conversation.js';
import { sendMessage } from '../../src/app/send-message.js';
import { TimerRunner } from '../../src/runtime/timer-runner.js';
import { databaseTiers } from '../support/databases.js';
import { DAY, qualityFixture, type QualityFixture } from './fixture.js';

const silent = { warn: () => {}, error: () => {} };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`CSAT and durable resolution on ${tier.name}`, () => {
    let f: QualityFixture;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;
    let timers: TimerRunner;
    const customer = (customerId: string) => ({ kind: 'customer' as const, customerId });

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      close = () => opened.database.close();
      f = await qualityFixture(opened.database);
      // The same wiring the lead adds to main.ts: the durable check and the 7-day close share the timers table.
      timers = new TimerRunner(f.store.timers, f.clock, { owner: 'test', pollMs: 60_000, leaseMs: 30_000, batch: 50, logger: silent });
      timers.on(DURABLE_CHECK_TIMER, async (t) => void (await f.services.checkDurable(t.payload as { resolutionId: string })));
      timers.on(CLOSE_TIMER_KIND, async (t) => void (await closeResolvedConversation(f.app, t.payload as { conversationId: string; resolvedAt: number })));
    });
    afterAll(async () => {
      await close();
      await drop();
    });

    it('takes one rating per resolution, for AI and human resolutions alike, and names the field when it is wrong', async () => {
      const aiId = await f.aiResolved('cus_a', 'pause_plan');
      await f.services.recordResolution({ conversationId: aiId });
      const bad = await f.services.submitCsat({ principal: customer('cus_a'), conversationId: aiId, rating: 6 }).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(AppError);
      expect(bad).toMatchObject({ code: 'validation_failed', field: 'rating' });
      expect((bad as Error).message).toMatch(/^rating: /);

      const first = await f.services.submitCsat({ principal: customer('cus_a'), conversationId: aiId, rating: 5, comment: '  quick, thanks ' });
      expect(first).toMatchObject({ ok: true, csat: { rating: 5, comment: 'quick, thanks' } });
      const again = await f.services.submitCsat({ principal: customer('cus_a'), conversationId: aiId, rating: 1 });
      expect(again).toMatchObject({ ok: false, code: 'already_answered', field: 'conversationId' });

      const humanId = await f.humanResolved('cus_a', 'refund_status', 'agt_pro');
      // No resolve hook ran for this one: the rating records the resolution itself.
      expect(await f.services.submitCsat({ principal: customer('cus_a'), conversationId: humanId, rating: 4 })).toMatchObject({ ok: true });
      const resolution = await f.quality.resolutions.findByConversationTime(humanId, (await f.store.conversations.get(humanId))!.resolvedAt!);
      expect(resolution).toMatchObject({ resolvedBy: 'agt_pro', humanTouched: true, intent: 'refund_status' });
      expect(await f.quality.csat.ratingsForAgent('agt_pro')).toEqual([4]);
    });

    it('refuses a rating of a conversation that is not resolved, and hides other customers’ conversations', async () => {
      const open = await f.start('cus_a', 'pause_plan');
      expect(await f.services.submitCsat({ principal: customer('cus_a'), conversationId: open, rating: 3 })).toMatchObject({ ok: false, code: 'not_resolved' });
      const theirs = await f.aiResolved('cus_b', 'pause_plan');
      await expect(f.services.submitCsat({ principal: customer('cus_a'), conversationId: theirs, rating: 3 })).rejects.toMatchObject({ code: 'not_found' });
    });

    it('a reopened and re-resolved conversation is a new resolution, rated anew', async () => {
      const id = await f.aiResolved('cus_b', 'card_declined');
      await f.services.recordResolution({ conversationId: id });
      expect(await f.services.submitCsat({ principal: customer('cus_b'), conversationId: id, rating: 2 })).toMatchObject({ ok: true });
      f.clock.advance(60_000);
      await sendMessage(f.app, { principal: customer('cus_b'), conversationId: id, clientMessageId: 'again', text: 'It is still declined' });
      f.clock.advance(60_000);
      await resolveConversation(f.app, { principal: 'ai', conversationId: id });
      await f.services.recordResolution({ conversationId: id });
      expect(await f.services.submitCsat({ principal: customer('cus_b'), conversationId: id, rating: 4 })).toMatchObject({ ok: true, csat: { rating: 4 } });
    });

    it('the 7-day timer marks a resolution durable when nobody came back, and not durable after a reopen', async () => {
      const quiet = await f.aiResolved('cus_a', 'update_address');
      const { resolution } = await f.services.recordResolution({ conversationId: quiet });
      const reopened = await f.aiResolved('cus_b', 'update_address');
      const second = (await f.services.recordResolution({ conversationId: reopened })).resolution;
      f.clock.advance(DAY);
      await sendMessage(f.app, { principal: customer('cus_b'), conversationId: reopened, clientMessageId: 'back', text: 'Wait, one more thing' });

      f.clock.set(resolution.resolvedAt + 7 * DAY - 1);
      await timers.tick();
      expect((await f.quality.resolutions.get(resolution.id))?.checkedAt).toBeNull(); // not due yet
      f.clock.set(second.resolvedAt + 7 * DAY);
      await timers.tick();
      expect(await f.quality.resolutions.get(resolution.id)).toMatchObject({ durable: true, notDurableReason: null, checkedAt: f.clock.now() });
      expect(await f.quality.resolutions.get(second.id)).toMatchObject({ durable: false, notDurableReason: 'reopened' });
      // The close timer ran in the same tick: the quiet conversation is now closed.
      expect((await f.store.conversations.get(quiet))?.state).toBe('closed');
    });

    it('a repeat contact about the same need links to the earlier resolution at once, and the timer agrees', async () => {
      const first = await f.aiResolved('cus_a', 'missed_payment');
      const { resolution } = await f.services.recordResolution({ conversationId: first });
      f.clock.advance(3 * DAY);
      const other = await f.start('cus_a', 'change_email');
      expect(await f.services.linkRepeatContact({ conversationId: other })).toBeNull(); // another need
      const repeat = await f.start('cus_a', 'missed_payment', 'The payment still shows as missed');
      const linked = await f.services.linkRepeatContact({ conversationId: repeat });
      expect(linked).toMatchObject({ id: resolution.id, durable: false, notDurableReason: 'repeat_contact', repeatConversationId: repeat });
      expect(await f.services.linkRepeatContact({ conversationId: repeat })).toMatchObject({ id: resolution.id }); // idempotent
      const events = await f.store.events.listForConversation(repeat);
      expect(events.find((e) => e.type === 'quality.repeat_contact')?.payload).toMatchObject({ previousConversationId: first });

      f.clock.advance(4 * DAY + 60_000);
      await timers.tick();
      expect(await f.quality.resolutions.get(resolution.id)).toMatchObject({ durable: false, repeatConversationId: repeat, checkedAt: f.clock.now() });
    });

    it('the timer finds a repeat contact on its own when the intent hook never ran; a return after 7 days is a new need', async () => {
      const first = await f.aiResolved('cus_b', 'refund_timing');
      const early = (await f.services.recordResolution({ conversationId: first })).resolution;
      f.clock.advance(2 * DAY);
      const repeat = await f.start('cus_b', 'refund_timing');
      f.clock.advance(5 * DAY + 60_000);
      await timers.tick();
      expect(await f.quality.resolutions.get(early.id)).toMatchObject({ durable: false, notDurableReason: 'repeat_contact', repeatConversationId: repeat });

      const later = await f.aiResolved('cus_b', 'late_fee_question');
      const resolution = (await f.services.recordResolution({ conversationId: later })).resolution;
      f.clock.advance(7 * DAY + 60_000);
      const after = await f.start('cus_b', 'late_fee_question');
      expect(await f.services.linkRepeatContact({ conversationId: after })).toBeNull();
      await timers.tick();
      expect(await f.quality.resolutions.get(resolution.id)).toMatchObject({ durable: true });
    });
  });
}
