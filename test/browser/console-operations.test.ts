import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { contrastViolations, logInStaff, waitForCount } from './pages.js';

const admin = { 'x-api-key': ADMIN_KEY };
const ZERO = { accuracy: 0, required_disclosures: 0, hardship_handling: 0, identity_and_privacy: 0, empathy: 0, resolution: 0 };
const REASON = 'The customer had verified on the phone before the chat';

/** The console's Agents page (presence seen live) and deciding a contested review from the QA page. */
describe('console: agents and contested reviews', () => {
  let t: TestTandem;
  let baseUrl: string;
  let supervisor: Actor;
  let sam: Record<string, string>;
  let reviewId = '';

  const call = async (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) => {
    const res = await t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
    if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    sam = bearer(await t.agentToken('sam@example.com'));
    // Sam handles a conversation rated 1 (always sampled); the admin key reviews it harshly; Sam contests.
    const customer = bearer(await t.customerToken('anonymous'));
    const id = (await call('POST', '/v1/conversations', customer, {})).conversation.id as string;
    await call('POST', `/v1/conversations/${id}/escalate`, customer, {});
    await call('POST', `/v1/admin/conversations/${id}/assign`, admin, { agentId: 'agt_sam' });
    await call('POST', `/v1/conversations/${id}/messages`, sam, { clientMessageId: 'a1', text: 'Your refund is on its way.' });
    await call('POST', `/v1/conversations/${id}/resolve`, sam, {});
    await call('POST', `/v1/conversations/${id}/csat`, customer, { rating: 1 });
    reviewId = (await call('GET', '/v1/admin/qa/queue', admin)).reviews.find((r: { conversationId: string }) => r.conversationId === id).id;
    await call('POST', `/v1/admin/qa/reviews/${reviewId}`, admin, { answers: ZERO });
    await call('POST', `/v1/agent/reviews/${reviewId}/contest`, sam, { reason: REASON });

    supervisor = await openActor({ width: 1400, height: 1000 });
    supervisor.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await supervisor?.close();
    await t?.dispose();
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    await screenshot(supervisor.page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  const section = (name: string) => supervisor.page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name, exact: true }).click();

  it('Agents: every agent with presence and load; one going online shows without a reload', async () => {
    const page = supervisor.page;
    await logInStaff(page, `${baseUrl}/console`, 'supervisor@example.com');
    await section('Agents');
    expect(new URL(page.url()).pathname).toBe('/console/agents');
    const table = page.getByRole('table', { name: 'Agents by name, with presence and load' });
    const samRow = table.getByRole('row').filter({ hasText: 'Sam Patel' });
    await samRow.getByText('Offline').waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      expect.stringContaining('Jordan Reyes'),
      expect.stringContaining('Lucía Fernández'),
      expect.stringContaining('Noah Williams'),
      expect.stringContaining('Sam Patel'),
    ]);
    expect(await samRow.innerText()).toMatch(/0 \/ 3\s+\(0 chats\)\s+never\s+Standard\s+\d\.\d\d\s+English/);

    await call('POST', '/v1/agent/presence', sam, { presence: 'available' });
    await samRow.getByText('Online').waitFor();
    expect(await samRow.innerText()).toMatch(/(just now|\d+ s ago)/);
    await page.getByText('1 online now.').waitFor();

    await page.getByLabel('Presence').selectOption('available');
    await waitForCount(table.getByRole('rowheader'), 1);
    expect(await table.getByRole('rowheader').innerText()).toContain('Sam Patel');
    expect(await contrastViolations(page)).toEqual([]);
    await screenshot(page, 'console-agents');

    // The live view lists the agents on shift from the same endpoint.
    await section('Live');
    const onShift = page.getByRole('table', { name: 'Agents on shift, with presence and load' });
    expect(await onShift.getByRole('row').filter({ hasText: 'Sam Patel' }).innerText()).toMatch(/Sam Patel\s+Online\s+0 \/ 3\s+0\s+0/);
  });

  it('QA: a contested review shows the reason and answers, and the supervisor overturns it with a note', async () => {
    const page = supervisor.page;
    await section('QA reviews');
    const contests = page.getByRole('region', { name: /^Contested reviews/ });
    const contest = contests.getByRole('region', { name: /^Sam Patel/ });
    await contest.getByText(REASON).waitFor();
    expect(await contest.getByRole('row', { name: /^Accuracy/ }).innerText()).toMatch(/Accuracy \(critical\)\s+0 of 4\s+missed/);
    const overturn = contest.getByRole('button', { name: 'Overturn' });
    expect(await overturn.isDisabled()).toBe(true); // a note is required
    await contest.getByLabel('Note to Sam Patel').fill('Verification is on the call recording');
    expect(await contrastViolations(page)).toEqual([]);
    await screenshot(page, 'console-contested-review');
    await overturn.click();

    await contests.getByText("Overturned: the review no longer counts toward Sam Patel's score.").waitFor();
    await contests.getByText('No open contests.', { exact: false }).waitFor();
    const [decided] = (await call('GET', '/v1/admin/qa/contests?status=overturned', admin)).contests;
    expect(decided).toMatchObject({ id: reviewId, contestStatus: 'overturned', contest: { resolverId: 'agt_supervisor', note: 'Verification is on the call recording' } });
    expect((await call('GET', '/v1/agent/quality', sam)).score.qa).toMatchObject({ reviews: 0, excludedOverturned: 1 });
  });
});
