import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { openShopWidget, sendAsCustomer, transcript } from './pages.js';

/** The assistant answers from the customer's own account: their payment schedule, as a readable list. */
describe('a customer asks the assistant for their payment schedule', () => {
  let t: TestTandem;
  let baseUrl: string;
  let customer: Actor;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    customer = await openActor();
    customer.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await customer?.close();
    await t?.dispose();
  });

  it('asks which Northwind purchase, then shows its instalments with amounts and what is left', async () => {
    const widget = await openShopWidget(customer.page, baseUrl);
    const log = transcript(widget);
    await sendAsCustomer(widget, "what's my payment schedule for Northwind Outdoors?");

    // Alex has two Northwind purchases: the assistant lists them as a numbered choice.
    const choice = log.getByRole('list').filter({ hasText: 'Camping tent and sleeping bag' });
    await choice.waitFor();
    expect(await choice.evaluate((el) => el.tagName)).toBe('OL');
    expect(await choice.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Northwind Outdoors: Trail running shoes, £120\.00/),
      expect.stringMatching(/^Northwind Outdoors: Camping tent and sleeping bag, £240\.00/),
    ]);

    await sendAsCustomer(widget, 'The camping tent');
    await log.getByText(/Here's the schedule for your Northwind Outdoors purchase \(Pay in 4\)/).waitFor();
    const instalments = log.getByRole('list').filter({ hasText: 'Payment 1:' });
    const items = await instalments.getByRole('listitem').allInnerTexts();
    expect(items.length).toBe(4);
    for (const [i, item] of items.entries()) expect(item).toMatch(new RegExp(`^Payment ${i + 1}: £\\d+\\.\\d\\d due \\d{4}-\\d\\d-\\d\\d \\(`));
    expect(items[0]).toContain('£60.00');
    await log.getByText(/Still to pay: £\d+\.\d\d\./).waitFor();
    // The reply says where it came from: the schedule, read from the account.
    expect(await log.getByRole('list', { name: 'Sources' }).last().innerText()).toContain('Account check: get payment schedule');
    await screenshot(customer.page, 'widget-payment-schedule');

    const conversations = (await t.app.inject({ method: 'GET', url: '/v1/admin/conversations', headers: { 'x-api-key': 'test-admin-key-0123456789' } })).json().conversations;
    expect(conversations.map((c: { state: string; customerId: string }) => [c.state, c.customerId])).toEqual([['ai', 'cus_demo']]);
  });

  it('asks for a person, then leaves the queue: the conversation is abandoned and a person can be asked for again', async () => {
    const widget = await openShopWidget(customer.page, baseUrl);
    await widget.getByRole('button', { name: 'Talk to a person' }).click();
    await widget.getByText("You're in the queue for a person.").waitFor();
    await widget.getByRole('button', { name: 'Leave the queue' }).click();
    await widget.getByText('You left the queue: ask for a person again at any time').waitFor();
    expect(await widget.getByRole('button', { name: 'Talk to a person' }).isEnabled()).toBe(true);
    await screenshot(customer.page, 'widget-left-queue');

    const conversations = (await t.app.inject({ method: 'GET', url: '/v1/admin/conversations?state=abandoned', headers: { 'x-api-key': 'test-admin-key-0123456789' } })).json().conversations;
    expect(conversations.map((c: { customerId: string }) => c.customerId)).toEqual(['cus_demo']);
  });
});
