import { describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { botReply } from '../../server/services/bot-replies.ts';
import { openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/**
 * The visitor's own choice of language is kept on their device, in Chromium: on an English site (en-US browser) they
 * pick 日本語, an agent closes the conversation, and next time the new conversation's widget opens in Japanese and its
 * bot speaks Japanese; the host's setLocale('es') without override keeps Japanese, with override switches to Spanish
 * and the device forgets the choice; another site's choice on the same device stays throughout. A phone (390 px), light.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const strings = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../widget/app/locales/${locale}.json`), 'utf8')) as Record<string, string>;
const [en, ja] = [strings('en'), strings('ja')] as [Record<string, string>, Record<string, string>];

type HostPage = { Kefu: (...a: unknown[]) => void };
type Summary = { id: string; spokenLocale: string; spokenLocaleChosen: boolean; spokenLocaleBySite: boolean };

describe.skipIf(!e2e.run)("the visitor's language choice, kept on their device, in Chromium", () => {
  it('日本語 picked, the chat closed by an agent: the next conversation starts in Japanese; setLocale keeps it, override switches', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, colorScheme: 'light' });
    onTestFinished(() => context.close());
    // This device chose Korean on another site's widget (the Kefu origin's storage), stored as a device kept one language before.
    await context.addInitScript(() => {
      if (!localStorage.getItem('kefu:v1')) localStorage.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], language: { site: 'bank', locale: 'ko' } }));
    });
    const host = await context.newPage();
    host.setDefaultTimeout(10_000);
    const errors: string[] = [];
    host.on('pageerror', (e) => errors.push(e.message));
    const received: { type: string; locale?: string; chosen?: boolean }[] = [];
    host.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(JSON.parse(String(f.payload)))));

    const { frame, box } = await openDemoWidget(host, e2e.server.url);
    await box.fill('my card was charged twice');
    await box.press('Enter');
    await frame.locator('.msg-bot').first().waitFor();
    await frame.getByRole('button', { name: en.language_menu }).click();
    await frame.getByRole('menuitemradio', { name: '日本語' }).click();
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe('ja');
    const languages = () => frame.locator('html').evaluate(() => (JSON.parse(localStorage.getItem('kefu:v1')!) as { languages: { site: string | null; locale: string }[] }).languages);
    expect((await languages()).map((k) => k.locale)).toEqual(['ko', 'ja']); // the other site's Korean stays

    // An agent closes it.
    const cookie = (await login(e2e.server)).cookie;
    const open = async () => (await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=bot')).body!.conversations as Summary[];
    const [first] = await open();
    expect((await api(e2e.server, cookie, 'POST', `/api/v1/conversations/${first!.id}/close`)).status).toBe(200);

    // Next time (a new page view on the English site): a new conversation, in Japanese from its first screen.
    await host.reload();
    await host.getByRole('button', { name: 'Chat with support' }).click();
    const next = host.frameLocator('iframe[src*="/widget"]');
    await expect.poll(() => next.locator('.connection').getAttribute('data-state')).toBe('online');
    expect(await next.locator('html').getAttribute('lang')).toBe('ja');
    expect(await next.locator('header h1').textContent()).toBe(ja.title);
    expect(await next.locator('.composer textarea').getAttribute('placeholder')).toBe(ja.placeholder);
    await expect.poll(async () => (await open()).map((c) => [c.id === first!.id, c.spokenLocale, c.spokenLocaleChosen, c.spokenLocaleBySite])).toEqual([[false, 'ja', true, false]]);
    const widget = host.frames().find((f) => f.url().includes('/widget?'))!;
    await widget.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await host.screenshot({ path: path.join(SHOTS, 'widget-kept-language-phone-light.png') });

    // The host's setLocale('es') without override: the server answers with the visitor's Japanese.
    const from = received.length;
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'es'));
    await expect.poll(() => received.slice(from).filter((f) => f.type === 'language').map((f) => [f.locale, f.chosen])).toEqual([['ja', true]]);
    expect(await next.locator('html').getAttribute('lang')).toBe('ja');

    // Its bot speaks Japanese: its line after the visitor asks for a person (nobody online: the away line and the form).
    await next.getByRole('button', { name: ja.ticket_title }).click();
    await expect.poll(() => next.locator('.msg-bot').last().textContent()).toContain(botReply('handoff_away', 'ja'));

    // With override the site's language wins, and the device no longer keeps the visitor's.
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'es', { override: true }));
    await expect.poll(() => next.locator('html').getAttribute('lang')).toBe('es');
    // Another site's choice, kept before this device kept one per site, is still there; this site's is forgotten.
    expect(await widget.evaluate(() => (JSON.parse(localStorage.getItem('kefu:v1')!) as { languages: unknown }).languages)).toEqual([{ site: 'bank', locale: 'ko' }]);
    expect(errors).toEqual([]);
  });
});
