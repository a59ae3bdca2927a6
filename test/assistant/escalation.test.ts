/**
 * Every escalation reason, through the real API: the conversation is queued with the right reason and
 * routing (certification, priority), the system notice carries the handoff summary for the agent, and the
 * assistant ran no action on the way out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageDto } from '../../src/contracts/common.js';
import type { TestTandem } from '../support/app.js';
import { ACT_TOOLS, escalationNotice, foreignPurchase, ScriptedChat, signedCustomerToken, startScriptTandem, successfulActs, type Turn } from './driver.js';
import { citationsOf } from './grounding.js';

let t: TestTandem;
beforeAll(async () => {
  t = await startScriptTandem();
});
afterAll(async () => t.dispose());

const chat = () => ScriptedChat.asDemo(t);
const HANDOVER = "I'm passing you to a member of our team now. They'll see our conversation, so you won't need to repeat yourself.";

/**
 * The common shape of an escalated turn: one system notice after the AI's last line, the conversation
 * queued with this reason, the handoff in the notice's meta, facts cited to this conversation's audit.
 */
async function expectEscalated(c: ScriptedChat, turn: Turn, reason: string) {
  expect(turn.conversation).toMatchObject({ state: 'queued', escalationReason: reason });
  const notice = escalationNotice(turn);
  expect(notice?.body).toBe('You are in the queue for a person. They will see everything written so far.');
  expect(notice?.meta.reason).toBe(reason);
  const handoff = notice?.meta.handoff;
  expect(handoff?.reason).toBe(reason);
  expect(handoff?.text).toMatch(new RegExp(`^Reason: .+ \\(${reason}\\)`));
  const audit = await c.auditAll();
  for (const fact of handoff?.facts ?? []) {
    const [, tool, id] = /^tool:(\w+)#(\d+)$/.exec(fact.citation) ?? [];
    expect(audit.find((r) => r.id === Number(id))).toMatchObject({ tool, ok: true });
  }
  // The overview is read before handing over, so the agent starts with the account's state.
  expect(handoff?.facts.some((f) => f.citation.startsWith('tool:get_customer_overview#'))).toBe(true);
  expect(audit.filter((r) => ACT_TOOLS.has(r.tool))).toEqual([]);
  const last = turn.after.at(-1);
  expect(last?.seq).toBe(notice?.seq);
  return handoff;
}

describe('customer_asked: the customer’s wish is honoured at once', () => {
  it.each([
    'agent please',
    'Can I speak to a human?',
    'Quiero hablar con una persona',
    'Je voudrais parler à un conseiller',
    'Ich möchte mit einem Menschen sprechen',
    'Falar com um atendente por favor',
  ])('"%s"', async (text) => {
    const c = await chat();
    const turn = await c.say(text);
    expect(turn.reply).toBe(`Of course. ${HANDOVER}`);
    const handoff = await expectEscalated(c, turn, 'customer_asked');
    expect(handoff?.wants).toContain(text);
    expect(turn.conversation.requiredCertification).toBeNull();
  });

  it('asking for a person about money worries: still customer_asked, but routed to hardship and signposted', async () => {
    const c = await chat();
    const turn = await c.say('I need to speak to someone, I am struggling financially');
    const handoff = await expectEscalated(c, turn, 'customer_asked');
    expect(handoff?.intent).toBe('hardship');
    expect(turn.conversation).toMatchObject({ requiredCertification: 'hardship', sensitive: true, priority: 1 });
    expect(turn.reply).toContain('StepChange Debt Charity');
    expect(citationsOf(turn.ai[0] as MessageDto)).toContainEqual({ kind: 'article', id: 'free-debt-advice', title: 'Free, independent debt advice' });
  });

  it('after a question: the handoff says what they wanted before asking for a person, not "talk to human"', async () => {
    const c = await chat();
    const first = await c.say('When is my next payment?');
    const turn = await c.say('I want to speak to a human');
    const handoff = await expectEscalated(c, turn, 'customer_asked');
    expect(first.conversation.intent).toBe('next_payment');
    expect(handoff?.wants).toBe('Wants help with next payment: "When is my next payment?".');
    expect(handoff?.text).toContain('Wants: Wants help with next payment: "When is my next payment?".');
    expect(handoff?.text).not.toContain('Wants help with talk to human');
  });

  it('asking for a person and nothing else: "Asked for a person"', async () => {
    const c = await chat();
    const turn = await c.say('agent please');
    const handoff = await expectEscalated(c, turn, 'customer_asked');
    expect(handoff?.wants).toBe('Asked for a person: "agent please".');
  });

  it('in the middle of a confirmation: hands over, and the pending payment never runs', async () => {
    const c = await chat();
    await c.say('I want to pay my Brightside payment now');
    const turn = await c.say('actually just get me a human');
    await expectEscalated(c, turn, 'customer_asked');
    expect((await c.auditAll()).some((r) => r.tool === 'pay_instalment_now')).toBe(false);
  });
});

describe('human_only_intent: topics for people, routed to the right specialists', () => {
  it('hardship: empathy and free debt advice (cited), queued for a hardship-certified agent at high priority', async () => {
    const c = await chat();
    const turn = await c.say("I can't afford my payments");
    expect(turn.reply).toMatch(/^I'm sorry you're going through this, and thank you for telling us\./);
    expect(turn.reply).toContain('StepChange Debt Charity');
    expect(citationsOf(turn.ai[0] as MessageDto)).toContainEqual({ kind: 'article', id: 'free-debt-advice', title: 'Free, independent debt advice' });
    const handoff = await expectEscalated(c, turn, 'human_only_intent');
    expect(handoff?.intent).toBe('hardship');
    expect(turn.conversation).toMatchObject({ intent: 'hardship', requiredCertification: 'hardship', sensitive: true, priority: 1 });
    // The hardship arrangement itself is for the specialist to record, not the assistant.
    expect((await c.auditAll()).some((r) => r.tool === 'request_hardship_arrangement')).toBe(false);
  });

  it('bereavement (vulnerability support) goes to the hardship specialists too', async () => {
    const c = await chat();
    const turn = await c.say('My husband has passed away and had a Tandem account');
    await expectEscalated(c, turn, 'human_only_intent');
    expect(turn.conversation).toMatchObject({ intent: 'vulnerability_support', requiredCertification: 'hardship', sensitive: true });
  });

  it('an unauthorised purchase: queued for a fraud-certified agent, and no card is frozen by the assistant', async () => {
    const c = await chat();
    const turn = await c.say("There's a purchase on my account I didn't make");
    expect(turn.reply).toBe(`This is something our specialist team handles. ${HANDOVER}`);
    await expectEscalated(c, turn, 'human_only_intent');
    expect(turn.conversation).toMatchObject({ intent: 'unauthorised_purchase', requiredCertification: 'fraud', priority: 1 });
    expect((await c.auditAll()).some((r) => r.tool === 'report_unauthorised_purchase')).toBe(false);
  });

  it('closing the account: handed over, close_account never called', async () => {
    const c = await chat();
    const turn = await c.say("I'd like to close my account");
    await expectEscalated(c, turn, 'human_only_intent');
    expect(turn.conversation).toMatchObject({ intent: 'close_account', requiredCertification: null });
    expect((await c.auditAll()).some((r) => r.tool === 'close_account')).toBe(false);
  });
});

describe('the assistant is not getting it right', () => {
  it('low_confidence on the second unclear message; the agent is not routed by a guess', async () => {
    const c = await chat();
    const first = await c.say('the thing with the stuff');
    expect(first.reply).toMatch(/^Sorry, I'm not sure I understood\./);
    expect(first.conversation.state).toBe('ai');
    const turn = await c.say('I was wondering about something');
    expect(turn.reply).toBe(`I want to make sure you get the right help with this. ${HANDOVER}`);
    const handoff = await expectEscalated(c, turn, 'low_confidence');
    expect(handoff?.text).toContain('2 turns below confidence 0.55');
    // Nothing was understood, so there is no topic to route on: no specialist certification, normal priority.
    expect(turn.conversation).toMatchObject({ requiredCertification: null, sensitive: false, priority: 2 });
  });

  it('out_of_scope on the second off-topic message, after one reply that says what the assistant does', async () => {
    const c = await chat();
    const first = await c.say("What's the weather like tomorrow?");
    expect(first.reply).toMatch(/^Sorry, I can only help with your Tandem Pay account: /);
    expect(first.conversation.state).toBe('ai');
    const turn = await c.say('Tell me a joke');
    const handoff = await expectEscalated(c, turn, 'out_of_scope');
    expect(handoff?.intent).toBe('unknown');
    expect(turn.conversation.requiredCertification).toBeNull();
  });

  it('negative_sentiment when the mood stays bad and gets worse over three turns', async () => {
    const c = await chat();
    const one = await c.say("Where is my refund? I'm annoyed");
    const two = await c.say('the tent. this is useless');
    expect([one.conversation.state, two.conversation.state]).toEqual(['ai', 'ai']);
    const turn = await c.say('THIS IS RIDICULOUS, THIRD TIME ASKING!!!');
    expect(turn.reply).toBe(`I'm sorry I haven't been able to sort this out for you. ${HANDOVER}`);
    const handoff = await expectEscalated(c, turn, 'negative_sentiment');
    expect(handoff?.sentiment).toBe('negative');
    // What was already found stays with the agent: the refund the assistant reported.
    expect(handoff?.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('Your partial refund of £70.00 from Northwind Outdoors'));
  });

  it('repeated_failure after "that didn\'t help" twice; routed on what was asked, not on a guess', async () => {
    const c = await chat();
    await c.say('How does Pay in 4 work?');
    const first = await c.say("that didn't help");
    expect(first.reply).toMatch(/^I'm sorry that didn't help\./);
    const turn = await c.say("still doesn't help");
    const handoff = await expectEscalated(c, turn, 'repeated_failure');
    expect(handoff?.text).toContain('2 failed attempts (limit 2)');
    // The customer asked about Pay in 4; nothing about disputes (which would need a disputes-certified agent).
    expect(turn.conversation.requiredCertification).toBeNull();
    expect(handoff?.intent).not.toBe('item_not_received');
  });

  it('repeated_failure on the turn an action is refused for the second time, with both attempts in the handoff', async () => {
    const c = await chat();
    await c.say('I want to return the waterproof jacket');
    const refused = await c.say('yes');
    expect(refused.reply).toMatch(/^Sorry, that didn't go through: .+ Nothing has been changed\./);
    expect(refused.conversation.state).toBe('ai');
    await c.say('I want to return the waterproof jacket');
    const turn = await c.say('yes');
    expect(turn.conversation).toMatchObject({ state: 'queued', escalationReason: 'repeated_failure' });
    const handoff = escalationNotice(turn)?.meta.handoff;
    expect(handoff?.actions).toEqual([
      { tool: 'report_return', resultSummary: expect.stringMatching(/^purchase_not_active: /) },
      { tool: 'report_return', resultSummary: expect.stringMatching(/^purchase_not_active: /) },
    ]);
    expect(successfulActs(await c.auditAll())).toEqual([]);
  });
});

describe('properties of the customer and of the topic', () => {
  it('vulnerable_customer: a flagged customer goes to a person on the first message, at the top priority', async () => {
    const other = await foreignPurchase(t);
    const token = await signedCustomerToken(t, other.customerId, { vulnerable: true });
    const c = await ScriptedChat.open(t, token);
    const turn = await c.say('When is my next payment?');
    expect(turn.reply).toMatch(/time and care you need/);
    const handoff = await expectEscalated(c, turn, 'vulnerable_customer');
    expect(handoff?.intent).toBe('next_payment');
    expect(turn.conversation.priority).toBe(0);
    // Facts for the agent are this customer's own.
    expect((await c.auditAll()).every((r) => r.customerId === other.customerId)).toBe(true);
  });

  it('human_first_policy: an intent the quality guardrail made human-first is handed over with its routing', async () => {
    const deps = t.services.deps;
    const original = deps.humanFirstIntents;
    deps.humanFirstIntents = async () => new Set(['dispute_status']);
    try {
      const c = await chat();
      const turn = await c.say("What's happening with my dispute?");
      await expectEscalated(c, turn, 'human_first_policy');
      expect(turn.conversation).toMatchObject({ intent: 'dispute_status', requiredCertification: 'disputes' });
    } finally {
      deps.humanFirstIntents = original;
    }
  });
});

describe('ai_error: an engine failure hands the customer to a person', () => {
  let broken: TestTandem;
  beforeAll(async () => {
    // Failure injection: the engine itself throws on every turn.
    broken = await startScriptTandemWithBrokenEngine();
  });
  afterAll(async () => broken.dispose());

  it('queued with ai_error, the failure in the handoff, and no AI message', async () => {
    const c = await ScriptedChat.asDemo(broken);
    const turn = await c.say('When is my next payment?');
    expect(turn.ai).toEqual([]);
    expect(turn.conversation).toMatchObject({ state: 'queued', escalationReason: 'ai_error' });
    expect(escalationNotice(turn)?.meta).toMatchObject({ event: 'escalated', reason: 'ai_error', handoff: { reason: 'ai_error', text: 'The assistant failed (boom).' } });
    // Nobody is stranded, and a second message does not start another failing turn.
    const again = await c.say('hello?');
    expect(again.after).toEqual([]);
    expect(again.conversation.state).toBe('queued');
  });
});

async function startScriptTandemWithBrokenEngine(): Promise<TestTandem> {
  return startScriptTandem({
    engine: {
      name: 'offline',
      respond: async () => {
        throw new Error('boom');
      },
    },
  });
}
