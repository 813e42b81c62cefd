import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { violations } from '../helpers/axe.ts';
import { snippetPage, startHostSite, type HostSite } from './widget-host.ts';

/**
 * WCAG 2.2 AA checks with axe-core (zero violations) on every screen of the widget and on the console, a
 * keyboard-only walk, small screens and zoom, and screenshots kept under test-results/ (not committed).
 */
const run = browserAvailable();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
let site: HostSite;
let browser: Browser;

const init = (options: string) => snippetPage('__KEFU__', `Kefu('init', ${options});`);
beforeAll(async () => {
  if (!run) return;
  site = await startHostSite((kefu) =>
    Object.fromEntries(
      Object.entries({
        '/light': init(`{ locale: 'en', theme: 'light' }`),
        '/dark': init(`{ locale: 'en', theme: 'dark', brandColor: '#facc15' }`),
        '/ar': init(`{ locale: 'ar', theme: 'light', brandColor: '#0f766e', position: 'left' }`),
        '/greeting': init(`{ locale: 'en', greeting: { text: 'Need help with a payment?', delay: 0 } }`),
      }).map(([p, html]) => [p, html.replaceAll('__KEFU__', kefu)]),
    ),
  );
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await closeBrowser(browser);
  await site?.close();
});

async function hostPage(pathname: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  await page.goto(`${site.url}${pathname}`);
  await page.locator('kefu-widget button.l').waitFor();
  return { context, page };
}

async function openWidget(page: Page): Promise<Frame> {
  await page.locator('kefu-widget button.l').click();
  await expect.poll(() => page.frames().some((f) => f.url().includes('/widget?'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/widget?'))!;
  await frame.waitForSelector('.connection[data-state="online"]');
  return frame;
}

async function ask(frame: Frame, text: string): Promise<void> {
  const before = await frame.locator('.msg-bot').count();
  await frame.getByRole('textbox').fill(text);
  await frame.getByRole('textbox').press('Enter');
  await expect.poll(() => frame.locator('.msg-bot').count()).toBeGreaterThan(before);
}

describe.skipIf(!run)('accessibility (WCAG 2.2 AA) in Chromium', () => {
  it.each([
    ['light', '/light', 'en', 'ltr'],
    ['dark', '/dark', 'en', 'ltr'],
    ['ar', '/ar', 'ar', 'rtl'],
  ])('%s: zero axe violations closed, open and with messages; screenshot', async (name, pathname, lang, dir) => {
    const { context, page } = await hostPage(pathname);
    expect(await violations(page)).toEqual([]); // closed: the launcher on the host page
    const frame = await openWidget(page);
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    expect(await violations(frame)).toEqual([]); // open, greeting only
    await ask(frame, lang === 'ar' ? 'نسيت كلمة المرور' : 'my payment failed');
    await ask(frame, 'money');
    expect(await violations(frame)).toEqual([]); // with messages, quick replies, times
    expect(await violations(page)).toEqual([]); // host page with the open iframe
    await page.screenshot({ path: path.join(SHOTS, `widget-${name}.png`) });
    await context.close();
  });

  it('the greeting bubble and the full-page chat have zero violations', async () => {
    const { context, page } = await hostPage('/greeting');
    await page.locator('kefu-widget .n').waitFor();
    expect(await violations(page)).toEqual([]);
    const chat = await context.newPage();
    await chat.setViewportSize({ width: 390, height: 844 });
    await chat.goto(`${site.server.url}/chat?locale=en&theme=dark`);
    await chat.waitForSelector('.connection[data-state="online"]');
    expect(await violations(chat)).toEqual([]);
    await chat.screenshot({ path: path.join(SHOTS, 'widget-page-mode-dark.png') });
    await context.close();
  });

  it('the console has zero violations', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/console`);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('keyboard only: Tab reaches the launcher, Enter opens and focuses the composer, Escape closes and returns focus', async () => {
    const { context, page } = await hostPage('/light', { reducedMotion: 'reduce' });
    const launcherFocused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('l') ?? false);
    for (let i = 0; i < 5 && !(await launcherFocused()); i++) await page.keyboard.press('Tab');
    expect(await launcherFocused()).toBe(true);
    // A visible focus indicator on the launcher.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.shadowRoot!.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/widget?'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/widget?'))!;
    await expect.poll(() => frame.evaluate(() => document.activeElement?.tagName).catch(() => null)).toBe('TEXTAREA');
    await page.keyboard.type('hello');
    expect(await frame.locator('textarea').inputValue()).toBe('hello');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kefu-widget iframe').isHidden()).toBe(true);
    expect(await launcherFocused()).toBe(true);
    expect(await page.locator('kefu-widget button.l').getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it.each([
    ['320 px wide', { width: 320, height: 640 }],
    ['200% zoom of 1280×720', { width: 640, height: 360 }],
  ])('usable at %s: the chat fits, nothing scrolls sideways, the composer is in view', async (_name, viewport) => {
    const { context, page } = await hostPage('/light', { viewport });
    const frame = await openWidget(page);
    await ask(frame, 'my payment failed');
    const box = (await page.locator('kefu-widget iframe').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const composer = (await frame.locator('textarea').boundingBox())!;
    expect(composer.y + composer.height).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });
});
