import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { logInStaff } from './pages.js';

/** Several chats at once for a supervisor, and the plain agent's path: assigned by a supervisor, already open for them. */
describe('agent workspace', () => {
  let t: TestTandem;
  let baseUrl: string;
  let supervisor: Actor;
  let agent: Actor;
  const ids: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    [supervisor, agent] = await Promise.all([openActor({ width: 1400, height: 900 }), openActor()]);
    supervisor.page.setDefaultTimeout(15_000);
    agent.page.setDefaultTimeout(15_000);
    for (const text of ['First: my plan shows a late fee', 'Second: I need to change my card', 'Third: where is my refund?']) {
      const token = await t.customerToken('anonymous');
      const id = (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: 'm1', text } }, headers: bearer(token) })).json().conversation.id as string;
      await t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: bearer(token) });
      ids.push(id);
    }
  });

  afterAll(async () => {
    await Promise.all([supervisor?.close(), agent?.close()]);
    await t?.dispose();
  });

  const panel = (actor: Actor, id: string) => actor.page.getByRole('region', { name: `Conversation …${id.slice(-6)}` });

  it('a supervisor takes two chats and works them side by side, and hands the third to an agent', async () => {
    const page = supervisor.page;
    await logInStaff(page, `${baseUrl}/agent`, 'supervisor@example.com');
    const item = (id: string) => page.getByRole('listitem').filter({ hasText: id });
    await item(ids[0]!).getByRole('button', { name: 'Assign to me' }).click();
    await panel(supervisor, ids[0]!).waitFor();
    await item(ids[1]!).getByRole('button', { name: 'Assign to me' }).click();
    await panel(supervisor, ids[1]!).waitFor();

    const [left, right] = await Promise.all([panel(supervisor, ids[0]!).boundingBox(), panel(supervisor, ids[1]!).boundingBox()]);
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x > left.x + left.width - 1).toBe(true);

    const second = panel(supervisor, ids[1]!);
    await second.getByRole('textbox', { name: 'Reply to the customer' }).fill('I can update the card for you now.');
    await second.getByRole('textbox', { name: 'Reply to the customer' }).press('Enter');
    await second.getByText('I can update the card for you now.').waitFor();
    expect(await panel(supervisor, ids[0]!).getByText('I can update the card for you now.').count()).toBe(0);

    await item(ids[2]!).getByText('Assign to another agent').click();
    await item(ids[2]!).getByLabel('Agent id').fill('agt_sam');
    await item(ids[2]!).getByRole('button', { name: 'Assign', exact: true }).click();
    await item(ids[2]!).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Queue (0)' }).waitFor();
    await screenshot(page, 'agent-two-chats');
  });

  it('the agent finds the conversation assigned to them already open, and replies', async () => {
    const page = agent.page;
    await logInStaff(page, `${baseUrl}/agent`, 'sam@example.com');
    // Offline, so no offers; the chat a supervisor gave them is in their workspace's chats and opens by itself.
    await page.getByText('No offers while you are not online').waitFor();
    const chat = panel(agent, ids[2]!);
    await chat.getByText('Third: where is my refund?').waitFor();
    await chat.getByRole('textbox', { name: 'Reply to the customer' }).fill('Your refund left us yesterday.');
    await chat.getByRole('textbox', { name: 'Reply to the customer' }).press('Enter');
    await chat.getByText('Your refund left us yesterday.').waitFor();
    await screenshot(page, 'agent-sam');

    const stored = await t.app.inject({ method: 'GET', url: `/v1/conversations/${ids[2]}/messages`, headers: { 'x-api-key': ADMIN_KEY } });
    const last = stored.json().messages.at(-1);
    expect([last.authorKind, last.authorId, last.body]).toEqual(['agent', 'agt_sam', 'Your refund left us yesterday.']);

    // A conversation that is not theirs cannot be opened.
    await page.getByLabel('Conversation id').fill(ids[0]!);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText(/not found|may not/i).waitFor();
  });
});
