import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool, type ToolCall, type ToolDeps, type ToolOutcome } from '../../src/app/run-tool.js';
import { referenceBackOffice } from '../../src/backoffice/reference-back-office.js';
import { DEMO_PURCHASE_IDS as P, generatePopulation, sumMinor } from '../../src/domain/lending/index.js';
import { ManualClock } from '../../src/runtime/clock.js';
import { randomIds } from '../../src/runtime/ids.js';
import type { Database } from '../../src/store/database.js';
import { createLendingStore, insertPopulation } from '../../src/store/lending.repository.js';
import { toolAuditRepository, toolPolicyRepository } from '../../src/store/tool.repository.js';
import { databaseTiers } from '../support/databases.js';

const TODAY = '2026-11-27';
const ALEX = 'cus_demo';

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`back-office tools on ${tier.name}`, () => {
    let database: Database;
    let drop: () => Promise<void>;
    let deps: ToolDeps;
    let otherCustomer: string;
    let othersPurchase: string;

    beforeAll(async () => {
      ({ database, drop } = await tier.open());
      const population = generatePopulation({ seed: 11, customers: 15, merchants: 8, purchases: 50, today: TODAY });
      await insertPopulation(database.db, population);
      const foreign = population.purchases.find((p) => p.customerId !== ALEX)!;
      othersPurchase = foreign.id;
      otherCustomer = foreign.customerId;
      const clock = new ManualClock(Date.parse(`${TODAY}T10:00:00Z`));
      deps = {
        backOffice: referenceBackOffice({ store: createLendingStore(database.db), now: () => clock.now(), newId: (p) => randomIds.next(p) }),
        audit: toolAuditRepository(database.db),
        policy: toolPolicyRepository(database.db),
        clock,
      };
    });
    afterAll(async () => {
      await database.close();
      await drop();
    });

    const asAgent = (tool: string, args: Record<string, unknown> = {}, extra: Partial<ToolCall> = {}) =>
      runTool(deps, { tool, args, actor: { kind: 'agent', agentId: 'agt_sam' }, customerId: ALEX, conversationId: 'cnv_t', ...extra });
    const data = <T>(o: ToolOutcome) => {
      if (!o.ok) throw new Error(`${o.tool} failed: ${o.code} ${o.message}`);
      return o.data as T;
    };
    type Schedule = { instalments: { instalmentId: string; dueDate: string; status: string; amount: { amountMinor: number } }[] };
    const schedule = async (purchaseId: string) => data<Schedule>(await asAgent('get_payment_schedule', { purchaseId }));

    it("lists the demo customer's purchases, one in each interesting state", async () => {
      const purchases = data<{ purchaseId: string; status: string; paused: boolean; openDispute: boolean; plan: string }[]>(await asAgent('list_purchases'));
      const byId = new Map(purchases.map((p) => [p.purchaseId, p]));
      expect(byId.get(P.pausedByReturn)?.paused).toBe(true);
      expect(byId.get(P.disputed)?.openDispute).toBe(true);
      expect(byId.get(P.fullyRefunded)?.status).toBe('refunded');
      expect(byId.get(P.paidOff)?.status).toBe('paid_off');
      expect(byId.get(P.financed)?.plan).toMatch(/Financing over 12 months/);
      const late = await schedule(P.late);
      expect(late.instalments.some((i) => i.status === 'late')).toBe(true);
      const fees = data<{ items: unknown[] }>(await asAgent('explain_fees', { purchaseId: P.late }));
      expect(fees.items.length).toBeGreaterThan(0);
    });

    it('a pay-in-4 schedule has four instalments that sum exactly to the amount', async () => {
      const purchase = data<{ amount: { amountMinor: number } }>(await asAgent('get_purchase', { purchaseId: P.onTime }));
      const s = await schedule(P.onTime);
      expect(s.instalments).toHaveLength(4);
      expect(sumMinor(s.instalments.map((i) => i.amount.amountMinor))).toBe(purchase.amount.amountMinor);
    });

    it("refuses another customer's purchase for reads and actions, and changes nothing", async () => {
      const before = await schedule(P.onTime);
      for (const [tool, args] of [
        ['get_purchase', { purchaseId: othersPurchase }],
        ['get_payment_schedule', { purchaseId: othersPurchase }],
        ['extend_due_date', { purchaseId: othersPurchase, days: 3 }],
        ['report_return', { purchaseId: othersPurchase }],
      ] as const) {
        const outcome = await asAgent(tool, args, { idempotencyKey: `foreign-${tool}` });
        expect(outcome).toMatchObject({ ok: false, code: 'purchase_not_found' });
      }
      const theirs = await runTool(deps, { tool: 'get_purchase', args: { purchaseId: othersPurchase }, actor: { kind: 'ai' }, customerId: otherCustomer, conversationId: null });
      expect(theirs.ok).toBe(true);
      expect(await schedule(P.onTime)).toEqual(before);
    });

    it('extends a due date once, within the limit, idempotently by key', async () => {
      const before = await schedule(P.onTime);
      const next = before.instalments.find((i) => i.status === 'scheduled')!;
      const first = await asAgent('extend_due_date', { purchaseId: P.onTime, instalmentId: next.instalmentId, days: 5 }, { idempotencyKey: 'ext-1' });
      const retry = await asAgent('extend_due_date', { purchaseId: P.onTime, instalmentId: next.instalmentId, days: 5 }, { idempotencyKey: 'ext-1' });
      expect(first).toMatchObject({ ok: true, replayed: false });
      expect(retry).toMatchObject({ ok: true, replayed: true, auditId: first.auditId });
      const after = await schedule(P.onTime);
      const moved = after.instalments.find((i) => i.instalmentId === next.instalmentId)!;
      expect(Date.parse(moved.dueDate) - Date.parse(next.dueDate)).toBe(5 * 86_400_000);

      const again = await asAgent('extend_due_date', { purchaseId: P.onTime, instalmentId: next.instalmentId, days: 2 }, { idempotencyKey: 'ext-2' });
      expect(again).toMatchObject({ ok: false, code: 'extension_already_used' });
      await expect(asAgent('extend_due_date', { purchaseId: P.onTime, days: 11 }, { idempotencyKey: 'ext-3' })).rejects.toMatchObject({ code: 'validation_failed', field: 'days' });
      await expect(asAgent('extend_due_date', { purchaseId: P.onTime, days: 2.5 }, { idempotencyKey: 'ext-4' })).rejects.toMatchObject({ field: 'days' });
      await expect(asAgent('extend_due_date', { purchaseId: P.onTime, days: 2 })).rejects.toMatchObject({ field: 'idempotencyKey' });
      expect(await schedule(P.onTime)).toEqual(after);
    });

    it('will not extend a late instalment', async () => {
      const late = (await schedule(P.late)).instalments.find((i) => i.status === 'late')!;
      const outcome = await asAgent('extend_due_date', { purchaseId: P.late, instalmentId: late.instalmentId, days: 3 }, { idempotencyKey: 'late-ext' });
      expect(outcome).toMatchObject({ ok: false, code: 'instalment_late' });
    });

    it('pays an instalment now, and refuses to pay it twice', async () => {
      const target = (await schedule(P.payIn30)).instalments[0]!;
      expect(await asAgent('pay_instalment_now', { purchaseId: P.payIn30, instalmentId: target.instalmentId }, { idempotencyKey: 'pay-1' })).toMatchObject({ ok: true });
      expect(await asAgent('pay_instalment_now', { purchaseId: P.payIn30, instalmentId: target.instalmentId }, { idempotencyKey: 'pay-2' })).toMatchObject({ ok: false });
    });

    it('a reported return pauses the payments for 21 days; a second report is refused', async () => {
      const outcome = data<{ details: { pausedUntil: string } }>(await asAgent('report_return', { purchaseId: P.onTime }, { idempotencyKey: 'ret-1' }));
      expect(outcome.details.pausedUntil).toBe('2026-12-18');
      expect((await schedule(P.onTime)).instalments.filter((i) => i.status !== 'paid').every((i) => i.status === 'paused')).toBe(true);
      expect(await asAgent('report_return', { purchaseId: P.onTime }, { idempotencyKey: 'ret-2' })).toMatchObject({ ok: false, code: 'return_already_open' });
    });

    it('refuses actions on a fully refunded purchase', async () => {
      expect(await asAgent('report_return', { purchaseId: P.fullyRefunded }, { idempotencyKey: 'ref-ret' })).toMatchObject({ ok: false, code: 'purchase_not_active' });
    });

    it('an unauthorised purchase freezes its card, which then cannot become the default', async () => {
      const purchase = data<{ purchaseId: string }>(await asAgent('get_purchase', { purchaseId: P.financed }));
      expect(await asAgent('report_unauthorised_purchase', { purchaseId: purchase.purchaseId }, { idempotencyKey: 'fraud-1' })).toMatchObject({ ok: true });
      const overview = data<{ paymentMethods: { paymentMethodId: string; frozen: boolean }[]; openCases: { kind: string }[] }>(await asAgent('get_customer_overview'));
      const frozen = overview.paymentMethods.find((m) => m.frozen)!;
      expect(overview.openCases.map((c) => c.kind)).toContain('unauthorised_purchase');
      expect(await asAgent('change_default_payment_method', { paymentMethodId: frozen.paymentMethodId }, { idempotencyKey: 'pm-1' })).toMatchObject({ ok: false, code: 'payment_method_frozen' });
    });

    it('will not close an account that still owes money', async () => {
      expect(await asAgent('close_account', {}, { idempotencyKey: 'close-1' })).toMatchObject({ ok: false, code: 'outstanding_balance' });
    });

    it('the assistant may not run human-only tools, nor actions without confirmation; every call is audited', async () => {
      const ai = (tool: string, args: Record<string, unknown>, extra: Partial<ToolCall> = {}) =>
        runTool(deps, { tool, args, actor: { kind: 'ai' }, customerId: ALEX, conversationId: 'cnv_ai', ...extra });
      expect(await ai('request_hardship_arrangement', { reason: 'lost my job' }, { idempotencyKey: 'h-1' })).toMatchObject({ ok: false, code: 'human_only' });
      expect(await ai('pay_instalment_now', { purchaseId: P.financed }, { idempotencyKey: 'p-1' })).toMatchObject({ ok: false, code: 'confirmation_required' });
      expect(await ai('get_next_payment', {})).toMatchObject({ ok: true });
      const audit = await deps.audit.list({ conversationId: 'cnv_ai', limit: 10 });
      expect(audit.map((a) => [a.tool, a.ok, a.actor.kind])).toEqual([
        ['get_next_payment', true, 'ai'],
        ['pay_instalment_now', false, 'ai'],
        ['request_hardship_arrangement', false, 'ai'],
      ]);
    });
  });
}
