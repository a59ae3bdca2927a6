import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { sendAsCustomer, transcript, waitForCount } from './pages.js';

/**
 * The widget loses its network while an agent keeps writing, and the customer writes too. After the network
 * returns, every message is there exactly once, on both sides.
 */
describe('widget reconnect', () => {
  let t: TestTandem;
  let baseUrl: string;
  let customer: Actor;
  let conversationId: string;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    customer = await openActor({ width: 420, height: 760 });
    customer.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await customer?.close();
    await t?.dispose();
  });

  const messagesOnServer = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/v1/conversations/${conversationId}/messages`, headers: { 'x-api-key': ADMIN_KEY } });
    return res.json().messages as { body: string; authorKind: string }[];
  };

  it('a customer with an agent goes offline and back: nothing lost, nothing doubled', async () => {
    const page = customer.page;
    await page.goto(`${baseUrl}/widget/`);
    await sendAsCustomer(page, 'I was charged twice for my order');
    await transcript(page).getByText('I was charged twice for my order').waitFor();
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    await page.getByText("You're in the queue for a person.").waitFor();

    const list = await t.app.inject({ method: 'GET', url: '/v1/admin/conversations?state=queued', headers: { 'x-api-key': ADMIN_KEY } });
    conversationId = list.json().conversations[0].id;
    const assign = await t.app.inject({ method: 'POST', url: `/v1/admin/conversations/${conversationId}/assign`, payload: { agentId: 'agt_sam' }, headers: { 'x-api-key': ADMIN_KEY } });
    expect(assign.statusCode).toBe(200);
    await page.getByText("You're chatting with").waitFor();

    await customer.context.setOffline(true);
    await page.getByText('Reconnecting…').waitFor();
    await sendAsCustomer(page, 'Are you still there?');
    await page.getByText('Will send when reconnected').waitFor();

    const sam = await t.agentToken('sam@example.com');
    for (const [i, text] of ['I can see both charges.', 'The second one is refunded; it shows in 3 to 5 days.'].entries()) {
      const sent = await t.app.inject({ method: 'POST', url: `/v1/conversations/${conversationId}/messages`, payload: { clientMessageId: `sam-${i}`, text }, headers: bearer(sam) });
      expect(sent.statusCode).toBe(201);
    }
    await screenshot(page, 'widget-offline');
    expect(await transcript(page).getByText('I can see both charges.').count()).toBe(0);

    await customer.context.setOffline(false);
    const log = transcript(page);
    await log.getByText('The second one is refunded; it shows in 3 to 5 days.').waitFor();
    await page.getByText('Will send when reconnected').waitFor({ state: 'detached' });
    await page.getByText('Reconnecting…').waitFor({ state: 'detached' });
    await screenshot(page, 'widget-reconnected');

    for (const text of ['I was charged twice for my order', 'Are you still there?', 'I can see both charges.', 'The second one is refunded; it shows in 3 to 5 days.']) {
      await waitForCount(log.getByText(text, { exact: true }), 1);
    }
    const stored = await messagesOnServer();
    expect(stored.filter((m) => m.body === 'Are you still there?')).toHaveLength(1);
    // The transcript shows exactly what the server holds, in order.
    const shown = await log.locator('.msg-body, .msg-system > span:first-child').allInnerTexts();
    expect(shown).toEqual(stored.map((m) => m.body));
  });

  it('a reload resumes the same conversation with the whole transcript once', async () => {
    const page = customer.page;
    await page.reload();
    const log = transcript(page);
    await log.getByText('The second one is refunded; it shows in 3 to 5 days.').waitFor();
    const stored = await messagesOnServer();
    await waitForCount(log.locator('.msg-body, .msg-system > span:first-child'), stored.length);
    expect(await log.locator('.msg-body, .msg-system > span:first-child').allInnerTexts()).toEqual(stored.map((m) => m.body));
    expect(await page.getByText("You're chatting with").innerText()).toContain('Sam Patel');
  });

  it('a remembered conversation that no longer exists is forgotten, and the next message starts a new one', async () => {
    const page = customer.page;
    await page.evaluate(() => {
      const key = 'tandem.widget.session';
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}');
      sessionStorage.setItem(key, JSON.stringify({ ...stored, conversationId: 'cnv_gone' }));
    });
    await page.reload();
    await page.getByText('Hi! Ask about your orders, payments or account.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await sendAsCustomer(page, 'Starting over');
    await transcript(page).getByText('Starting over').waitFor();
    // The message shows at once as pending; the new conversation exists once the server has answered.
    const count = async () => (await t.app.inject({ method: 'GET', url: '/v1/admin/conversations', headers: { 'x-api-key': ADMIN_KEY } })).json().conversations.length as number;
    for (let tries = 0; (await count()) < 2 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await count()).toBe(2);
  });
});
