import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistantTools } from '../engine.js';
import { ALEX, startConversation } from './conversation-driver.js';
import type { OfflineEngine } from './offline-engine.js';
import { engineForTests, openToolWorld, type ToolWorld } from './test-support.js';

let world: ToolWorld;
let engine: OfflineEngine;
let next = 0;

beforeAll(async () => {
  world = await openToolWorld();
  engine = engineForTests();
});
afterAll(() => world.close());

function chat(options: { vulnerable?: boolean; humanFirst?: string[] } = {}) {
  const conversationId = `conv_escalation_${(next += 1)}`;
  const driver = startConversation(engine, {
    conversationId,
    tools: world.toolsFor(conversationId),
    now: world.now,
    customer: { ...ALEX, vulnerable: options.vulnerable ?? false },
    humanFirstIntents: new Set(options.humanFirst ?? []),
  });
  return { conversationId, ...driver };
}

const READS = new Set(['get_customer_overview', 'list_purchases', 'get_purchase', 'get_payment_schedule', 'get_next_payment', 'get_refund_status', 'get_dispute_status', 'explain_fees']);
const nonReads = async (conversationId: string) => (await world.audit(conversationId)).filter((r) => !READS.has(r.tool)).map((r) => r.tool);

describe('offline engine: the customer asks for a person', () => {
  it.each(['agent please', 'Can I talk to a real person?', 'I want a human', 'get me someone who can actually help', "I'd like to speak with a person", 'not a bot, a person'])(
    '"%s" escalates at once with customer_asked',
    async (message) => {
      const c = chat();
      const out = await c.say(message);
      expect(out.escalate?.reason).toBe('customer_asked');
      expect(out.signals.customerAskedForHuman).toBe(true);
      expect(out.reply).toMatch(/^Of course\. I'm passing you to a member of our team now\./);
      expect(out.escalate?.handoff.reason).toBe('customer_asked');
      expect(await nonReads(c.conversationId)).toEqual([]);
    },
  );

  it('is honoured in the middle of a confirmation, without running the pending action', async () => {
    const c = chat();
    await c.say('I want to pay my Brightside payment now');
    const out = await c.say('actually just get me a human');
    expect(out.escalate?.reason).toBe('customer_asked');
    expect(await nonReads(c.conversationId)).toEqual([]);
    expect((out.memory as { pending: unknown }).pending).toBeNull();
  });

  it('hands over with a summary of what was asked and found', async () => {
    const c = chat();
    await c.say('When is my next payment?');
    const out = await c.say('I want to speak to a human');
    const handoff = out.escalate?.handoff;
    expect(handoff?.wants).toBe('Wants help with next payment: "When is my next payment?".');
    expect(handoff?.facts[0]).toEqual({ text: 'Your next payment is overdue: £22.50 to Lumen Electronics was due on 2026-11-12.', citation: expect.stringMatching(/^tool:get_next_payment#\d+$/) });
    expect(handoff?.text).toContain('Reason: customer asked for a human (customer_asked)');
    expect(handoff?.facts.some((f) => f.citation.startsWith('tool:get_customer_overview#'))).toBe(true);
  });
});

describe('offline engine: human-only topics', () => {
  it.each([
    ["There's a purchase on my account I didn't make", 'unauthorised_purchase'],
    ["I'd like to close my account", 'close_account'],
    ['I want to open a dispute', 'open_dispute'],
  ])('"%s" (%s) escalates with human_only_intent and runs no human-only tool', async (message, intent) => {
    const c = chat();
    const out = await c.say(message);
    expect(out.intent).toBe(intent);
    expect(out.escalate).toMatchObject({ reason: 'human_only_intent', detail: `intent ${intent} is human-only` });
    expect(out.reply).toContain('our specialist team');
    expect(await nonReads(c.conversationId)).toEqual([]);
  });

  it.each([
    ["I can't afford my payments", 'hardship'],
    ['My husband has passed away and had a Tandem account', 'vulnerability_support'],
  ])('"%s" (%s) first replies with empathy and the free debt advice signpost', async (message, intent) => {
    const c = chat();
    const out = await c.say(message);
    expect(out.intent).toBe(intent);
    expect(out.escalate?.reason).toBe('human_only_intent');
    expect(out.reply).toMatch(/^I'm sorry you're going through this/);
    expect(out.reply).toContain('StepChange Debt Charity offers free advice');
    expect(out.citations).toContainEqual({ kind: 'article', id: 'free-debt-advice', title: 'Free, independent debt advice' });
    expect(await nonReads(c.conversationId)).toEqual([]);
  });

  it('sends a human-first intent (guardrail) to a person', async () => {
    const c = chat({ humanFirst: ['refund_status'] });
    const out = await c.say('Where is my refund?');
    expect(out.escalate?.reason).toBe('human_first_policy');
    expect(out.escalate?.handoff.intent).toBe('refund_status');
  });

  it('sends a vulnerable customer to a person on their first message', async () => {
    const c = chat({ vulnerable: true });
    const out = await c.say('When is my next payment?');
    expect(out.escalate?.reason).toBe('vulnerable_customer');
    expect(out.reply).toMatch(/time and care/);
  });
});

describe('offline engine: when the assistant is not getting it right', () => {
  it('escalates on the second out-of-scope message, after one clarifying reply', async () => {
    const c = chat();
    const first = await c.say("What's the weather like tomorrow?");
    expect(first.escalate).toBeNull();
    expect(first.signals.outOfScope).toBe(true);
    expect(first.reply).toMatch(/^Sorry, I can only help with your Tandem Pay account/);
    const second = await c.say('Tell me a joke');
    expect(second.escalate?.reason).toBe('out_of_scope');
  });

  it('escalates on the second low-confidence message', async () => {
    const c = chat();
    const first = await c.say('the thing with the stuff');
    expect(first.escalate).toBeNull();
    expect(first.signals.confidence).toBeLessThan(0.55);
    expect(first.signals.outOfScope).toBe(false);
    expect(first.reply).toMatch(/^Sorry, I'm not sure I understood\. I can help with/);
    const second = await c.say('I was wondering about something');
    expect(second.escalate?.reason).toBe('low_confidence');
  });

  it('escalates when sentiment stays negative and gets worse over three turns', async () => {
    const c = chat();
    const first = await c.say("Where is my refund? I'm annoyed");
    const second = await c.say('the tent. this is useless');
    expect(first.escalate).toBeNull();
    expect(second.escalate).toBeNull();
    const third = await c.say('THIS IS RIDICULOUS, THIRD TIME ASKING!!!');
    expect([first, second, third].map((o) => o.signals.sentimentScore)).toEqual([expect.any(Number), expect.any(Number), -1]);
    expect(third.escalate?.reason).toBe('negative_sentiment');
    expect(third.escalate?.handoff.sentiment).toBe('negative');
  });

  it('escalates on the second time the customer says it did not help', async () => {
    const c = chat();
    await c.say('How does Pay in 4 work?');
    const first = await c.say("that didn't help");
    expect(first.escalate).toBeNull();
    expect(first.signals.failedAttempt).toBe(true);
    expect(first.reply).toMatch(/^I'm sorry that didn't help/);
    const second = await c.say("still doesn't help");
    expect(second.escalate?.reason).toBe('repeated_failure');
  });

  it('counts a refused action and a complaint about it as two failures, handing over what was tried', async () => {
    const c = chat();
    await c.say('I want to return the waterproof jacket');
    const refused = await c.say('yes');
    expect(refused.signals.failedAttempt).toBe(true);
    expect(refused.escalate).toBeNull();
    const out = await c.say("that didn't help");
    expect(out.escalate?.reason).toBe('repeated_failure');
    expect(out.escalate?.handoff.actions).toEqual([{ tool: 'report_return', resultSummary: expect.stringMatching(/^\w+: /) }]);
    expect(out.escalate?.handoff.text).toContain('Tried:\n- report_return: ');
  });

  it('escalates on the very turn an action fails for the second time', async () => {
    const c = chat();
    await c.say('I want to return the waterproof jacket');
    await c.say('yes');
    await c.say('I want to return the waterproof jacket');
    const out = await c.say('yes');
    expect(out.escalate?.reason).toBe('repeated_failure');
    expect(out.reply).toMatch(/^Sorry, that didn't go through: [\s\S]+I'm sorry I haven't been able to sort this out for you\./);
  });
});

describe('offline engine: errors', () => {
  const input = (tools: AssistantTools, body: string | null) => ({
    conversationId: 'conv_errors',
    customer: ALEX,
    transcript: body === null ? [] : [{ seq: 1, authorKind: 'customer' as const, body, meta: {} }],
    memory: {},
    history: [],
    humanFirstIntents: new Set<string>(),
    tools,
    now: world.now,
  });

  it('lets an unexpected tool failure propagate: the application turns it into an ai_error escalation', async () => {
    const broken: AssistantTools = {
      run: () => Promise.reject(new Error('back office unreachable')),
    };
    await expect(engine.respond(input(broken, 'When is my next payment?'))).rejects.toThrow('back office unreachable');
  });

  it('does not throw on a turn without a customer message', async () => {
    const out = await engine.respond(input(world.toolsFor('conv_errors'), null));
    expect(out.reply).not.toBeNull();
    expect(out.actions).toEqual([]);
  });
});
