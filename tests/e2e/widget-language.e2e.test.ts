import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { botReply } from '../../server/services/bot-replies.ts';
import { hashToken } from '../../server/services/tokens.ts';
import { withServerStorage } from '../helpers/server.ts';
import { snippetPage, startHostSite, type HostSite } from './widget-host.ts';

/**
 * The widget speaks one language at a time, in Chromium: a zh-CN widget whose visitor writes English switches its
 * header, composer and buttons to English and says so once, with the way back in Chinese; the way back makes the
 * bot speak Chinese too; a reload keeps either, and so does the visitor's next conversation. A host's setLocale after
 * the switch wins.
 */
const run = browserAvailable();
let site: HostSite;
let browser: Browser;
const strings = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../widget/app/locales/${locale}.json`), 'utf8')) as Record<string, string>;
const [zh, en, ja] = ['zh-CN', 'en', 'ja'].map(strings) as [Record<string, string>, Record<string, string>, Record<string, string>];

beforeAll(async () => {
  if (!run) return;
  site = await startHostSite((kefu) => ({ '/': snippetPage(kefu, `Kefu('init', { locale: 'zh-CN' }); Kefu('open');`) }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await site?.close();
});

/** What the widget's own words say now: the header, the composer's placeholder, the button under the transcript. */
async function words(w: Page | FrameLocator) {
  return {
    title: await w.locator('header h1').textContent(),
    placeholder: await w.locator('.composer textarea').getAttribute('placeholder'),
    send: await w.locator('.composer button[type="submit"]').textContent(),
    handoff: await w.locator('.chip.handoff').textContent(),
  };
}
// Nobody is online on this server: the button under the transcript offers to leave a message.
const expected = (s: Record<string, string>) => ({ title: s.title, placeholder: s.placeholder, send: s.send, handoff: s.ticket_title });

async function say(w: Page | FrameLocator, text: string) {
  const bots = await w.locator('.msg-bot').count();
  const box = w.locator('.composer textarea');
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => w.locator('.msg-bot').count()).toBeGreaterThan(bots);
}

describe.skipIf(!run)('the widget follows the language the visitor writes, in Chromium', () => {
  it('a zh-CN widget, an English writer: all English with one note, a reload keeps it; the way back is Chinese for the widget and the bot', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 760 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}/chat?locale=zh-CN`);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    expect(await words(page)).toMatchObject(expected(zh));

    await say(page, 'my card was charged twice');
    await expect.poll(() => words(page)).toMatchObject(expected(en));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const note = page.getByRole('status').filter({ hasText: en.language_switched });
    const back = note.getByRole('button', { name: zh.language_back });
    expect(await back.getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('.language-note').count()).toBe(1);

    await page.reload();
    await expect.poll(() => words(page)).toMatchObject(expected(en));
    await back.waitFor();

    await back.click();
    await expect.poll(() => words(page)).toMatchObject(expected(zh));
    expect(await page.locator('.language-note').count()).toBe(0);
    // The bot follows the choice: English no longer moves either, and its own lines are Chinese.
    // A language frame comes before the answer to the message that moved it (the server's order).
    await say(page, 'how do I top up my wallet');
    expect(await words(page)).toMatchObject(expected(zh));
    await page.locator('.chip.handoff').click();
    await page.locator('.msg-bot', { hasText: botReply('handoff_away', 'zh-CN') }).waitFor();

    await page.reload();
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    expect(await page.locator('header h1').textContent()).toBe(zh.title);
    expect(await page.locator('.language-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the way back holds in the visitor's next conversation: after a close, the widget starts in Chinese and English no longer switches it", async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 760 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/chat?locale=zh-CN`);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    await say(page, 'my card was charged twice');
    await page.getByRole('button', { name: zh.language_back }).click();
    await expect.poll(() => words(page)).toMatchObject(expected(zh));
    // Closed by the desk (here in the server's storage, as a node would); the visitor comes back to a new conversation.
    const { token } = JSON.parse((await page.evaluate(() => localStorage.getItem('kefu:v1')))!) as { token: string };
    await withServerStorage(site.server, async ({ storage }) => {
      const open = (await storage.resumeVisitor(hashToken(token)))!.open!;
      await storage.setConversationStatus(open.id, 'closed');
    });
    await page.reload();
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    await say(page, 'my top up has not arrived yet');
    expect(await words(page)).toMatchObject(expected(zh));
    expect(await page.locator('.language-note').count()).toBe(0);
    await context.close();
  });

  it("a host's setLocale after the switch wins: the widget takes the host's language, says nothing, and the visitor's writing no longer moves it", async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const frame = page.frameLocator('iframe[src*="/widget"]');
    await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
    expect(await words(frame)).toMatchObject(expected(zh));
    await say(frame, 'my card was charged twice');
    await expect.poll(() => words(frame)).toMatchObject(expected(en));

    await page.evaluate(() => (window as unknown as { Kefu: (...a: unknown[]) => void }).Kefu('setLocale', 'ja'));
    await expect.poll(() => words(frame)).toMatchObject(expected(ja));
    expect(await frame.locator('.language-note').count()).toBe(0);
    await say(frame, 'how do I reset my password');
    expect(await words(frame)).toMatchObject(expected(ja));
    await frame.locator('.chip.handoff').click();
    await frame.locator('.msg-bot', { hasText: botReply('handoff_away', 'ja') }).waitFor();
    await context.close();
  });
});
