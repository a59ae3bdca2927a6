import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALEX, startConversation } from './conversation-driver.js';
import type { OfflineEngine } from './offline-engine.js';
import { engineForTests, openToolWorld, ungroundedFacts, type ToolWorld } from './test-support.js';

let world: ToolWorld;
let engine: OfflineEngine;
let next = 0;

beforeAll(async () => {
  world = await openToolWorld();
  engine = engineForTests();
});
afterAll(() => world.close());

function chat() {
  const conversationId = `conv_actions_${(next += 1)}`;
  return { conversationId, ...startConversation(engine, { conversationId, tools: world.toolsFor(conversationId), now: world.now }) };
}

const pendingKind = (memory: unknown) => (memory as { pending: { kind: string } | null }).pending?.kind ?? null;
const actTools = async (conversationId: string) =>
  (await world.audit(conversationId)).filter((r) => !r.tool.startsWith('get_') && r.tool !== 'list_purchases' && r.tool !== 'explain_fees');

describe('offline engine: actions need an explicit yes', () => {
  it('extends a due date: states the exact effect, runs only after yes, with the documented idempotency key', async () => {
    const c = chat();
    await c.say('Can I move my next payment back a week?');
    const proposal = await c.say('the running shoes');
    expect(proposal.reply).toBe('I can move your Northwind Outdoors payment of £30.00 due 2026-12-03 to 2026-12-10. Shall I go ahead? (yes/no)');
    expect(pendingKind(proposal.memory)).toBe('confirm_action');
    expect(await actTools(c.conversationId)).toEqual([]);
    expect(await ungroundedFacts(world, c.conversationId, proposal)).toEqual([]);

    const done = await c.say('yes please');
    expect(done.reply).toContain('Done. Payment 3 of Northwind Outdoors moved from 2026-12-03 to 2026-12-10.');
    expect(done.actions).toEqual([expect.objectContaining({ tool: 'extend_due_date', ok: true, replayed: false })]);
    expect(done.citations).toEqual([{ kind: 'tool', tool: 'extend_due_date', auditId: done.actions[0]?.auditId }]);
    const [call] = await actTools(c.conversationId);
    expect(call).toMatchObject({
      tool: 'extend_due_date',
      ok: true,
      args: { purchaseId: 'pur_demo_on_time', instalmentId: 'ins_demo_on_time_3', days: 7 },
      idempotencyKey: `${c.conversationId}:extend_due_date:pur_demo_on_time:ins_demo_on_time_3`,
    });
    expect(await ungroundedFacts(world, c.conversationId, done)).toEqual([]);
  });

  it('a "no" drops the proposed action: nothing runs, and it says so', async () => {
    const c = chat();
    const proposal = await c.say('can I push back my payment for the tent by 3 days');
    expect(proposal.reply).toBe('I can move your Northwind Outdoors payment of £50.00 due 2026-11-30 to 2026-12-03. Shall I go ahead? (yes/no)');
    const declined = await c.say('no');
    expect(declined.reply).toMatch(/^OK, I won't make that change\. Nothing has been changed\./);
    expect(declined.actions).toEqual([]);
    expect(pendingKind(declined.memory)).toBe('anything_else');
    expect(await actTools(c.conversationId)).toEqual([]);
  });

  it('re-asks once when the answer is neither yes nor no, then moves on', async () => {
    const c = chat();
    await c.say('can I push back my payment for the tent by 3 days');
    const again = await c.say('hmm');
    expect(again.reply).toMatch(/^Sorry, I need a clear yes or no\. I can move your Northwind Outdoors payment/);
    const movedOn = await c.say('hmm');
    expect(pendingKind(movedOn.memory)).not.toBe('confirm_action');
    expect(await actTools(c.conversationId)).toEqual([]);
  });

  it('a new request instead of an answer drops the proposal and handles the request', async () => {
    const c = chat();
    await c.say('can I push back my payment for the tent by 3 days');
    const out = await c.say('actually, how much do I owe?');
    expect(out.intent).toBe('account_balance');
    expect(await actTools(c.conversationId)).toEqual([]);
  });

  it('pays an instalment now after confirmation', async () => {
    const c = chat();
    const proposal = await c.say('I want to pay my Brightside payment now');
    expect(proposal.reply).toBe('I can take £35.50 now from your default card for your Brightside Sports payment due 2026-12-08. Shall I go ahead? (yes/no)');
    const done = await c.say('go ahead');
    expect(done.reply).toContain('Done. Paid £35.50 for payment 1 of Brightside Sports today (2026-11-20).');
    const [call] = await actTools(c.conversationId);
    expect(call).toMatchObject({ tool: 'pay_instalment_now', args: { purchaseId: 'pur_demo_pay30', instalmentId: 'ins_demo_pay30_1' }, ok: true });
    expect(await ungroundedFacts(world, c.conversationId, done)).toEqual([]);
  });

  it('reports a return after confirmation and gives the pause end date from the receipt', async () => {
    const c = chat();
    const proposal = await c.say('I want to return the tent');
    expect(proposal.reply).toContain("I can record that you've sent back your Northwind Outdoors order (Camping tent and sleeping bag, £240.00).");
    expect(proposal.citations).toContainEqual({ kind: 'article', id: 'reporting-a-return', title: 'Returning an item and reporting the return' });
    const done = await c.say('ok do it');
    expect(done.reply).toMatch(/Done\. Return recorded for Northwind Outdoors; payments are paused until 2026-12-11\./);
    expect((await actTools(c.conversationId)).map((r) => [r.tool, r.args.purchaseId, r.ok])).toEqual([['report_return', 'pur_demo_refund', true]]);
  });

  it('changes the default card to the other saved card after confirmation', async () => {
    const c = chat();
    const proposal = await c.say('I want to change my card');
    expect(proposal.reply).toBe(
      'I can make your Mastercard ending 4444 (expires 11/2026) the card your payments are taken from, instead of your Visa ending 4242. Shall I go ahead? (yes/no)',
    );
    const done = await c.say('yes');
    expect(done.reply).toContain('Payments will now be taken from the mastercard card ending 4444.');
    const [call] = await actTools(c.conversationId);
    expect(call).toMatchObject({ tool: 'change_default_payment_method', args: { paymentMethodId: 'pm_demo_2' }, idempotencyKey: `${c.conversationId}:change_default_payment_method:-:pm_demo_2` });
  });

  it('logs a complaint in the customer’s words after confirmation', async () => {
    const c = chat();
    const proposal = await c.say("I'm really unhappy with how I've been treated and want to complain");
    expect(proposal.reply).toContain(`saying: "I'm really unhappy with how I've been treated and want to complain".`);
    const done = await c.say('yes');
    expect(done.reply).toContain('Complaint logged');
    const [call] = await actTools(c.conversationId);
    expect(call).toMatchObject({ tool: 'log_complaint', ok: true, args: { summary: "I'm really unhappy with how I've been treated and want to complain" } });
  });

  it('opens the one dispute the assistant may open: item not received, shop silent for 7 days', async () => {
    const c = chat();
    const ask = await c.say("My order hasn't arrived");
    expect(ask.reply).toContain('Which order hasn’t arrived?');
    const question = await c.say('the atlas sofa');
    expect(question.reply).toBe(
      "I'm sorry your Atlas Furniture order (Corner sofa) hasn't arrived. Have you already asked Atlas Furniture about it and had no answer for 7 days or more? (yes/no)",
    );
    const proposal = await c.say('yes');
    expect(pendingKind(proposal.memory)).toBe('confirm_action');
    const done = await c.say('yes');
    expect(done.reply).toContain('Dispute opened for Atlas Furniture (item not received)');
    const [call] = await actTools(c.conversationId);
    expect(call).toMatchObject({ tool: 'open_dispute', ok: true, args: { purchaseId: 'pur_demo_financed', reason: 'item_not_received', merchantUnresponsive: true } });
  });

  it('sends the customer to the shop first when they have not asked it yet', async () => {
    const c = chat();
    await c.say("My order hasn't arrived");
    await c.say('the headphones');
    const out = await c.say('no');
    expect(out.citations).toEqual([{ kind: 'article', id: 'item-not-received', title: "If your order hasn't arrived" }]);
    expect(out.reply?.toLowerCase()).toContain('shop');
    expect(await actTools(c.conversationId)).toEqual([]);
  });
});

describe('offline engine: actions that cannot go through', () => {
  it('will not move an overdue payment, says why from the article, and counts a failed attempt', async () => {
    const c = chat();
    const out = await c.say('can I move my payment for the headphones');
    expect(out.reply).toMatch(/^Your Lumen Electronics payment of £22\.50 was due on 2026-11-12, so it's already overdue and can't be moved\./);
    expect(out.signals.failedAttempt).toBe(true);
    expect(out.citations).toContainEqual(expect.objectContaining({ kind: 'article', id: 'extending-a-due-date' }));
    expect(await actTools(c.conversationId)).toEqual([]);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('reports a refusal by the back office as a failed attempt with nothing changed', async () => {
    const c = chat();
    // The jacket was bought 120 days ago and is paid off; its shop takes returns for 30 days.
    await c.say('I want to return the waterproof jacket');
    const out = await c.say('yes');
    expect(out.actions).toEqual([expect.objectContaining({ tool: 'report_return', ok: false })]);
    expect(out.reply).toMatch(/^Sorry, that didn't go through: .+ Nothing has been changed\./);
    expect(out.signals.failedAttempt).toBe(true);
  });

  it('a retried turn (same input twice) replays the first result instead of paying twice', async () => {
    const c = chat();
    const proposal = await c.say('I want to pay my next payment for the shoes now');
    expect(proposal.reply).toContain('I can take £30.00 now');
    const input = {
      conversationId: c.conversationId,
      customer: ALEX,
      transcript: [...c.transcript, { seq: c.transcript.length + 1, authorKind: 'customer' as const, body: 'yes', meta: {} }],
      memory: proposal.memory,
      history: [proposal.signals],
      humanFirstIntents: new Set<string>(),
      tools: world.toolsFor(c.conversationId),
      now: world.now,
    };
    const first = await engine.respond(input);
    const retry = await engine.respond(input);
    expect(first.actions[0]).toMatchObject({ tool: 'pay_instalment_now', ok: true, replayed: false });
    expect(retry.actions[0]).toMatchObject({ tool: 'pay_instalment_now', ok: true, replayed: true, auditId: first.actions[0]?.auditId });
    expect(retry.reply).toMatch(/^That's already done: Paid £30\.00 for payment \d of Northwind Outdoors/);
    expect((await actTools(c.conversationId)).filter((r) => r.ok)).toHaveLength(1);
  });
});
