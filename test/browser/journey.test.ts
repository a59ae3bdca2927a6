import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { logInStaff, openShopWidget, sendAsCustomer, transcript } from './pages.js';

/**
 * The whole human path in two real browsers: the customer on the shop page, the supervisor in the agent
 * workspace, talking through the real server.
 */
describe('customer widget and agent workspace, end to end', () => {
  let t: TestTandem;
  let baseUrl: string;
  let customer: Actor;
  let supervisor: Actor;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    [customer, supervisor] = await Promise.all([openActor(), openActor()]);
    customer.page.setDefaultTimeout(15_000);
    supervisor.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await Promise.all([customer?.close(), supervisor?.close()]);
    await t?.dispose();
  });

  const onlyConversation = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/admin/conversations', headers: { 'x-api-key': ADMIN_KEY } });
    const conversations = res.json().conversations as { id: string; state: string; customerId: string }[];
    expect(conversations).toHaveLength(1);
    return conversations[0]!;
  };

  it('the customer writes to the assistant from the shop page and asks for a person', async () => {
    const widget = await openShopWidget(customer.page, baseUrl);
    await sendAsCustomer(widget, 'Hi, my refund for the tent has not arrived');
    const log = transcript(widget);
    await log.getByText('Hi, my refund for the tent has not arrived').waitFor();
    // The assistant answers from the demo customer's account and shows what it looked at.
    await log.getByText('Assistant', { exact: true }).waitFor();
    expect(await log.getByRole('list', { name: 'Sources' }).first().innerText()).toMatch(/Account check|Article/);
    expect(await widget.getByText('Assistant is typing…').count()).toBe(0);
    await screenshot(customer.page, 'shop-widget-open');

    await widget.getByRole('button', { name: 'Talk to a person' }).click();
    await widget.getByText("You're in the queue for a person.").waitFor();
    // Dispatch pushes the place in the queue (nobody is online, so the customer stays first in line).
    await widget.getByText(/You are number 1 in line/).waitFor();
    expect(await widget.getByText('Assistant is typing…').count()).toBe(0);
    await screenshot(customer.page, 'widget-queued');

    const conversation = await onlyConversation();
    expect(conversation.state).toBe('queued');
    expect(conversation.customerId).toBe('cus_demo');
  });

  it('the supervisor takes it from the queue and replies; the customer sees who joined and the reply', async () => {
    const { id } = await onlyConversation();
    const page = supervisor.page;
    await logInStaff(page, `${baseUrl}/agent`, 'supervisor@example.com');
    const queue = page.getByRole('list', { name: 'Waiting conversations' });
    await queue.getByText(id).waitFor();
    await queue.getByRole('button', { name: 'Assign to me' }).click();

    const reply = page.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.fill('Hello Alex, I am Jordan. Let me check that refund for you.');
    await reply.press('Enter');
    await transcript(page, `Messages of conversation …${id.slice(-6)}`).getByText('Let me check that refund for you.').waitFor();
    await page.getByRole('list', { name: 'Waiting conversations' }).waitFor({ state: 'detached' });
    await screenshot(page, 'agent-workspace-chat');

    const widget = customer.page.frameLocator('iframe[title="Support chat"]');
    await widget.getByText("You're chatting with").waitFor();
    expect(await widget.getByRole('status').filter({ hasText: "You're chatting with" }).innerText()).toContain('Jordan Reyes');
    await transcript(widget).getByText('Hello Alex, I am Jordan. Let me check that refund for you.').waitFor();
    expect(await transcript(widget).getByText('Jordan Reyes', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(customer.page, 'widget-agent-joined');
  });

  it('the supervisor resolves with a reason; the customer is asked for a rating', async () => {
    const { id } = await onlyConversation();
    const page = supervisor.page;
    await page.getByLabel('Resolution reason').selectOption('refund_or_return');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('This conversation is resolved.').waitFor();
    await screenshot(page, 'agent-resolved');

    const widget = customer.page.frameLocator('iframe[title="Support chat"]');
    await widget.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await screenshot(customer.page, 'widget-csat');
    await widget.getByText('Excellent', { exact: true }).click();
    expect(await widget.getByRole('radio', { name: /Excellent/ }).isChecked()).toBe(true);
    await widget.getByRole('button', { name: 'Send rating' }).click();
    await widget.getByText('Thank you for your rating.').waitFor();
    // A second rating of the same resolution is refused by the server (409), so the form is gone for good.
    expect(await widget.getByRole('button', { name: 'Send rating' }).count()).toBe(0);

    expect((await onlyConversation()).state).toBe('resolved');
    const events = await t.services.deps.store.events.listForConversation(id);
    expect(events.find((e) => e.type === 'conversation.resolution_noted')?.payload).toEqual({ resolution: 'refund_or_return' });
  });
});
