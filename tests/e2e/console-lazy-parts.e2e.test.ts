import { describe, expect, it, onTestFinished } from 'vitest';
import path from 'node:path';
import { showColorScheme } from '../helpers/axe.ts';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';

/**
 * The parts of the console most first paints do not need come as chunks of their own (session 44): an agent with a
 * session never fetches the login page; the `?` overlay comes when the pointer reaches its button, and opens whole on
 * the first click. Screenshots of the login page and the overlay: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

describe.skipIf(!e2e.run)('the console parts in chunks of their own, in Chromium', () => {
  it('a session opens the inbox without the login page; the ? overlay comes on hover and opens whole', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.reload();
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /\/(Login|Setup|ShortcutHelp|TicketCard)-/.test(u)), 'first load with a session').toEqual([]);
    const help = page.locator('.help-button');
    await help.hover();
    await expect.poll(() => requested.some((u) => /\/ShortcutHelp-/.test(u))).toBe(true);
    await help.click();
    await page.getByRole('dialog').locator('.shortcut-row').first().waitFor();
  });

  it('screenshots: the login page and the ? overlay — desktop 1280 and phone 390, light and dark, en and zh-CN', async () => {
    for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      for (const locale of ['en-US', 'zh-CN'] as const) {
        const tag = locale === 'en-US' ? 'en' : 'zh-CN';
        const context = await e2e.browser.newContext({ locale, viewport: { width, height }, ...(width < 500 ? { isMobile: true, hasTouch: true } : {}) });
        onTestFinished(() => context.close());
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        await page.goto(`${e2e.server.url}/console`);
        await page.locator('input[type=email]').waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-login-${device}-${scheme}-${tag}.png`) });
        }
        if (width < 500) continue; // the phone's inbox shows no ? button (no keyboard)
        await logIntoConsole(page, e2e.server.url);
        await page.locator('.help-button').click();
        await page.getByRole('dialog').locator('.shortcut-row').first().waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-shortcuts-${device}-${scheme}-${tag}.png`) });
        }
      }
    }
  });
});
