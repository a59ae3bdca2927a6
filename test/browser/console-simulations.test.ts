import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot, type Actor } from '../support/browser.js';
import { contrastViolations, logInStaff } from './pages.js';

describe('console: simulations and pay rates', () => {
  let t: TestTandem;
  let baseUrl: string;
  let supervisor: Actor;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
    supervisor = await openActor();
    supervisor.page.setDefaultTimeout(20_000);
    await logInStaff(supervisor.page, `${baseUrl}/console`, 'supervisor@example.com');
  });

  afterAll(async () => {
    await supervisor?.close();
    await t?.dispose();
  });

  const section = (name: string) => supervisor.page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name }).click();

  it('starts a small monday-peak run, follows it, and shows its headline figures and report', async () => {
    const page = supervisor.page;
    await section('Simulations');
    expect(new URL(page.url()).pathname).toBe('/console/simulations');
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Monday-morning peak' });
    await page.getByText('32,000 first contacts').waitFor();
    await page.getByRole('checkbox', { name: /greedy-no-call-ups/ }).uncheck();
    await page.getByLabel('Seeds').fill('1');
    await page.getByLabel('Share of the volume (%)').fill('2');
    await page.getByRole('button', { name: 'Start simulation' }).click();

    const runs = page.getByRole('table', { name: 'Simulation runs, newest first' });
    await runs.getByRole('cell', { name: 'Monday-morning peak' }).waitFor();
    const headline = page.getByRole('table', { name: /^Headline figures per policy/ });
    await headline.waitFor({ timeout: 60_000 });
    await runs.getByText('Done').waitFor();

    const header = await headline.getByRole('columnheader').allInnerTexts();
    expect(header).toEqual(['Policy', 'Cost per contact', 'Durable resolution', 'CSAT proxy', 'Service level', 'Abandonment']);
    const rows = headline.getByRole('row');
    expect(await rows.count()).toBe(3);
    for (const [i, policy] of ['greedy', 'batch'].entries()) {
      const cells = (await rows.nth(i + 1).innerText()).split('\t').map((c) => c.trim());
      expect(cells[0]).toBe(policy);
      expect(cells[1]).toMatch(/^£\d+\.\d\d$/);
      for (const pct of cells.slice(2)) expect(pct).toMatch(/^\d{1,3}\.\d%$/);
    }

    // The same figures the API gives, and the full report in its sandboxed frame with its charts drawn.
    const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/simulations', headers: { 'x-api-key': ADMIN_KEY } })).json().runs;
    expect(list[0]).toMatchObject({ status: 'done', policies: ['greedy', 'batch'], seeds: [1], scale: 0.02 });
    const report = page.frameLocator('iframe[title="Full report: Monday-morning peak"]');
    await report.getByRole('heading', { name: 'Monday-morning peak', level: 1 }).waitFor();
    const drawn = report.locator('canvas#cost-quality[style*="box-sizing"]');
    await drawn.waitFor({ state: 'attached' });
    expect(await page.getByRole('link', { name: 'Open the full report' }).getAttribute('target')).toBe('_blank');
    expect(await contrastViolations(page)).toEqual([]);
    await screenshot(page, 'console-simulations');
  });

  it('saves a pay rate from the settings card, in major units', async () => {
    const page = supervisor.page;
    await section('Policy & pay');
    const base = page.getByLabel('Base pay per conversation (GBP)');
    expect(await base.inputValue()).toBe('1.50');
    expect(await page.getByLabel('Complex conversation multiplier (×)').inputValue()).toBe('1.5');
    await base.fill('1.75');
    await page.getByLabel('Quality score needed (%)').fill('150');
    await page.getByRole('button', { name: 'Save pay rates' }).click();
    await page.getByText('must be between 0 and 1').waitFor();
    const unchanged = (await t.app.inject({ method: 'GET', url: '/v1/admin/pay-rates', headers: { 'x-api-key': ADMIN_KEY } })).json();
    expect(unchanged.settings.conversationBaseMinor).toBe(150);

    await page.getByLabel('Quality score needed (%)').fill('85');
    await page.getByRole('button', { name: 'Save pay rates' }).click();
    await page.getByText(/^Saved\. New pay uses these rates/).waitFor();
    await page.getByText(/Last changed by agent:agt_supervisor/).waitFor();
    const saved = (await t.app.inject({ method: 'GET', url: '/v1/admin/pay-rates', headers: { 'x-api-key': ADMIN_KEY } })).json();
    expect(saved.settings).toMatchObject({ conversationBaseMinor: 175, qualityBonusMinScore: 0.85, complexMultiplierBp: 15_000 });
    expect(await contrastViolations(page)).toEqual([]);
    await screenshot(page, 'console-pay-rates');
  });
});
