import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startSmtp } from '../helpers/smtp-receiver.ts';
import { visitor } from '../helpers/ws-client.ts';
import { waitFor } from '../helpers/wait.ts';

// A real SMTP server for the e-mail whose link reopens the chat (closed after the server: hooks run in reverse).
const smtp = await startSmtp();
afterAll(() => smtp.close());
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_SMTP_URL: smtp.url }, FAST_SCRYPT);

type Bridge = 'ios' | 'android' | 'react-native';
interface NativeEvent {
  type: string;
  [key: string]: unknown;
}

/** A phone with touch, and the stub of one native bridge injected before the page loads, recording every event. */
async function webview(bridge: Bridge, query = 'site=demo&locale=en&theme=light'): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript((which: Bridge) => {
    const w = window as any;
    w.nativeEvents = [];
    const sink = { postMessage: (json: string) => w.nativeEvents.push(JSON.parse(json)) };
    if (which === 'ios') w.webkit = { messageHandlers: { kefu: sink } };
    else if (which === 'android') w.KefuAndroid = sink;
    else w.ReactNativeWebView = sink;
  }, bridge);
  await page.goto(`${e2e.server.url}/chat?${query}`);
  return page;
}

const events = (page: Page): Promise<NativeEvent[]> => page.evaluate(() => (window as any).nativeEvents);
const receive = (page: Page, command: unknown) => page.evaluate((json) => (window as any).KefuNative.receive(json), typeof command === 'string' ? command : JSON.stringify(command));

describe.skipIf(!e2e.run)('full-page chat (/chat) in a phone webview, in Chromium', () => {
  it('fills the screen, talks to the iOS bridge, keeps the composer above the keyboard, and handles back', async () => {
    const page = await webview('ios');
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(expect.arrayContaining(['ready', 'state', 'unread']));
    expect((await events(page)).every((e) => e.ns === 'kefu:v1')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('page');
    const chat = (await page.locator('.chat').boundingBox())!;
    expect([chat.width, chat.height]).toEqual([390, 844]);

    // Commands through the one entry point, checked by the guard.
    expect(await receive(page, { type: 'identify', token: 'eyJ2IjoxfQ.c2lnbmF0dXJl' })).toBe(true);
    expect(await receive(page, 'not json')).toBe(false);
    expect(await receive(page, { type: 'eval', code: 'alert(1)' })).toBe(false);
    expect(await receive(page, { type: 'identify', token: 42 })).toBe(false);
    await page.waitForSelector('.connection[data-state="online"]');

    // A question while open: the answer comes as a `message` event, nothing unread.
    const box = page.getByRole('textbox');
    await box.tap();
    await box.fill('my payment failed');
    await box.press('Enter');
    await expect.poll(async () => (await events(page)).find((e) => e.type === 'message')).toMatchObject({ author: 'bot' });
    expect((await events(page)).filter((e) => e.type === 'unread').at(-1)).toMatchObject({ count: 0 });

    // The app hides the chat screen: the next answer counts as unread, with a preview.
    expect(await receive(page, { type: 'close' })).toBe(true);
    await box.fill('forgot password');
    await box.press('Enter');
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'unread').at(-1)).toMatchObject({ count: 1, preview: expect.any(String) });
    await receive(page, { type: 'open' });
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'unread').at(-1)).toMatchObject({ count: 0 });

    // The soft keyboard (a shorter viewport standing in for it): the composer stays in view.
    await page.setViewportSize({ width: 390, height: 400 });
    await expect.poll(async () => (await box.boundingBox())!.y + (await box.boundingBox())!.height).toBeLessThanOrEqual(400);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    // Language from the app; Arabic is right-to-left.
    await receive(page, { type: 'locale', locale: 'ar' });
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

    // The back gesture asks the app to close the screen.
    await page.goBack();
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'close-requested')).toBe(true);
    await page.context().close();
  });

  it.each(['android', 'react-native'] as const)('sends its events to the %s bridge', async (bridge) => {
    const page = await webview(bridge, 'locale=zh-CN');
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(expect.arrayContaining(['ready', 'unread']));
    await page.getByRole('button', { name: '关闭聊天' }).tap();
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'close-requested')).toBe(true);
    // Logout from the app: the visitor is forgotten in this origin's storage.
    await page.waitForSelector('.connection[data-state="online"]');
    expect(await page.evaluate(() => localStorage.getItem('kefu:v1'))).not.toBeNull();
    await receive(page, { type: 'shutdown' });
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'forgotten')).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('kefu:v1'))).toBeNull();
    await page.context().close();
  });

  it("opens the conversation from an e-mail's link on another phone, once, and takes the code out of the address", async () => {
    const { client } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    client.send({ type: 'leave_message', contact: 'reader@example.com', text: 'Where is my refund?' });
    const saved = await client.next('ticket_saved');
    client.close(); // the visitor left
    const admin = await login(e2e.server);
    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/tickets/${saved.ticketId}/reply`, { text: 'Your refund reached your card today.' })).status).toBe(201);
    const mail = await waitFor(() => smtp.mails.find((m) => m.text?.includes('Your refund reached')), 'the reply e-mail');
    const query = new URL(/(http:\/\/\S+\/chat\?\S+)/.exec(mail.text!)![1]!).search.slice(1);
    expect(query).toMatch(/reopen=[\w-]{43}/);

    const page = await webview('ios', query);
    await page.waitForSelector('.connection[data-state="online"]');
    expect(new URL(page.url()).search).toBe('?locale=en'); // the code is gone from the address (and history)
    await expect.poll(() => page.locator('.chat').textContent()).toContain('Your refund reached your card today.');
    // This phone keeps the session: after a reload (the code no longer in the address) the reply is still there.
    await page.reload();
    await page.waitForSelector('.connection[data-state="online"]');
    await expect.poll(() => page.locator('.chat').textContent()).toContain('Your refund reached your card today.');
    await page.context().close();

    // The same link on a third phone: used, so it opens nothing of the conversation, and says why.
    const late = await webview('android', query);
    await late.getByText('This link has expired or was already used. You can start a new chat here.').waitFor();
    expect(await late.locator('.chat').textContent()).not.toContain('Your refund reached');
    expect(new URL(late.url()).search).toBe('?locale=en');
    await late.context().close();
  });
});
