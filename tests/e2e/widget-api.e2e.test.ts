import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { snippetPage, startHostSite, type HostSite } from './widget-host.ts';

const run = browserAvailable();
let site: HostSite;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  site = await startHostSite((kefu) => ({
    // Calls made before loader.js arrives, a bad one among them, and a handler for every event.
    '/': snippetPage(
      kefu,
      `Kefu('init', { site: 'demo', locale: 'en', brandColor: '#facc15', position: 'left' });
  Kefu('init', { brandColor: 'yellow' });
  ['ready', 'open', 'close', 'message', 'unread'].forEach(function (e) { Kefu('on', e, function (p) { events.push([e, p === undefined ? null : p]); }); });
  Kefu('open');`,
    ),
    // A first init loader.js can draw but the API refuses, and a good one after it.
    '/early': snippetPage(kefu, `Kefu('init', { locale: 'en', position: 'top' });
  Kefu('init', { locale: 'en' });`),
    // A single-page app: navigates with pushState and swaps <body> like Turbo does.
    '/spa': snippetPage(
      kefu,
      `Kefu('init', { locale: 'en' });
  Kefu('on', 'ready', function () { events.push('ready'); });
  window.spa = {
    go: function (path, title) { history.pushState({}, '', path); document.title = title; },
    swap: function () { var b = document.createElement('body'); b.appendChild(document.createElement('main')).textContent = 'Orders'; document.body.replaceWith(b); },
  };`,
    ),
    // The ES module: the same API for bundlers, with types.
    '/sdk': `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>SDK</title></head><body><main><h1>SPA</h1></main>
<script type="module" nonce="kefu-test-nonce">
  import { createKefu } from '/sdk/kefu.js';
  const kefu = createKefu('${kefu}');
  window.events = [];
  kefu.on('open', () => events.push('open'));
  kefu.init({ locale: 'ja', theme: 'dark' });
  window.kefu = kefu;
</script></body></html>`,
  }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await site?.close();
});

async function openPage(path: string, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${site.url}${path}`);
  return { context, page, problems };
}

async function widgetFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/widget?'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/widget?'))!;
}

describe.skipIf(!run)('the script-tag API, in Chromium', () => {
  it('replays calls made before the script loaded, emits events, and reports a bad queued call', async () => {
    const { context, page, problems } = await openPage('/');
    const frame = page.frameLocator('iframe');
    await frame.getByRole('textbox', { name: 'Your message' }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as any).events.map((e: [string]) => e[0]))).toEqual(expect.arrayContaining(['open', 'ready']));
    // The queued init with a bad colour was reported on the console, naming the option; the rest still ran.
    expect(problems).toEqual([expect.stringContaining('Kefu: options.brandColor must be a hex colour')]);

    // Theming: yellow brand → black text on the launcher; left corner.
    const launcher = page.locator('kefu-widget button.l');
    expect(await launcher.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(0, 0, 0)');
    expect((await launcher.boundingBox())!.x).toBeLessThan(100);
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');

    // Close, then a message arrives: unread badge, preview, the `message` and `unread` events.
    await page.evaluate(() => (window as any).Kefu('close'));
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    const f = await widgetFrame(page);
    await f.evaluate(() => {
      const box = document.querySelector('textarea')!;
      box.value = 'my payment failed';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await f.evaluate(() => document.querySelector('form')!.requestSubmit());
    await expect.poll(() => page.evaluate(() => (window as any).events.filter((e: [string, number]) => e[0] === 'unread').at(-1)?.[1])).toBe(1);
    const message = await page.evaluate(() => (window as any).events.find((e: [string]) => e[0] === 'message')?.[1]);
    expect(message).toMatchObject({ author: 'bot', text: expect.any(String) });
    expect(await page.locator('kefu-widget .c').textContent()).toBe('1');
    expect(await launcher.getAttribute('aria-label')).toBe('Chat with support (1)');
    const preview = page.locator('kefu-widget .n button').first();
    expect((await preview.textContent())!.length).toBeGreaterThan(10);
    // The preview opens the chat; opening reads the messages.
    await preview.click();
    await expect.poll(() => page.locator('kefu-widget .c').isHidden()).toBe(true);
    expect(await launcher.getAttribute('aria-label')).toBe('Chat with support');

    // Wrong arguments throw an Error naming the argument.
    const thrown = await page.evaluate(() => {
      const K = (window as any).Kefu;
      const attempts: [string, () => unknown][] = [
        ['position', () => K('init', { position: 'top' })],
        ['typo', () => K('init', { brandColour: '#fff' })],
        ['event', () => K('on', 'opened', () => {})],
        ['handler', () => K('on', 'open', 'not a function')],
        ['token', () => K('identify', '')],
        ['locale', () => K('setLocale', 42)],
        ['override', () => K('setLocale', 'ja', { override: 'yes' })],
        ['command', () => K('explode')],
      ];
      return attempts.map(([what, call]) => {
        try {
          call();
          return `${what}: no error`;
        } catch (e) {
          return `${what}: ${(e as Error).message}`;
        }
      });
    });
    expect(thrown).toEqual([
      'position: Kefu: options.position must be "left" or "right"',
      expect.stringMatching(/^typo: Kefu: options\.brandColour must be one of site,locale,brandColor/),
      expect.stringMatching(/^event: Kefu: event must be one of ready,open,close,message,unread/),
      'handler: Kefu: handler must be a function',
      expect.stringMatching(/^token: Kefu: token must be/),
      'locale: Kefu: locale must be a language tag like "zh-CN"',
      'override: Kefu: options must be { override: true } or left out',
      expect.stringMatching(/^command: Kefu: command must be one of init, open/),
    ]);

    // setLocale relabels the launcher and the chat.
    await page.evaluate(() => (window as any).Kefu('setLocale', 'de'));
    expect(await launcher.getAttribute('aria-label')).toBe('Support-Chat öffnen');
    await frame.getByRole('textbox', { name: 'Ihre Nachricht' }).waitFor();

    // shutdown forgets the visitor: launcher gone, the iframe's storage cleared; a new init starts afresh.
    await page.evaluate(() => (window as any).Kefu('shutdown'));
    await expect.poll(() => page.locator('kefu-widget').count()).toBe(0);
    await page.evaluate(() => {
      (window as any).Kefu('init', { locale: 'en' });
      (window as any).Kefu('open');
    });
    const fresh = await widgetFrame(page);
    await fresh.waitForSelector('.connection[data-state="online"]');
    expect(await fresh.locator('.msg-visitor').count()).toBe(0);
    expect(problems).toHaveLength(1);
    await context.close();
  });

  it('before its second part arrives, loader.js keeps calls (on() unsubscribes), ignores a second copy, and the API then checks them', async () => {
    const { context, page, problems } = await openPage('/early');
    await page.locator('kefu-widget button.l').waitFor(); // drawn by loader.js for the first init, unchecked
    const kefuUrl = site.server.url;
    await page.evaluate(async (src) => {
      const K = (window as any).Kefu;
      const off = K('on', 'open', () => (window as any).events.push('unsubscribed'));
      off();
      K('on', 'open', () => (window as any).events.push('open'));
      const again = document.createElement('script');
      again.src = `${src}/loader.js`;
      await new Promise((loaded) => ((again.onload = loaded), document.head.append(again)));
    }, kefuUrl);
    expect(await page.locator('kefu-widget').count()).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/loader-frame.js')))).toBe(false);
    await page.evaluate(() => (window as any).Kefu('open'));
    await page.frameLocator('iframe').getByRole('textbox', { name: 'Your message' }).waitFor();
    // The refused init was reported and its launcher taken away; the good one drew the one left.
    expect(problems).toEqual([expect.stringContaining('Kefu: options.position must be "left" or "right"')]);
    expect(await page.locator('kefu-widget').count()).toBe(1);
    expect(await page.evaluate(() => (window as any).events)).toEqual(['open']);
    await context.close();
  });

  it('survives a <body> swap and tells the iframe about pushState navigation (origin and path only)', async () => {
    const { context, page, problems } = await openPage('/spa');
    await page.locator('kefu-widget button.l').hover(); // intent: the iframe loads
    await expect.poll(() => page.evaluate(() => (window as any).events.length)).toBe(1);
    await page.evaluate(() => (window as any).spa.swap());
    // Put back into the new body; the iframe reloads with it and says ready again.
    await expect.poll(() => page.evaluate(() => document.body.querySelector('kefu-widget') !== null)).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as any).events.length)).toBe(2);
    const frame = await widgetFrame(page);
    await frame.evaluate(() => {
      (window as any).pages = [];
      addEventListener('message', (e) => e.data?.type === 'page' && (window as any).pages.push([e.data.url, e.data.title]));
    });
    // Origin and path only: a query or fragment can carry a card number or a token (issue 13, finding 2).
    await page.evaluate(() => (window as any).spa.go('/orders/42?card=4111111111111111#access_token=ya29.SECRET', 'Order 42'));
    await expect.poll(() => frame.evaluate(() => (window as any).pages)).toEqual([[`${site.url}/orders/42`, 'Order 42']]);
    await page.goBack();
    await expect.poll(() => frame.evaluate(() => (window as any).pages.at(-1)?.[0])).toBe(`${site.url}/spa`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works as an ES module with the same API', async () => {
    const { context, page, problems } = await openPage('/sdk', 'ja-JP');
    const launcher = page.getByRole('button', { name: 'サポートに問い合わせる' });
    await launcher.waitFor();
    await page.evaluate(() => (window as any).kefu.open());
    await page.frameLocator('iframe').getByRole('textbox', { name: 'メッセージ' }).waitFor();
    expect(await page.evaluate(() => (window as any).events)).toEqual(['open']);
    expect(await (await widgetFrame(page)).evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(problems).toEqual([]);
    await context.close();
  });
});
