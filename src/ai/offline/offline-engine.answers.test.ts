import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConversation } from './conversation-driver.js';
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
  const conversationId = `conv_answers_${(next += 1)}`;
  return { conversationId, ...startConversation(engine, { conversationId, tools: world.toolsFor(conversationId), now: world.now }) };
}

const toolsCited = (output: { citations: readonly { kind: string; tool?: string }[] }) => output.citations.filter((c) => c.kind === 'tool').map((c) => c.tool);
const articlesCited = (output: { citations: readonly { kind: string; id?: string }[] }) => output.citations.filter((c) => c.kind === 'article').map((c) => c.id);

describe('offline engine: answers from the customer’s own data', () => {
  it('greets by first name without resolving', async () => {
    const c = chat();
    const out = await c.say('hi');
    expect(out.intent).toBe('greeting');
    expect(out.reply).toMatch(/^Hello Alex!/);
    expect(out.resolved).toBe(false);
    expect(out.escalate).toBeNull();
  });

  it('tells the next payment (overdue here) from get_next_payment, and checks the need is met', async () => {
    const c = chat();
    const out = await c.say('When is my next payment?');
    expect(out.intent).toBe('next_payment');
    expect(out.reply).toContain('£22.50 to Lumen Electronics was due on 2026-11-12');
    expect(out.reply).toContain('Is there anything else I can help with?');
    expect(toolsCited(out)).toEqual(['get_next_payment']);
    expect(out.actions).toEqual([expect.objectContaining({ tool: 'get_next_payment', ok: true, replayed: false })]);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('resolves when the customer says that is all', async () => {
    const c = chat();
    await c.say('how much do I owe?');
    const out = await c.say("no thanks, that's all");
    expect(out.resolved).toBe(true);
    expect(out.escalate).toBeNull();
    expect(out.reply).toMatch(/Goodbye/);
  });

  it('states the balance from the account overview', async () => {
    const c = chat();
    const out = await c.say('how much do I owe');
    expect(out.intent).toBe('account_balance');
    expect(out.reply).toMatch(/^You owe £[\d,]+\.\d\d in total across 7 active purchases\./);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('asks which purchase for a schedule, lists candidates with shop and amount, then answers the choice', async () => {
    const c = chat();
    const ask = await c.say('Can I see my payment schedule?');
    expect(ask.reply).toContain('Which purchase would you like the payment schedule for?');
    expect(ask.reply).toContain('Northwind Outdoors: Trail running shoes, £120.00 (bought 2026-11-05)');
    expect(ask.reply).not.toContain('Wool coat'); // refunded: nothing left to schedule
    expect((ask.memory as { pending: { kind: string } }).pending.kind).toBe('which_purchase');
    expect(await ungroundedFacts(world, c.conversationId, ask)).toEqual([]);

    const out = await c.say('the northwind shoes');
    expect(out.intent).toBe('payment_schedule');
    expect(out.confidence).toBe(1);
    expect(out.reply).toContain('- Payment 3: £30.00 due 2026-12-03 (scheduled)');
    expect(out.reply).toContain('Still to pay: £60.00.');
    expect(toolsCited(out)).toEqual(['get_purchase', 'get_payment_schedule']);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('resolves the purchase by amount ("the 89.99 one") and by position in the list', async () => {
    const byAmount = chat();
    await byAmount.say('show me my payment schedule');
    expect((await byAmount.say('the 89.99 one')).reply).toContain('Lumen Electronics');
    const byPosition = chat();
    await byPosition.say('show me my payment schedule');
    expect((await byPosition.say('the second one')).reply).toContain('Brightside Sports');
  });

  it('narrows an ambiguous answer ("northwind") and asks again among the matches only', async () => {
    const c = chat();
    await c.say('show me my payment schedule');
    const narrowed = await c.say('the northwind one');
    expect(narrowed.reply).toContain('Trail running shoes');
    expect(narrowed.reply).toContain('Camping tent and sleeping bag');
    expect(narrowed.reply).not.toContain('Lumen');
    expect((await c.say('the £240 one')).reply).toContain('£50.00 due 2026-11-30');
  });

  it('answers the only relevant purchase without asking (dispute status)', async () => {
    const c = chat();
    const out = await c.say("What's happening with my dispute?");
    expect(out.reply).toContain('Your dispute with Harbour & Pine Home ("Item never arrived") was opened on 2026-11-13. It is still open.');
    expect(out.reply).toContain('paused while the dispute is open');
    expect(toolsCited(out)).toEqual(['list_purchases', 'get_dispute_status']);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('asks which refund, then gives its status; a full refund shows what went back to the card', async () => {
    const c = chat();
    const ask = await c.say('Where is my refund?');
    expect(ask.reply).toContain('Which purchase is the refund for?');
    expect(ask.reply).toContain('Camping tent and sleeping bag');
    expect(ask.reply).toContain('Wool coat');
    const out = await c.say('the coat');
    expect(out.reply).toContain('Your full refund of £199.00 from Velvet Lane Clothing was processed on 2026-11-04. £99.50 of it went back to your card.');
    expect(toolsCited(out)).toEqual(['get_purchase', 'get_refund_status']);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('explains a late fee with the rule and the cap from explain_fees', async () => {
    const c = chat();
    const out = await c.say('Why was I charged a late fee?');
    expect(out.intent).toBe('late_fee');
    expect(out.reply).toContain('£6.00 was added on 2026-11-16 because payment 2 (due 2026-11-12) was 4 days late.');
    expect(out.reply).toContain('never add up to more than £22.49');
    expect(toolsCited(out)).toEqual(['list_purchases', 'explain_fees']);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('says why payments are paused and until when', async () => {
    const c = chat();
    await c.say('why are my payments paused?');
    const out = await c.say('the dress');
    expect(out.reply).toBe(
      'Payments on your Velvet Lane Clothing purchase are paused while the shop processes your return, until 2026-12-08.\n\nIs there anything else I can help with?',
    );
  });

  it('explains a partial refund with the new remaining payments', async () => {
    const c = chat();
    const out = await c.say('I got a partial refund, what happens to my payments?');
    expect(out.reply).toContain('Your partial refund of £70.00 from Northwind Outdoors was processed on 2026-11-18.');
    expect(out.reply).toContain('- Payment 3: £50.00 due 2026-11-30 (scheduled)');
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });
});

describe('offline engine: informational answers from the help articles', () => {
  it.each([
    ['How does Pay in 4 work?', 'how_pay_in_4_works', 'how-pay-in-4-works', 'four equal instalments'],
    ['Do you charge interest?', 'interest_and_fees', 'interest-and-apr', 'interest'],
    ['Do you do a credit check?', 'credit_check', 'credit-checks', 'check'],
    ["I can't log in", 'login_problem', 'login-help', 'account'],
    ['Can I use a promo code?', 'promo_code', 'promo-codes-and-offers', 'code'],
  ])('"%s" → %s, paraphrasing and citing %s', async (message, intent, articleId, phrase) => {
    const c = chat();
    const out = await c.say(message);
    expect(out.intent).toBe(intent);
    expect(articlesCited(out)).toEqual([articleId]);
    expect(toolsCited(out)).toEqual([]);
    expect(out.reply?.toLowerCase()).toContain(phrase);
    expect(await ungroundedFacts(world, c.conversationId, out)).toEqual([]);
  });

  it('says it is an AI and what it can do, citing the article about the assistant', async () => {
    const c = chat();
    const out = await c.say('Are you a bot?');
    expect(out.intent).toBe('about_assistant');
    expect(out.reply).toMatch(/^It's an AI assistant, not a person, and it will always tell you so if you ask\. I can help with your next payment/);
    expect(articlesCited(out)).toEqual(['using-the-assistant']);
  });

  it('answers with sentences taken verbatim from the cited article', async () => {
    const c = chat();
    const out = await c.say('How does Pay in 4 work?');
    expect(out.reply).toContain('The first is taken when you buy, and the other three follow every 14 days, so your order is paid off in 6 weeks.');
  });
});
