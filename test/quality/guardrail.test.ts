import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateConversation } from '../../src/app/escalate-conversation.js';
import { sendMessage } from '../../src/app/send-message.js';
import { DEFAULT_GUARDRAIL_CONFIG } from '../../src/domain/quality/index.js';
import { databaseTiers } from '../support/databases.js';
import { DAY, qualityFixture, START, type QualityFixture } from './fixture.js';

const HOUR = 60 * 60 * 1000;
const admin = { kind: 'admin' as const };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`guardrail controller at runtime on ${tier.name}`, () => {
    let f: QualityFixture;
    let drop: () => Promise<void>;
    let close: () => Promise<void>;
    let k = 0;

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

    /** Synthetic AI resolutions of one intent, one a minute from `fromMs`; the first `satisfied` are rated 5, the rest 2. */
    async function feed(intent: string, count: number, fromMs: number, o: { satisfied: number; durable?: boolean }) {
      for (let i = 0; i < count; i += 1) {
        k += 1;
        const resolvedAt = fromMs + i * 60_000;
        const { resolution } = await f.quality.resolutions.record({
          id: `res_syn_${k}`,
          conversationId: `cnv_syn_${k}`,
          customerId: 'cus_a',
          resolvedAt,
          resolvedBy: 'ai',
          humanTouched: false,
          intent,
        });
        const rating = i < o.satisfied ? 5 : 2;
        await f.quality.csat.insert({ id: `csat_syn_${k}`, resolutionId: resolution.id, conversationId: resolution.conversationId, resolvedAt, customerId: 'cus_a', rating, comment: null, createdAt: resolvedAt + 1000 });
        if (o.durable !== undefined) {
          await f.quality.resolutions.setDurability(resolution.id, { durable: o.durable, reason: o.durable ? null : 'repeat_contact', repeatConversationId: null, checkedAt: resolvedAt });
        }
      }
    }
    const modeOf = async (intent: string) => (await f.services.getGuardrail({ principal: admin, switchLimit: 50 })).intents.find((i) => i.intent === intent);

    it('reads escalation after an AI resolution and negative sentiment from what production writes', async () => {
      const id = await f.aiResolved('cus_b', 'refund_timing');
      const { resolution } = await f.services.recordResolution({ conversationId: id });
      await f.store.assistant.save(id, { memory: {}, history: [{ sentimentScore: 0.2 }, { sentimentScore: -0.4 }] }, f.clock.now());
      f.clock.advance(HOUR);
      await sendMessage(f.app, { principal: { kind: 'customer', customerId: 'cus_b' }, conversationId: id, clientMessageId: 'back', text: 'It did not work' });
      await escalateConversation(f.app, { principal: { kind: 'customer', customerId: 'cus_b' }, conversationId: id, reason: 'customer_asked' });
      const outcomes = await f.quality.guardrail.aiOutcomes('refund_timing', 0, f.clock.now(), 10);
      expect(outcomes).toEqual([{ atMs: resolution.resolvedAt, csat: null, aiResolved: true, durable: null, escalatedAfterResolution: true, negativeSentiment: true }]);
    });

    it('switches an intent to human-first on confidently bad outcomes, logs the switch with evidence, and recovers with hysteresis', async () => {
      const t0 = START + 10 * DAY;
      await feed('pause_plan', 40, t0 - 2 * HOUR, { satisfied: 8 });
      await feed('update_address', 40, t0 - 2 * HOUR, { satisfied: 38 });
      expect(await f.services.humanFirstIntents()).toEqual(new Set());

      const steps = await f.services.stepGuardrails(t0, { expectedWaitSeconds: 600, waitLimitSeconds: 120 });
      expect(steps.find((s) => s.intent === 'pause_plan')).toMatchObject({ mode: 'human_first', switched: true, reason: 'quality_below_floor', outcomesConsidered: 40 });
      expect(steps.find((s) => s.intent === 'update_address')).toMatchObject({ mode: 'ai_first', switched: false, reason: 'holding_ai_first' });
      expect(await f.services.humanFirstIntents()).toEqual(new Set(['pause_plan']));

      const view = await f.services.getGuardrail({ principal: admin, switchLimit: 50 });
      expect(view.switches).toHaveLength(1);
      const [logged] = view.switches;
      expect(logged).toMatchObject({ intent: 'pause_plan', fromMode: 'ai_first', toMode: 'human_first', reason: 'quality_below_floor', at: t0 });
      expect(logged?.evidence.decidingMetrics).toEqual(['csat_satisfied']);
      expect(logged?.evidence.metrics.find((m) => m.metric === 'csat_satisfied')).toMatchObject({ n: 40, count: 8, rate: 0.2, tripAt: 0.7, confidentlyBad: true });
      // Humans are saturated: the evidence says to call agents up, not to hand the intent back to the AI.
      expect(logged?.evidence.capacity).toMatchObject({ known: true, humanCapacitySaturated: true, recommendation: 'call_up_agents' });
      expect(await modeOf('pause_plan')).toMatchObject({ mode: 'human_first', since: t0, switchCount: 1 });

      // The same look again, or a look an hour later with no new data: no second switch.
      await f.services.stepGuardrails(t0);
      await f.services.stepGuardrails(t0 + HOUR);
      expect((await f.services.getGuardrail({ principal: admin, switchLimit: 50 })).switches).toHaveLength(1);

      // Good outcomes after the switch, but the minimum time human-first has not passed.
      await feed('pause_plan', 60, t0 + HOUR, { satisfied: 60, durable: true });
      expect(await f.services.stepGuardrails(t0 + 12 * HOUR)).toContainEqual(expect.objectContaining({ intent: 'pause_plan', mode: 'human_first', reason: 'holding_human_first_min_time' }));

      const recovered = await f.services.stepGuardrails(t0 + DAY + HOUR);
      expect(recovered.find((s) => s.intent === 'pause_plan')).toMatchObject({ mode: 'ai_first', switched: true, reason: 'recovered', outcomesConsidered: 60 });
      expect(await f.services.humanFirstIntents()).toEqual(new Set());
      const after = await f.services.getGuardrail({ principal: admin, switchLimit: 50 });
      expect(after.switches.map((s) => [s.intent, s.toMode])).toEqual([
        ['pause_plan', 'ai_first'],
        ['pause_plan', 'human_first'],
      ]);
      expect(after.switches[0]?.evidence.decidingMetrics).toEqual(['csat_satisfied', 'durable_resolution', 'escalation_after_resolution', 'negative_sentiment']);

      // Judged on outcomes since recovery only: the old bad ones cannot trip it again.
      await f.services.stepGuardrails(t0 + DAY + 2 * HOUR);
      expect(await modeOf('pause_plan')).toMatchObject({ mode: 'ai_first', switchCount: 2 });
      const events = await f.database.query<{ payload: { intent: string; to: string } }>("select payload from events where type = 'guardrail.switched' order by id");
      expect(events.map((e) => [e.payload.intent, e.payload.to])).toEqual([
        ['pause_plan', 'human_first'],
        ['pause_plan', 'ai_first'],
      ]);
    });

    it('does not flap when the AI sits exactly at the floor', async () => {
      const t0 = START + 20 * DAY;
      await feed('card_declined', 200, t0 - 200 * 60_000, { satisfied: 140 }); // 70% against a 70% floor
      for (let hour = 0; hour < 6; hour += 1) {
        const step = (await f.services.stepGuardrails(t0 + hour * HOUR)).find((s) => s.intent === 'card_declined');
        expect(step).toMatchObject({ mode: 'ai_first', switched: false });
      }
    });

    it('uses the operator’s floors: validated, logged, and applied at the next step', async () => {
      const defaults = DEFAULT_GUARDRAIL_CONFIG.thresholds;
      await expect(
        f.services.setGuardrailFloors({ principal: admin, thresholds: { ...defaults, csat_satisfied: { floor: 0.8, recoveryFloor: 0.7, minSample: 30 } } }),
      ).rejects.toMatchObject({ code: 'validation_failed', field: 'csat_satisfied.recoveryFloor' });
      await expect(f.services.setGuardrailFloors({ principal: { kind: 'agent', agentId: 'agt_pro', role: 'agent' }, thresholds: defaults })).rejects.toMatchObject({
        code: 'forbidden',
      });

      const t0 = START + 30 * DAY;
      await feed('late_fee_question', 40, t0 - 2 * HOUR, { satisfied: 10 });
      const config = await f.services.setGuardrailFloors({ principal: { kind: 'agent', agentId: 'sup_ana', role: 'supervisor' }, thresholds: { ...defaults, csat_satisfied: null } });
      expect(config.thresholds.csat_satisfied).toBeNull();
      expect((await f.services.stepGuardrails(t0)).find((s) => s.intent === 'late_fee_question')).toMatchObject({ mode: 'ai_first', switched: false });

      await f.services.setGuardrailFloors({ principal: admin, thresholds: defaults });
      expect((await f.services.stepGuardrails(t0 + 1)).find((s) => s.intent === 'late_fee_question')).toMatchObject({ mode: 'human_first', switched: true });
      const changes = await f.database.query<{ actor: string }>("select actor from events where type = 'guardrail.floors_changed' order by id");
      expect(changes.map((c) => c.actor)).toEqual(['agent:sup_ana', 'admin']);
    });
  });
}
