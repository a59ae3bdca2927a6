import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { logInStaff, transcript } from './pages.js';

describe('operations console', () => {
  let t: TestTandem;
  let baseUrl: string;
  let staff: Actor;
  let customerToken: string;
  const ids: { chatting: string; queued: string } = { chatting: '', queued: '' };

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    staff = await openActor();
    staff.page.setDefaultTimeout(15_000);
    customerToken = await t.customerToken('anonymous');
    const start = async (text: string) =>
      (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: text, text } }, headers: bearer(customerToken) })).json().conversation.id as string;
    ids.chatting = await start('Can I move my next payment to Friday?');
    ids.queued = await start('I want to dispute a purchase');
    await t.app.inject({ method: 'POST', url: `/v1/conversations/${ids.queued}/escalate`, payload: {}, headers: bearer(customerToken) });
  });

  afterAll(async () => {
    await staff?.close();
    await t?.dispose();
  });

  it('lists conversations, filters by state, and opens a live transcript', async () => {
    const page = staff.page;
    await logInStaff(page, `${baseUrl}/console`, 'supervisor@example.com');
    const table = page.getByRole('table');
    await table.getByRole('link', { name: ids.chatting }).waitFor();
    await table.getByRole('link', { name: ids.queued }).waitFor();
    await screenshot(page, 'console-list');

    await page.getByLabel('State').selectOption('queued');
    await table.getByRole('link', { name: ids.chatting }).waitFor({ state: 'detached' });
    expect(await table.getByRole('link').allInnerTexts()).toEqual([ids.queued]);

    await page.getByLabel('State').selectOption('');
    // Search by customer: both conversations are this visitor's.
    const customerId = (await t.app.inject({ method: 'GET', url: `/v1/conversations/${ids.chatting}`, headers: bearer(customerToken) })).json().conversation.customerId as string;
    await page.getByLabel('Search').fill(customerId);
    await table.getByRole('link', { name: ids.queued }).waitFor();
    expect(await table.getByRole('link').count()).toBe(2);
    await page.getByLabel('Search').fill(ids.chatting.slice(-5));
    await table.getByRole('link', { name: ids.queued }).waitFor({ state: 'detached' });
    await table.getByRole('link', { name: ids.chatting }).click();

    expect(new URL(page.url()).pathname).toBe(`/console/conversations/${ids.chatting}`);
    const log = transcript(page, 'Transcript');
    await log.getByText('Can I move my next payment to Friday?').waitFor();
    // The transcript is live: a new customer message shows up without a reload.
    await t.app.inject({ method: 'POST', url: `/v1/conversations/${ids.chatting}/messages`, payload: { clientMessageId: 'more', text: 'It is for the tent order.' }, headers: bearer(customerToken) });
    await log.getByText('It is for the tent order.').waitFor();
    await screenshot(page, 'console-transcript');

    await page.goBack();
    await page.getByRole('table').getByRole('link').first().waitFor();
    await page.goForward();
    await transcript(page, 'Transcript').getByText('It is for the tent order.').waitFor();
  });

  it('opens a conversation typed in by id, and a shared link to it', async () => {
    const page = staff.page;
    await page.goto(`${baseUrl}/console`);
    await page.getByLabel('Search').fill(ids.queued);
    await page.getByLabel('Search').press('Enter');
    await transcript(page, 'Transcript').getByText('I want to dispute a purchase').waitFor();
    await page.goto(`${baseUrl}/console/conversations/${ids.chatting}`);
    await transcript(page, 'Transcript').getByText('It is for the tent order.').waitFor();
  });

  it('tells an agent that the console is for supervisors', async () => {
    const agent = await openActor();
    try {
      await logInStaff(agent.page, `${baseUrl}/console`, 'noah@example.com');
      await agent.page.getByText('The console is for supervisors.').waitFor();
      expect(await agent.page.getByRole('table').count()).toBe(0);
    } finally {
      await agent.close();
    }
  });
});
