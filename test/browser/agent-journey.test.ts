import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { logInStaff, openShopWidget, sendAsCustomer, transcript } from './pages.js';

/**
 * The journey with a real agent (not the supervisor): a customer asks for a human; an agent in
 * another browser goes online, gets the offer with its countdown, accepts it, reads the handoff and the
 * customer's account, chats, resolves with a reason; the customer rates; the console shows it all.
 */
describe('a customer, an on-demand agent and the console, end to end', () => {
  let t: TestTandem;
  let baseUrl: string;
  let customer: Actor;
  let agent: Actor;
  let supervisor: Actor;
  let conversationId = '';

  beforeAll(async () => {
    await ensureWebBuild();
    // A quick dispatcher, and offers short enough to watch one expire.
    t = await startTestTandem({ env: { TANDEM_DISPATCH_TICK_MS: '200', TANDEM_OFFER_TIMEOUT_SECONDS: '12' } });
    baseUrl = await t.listen();
    [customer, agent, supervisor] = await Promise.all([openActor(), openActor({ width: 1440, height: 960 }), openActor({ width: 1400, height: 1000 })]);
    for (const actor of [customer, agent, supervisor]) actor.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await Promise.all([customer?.close(), agent?.close(), supervisor?.close()]);
    await t?.dispose();
  });

  // A failed step leaves a picture of every browser, to see what the person saw.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const name = context.task.name.slice(0, 40).replace(/\W+/g, '-');
    await Promise.all([customer, agent, supervisor].map((actor, i) => screenshot(actor.page, `failed-${name}-${['customer', 'agent', 'supervisor'][i]}`).catch(() => undefined)));
  });

  const admin = { 'x-api-key': ADMIN_KEY };
  const conversation = async (id: string) => (await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}`, headers: admin })).json().conversation;

  it('the customer asks the assistant for a person and waits in the queue', async () => {
    const widget = await openShopWidget(customer.page, baseUrl);
    await sendAsCustomer(widget, 'I want to talk to a person about my Northwind Outdoors payment please');
    await widget.getByText("You're in the queue for a person.").waitFor();
    const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/conversations', headers: admin })).json().conversations;
    expect(list).toHaveLength(1);
    conversationId = list[0].id;
    expect(list[0]).toMatchObject({ state: 'queued', customerId: 'cus_demo', escalationReason: 'customer_asked' });
  });

  it('the agent logs in, goes online and gets the offer: topic, language, wait, pay, why, countdown', async () => {
    const page = agent.page;
    await logInStaff(page, `${baseUrl}/agent`, 'sam@example.com');
    // Nothing is offered while offline.
    await page.getByText('No offers while you are not online').waitFor();
    expect(await page.getByRole('radio', { name: /Offline/ }).isChecked()).toBe(true);

    await page.getByText('Online', { exact: true }).click();
    const offer = page.getByRole('article', { name: 'Talk to human' });
    await offer.waitFor();
    expect(await page.getByRole('radio', { name: /Online/ }).isChecked()).toBe(true);
    const facts = await offer.locator('dl').innerText();
    expect(facts).toMatch(/Language\s+English/);
    expect(facts).toMatch(/Waiting\s+\d+ s/);
    expect(facts).toMatch(/Pay\s+£\d+\.\d\d/);
    expect(await offer.locator('.offer-why').first().innerText()).not.toBe('');
    const timer = offer.getByRole('timer');
    const first = Number((await timer.innerText()).match(/(\d+) s left/)?.[1]);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(12);
    await screenshot(page, 'agent-offer');

    const stored = (await t.app.inject({ method: 'GET', url: '/v1/agent/workspace', headers: { authorization: `Bearer ${await t.agentToken()}` } })).json();
    expect(stored.agent.presence).toBe('available');
    expect(stored.offers.map((o: { conversationId: string }) => o.conversationId)).toEqual([conversationId]);
  });

  const chat = () => agent.page.getByRole('region', { name: `Conversation …${conversationId.slice(-6)}` });

  it('the agent accepts: the chat opens with the handoff, its cited facts and the customer account', async () => {
    const page = agent.page;
    await page.getByRole('article', { name: 'Talk to human' }).getByRole('button', { name: 'Accept' }).click();
    await chat().waitFor();
    expect((await conversation(conversationId)).state).toBe('assigned');

    // The handoff shows first: what the customer wants, why a person, the facts with where each came from.
    const handoff = chat().getByRole('note', { name: 'Handoff from the assistant' });
    await handoff.waitFor();
    const handoffText = await handoff.innerText();
    expect(handoffText).toContain('I want to talk to a person about my Northwind Outdoors payment please');
    expect(handoffText).toContain('Customer asked for a person');
    expect(handoffText).toMatch(/active purchases; owes £[\d,.]+/);
    expect(handoffText).toMatch(/Account check: get customer overview \(audit #\d+\)/);
    await transcript(chat(), `Messages of conversation …${conversationId.slice(-6)}`).getByText("Of course. I'm passing you to a member of our team now.", { exact: false }).waitFor();
    await screenshot(page, 'agent-chat-handoff');

    // The account: every purchase, and the schedule of the one selected.
    await chat().getByRole('tab', { name: 'Account' }).click();
    const purchases = chat().getByRole('list', { name: 'Purchases' });
    await purchases.waitFor();
    const tent = purchases.getByRole('button', { name: /Northwind Outdoors.*Camping tent/ });
    await tent.click();
    expect(await tent.getAttribute('aria-pressed')).toBe('true');
    const schedule = chat().getByRole('table', { name: /Northwind Outdoors/ });
    await schedule.waitFor();
    const rows = await schedule.getByRole('row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.slice(1).every((row) => /£\d+\.\d\d/.test(row))).toBe(true);
    await screenshot(page, 'agent-chat-account');
  });

  it('the agent inserts a suggested line from the account, edits it, sends; they chat', async () => {
    const page = agent.page;
    const reply = chat().getByRole('textbox', { name: 'Reply to the customer' });
    const suggestions = chat().getByRole('list', { name: 'Suggested text to insert into your reply' });
    // Help-article passages the server found for the customer's words: inserted to edit, never sent as they are.
    const article = suggestions.getByRole('button', { name: /^Article: / }).first();
    await article.waitFor();
    await article.click();
    const passage = await reply.inputValue();
    expect(passage.length).toBeGreaterThan(20);
    expect(await transcript(customer.page.frameLocator('iframe[title="Support chat"]')).getByText(passage).count()).toBe(0);
    await reply.fill('');
    // How long it has been with the agent, on the server's clock.
    expect(await chat().locator('.chat-panel-head').innerText()).toMatch(/with you (under a minute|about \d+ minutes?)/);
    await suggestions.getByRole('button', { name: 'Next payment: Northwind Outdoors' }).click();
    // Inserted, not sent: the agent edits it first.
    const inserted = await reply.inputValue();
    expect(inserted).toMatch(/^Your next payment for Northwind Outdoors is £\d+\.\d\d, due on .+\.$/);
    expect(await transcript(customer.page.frameLocator('iframe[title="Support chat"]')).getByText(inserted).count()).toBe(0);
    await reply.fill(`Hi Alex, I'm Sam. ${inserted} Would you like me to move it?`);
    await reply.press('Enter');
    const widget = customer.page.frameLocator('iframe[title="Support chat"]');
    await transcript(widget).getByText(/Hi Alex, I'm Sam\. Your next payment for Northwind Outdoors is/).waitFor();
    expect(await widget.getByRole('status').filter({ hasText: "You're chatting with" }).innerText()).toContain('Sam Patel');

    await sendAsCustomer(widget, 'Yes please, by 5 days');
    await transcript(chat(), `Messages of conversation …${conversationId.slice(-6)}`).getByText('Yes please, by 5 days').waitFor();
    await screenshot(page, 'agent-chatting');
    await screenshot(customer.page, 'widget-chatting-with-agent');
  });

  it('the agent moves the payment through the audited tool, then resolves with a reason; the customer rates', async () => {
    const page = agent.page;
    await chat().getByRole('tab', { name: 'Account' }).click();
    await chat().getByLabel(/Move the next payment .* by/).selectOption('5');
    await chat().getByRole('button', { name: 'Move', exact: true }).click();
    await chat().getByRole('status').filter({ hasText: /moved|Moved/ }).waitFor();
    await chat().getByRole('table', { name: /Northwind Outdoors/ }).getByText('(+5 d)').waitFor();

    await chat().getByLabel('Resolution reason').selectOption('account_updated');
    await chat().getByRole('button', { name: 'Resolve' }).click();
    await chat().getByText('This conversation is resolved.').waitFor();
    expect((await conversation(conversationId)).state).toBe('resolved');
    const events = await t.services.deps.store.events.listForConversation(conversationId);
    expect(events.find((e) => e.type === 'conversation.resolution_noted')?.payload).toEqual({ resolution: 'account_updated' });
    await screenshot(page, 'agent-resolved-own-chat');

    const widget = customer.page.frameLocator('iframe[title="Support chat"]');
    await widget.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await widget.getByText('Excellent', { exact: true }).click();
    await widget.getByRole('button', { name: 'Send rating' }).click();
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
    if (paths.includes('/v1/conversations/{conversationId}/csat')) await widget.getByText('Thank you for your rating.').waitFor();
    else await widget.getByText("Thank you! We can't record ratings just yet").waitFor();
    await screenshot(customer.page, 'widget-rated');
  });

  it('the console shows the conversation: transcript with citations, the handoff and the tool audit', async () => {
    const page = supervisor.page;
    await logInStaff(page, `${baseUrl}/console`, 'supervisor@example.com');
    await page.getByRole('table').getByRole('link', { name: conversationId }).click();
    const log = transcript(page, 'Transcript');
    await log.getByText(/Hi Alex, I'm Sam\./).waitFor();
    await page.getByRole('note', { name: 'Handoff from the assistant' }).waitFor();

    const audit = page.getByRole('table', { name: 'Tool calls in this conversation, oldest first' });
    await audit.getByRole('cell', { name: 'extend_due_date' }).waitFor();
    const rows = (await audit.getByRole('row').allInnerTexts()).slice(1);
    // The assistant's reads, the agent's account reads, and the agent's action, each under its actor.
    expect(rows.some((r) => r.includes('get_customer_overview') && r.includes('Assistant'))).toBe(true);
    // The agent's look at the account is one row, saying what it read.
    const looks = rows.filter((r) => r.includes('view_customer_context'));
    expect(looks.length).toBeGreaterThan(0);
    expect(looks.every((r) => r.includes('Sam Patel') && /Viewed the account: \d+ purchases?/.test(r))).toBe(true);
    expect(rows.some((r) => r.includes('list_purchases') && r.includes('Sam Patel'))).toBe(false);
    const action = rows.find((r) => r.includes('extend_due_date'));
    expect(action).toContain('Sam Patel');
    expect(action).toContain('days: 5');
    expect(action).toContain('ok');

    // A citation in the transcript leads to its audit row.
    await log.getByRole('link', { name: /Account check: get customer overview #\d+/ }).first().click();
    expect(new URL(page.url()).hash).toMatch(/^#audit-\d+$/);
    await screenshot(page, 'console-conversation-audit');
  });

  it('an offer the agent declines, and one left to run out, each say what happened', async () => {
    const page = agent.page;
    const token = await t.customerToken('anonymous');
    const start = async (text: string) => {
      const id = (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: text, text } }, headers: { authorization: `Bearer ${token}` } })).json().conversation.id as string;
      await t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: { authorization: `Bearer ${token}` } });
      return id;
    };
    const declined = await start('My card was charged twice for one order');
    const offers = page.getByRole('list', { name: 'Offers' });
    const open = offers.getByRole('article').filter({ has: page.getByRole('timer') });
    await open.waitFor();
    // Cards reorder as offers end, so this one is found by its topic from now on.
    const card = offers.getByRole('article', { name: await open.getByRole('heading').innerText(), exact: true });
    await card.getByRole('button', { name: 'Decline…' }).click();
    await card.getByLabel('Why decline? (optional)').selectOption('Not my area');
    await card.getByRole('button', { name: 'Decline offer' }).click();
    await card.getByText('Declined. It goes to another agent.').waitFor();
    const stored = (await t.services.deps.store.offers.listForAgent('agt_sam', 10)).find((o) => o.conversationId === declined);
    expect([stored?.status, stored?.declineReason]).toEqual(['declined', 'Not my area']);
    await page.getByText('Free declines left: 4 of 5 per hour.').waitFor();

    await start('Where is my refund for the boots?');
    await open.waitFor();
    await screenshot(page, 'agent-offer-declined-and-new');
    // Nobody answers: the countdown runs out and the card says so.
    await offers.getByText('This offer expired before it was accepted.').waitFor({ timeout: 25_000 });
    await screenshot(page, 'agent-offer-expired');
  }, 60_000);
});
