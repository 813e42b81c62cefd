import { describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { violations } from '../helpers/axe.ts';
import { openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/**
 * The visitor picks the widget's language themselves, in Chromium, with the keyboard: the header's globe opens the
 * twelve languages by their own names (the current one checked), 日本語 switches the widget's words at once, the server
 * keeps it as the visitor's own choice (REST), a reload keeps it, and the host's later setLocale without `override`
 * does not replace it.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const strings = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../widget/app/locales/${locale}.json`), 'utf8')) as Record<string, string>;
const [en, ja] = [strings('en'), strings('ja')] as [Record<string, string>, Record<string, string>];
const OWN_NAMES = ['简体中文', '繁體中文', 'English', '日本語', '한국어', 'Español', 'العربية', 'Deutsch', 'Français', 'Português (Brasil)', 'Bahasa Indonesia', 'Tiếng Việt'];

type HostPage = { Kefu: (...a: unknown[]) => void };
type Summary = { spokenLocale: string; spokenLocaleChosen: boolean; spokenLocaleBySite: boolean; spokenLocaleSetBy: unknown };

describe.skipIf(!e2e.run)('the visitor chooses the widget\'s language from its header, in Chromium', () => {
  it('keyboard: the globe, arrow to 日本語, Enter: Japanese words, kept by the server as theirs, over a reload and the host\'s setLocale', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const host = await context.newPage();
    host.setDefaultTimeout(10_000);
    const errors: string[] = [];
    host.on('pageerror', (e) => errors.push(e.message));
    // The visitor's socket, in order: what the widget sent and what the server answered.
    const frames: { dir: 'sent' | 'received'; frame: { type: string; locale?: string; by?: string; chosen?: boolean } }[] = [];
    host.on('websocket', (ws) => {
      ws.on('framesent', (f) => frames.push({ dir: 'sent', frame: JSON.parse(String(f.payload)) }));
      ws.on('framereceived', (f) => frames.push({ dir: 'received', frame: JSON.parse(String(f.payload)) }));
    });
    const { frame, box } = await openDemoWidget(host, e2e.server.url);
    await box.fill('my card was charged twice');
    await box.press('Enter');
    await frame.locator('.msg-bot').first().waitFor();
    const lang = () => frame.locator('html').getAttribute('lang');
    expect(await lang()).toBe('en');

    // The globe, named in the widget's language, opens with Enter on the current language (checked, focused).
    const globe = frame.getByRole('button', { name: en.language_menu });
    expect(await globe.getAttribute('aria-haspopup')).toBe('menu');
    await globe.focus();
    await host.keyboard.press('Enter');
    const menu = frame.getByRole('menu', { name: en.language_menu });
    const items = menu.getByRole('menuitemradio');
    await expect.poll(() => items.allTextContents()).toEqual(OWN_NAMES);
    expect(await items.evaluateAll((all) => all.map((b) => b.getAttribute('lang')))).toEqual(['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es', 'ar', 'de', 'fr', 'pt-BR', 'id', 'vi']);
    expect(await menu.getByRole('menuitemradio', { checked: true }).textContent()).toBe('English');
    const focused = () => frame.locator(':focus').textContent();
    await expect.poll(focused).toBe('English');
    // WCAG 2.2 AA with the menu open, light and dark.
    const widget = host.frames().find((f) => f.url().includes('/widget?'))!;
    expect(await violations(widget)).toEqual([]);
    await host.emulateMedia({ colorScheme: 'dark' });
    await widget.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await widget.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await violations(widget)).toEqual([]);
    await host.emulateMedia({ colorScheme: 'light' });
    // Arrows move (wrapping), Escape closes and gives the focus back to the globe.
    await host.keyboard.press('ArrowUp');
    await host.keyboard.press('ArrowUp');
    await host.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Tiếng Việt');
    await host.keyboard.press('ArrowDown');
    expect(await focused()).toBe('简体中文');
    await host.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await frame.locator(':focus').getAttribute('aria-label')).toBe(en.language_menu);
    expect(await frame.locator(':focus').getAttribute('aria-expanded')).toBe('false');

    // Open again, down to 日本語, Enter: the widget's words are Japanese at once.
    await host.keyboard.press('Enter');
    await expect.poll(focused).toBe('English');
    await host.keyboard.press('ArrowDown');
    expect(await focused()).toBe('日本語');
    await host.keyboard.press('Enter');
    await expect.poll(lang).toBe('ja');
    expect(await frame.locator('header h1').textContent()).toBe(ja.title);
    expect(await frame.locator('.composer textarea').getAttribute('placeholder')).toBe(ja.placeholder);
    expect(await frame.getByRole('button', { name: ja.language_menu }).count()).toBe(1);
    expect(await frame.locator('.language-note').count()).toBe(0); // their own choice: nothing to say, no way back
    expect(frames.filter((f) => f.dir === 'sent' && f.frame.type === 'language').map((f) => f.frame)).toEqual([{ type: 'language', locale: 'ja', by: 'visitor' }]);

    // The server keeps it as the visitor's own choice.
    const cookie = (await login(e2e.server)).cookie;
    const spoken = async () => {
      const listed = await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=bot');
      const [c] = listed.body!.conversations as Summary[];
      return { locale: c!.spokenLocale, chosen: c!.spokenLocaleChosen, bySite: c!.spokenLocaleBySite, setBy: c!.spokenLocaleSetBy };
    };
    const theirs = { locale: 'ja', chosen: true, bySite: false, setBy: null };
    await expect.poll(spoken).toEqual(theirs);

    // A reload keeps it: the widget opens in Japanese, 日本語 checked.
    await host.reload();
    await host.getByRole('button', { name: 'Chat with support' }).click();
    const again = host.frameLocator('iframe[src*="/widget"]');
    await expect.poll(() => again.locator('html').getAttribute('lang')).toBe('ja');
    await again.getByRole('button', { name: ja.language_menu }).click();
    expect(await again.getByRole('menuitemradio', { checked: true }).textContent()).toBe('日本語');
    await host.keyboard.press('Escape');

    // The host's setLocale without override: the server answers with the visitor's Japanese, and the widget keeps it.
    const from = frames.length;
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'es'));
    const after = () => frames.slice(from).filter((f) => f.frame.type === 'language');
    await expect.poll(() => after().map((f) => [f.dir, f.frame.locale, f.frame.by ?? f.frame.chosen])).toEqual([
      ['sent', 'es', 'site'],
      ['received', 'ja', true],
    ]);
    expect(await again.locator('html').getAttribute('lang')).toBe('ja');
    expect(await spoken()).toEqual(theirs);
    expect(errors).toEqual([]);
  });

  it("the menu's chunk that did not come is fetched again on the next press", async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const chunk = /\/assets\/LanguageMenu-[\w-]+\.js$/;
    let refused = 0;
    await page.route(chunk, (route) => (refused++, route.abort('internetdisconnected')));
    await page.goto(`${e2e.server.url}/chat?locale=en`);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
    const globe = page.getByRole('button', { name: en.language_menu });
    await globe.click();
    await expect.poll(() => refused).toBeGreaterThan(0);
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await globe.getAttribute('aria-expanded')).toBe('false');
    await page.unroute(chunk);
    // Pressed again until it opens: a press made before the failed fetch has settled gets that failure.
    const menu = page.getByRole('menu', { name: en.language_menu });
    await expect.poll(async () => ((await menu.count()) === 0 && (await globe.click()), menu.getByRole('menuitemradio').count())).toBe(12);
  });
});
