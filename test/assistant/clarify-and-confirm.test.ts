/**
 * Clarifying questions (several purchases fit), refused or unclear confirmations (nothing changes), and the
 * same dialogue live over a real WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageDto } from '../../src/contracts/common.js';
import type { ServerFrame } from '../../src/contracts/ws.js';
import type { TestTandem } from '../support/app.js';
import { TestSocket } from '../support/ws-client.js';
import { ACT_TOOLS, DEMO, ScriptedChat, startScriptTandem, successfulActs, truth } from './driver.js';
import { citationsOf, turnProblems } from './grounding.js';

let t: TestTandem;
let baseUrl: string;
beforeAll(async () => {
  t = await startScriptTandem();
  baseUrl = await t.listen();
});
afterAll(async () => t.dispose());

const bo = () => t.services.deps.tools.backOffice;
const chat = () => ScriptedChat.asDemo(t);

/** The numbered options of a clarifying question: "1. Merchant: description, £x (bought d)". */
const options = (reply: string) => [...reply.matchAll(/^(\d)\. ([^:]+): ([^,]+), /gm)].map((m) => ({ n: Number(m[1]), merchant: m[2], description: m[3] }));

async function expectScheduleOf(reply: string, purchaseId: string) {
  const schedule = await truth(bo().paymentSchedule(DEMO, purchaseId));
  expect(reply).toContain(`Here's the schedule for your ${schedule.merchant} purchase (${schedule.plan}):`);
  for (const i of schedule.instalments) expect(reply).toContain(`Payment ${i.sequence}: ${i.amount.text} due ${i.dueDate}`);
}

describe('ambiguity: several purchases fit, so the assistant asks which', () => {
  it('"when are my payments due?" lists every active purchase by merchant; "Northwind" narrows; "the tent" answers', async () => {
    const c = await chat();
    const ask = await c.say('when are my payments due?');
    const active = (await truth(bo().listPurchases(DEMO))).filter((p) => p.status === 'active');
    expect(ask.reply).toMatch(/^Which purchase would you like the payment schedule for\?/);
    // Six are shown at most; Alex has seven active purchases, so the question invites naming another.
    expect(options(ask.reply)).toHaveLength(6);
    for (const o of options(ask.reply)) expect(active.some((p) => p.merchant === o.merchant && p.description === o.description)).toBe(true);
    expect(ask.reply).toContain('or name another purchase');
    expect(ask.audit.map((r) => r.tool)).toEqual(['list_purchases']);

    const narrowed = await c.say('Northwind');
    expect(options(narrowed.reply).map((o) => o.description)).toEqual(['Trail running shoes', 'Camping tent and sleeping bag']);
    const answer = await c.say('the tent');
    await expectScheduleOf(answer.reply, 'pur_demo_refund');
    expect(answer.audit.map((r) => [r.tool, r.args.purchaseId])).toEqual([
      ['get_purchase', 'pur_demo_refund'],
      ['get_payment_schedule', 'pur_demo_refund'],
    ]);
    expect(await turnProblems(c, answer)).toEqual([]);
  });

  it('answering with a number picks that line of the list', async () => {
    const c = await chat();
    const ask = await c.say('when are my payments due?');
    const third = options(ask.reply)[2];
    const chosen = (await truth(bo().listPurchases(DEMO))).find((p) => p.merchant === third?.merchant && p.description === third?.description);
    expect(chosen).toBeDefined();
    const answer = await c.say('3');
    await expectScheduleOf(answer.reply, chosen?.purchaseId ?? '');
  });

  it('answering with an amount picks the purchase of that amount', async () => {
    const c = await chat();
    const ask = await c.say('What dates are my payments for Northwind?');
    expect(options(ask.reply).map((o) => o.description)).toEqual(['Trail running shoes', 'Camping tent and sleeping bag']);
    const answer = await c.say('the £240 one');
    await expectScheduleOf(answer.reply, 'pur_demo_refund');
  });

  it('answering with a purchase that was not listed (paid off) still finds it among the customer’s own', async () => {
    const c = await chat();
    await c.say('when are my payments due?');
    const answer = await c.say('the waterproof jacket');
    await expectScheduleOf(answer.reply, 'pur_demo_paid_off');
    expect(answer.reply).toContain('Still to pay: £0.00.');
  });
});

describe('a refused confirmation changes nothing', () => {
  it('extend a due date → "no": the schedule is unchanged and no action was even attempted', async () => {
    const before = await truth(bo().paymentSchedule(DEMO, 'pur_demo_refund'));
    const c = await chat();
    const proposal = await c.say('can I push back my payment for the tent by 3 days');
    expect(proposal.reply).toBe('I can move your Northwind Outdoors payment of £50.00 due 2026-11-30 to 2026-12-03. Shall I go ahead? (yes/no)');
    const declined = await c.say('no');
    expect(declined.reply).toMatch(/^OK, I won't make that change\. Nothing has been changed\./);
    expect((await c.auditAll()).filter((r) => ACT_TOOLS.has(r.tool))).toEqual([]);
    expect(await truth(bo().paymentSchedule(DEMO, 'pur_demo_refund'))).toEqual(before);
    const bye = await c.say('no thanks');
    expect(bye.conversation.state).toBe('resolved');
  });

  it('pay early → "no, don\'t": a later bare "yes" does not revive the dropped proposal', async () => {
    const before = await truth(bo().paymentSchedule(DEMO, 'pur_demo_pay30'));
    const c = await chat();
    await c.say('I want to pay my Brightside payment now');
    await c.say("no, don't");
    const yes = await c.say('yes');
    expect(yes.reply).toBe('Of course. What else can I help with?');
    expect(successfulActs(await c.auditAll())).toEqual([]);
    expect((await c.auditAll()).some((r) => r.tool === 'pay_instalment_now')).toBe(false);
    expect(await truth(bo().paymentSchedule(DEMO, 'pur_demo_pay30'))).toEqual(before);
  });

  it('change card → an unclear answer is asked again, then "not now" drops it', async () => {
    const c = await chat();
    await c.say('I want to change my card');
    const again = await c.say('hmm, which one is that?');
    expect(again.reply).toMatch(/^Sorry, I need a clear yes or no\. I can make your Mastercard ending 4444/);
    const declined = await c.say('not now');
    expect(declined.reply).toMatch(/Nothing has been changed\./);
    expect((await c.auditAll()).filter((r) => ACT_TOOLS.has(r.tool))).toEqual([]);
    expect((await truth(bo().customerOverview(DEMO))).defaultPaymentMethod?.paymentMethodId).toBe('pm_demo_1');
  });

  it('a hedged yes ("yes but move it by 3 days instead") is not a yes', async () => {
    const before = await truth(bo().paymentSchedule(DEMO, 'pur_demo_on_time'));
    const c = await chat();
    const proposal = await c.say('Can I move my payment for the running shoes back a week?');
    expect(proposal.reply).toMatch(/Shall I go ahead\? \(yes\/no\)$/);
    const hedged = await c.say('yes but move it by 3 days instead');
    expect(successfulActs(hedged.audit)).toEqual([]);
    expect(await truth(bo().paymentSchedule(DEMO, 'pur_demo_on_time'))).toEqual(before);
  });
});

describe('live over a subscribed WebSocket', () => {
  const aiFrames = (socket: TestSocket, conversationId: string) =>
    socket.frames.flatMap((f) => (f.type === 'message' && f.conversationId === conversationId && f.message.authorKind === 'ai' ? [f.message] : []));

  async function subscribed(c: ScriptedChat) {
    const socket = await TestSocket.open(baseUrl, c.token);
    socket.send({ type: 'subscribe', conversationId: c.id, afterSeq: 0 });
    await socket.waitFor((f) => f.type === 'subscribed');
    return socket;
  }

  it('a question sent on the socket is answered on the socket, with its citations', async () => {
    const c = await chat();
    const socket = await subscribed(c);
    const turn = await c.sayOnSocket(socket, 'When is my next payment?');
    const live = await socket.waitFor<Extract<ServerFrame, { type: 'message' }>>((f) => f.type === 'message' && f.message.authorKind === 'ai');
    expect(live.message).toEqual(turn.ai[0]);
    const next = await truth(bo().nextPayment(DEMO));
    expect(live.message.body).toContain(`${next?.amount.text} to ${next?.merchant} was due on ${next?.dueDate}`);
    expect(citationsOf(live.message)).toEqual([{ kind: 'tool', tool: 'get_next_payment', auditId: turn.audit[0]?.id }]);
    expect(live.message.meta.inReplyTo).toBe(turn.customer.seq);
    const seqs = socket.messages(c.id);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    await socket.close();
  });

  it('a confirmation refused on the socket: both replies arrive live and nothing changes', async () => {
    const before = await truth(bo().customerOverview(DEMO));
    const c = await chat();
    const socket = await subscribed(c);
    await c.sayOnSocket(socket, 'I want to change my card');
    await c.sayOnSocket(socket, 'no');
    const bodies = aiFrames(socket, c.id).map((m: MessageDto) => m.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatch(/Shall I go ahead\? \(yes\/no\)$/);
    expect(bodies[1]).toMatch(/^OK, I won't make that change\. Nothing has been changed\./);
    expect((await c.auditAll()).filter((r) => ACT_TOOLS.has(r.tool))).toEqual([]);
    expect((await truth(bo().customerOverview(DEMO))).defaultPaymentMethod).toEqual(before.defaultPaymentMethod);
    await socket.close();
  });

  it('an escalation on the socket: the handover line, the queue notice with the handoff, and the queued state, live', async () => {
    const c = await chat();
    const socket = await subscribed(c);
    await c.sayOnSocket(socket, 'I want to talk to a person');
    const notice = await socket.waitFor<Extract<ServerFrame, { type: 'message' }>>((f) => f.type === 'message' && f.message.authorKind === 'system');
    expect(notice.message.meta).toMatchObject({ event: 'escalated', reason: 'customer_asked', handoff: { reason: 'customer_asked' } });
    const state = await socket.waitFor<Extract<ServerFrame, { type: 'conversation' }>>((f) => f.type === 'conversation' && f.conversation.state === 'queued');
    expect(state.conversation.escalationReason).toBe('customer_asked');
    expect(aiFrames(socket, c.id).map((m) => m.body)).toEqual([
      "Of course. I'm passing you to a member of our team now. They'll see our conversation, so you won't need to repeat yourself.",
    ]);
    // The AI's line comes before the queue notice.
    expect(aiFrames(socket, c.id)[0]?.seq).toBeLessThan(notice.message.seq);
    await socket.close();
  });
});
