import type { FrameLocator, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/seed-demo.js';

/** Page helpers for the browser tests: they find things the way a person (or a screen reader) would. */

/** Opens the shop at `/`, clicks the launcher and returns the widget inside its iframe. */
export async function openShopWidget(page: Page, baseUrl: string): Promise<FrameLocator> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Chat with us' }).click();
  const widget = page.frameLocator('iframe[title="Support chat"]');
  await widget.getByRole('textbox', { name: 'Your message' }).waitFor();
  return widget;
}

export async function sendAsCustomer(widget: FrameLocator | Page, text: string): Promise<void> {
  const composer = widget.getByRole('textbox', { name: 'Your message' });
  await composer.fill(text);
  await composer.press('Enter');
}

export const transcript = (scope: FrameLocator | Page | Locator, name = 'Conversation'): Locator => scope.getByRole('log', { name });

export async function logInStaff(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Waits until `locator` matches exactly `count` elements (polling; playwright-core has no auto-waiting expect). */
export async function waitForCount(locator: Locator, count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} matches, found ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
}

/** True when the page can be scrolled sideways (something is wider than the viewport). */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/** Presses Tab until `target` has focus; fails after `maxTabs`. Returns how many presses it took. */
export async function tabUntilFocused(page: Page, target: Locator, maxTabs = 25): Promise<number> {
  for (let presses = 1; presses <= maxTabs; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return presses;
  }
  throw new Error(`not reached with ${maxTabs} Tab presses`);
}

export type ContrastViolation = { text: string; ratio: number; color: string; background: string };

/**
 * WCAG contrast of every visible text on the page against its effective background (the nearest opaque
 * background up the tree). Disabled controls are exempt, as in WCAG; large text needs 3:1, other text 4.5:1.
 */
export const contrastViolations = (page: Page): Promise<ContrastViolation[]> =>
  page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const backgroundOf = (element: Element): [number, number, number, number] | null => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') return null;
        const bg = parse(style.backgroundColor);
        if (bg && bg[3] >= 0.99) return bg;
      }
      return [255, 255, 255, 1];
    };
    const out: { text: string; ratio: number; color: string; background: string }[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const text = Array.from(element.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (!text || !(element instanceof HTMLElement) || element.closest('.visually-hidden, [disabled], [aria-hidden="true"]')) continue;
      if (element.offsetWidth === 0 || element.offsetHeight === 0) continue;
      const style = getComputedStyle(element);
      const fg = parse(style.color);
      const bg = backgroundOf(element);
      if (!fg || !bg) continue;
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.slice(0, 3).join(',')})` });
    }
    return out;
  });
