import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN } from './agent-client.ts';
import type { BuildOptions } from '../../server/app.ts';
import { CHROMIUM, FLAGS, RUN_CHROMIUM } from './chromium.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud message — except in CI,
 * where a missing browser is a failure, not a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI is set but Chromium is missing at ${CHROMIUM}: install Debian's chromium`);
  console.warn(`\n!!! Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium) !!!\n`);
  return false;
}

/**
 * A browser for one test file. In a vitest run, a connection to the run's Chromium (tests/helpers/chromium-setup.ts):
 * the file's contexts and pages are its own and go when it closes the connection, and the run starts one Chromium
 * rather than one per file. Its own Chromium when there is no run's Chromium, or it no longer answers (a crash in
 * another file leaves the next files a browser).
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[RUN_CHROMIUM];
  if (shared) {
    try {
      return await chromium.connect(shared, { timeout: 15_000 });
    } catch (err) {
      console.warn(`the run's Chromium at ${shared} does not answer (${String(err)}): this file starts its own`);
    }
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/**
 * Closes what a file opened in Chromium, then its connection: each context it left open (a test that failed midway,
 * or one that leaves its contexts to the end), and with them their pages and those pages' sockets and requests to the
 * file's servers, closed before the servers are, so no server's close waits on a page still talking to it.
 * Disconnecting alone returns before the run's Chromium has closed them.
 */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
  await browser.close();
}

/**
 * One Chromium and one fresh server for a browser test file, started before its tests and closed after.
 * `run` is false (and nothing starts) when Chromium is missing outside CI.
 */
export function useBrowserAndServer(env: Record<string, string> = {}, options: BuildOptions = {}) {
  const e2e = { run: browserAvailable(), server: null as unknown as RunningServer, browser: null as unknown as Browser };
  beforeAll(async () => {
    if (!e2e.run) return;
    e2e.server = await startServer(env, options);
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await said('closing the file\'s Chromium contexts', closeBrowser(e2e.browser), async () => `${e2e.browser?.contexts().length ?? 0} context(s) of this file open`);
    await said('closing the file\'s server', e2e.server?.cleanup(), () => stillOpen(e2e.server));
  });
  return e2e;
}

/**
 * Awaits `step`, saying on stderr if it is still running after 20 s, and what it still waits on: session 41's CI once
 * spent the whole 120 s hook timeout closing tests/e2e/attachments.e2e.test.ts (not reproduced in later runs).
 */
async function said<T>(name: string, step: Promise<T>, waitingOn: () => Promise<string>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => {
    const after = Math.round((Date.now() - started) / 1000);
    void waitingOn().then((what) => console.warn(`${name}: still running after ${after} s (${what})`));
  }, 20_000);
  try {
    return await step;
  } finally {
    clearInterval(timer);
  }
}

/** What a closing server still waits on: its open TCP connections (HTTP and WebSocket alike) and its WebSockets by state. */
async function stillOpen(server: RunningServer | undefined): Promise<string> {
  if (!server) return 'no server';
  const connections = await new Promise<number>((resolve) => server.app.server.getConnections((_err, count) => resolve(count ?? -1)));
  const states = [...server.app.websocketServer.clients].map((socket) => ['connecting', 'open', 'closing', 'closed'][socket.readyState]);
  return `${connections} TCP connection(s) open; WebSockets: ${states.join(', ') || 'none'}`;
}

/** Logs `page` into the console in any of its languages (as the admin unless told otherwise) and waits until its desk socket is online. */
export async function logIntoConsole(page: Page, url: string, who: { email: string; password: string } = ADMIN): Promise<void> {
  await page.goto(`${url}/console`);
  await page.locator('input[type=email]').fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
}

/**
 * A fresh context at `width` × `height` in `locale` (a touch phone under 500 px), logged into the console as the admin
 * and on the console page `hash` (`#/agents`).
 */
export async function openConsoleAt(browser: Browser, url: string, at: { locale: string; width: number; height: number; hash: string }): Promise<Page> {
  const context = await browser.newContext({ locale: at.locale, viewport: { width: at.width, height: at.height }, ...(at.width < 500 ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await logIntoConsole(page, url);
  await page.evaluate((hash) => (location.hash = hash), at.hash);
  return page;
}

/** Opens the widget on the server's demo page (English launcher) and waits until it is online; its frame and text box. */
export async function openDemoWidget(page: Page, url: string) {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Chat with support' }).click();
  const frame = page.frameLocator('iframe[src*="/widget"]');
  await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
  return { frame, box: frame.getByRole('textbox', { name: 'Your message' }) };
}

/**
 * Desktop notifications allowed in `context`, and each one the page makes recorded (through to the real
 * Notification, kept as `n` for a click); headless Chromium shows none and every page has focus, so the window
 * says it has none, as for a person working in another window.
 */
export async function recordNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['notifications']);
  await context.addInitScript(() => {
    const shown: { title: string; body: string; tag: string; n: Notification }[] = [];
    (window as unknown as { shown: typeof shown }).shown = shown;
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title: string, options: NotificationOptions = {}) {
        super(title, options);
        shown.push({ title, body: options.body ?? '', tag: options.tag ?? '', n: this });
      }
    } as typeof Notification;
    document.hasFocus = () => false;
  });
}

/** The notifications `page` made so far (recordNotifications). */
export const notificationsShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { shown: { title: string; body: string; tag: string }[] }).shown.map(({ title, body, tag }) => ({ title, body, tag })));
