import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTiers } from '../../../test/support/databases.js';
import { payMissedConversations, recordCallUpBonus, recordConversationPay, recordQualityBonus, recordTrainingPay } from './record-pay.js';
import { statementCsv } from './statement-csv.js';
import { getStatement, listPayLedger } from './statement.js';
import { admin, agent, HOUR, MINUTE, supervisor, T0, workforceHarness, type Harness } from './workforce-test-support.js';

const insertEntry = (h: Harness, values: { agentId?: string; kind?: string; causeKind?: string; causeId?: string | null; amount?: number }) =>
  h.database.query(
    `insert into pay_ledger (agent_id, kind, amount_minor, currency, cause_kind, cause_id, detail, occurred_at, period_day)
     values ($1, $2, $3, 'GBP', $4, $5, 'by hand', now(), current_date)`,
    [values.agentId ?? 'agt_l1', values.kind ?? 'surge', values.amount ?? 100, values.causeKind ?? 'call_up', values.causeId === undefined ? 'cup_raw' : values.causeId],
  );

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`pay ledger invariants (${tier.name})`, () => {
    let h: Harness;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      h = workforceHarness(opened.database);
      await h.addAgents(['agt_l1', 'agt_l2', 'agt_l3']);
    });
    afterAll(async () => {
      await h.database.close().catch(() => {});
      await drop();
    });

    it('refuses an entry without a cause, with an empty cause, or with the wrong kind of cause', async () => {
      await expect(insertEntry(h, { causeId: null })).rejects.toThrow(/null value in column "cause_id"/);
      await expect(insertEntry(h, { causeId: '' })).rejects.toThrow(/pay_ledger_cause_present/);
      await expect(insertEntry(h, { kind: 'standby', causeKind: 'conversation' })).rejects.toThrow(/pay_ledger_kind_matches_cause/);
      await expect(insertEntry(h, { agentId: 'agt_nobody' })).rejects.toThrow(/pay_ledger_agent_id_agents_id_fk/);
      await expect(insertEntry(h, { amount: -1 })).rejects.toThrow(/pay_ledger_amount_non_negative/);
    });

    it('never pays the same cause twice, and is append-only', async () => {
      await insertEntry(h, { causeId: 'cup_once' });
      await expect(insertEntry(h, { causeId: 'cup_once', amount: 999 })).rejects.toThrow(/pay_ledger_one_payment_per_cause/);
      await expect(h.database.query('update pay_ledger set amount_minor = 1')).rejects.toThrow(/append-only/);
      await expect(h.database.query('delete from pay_ledger')).rejects.toThrow(/append-only/);
      // Through the use-cases a repeat is a no-op, not an error: callers may retry.
      const first = await recordCallUpBonus(h, { agentId: 'agt_l2', callUpId: 'cup_1', occurredAt: T0 });
      const again = await recordCallUpBonus(h, { agentId: 'agt_l2', callUpId: 'cup_1', occurredAt: T0 + 1, surgeBonusMinor: 5_000 });
      expect(first).toMatchObject({ kind: 'surge', amountMinor: 300, causeKind: 'call_up', causeId: 'cup_1' });
      expect(again).toBeNull();
    });

    it('pays a conversation by complexity and handle time, once', async () => {
      await h.assigned('cnv_l1', 'agt_l3', T0);
      const standard = await recordConversationPay(h, { agentId: 'agt_l3', conversationId: 'cnv_l1', resolvedAt: T0 + 8 * MINUTE });
      expect(standard).toMatchObject({ amountMinor: 270, causeKind: 'conversation', causeId: 'cnv_l1', occurredAt: T0 + 8 * MINUTE, periodDay: '2026-03-02' });
      expect(await recordConversationPay(h, { agentId: 'agt_l3', conversationId: 'cnv_l1', resolvedAt: T0 + 20 * MINUTE })).toBeNull();
      const complex = await recordConversationPay(h, { agentId: 'agt_l3', conversationId: 'cnv_l2', acceptedAt: T0, resolvedAt: T0 + 8 * MINUTE, complexity: 'complex' });
      expect(complex?.amountMinor).toBe(405);
    });

    it('catches up on resolutions that were never paid, once', async () => {
      await h.resolved('cnv_l1', 'agt_l3', T0 + 8 * MINUTE); // paid above
      await h.assigned('cnv_miss', 'agt_l2', T0 + 3 * HOUR);
      await h.resolved('cnv_miss', 'agt_l2', T0 + 3 * HOUR + 10 * MINUTE);
      await h.resolved('cnv_miss', 'agt_l2', T0 + 5 * HOUR); // reopened and resolved again: not paid twice
      await h.database.query(
        "insert into events (type, conversation_id, actor, payload, occurred_at) values ('conversation.resolved', 'cnv_ai', 'ai', '{\"by\":\"ai\",\"agentId\":null}'::jsonb, $1)",
        [new Date(T0).toISOString()],
      );
      expect(await payMissedConversations(h, { sinceMs: T0 - HOUR })).toBe(1);
      expect(await payMissedConversations(h, { sinceMs: T0 - HOUR })).toBe(0);
      const [entry] = await h.workforce.ledger.list({ agentId: 'agt_l2', fromMs: T0 + 3 * HOUR, toMs: T0 + 6 * HOUR });
      expect(entry).toMatchObject({ kind: 'conversation', causeId: 'cnv_miss', amountMinor: 300, occurredAt: T0 + 3 * HOUR + 10 * MINUTE }); // 150 + 15 × 10
    });

    it('pays quality bonuses only when earned, and training at no less than the floor', async () => {
      const notYet = await recordQualityBonus(h, { agentId: 'agt_l3', reviewId: 'rev_1', occurredAt: T0, period: { conversations: 40, qualityScore: 0.9, evidenceCount: 5 } });
      expect(notYet).toEqual({ eligible: false, reason: 'not_enough_evidence', entry: null });
      const earned = await recordQualityBonus(h, { agentId: 'agt_l3', reviewId: 'rev_2', occurredAt: T0 + HOUR, period: { conversations: 40, qualityScore: 0.9, evidenceCount: 25 } });
      expect(earned.entry).toMatchObject({ kind: 'quality_bonus', amountMinor: 1_000, causeKind: 'review', causeId: 'rev_2' });
      const training = await recordTrainingPay(h, { agentId: 'agt_l3', trainingId: 'trn_1', minutes: 45, occurredAt: T0 + 2 * HOUR, ratePerHourMinor: 500 });
      expect(training).toMatchObject({ kind: 'training', amountMinor: 825, detail: '45 min training × 1100/h' }); // 45/60 × 1100
    });

    it('statement total is the sum of its entries, for any set of entries', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 0, maxLength: 6 }), async (amounts) => {
          run += 1;
          const agentId = `agt_p${run}`;
          await h.addAgents([agentId]);
          for (const [i, amount] of amounts.entries()) {
            await recordCallUpBonus(h, { agentId, callUpId: `cup_p${run}_${i}`, occurredAt: T0 + i * MINUTE, surgeBonusMinor: amount });
          }
          const statement = await getStatement(h, { principal: agent(agentId), agentId, fromMs: T0, toMs: T0 + HOUR });
          const sum = statement.entries.reduce((s, e) => s + e.amountMinor, 0);
          expect(statement.entries).toHaveLength(amounts.length);
          expect(statement.totalMinor).toBe(sum);
          expect(sum).toBe(amounts.reduce((s, a) => s + a, 0));
          expect(Object.values(statement.totalsByKind).reduce((s, v) => s + v, 0)).toBe(sum);
          const lines = statementCsv(statement).trimEnd().split('\r\n');
          expect(lines).toHaveLength(amounts.length + 2);
          expect(lines[lines.length - 1]?.split(',')[6]).toBe(String(sum));
        }),
        { numRuns: 15, seed: 20260302 },
      );
    });

    it('covers [from, to) and shows every kind with its cause', async () => {
      const statement = await getStatement(h, { principal: agent('agt_l3'), agentId: 'agt_l3', fromMs: T0, toMs: T0 + 2 * HOUR });
      expect(statement.entries.map((e) => [e.kind, e.causeKind, e.causeId])).toEqual([
        ['conversation', 'conversation', 'cnv_l1'],
        ['conversation', 'conversation', 'cnv_l2'],
        ['quality_bonus', 'review', 'rev_2'],
      ]); // training at exactly `to` is in the next period
      expect(statement.totalsByKind).toEqual({ standby: 0, conversation: 675, surge: 0, quality_bonus: 1_000, training: 0 });
      expect(statement.totalMinor).toBe(1_675);
    });

    it('shows agents only their own pay; supervisors and the admin key see anyone’s', async () => {
      await expect(getStatement(h, { principal: agent('agt_l2'), agentId: 'agt_l3', fromMs: T0, toMs: T0 + HOUR })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(getStatement(h, { principal: supervisor, agentId: 'agt_l3', fromMs: T0, toMs: T0 + HOUR })).resolves.toMatchObject({ agentId: 'agt_l3' });
      const all = await listPayLedger(h, { principal: admin, fromMs: T0, toMs: T0 + 3 * HOUR });
      expect(all.totalMinor).toBe(all.entries.reduce((s, e) => s + e.amountMinor, 0));
      await expect(listPayLedger(h, { principal: agent('agt_l2'), fromMs: T0, toMs: T0 + HOUR })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(getStatement(h, { principal: admin, agentId: 'agt_l3', fromMs: T0, toMs: T0 })).rejects.toMatchObject({ code: 'validation_failed', field: 'to' });
    });
  });
}
