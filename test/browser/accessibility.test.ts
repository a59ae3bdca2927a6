import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { ensureWebBuild, openActor, screenshot } from '../support/browser.js';
import { contrastViolations, logInStaff, scrollsSideways, sendAsCustomer, tabUntilFocused, transcript } from './pages.js';

const PHONE = { width: 375, height: 812 };

/** Keyboard use, accessible names, contrast, and phone-sized layouts of the three apps. */
describe('accessibility and small screens', () => {
  let t: TestTandem;
  let baseUrl: string;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await startTestTandem();
    baseUrl = await t.listen();
  });

  afterAll(async () => {
    await t?.dispose();
  });

  it('the widget works from the keyboard alone, on the shop page and as a page', async () => {
    const { page, close } = await openActor();
    try {
      page.setDefaultTimeout(15_000);
      await page.goto(`${baseUrl}/`);
      const launcher = page.getByRole('button', { name: 'Chat with us' });
      await tabUntilFocused(page, launcher);
      await page.keyboard.press('Enter');
      const frame = page.frameLocator('iframe[title="Support chat"]');
      const composer = frame.getByRole('textbox', { name: 'Your message' });
      await composer.waitFor();
      // Opening moves focus into the chat, onto the composer.
      await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.activeElement?.tagName === 'TEXTAREA');
      await page.keyboard.type('Typed without a mouse');
      await page.keyboard.press('Enter');
      await transcript(frame).getByText('Typed without a mouse').waitFor();
      // Escape closes the chat and gives focus back to the launcher.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.textContent === 'Chat with us');
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');

      await page.goto(`${baseUrl}/widget/`);
      const talk = page.getByRole('button', { name: 'Talk to a person' });
      const pageComposer = page.getByRole('textbox', { name: 'Your message' });
      const toTalk = await tabUntilFocused(page, talk);
      const toComposer = await tabUntilFocused(page, pageComposer);
      expect(toTalk + toComposer).toBeLessThan(10);
      for (let i = 0; i < toComposer; i += 1) await page.keyboard.press('Shift+Tab');
      expect(await talk.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText("You're in the queue for a person.").waitFor();
      expect(await contrastViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the agent workspace and console have readable contrast and labelled controls', async () => {
    const { page, close } = await openActor();
    try {
      page.setDefaultTimeout(15_000);
      await page.goto(`${baseUrl}/agent`);
      expect(await contrastViolations(page)).toEqual([]);
      await logInStaff(page, `${baseUrl}/agent`, 'supervisor@example.com');
      await page.getByRole('heading', { name: /Queue/ }).waitFor();
      await page.getByRole('textbox', { name: 'Conversation id' }).waitFor();
      expect(await contrastViolations(page)).toEqual([]);
      await logInStaff(page, `${baseUrl}/console`, 'supervisor@example.com');
      await page.getByRole('combobox', { name: 'State' }).waitFor();
      expect(await contrastViolations(page)).toEqual([]);
      // The check itself catches faint text.
      await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p style="color:#aaa">Faint text</p>'));
      expect((await contrastViolations(page)).map((v) => v.text)).toEqual(['Faint text']);
    } finally {
      await close();
    }
  });

  it('at 375 × 812 no app scrolls sideways', async () => {
    const customerToken = await t.customerToken('anonymous');
    const started = await t.app.inject({
      method: 'POST',
      url: '/v1/conversations',
      payload: { message: { clientMessageId: 'phone-1', text: 'My card was declined at checkout but I was still charged' } },
      headers: bearer(customerToken),
    });
    const conversationId = started.json().conversation.id as string;
    await t.app.inject({ method: 'POST', url: `/v1/conversations/${conversationId}/escalate`, payload: {}, headers: bearer(customerToken) });

    const { page, close } = await openActor(PHONE);
    try {
      page.setDefaultTimeout(15_000);
      await page.goto(`${baseUrl}/`);
      expect(await scrollsSideways(page)).toBe(false);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      const frame = page.frameLocator('iframe[title="Support chat"]');
      await sendAsCustomer(frame, 'A long question from a phone, to check that nothing in the chat overflows its narrow window');
      await transcript(frame).getByText('A long question from a phone').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, 'phone-shop-widget');

      await page.goto(`${baseUrl}/widget/`);
      await transcript(page).getByText('A long question from a phone').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, 'phone-widget');

      await logInStaff(page, `${baseUrl}/agent`, 'supervisor@example.com');
      await page.getByRole('listitem').filter({ hasText: conversationId }).getByRole('button', { name: 'Assign to me' }).click();
      await page.getByRole('tab').first().waitFor();
      await page.getByRole('textbox', { name: 'Reply to the customer' }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, 'phone-agent');

      await logInStaff(page, `${baseUrl}/console`, 'supervisor@example.com');
      await page.getByRole('table').getByRole('link', { name: conversationId }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, 'phone-console');
    } finally {
      await close();
    }
  });
});
