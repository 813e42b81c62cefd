import { describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { showColorScheme } from '../helpers/axe.ts';
import { logIntoConsole, openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';

/**
 * The admin screens' strings (console/locales/admin/) come with those screens' chunks, in the console's language
 * (session 44: out of the first load): an agent's first load never fetches them; an admin screen shows only once its
 * strings are in (held back here for 800 ms), in every language the console has, with no key shown raw at any moment.
 * Screenshots of the Agents page and the inbox: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const adminPart = (tag: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../console/locales/admin/${tag}.json`), 'utf8')) as Record<string, string>;

describe.skipIf(!e2e.run)('the admin screens’ strings, fetched with those screens, in Chromium', () => {
  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
  ] as const)('in %s: not in the first load; the Agents page waits for them and never shows a raw key', async (locale, tag) => {
    const context = await e2e.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // Every text the page ever shows that has a key's shape ("agents_title"), recorded as it appears.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { rawKeys: string[] }).rawKeys = []);
      const look = (node: Node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let n = walker.currentNode; n; n = walker.nextNode()!) if (n.nodeType === 3 && /^\s*[a-z][a-z0-9]*(_[a-z0-9]+)+\s*$/.test(n.textContent ?? '')) seen.push(n.textContent!);
      };
      new MutationObserver((changes) => changes.forEach((c) => (c.type === 'characterData' ? look(c.target) : c.addedNodes.forEach(look)))).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const fetchedPart: number[] = [];
    await page.route(/\.json$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('"agents_title"')) {
        fetchedPart.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 800)); // the part on a slow link
      }
      await route.fulfill({ response, body });
    });
    await logIntoConsole(page, e2e.server.url);
    await page.waitForLoadState('networkidle');
    expect(fetchedPart, 'the first load').toEqual([]);
    const opened = Date.now();
    await page.evaluate(() => (location.hash = '#/agents'));
    const title = page.locator('.page-title', { hasText: adminPart(tag).agents_title! });
    await title.waitFor();
    expect(fetchedPart.length).toBe(1);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(800); // it waited for its strings
    expect(await page.locator('h2#add-agent').textContent()).toBe(adminPart(tag).agent_add);
    expect(await page.evaluate(() => (window as unknown as { rawKeys: string[] }).rawKeys)).toEqual([]);
  });

  it('screenshots: the Agents page and the inbox — desktop 1280 and phone 390, light and dark, en and zh-CN', async () => {
    for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      for (const locale of ['en-US', 'zh-CN'] as const) {
        const tag = locale === 'en-US' ? 'en' : 'zh-CN';
        const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width, height, hash: '#/agents' });
        onTestFinished(() => page.context().close());
        await page.locator('.page-title', { hasText: adminPart(tag).agents_title! }).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-admin-strings-agents-${device}-${scheme}-${tag}.png`) });
        }
        await page.evaluate(() => (location.hash = '#/inbox'));
        await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
        await page.waitForLoadState('networkidle');
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-admin-strings-inbox-${device}-${scheme}-${tag}.png`) });
        }
      }
    }
  });
});
