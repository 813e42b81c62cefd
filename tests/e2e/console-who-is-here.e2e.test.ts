import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { TestClient } from '../helpers/ws-client.ts';

const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/**
 * The tab goes to the background, or comes back. Headless Chromium keeps every page visible: a second page brought to
 * the front in the same window (CDP `Target.activateTarget`), the window minimised (`Browser.setWindowBounds`) and
 * `Emulation.setFocusEmulationEnabled` all leave `visibilityState` 'visible' (tried with Chromium 156; Playwright
 * #2286, #3570). So the document is given a background tab's state and the event the browser fires with it: what
 * the console does with them runs as in a real background tab.
 */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

describe.skipIf(!e2e.run)('who else has the conversation open, in Chromium', () => {
  it('B sees A viewing, not while A’s tab is hidden, writing a note (and a notice before the composer), viewing again, renamed, then gone; axe clean', async () => {
    const { server, browser } = e2e;
    const admin = await login(server);
    await addAgent(server, admin.cookie, 'mei@example.com', { name: 'Mei Wong' });
    const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    v.send({ type: 'hello', v: 1, locale: 'en' });
    const { conversationId: id } = await v.next('welcome');
    v.send({ type: 'send', clientId: 'here-e2e-0001', text: 'my top-up failed twice' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting', 10_000);

    const open = async (who?: { email: string; password: string }) => {
      const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      page.setDefaultTimeout(8000);
      await logIntoConsole(page, server.url, who);
      await page.goto(`${server.url}/console#/inbox/${id}`);
      await page.getByRole('log', { name: 'Transcript' }).getByText('my top-up failed twice').waitFor();
      return { ctx, page };
    };
    const b = await open();
    const here = b.page.getByRole('list', { name: 'Also in this conversation' });
    const notice = b.page.getByTestId('here-notice');
    expect(await here.count()).toBe(0); // nobody else yet (never yourself)

    const a = await open({ email: 'mei@example.com', password: 'agent password 123' });
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MWMei Wong is viewing']);
    expect(await notice.textContent()).toBe('');
    // And A sees B the same way.
    await expect.poll(() => a.page.getByRole('list', { name: 'Also in this conversation' }).getByRole('listitem').allTextContents()).toEqual(['Aadmin is viewing']);

    // The name shows on hover (and on focus): the words are on screen, not only for screen readers.
    await here.getByRole('listitem').first().hover();
    await expect.poll(() => here.locator('.here-tip').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(40);

    // A's tab goes to the background: gone from B's header at once; back in front, there again at once.
    await setVisibility(a.page, 'hidden');
    await expect.poll(() => here.count()).toBe(0);
    await setVisibility(a.page, 'visible');
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MWMei Wong is viewing']);

    // A types an internal note (a waiting chat: the note box): B sees A writing a note, and says so before the composer
    // (no duplicate to warn of: the visitor never sees a note).
    await a.page.getByRole('textbox', { name: 'Internal note' }).pressSequentially('Checking the top-up', { delay: 20 });
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MWMei Wong is writing a note…']);
    await expect.poll(() => notice.textContent()).toBe('Mei Wong is writing a note');
    expect(await b.page.getByRole('textbox', { name: 'Internal note' }).isEnabled()).toBe(true); // not blocking
    await here.getByRole('listitem').first().hover();
    expect(await violations(b.page), 'light').toEqual([]);
    await b.page.screenshot({ path: path.join(SHOTS, 'console-here-note-desktop-light-en.png') });
    await showColorScheme(b.page, 'dark');
    expect(await violations(b.page), 'dark').toEqual([]);
    await b.page.screenshot({ path: path.join(SHOTS, 'console-here-note-desktop-dark-en.png') });

    // No keys for a few seconds: viewing again, the notice gone.
    await expect.poll(() => here.getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['MWMei Wong is viewing']);
    expect(await notice.textContent()).toBe('');

    // Mei renames herself (Profile): B's header follows, with no reload and no reconnect.
    const mei = await login(server, 'mei@example.com', 'agent password 123');
    expect((await api(server, mei.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Mei Chen' })).status).toBe(200);
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MCMei Chen is viewing']);

    // The other looks (a phone in English, a phone and a desktop in Chinese): Mei writing a note, the tip on focus.
    const looks = [
      { locale: 'en-US', width: 390, label: 'Also in this conversation', noting: 'MCMei Chen is writing a note…', notice: 'Mei Chen is writing a note', name: 'phone', lang: 'en' },
      { locale: 'zh-CN', width: 390, label: '也在此会话中', noting: 'MCMei Chen 正在写备注…', notice: 'Mei Chen 正在写备注', name: 'phone', lang: 'zh-CN' },
      { locale: 'zh-CN', width: 1280, label: '也在此会话中', noting: 'MCMei Chen 正在写备注…', notice: 'Mei Chen 正在写备注', name: 'desktop', lang: 'zh-CN' },
    ];
    for (const look of looks) {
      const phone = look.width < 500;
      const ctx = await browser.newContext({ locale: look.locale, viewport: { width: look.width, height: phone ? 844 : 800 }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
      const page = await ctx.newPage();
      page.setDefaultTimeout(8000);
      await logIntoConsole(page, server.url);
      await page.goto(`${server.url}/console#/inbox/${id}`);
      const list = page.getByRole('list', { name: look.label });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(1); // Mei, viewing or still writing from the last look
      await a.page.getByRole('textbox', { name: 'Internal note' }).pressSequentially(' again', { delay: 20 });
      await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([look.noting]);
      await expect.poll(() => page.getByTestId('here-notice').textContent()).toBe(look.notice);
      await list.getByRole('listitem').first().focus();
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(page, scheme);
        await page.screenshot({ path: path.join(SHOTS, `console-here-note-${look.name}-${scheme}-${look.lang}.png`) });
      }
      // The header keeps the people in the window: nothing pushed out of it.
      expect(await list.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
      await ctx.close();
    }

    // A goes back to the inbox list: gone from B's header.
    await a.page.goto(`${server.url}/console#/inbox`);
    await expect.poll(() => here.count()).toBe(0);
    v.close();
    await a.ctx.close();
    await b.ctx.close();
  }, 90_000); // 20–28 s idle (four consoles, a 5–7 s typing lapse waited for): past the project's 30 s on a loaded box
});
