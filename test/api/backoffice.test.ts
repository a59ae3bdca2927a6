import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';

let t: TestTandem;
let conversationId: string;
let sam: string;
let noah: string;
let customer: string;

beforeAll(async () => {
  t = await startTestTandem();
  customer = await t.customerToken('demo');
  conversationId = await t.assignedConversation(customer, 'agt_sam');
  sam = await t.agentToken('sam@example.com');
  noah = await t.agentToken('noah@example.com');
});
afterAll(async () => t.dispose());

const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: unknown, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('back office over the API', () => {
  it('the owning agent reads the customer’s context; other agents and the customer may not', async () => {
    const url = `/v1/conversations/${conversationId}/customer-context`;
    const mine = await get(url, bearer(sam));
    expect(mine.statusCode).toBe(200);
    expect(mine.json().overview).toMatchObject({ customerId: 'cus_demo', name: 'Alex Morgan' });
    expect(mine.json().purchases.length).toBe(9);
    expect(mine.json().schedules.length).toBeGreaterThan(0);
    expect((await get(url, bearer(noah))).statusCode).toBe(404);
    expect((await get(url, bearer(customer))).statusCode).toBe(403);
    const audit = await get(`/v1/admin/tool-audit?conversationId=${conversationId}`, { 'x-api-key': ADMIN_KEY });
    expect(audit.json().entries.every((e: { actor: { agentId: string } }) => e.actor.agentId === 'agt_sam')).toBe(true);
  });

  it('loading the customer’s context writes one audit row that records what was read', async () => {
    const auditUrl = `/v1/admin/tool-audit?conversationId=${conversationId}&limit=500`;
    const before = (await get(auditUrl, { 'x-api-key': ADMIN_KEY })).json().entries as { id: number }[];
    const context = await get(`/v1/conversations/${conversationId}/customer-context`, bearer(sam));
    expect(context.statusCode).toBe(200);
    const after = (await get(auditUrl, { 'x-api-key': ADMIN_KEY })).json().entries as { id: number; tool: string; ok: boolean; actor: unknown; args: Record<string, unknown>; result: Record<string, unknown> }[];
    expect(after.length).toBe(before.length + 1);
    const row = after[0]!;
    expect(row).toMatchObject({ tool: 'view_customer_context', ok: true, actor: { kind: 'agent', agentId: 'agt_sam' } });
    const reads = row.result.reads as { tool: string; args: Record<string, unknown> }[];
    expect(reads.map((r) => r.tool).slice(0, 2)).toEqual(['get_customer_overview', 'list_purchases']);
    const scheduleReads = reads.filter((r) => r.tool === 'get_payment_schedule').map((r) => r.args.purchaseId);
    expect(scheduleReads).toEqual(context.json().schedules.map((s: { purchaseId: string }) => s.purchaseId));
    expect(row.result.summary).toMatch(/9 purchases/);
  });

  it('the owning agent acts through the tools, idempotently; bad arguments name the field and write nothing', async () => {
    const url = `/v1/conversations/${conversationId}/tools/extend_due_date`;
    const first = await post(url, { args: { purchaseId: 'pur_demo_pay30', days: 4 }, idempotencyKey: 'k1' }, bearer(sam));
    expect(first.json()).toMatchObject({ ok: true, replayed: false });
    const again = await post(url, { args: { purchaseId: 'pur_demo_pay30', days: 4 }, idempotencyKey: 'k1' }, bearer(sam));
    expect(again.json()).toMatchObject({ ok: true, replayed: true });

    const auditBefore = (await get(`/v1/admin/tool-audit?conversationId=${conversationId}`, { 'x-api-key': ADMIN_KEY })).json().entries.length;
    const bad: [unknown, string][] = [
      [{ args: { purchaseId: 'pur_demo_pay30', days: -1 }, idempotencyKey: 'k2' }, 'days'],
      [{ args: { purchaseId: 'pur_demo_pay30', days: 3, refund: true }, idempotencyKey: 'k3' }, 'refund'],
      [{ args: { purchaseId: 'pur_demo_pay30', days: 3 } }, 'idempotencyKey'],
      [{ args: {}, idempotencyKey: 'k4', extra: 1 }, 'extra'],
    ];
    for (const [payload, field] of bad) {
      const res = await post(url, payload, bearer(sam));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const unknownTool = await post(`/v1/conversations/${conversationId}/tools/issue_refund`, { args: {} }, bearer(sam));
    expect(unknownTool.json().error).toMatchObject({ code: 'validation_failed', field: 'tool' });
    const after = (await get(`/v1/admin/tool-audit?conversationId=${conversationId}`, { 'x-api-key': ADMIN_KEY })).json().entries.length;
    expect(after).toBe(auditBefore);
    expect((await post(url, { args: { purchaseId: 'pur_demo_pay30', days: 2 }, idempotencyKey: 'k9' }, bearer(noah))).statusCode).toBe(404);
  });

  it('admins read and change the tool policy; an action can never be made AI-silent', async () => {
    const policy = await get('/v1/admin/tool-policy', { 'x-api-key': ADMIN_KEY });
    const modes = Object.fromEntries(policy.json().tools.map((t: { tool: string; mode: string }) => [t.tool, t.mode]));
    expect(modes).toMatchObject({ get_next_payment: 'ai', extend_due_date: 'confirm', request_hardship_arrangement: 'human_only', close_account: 'human_only' });
    const put = (tool: string, mode: string) => t.app.inject({ method: 'PUT', url: `/v1/admin/tool-policy/${tool}`, payload: { mode }, headers: { 'x-api-key': ADMIN_KEY } });
    expect((await put('report_return', 'human_only')).json().tools.find((x: { tool: string }) => x.tool === 'report_return').mode).toBe('human_only');
    expect((await put('report_return', 'ai')).json().error).toMatchObject({ code: 'validation_failed', field: 'mode' });
    expect((await put('make_coffee', 'ai')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url: '/v1/admin/tool-policy/report_return', payload: { mode: 'confirm' }, headers: bearer(sam) })).statusCode).toBe(403);
  });
});
