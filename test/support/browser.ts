import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Headless Chromium (the Debian package) driven by playwright-core, for the browser tests of the web apps.
 * Each person in a test (customer, agent…) gets their own browser process and fresh profile directory,
 * like two people on two machines.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_DIR = join(ROOT, 'web');
const BUILT_INDEX = join(ROOT, 'dist/web/index.html');
const BUILD_LOCK = join(ROOT, '.tmp/web-build.lock');
export const SCREENSHOT_DIR = join(ROOT, 'test-artifacts/screenshots');

export const CHROMIUM_PATH = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Actor = { context: BrowserContext; page: Page; close(): Promise<void> };

/** A browser for one person: its own process and profile, removed on close. */
export async function openActor(viewport = { width: 1280, height: 800 }): Promise<Actor> {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as a test artefact (test-artifacts/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const buildIsFresh = () => existsSync(BUILT_INDEX) && statSync(BUILT_INDEX).mtimeMs >= newestMtime(WEB_DIR);

/**
 * The server serves dist/web, so the apps must be built before a browser test starts its server. Builds when
 * missing or older than any file under web/; a lock directory keeps two test files from building at once.
 */
export async function ensureWebBuild(): Promise<void> {
  if (buildIsFresh()) return;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`web build lock ${BUILD_LOCK} held for too long; remove it if no build runs`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (buildIsFresh()) return;
    }
  }
  try {
    if (!buildIsFresh()) {
      // vitest sets NODE_ENV=test, and Vite would then build React's development bundle.
      execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    }
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}
