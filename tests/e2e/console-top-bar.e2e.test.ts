import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { showColorScheme } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * A phone's top bar with every count at three digits: 100 chats waiting (Inbox), 100 unread mentions (Mentions) and
 * 100 questions the bot missed (More). At 390 px it scrolled sideways; at 360 px and 390 px, in English and Chinese,
 * it fits, each count in view, each target a finger's 44 px: Tickets and Reports (no count) are under More there. A
 * count past 99 is seen as "99+" (session 46, console/CountBadge.tsx: the inbox's tabs) and heard whole: its badge
 * still carries 100.
 */
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_ROUTING: 'manual' }, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const MANY = 100;

/** The bar's overflow (scrollWidth past clientWidth) for the page, the bar and its list; its controls under 44 px; its counts, and whether each is whole on screen. */
const barState = (page: Page) =>
  page.evaluate(() => {
    const over = (el: Element | null) => (el ? el.scrollWidth - el.clientWidth : -1);
    const bar = document.querySelector('.sidebar')!;
    const small = [...bar.querySelectorAll<HTMLElement>('a[href], button')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el.textContent} ${Math.round(r.width)}×${Math.round(r.height)}`);
    const counts = [...bar.querySelectorAll<HTMLElement>('.count-badge')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { count: el.querySelector('[aria-hidden]')!.textContent, value: el.dataset.count, whole: r.left >= 0 && r.right <= innerWidth };
      });
    return { page: over(document.documentElement), bar: over(bar), list: over(bar.querySelector('.nav-list')), small, counts };
  });

describe.skipIf(!e2e.run)('the console’s phone top bar with three counts', () => {
  it('fits 360 and 390 px in English and Chinese with 100 waiting, 100 mentions and 100 missed: nothing scrolls sideways, every count whole, every target ≥ 44 px; light and dark', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const ids: string[] = [];
    const visitors: { close(): void }[] = [];
    for (let batch = 0; batch < MANY; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
          visitors.push(client);
          await askBot(client, `zorblax quintessa vandemeer ${batch + k}`); // missed: a question for the inbox
          client.send({ type: 'handoff' });
          await client.next('state', (s) => s.status === 'waiting', 20_000);
          ids.push(welcome.conversationId);
        }),
      );
    }
    const { agent: writer } = await addAgent(server, admin.cookie, 'lee@example.com', { name: 'Lee', role: 'admin' });
    const lee = await AgentClient.connect(server, (await login(server, 'lee@example.com', 'agent password 123')).cookie);
    await lee.hello([{ conversationId: ids[0]!, lastSeq: 0 }]);
    await lee.next('synced', (f) => f.conversationId === ids[0]);
    const me = (await lee.next('welcome')).agents.find((a) => a.email === 'admin@example.com')!;
    for (let i = 0; i < MANY; i++) {
      lee.send({ type: 'note', conversationId: ids[0]!, clientId: `bar-note-${String(i).padStart(3, '0')}`, text: `@admin look ${i}`, mentions: [me.id] });
      await lee.next('ack', (f) => f.clientId === `bar-note-${String(i).padStart(3, '0')}`);
    }
    lee.close();
    expect(writer.id).not.toBe(me.id);

    const found: Record<string, unknown> = {};
    for (const locale of ['en', 'zh-CN']) {
      for (const width of [360, 390]) {
        const page = await openConsoleAt(e2e.browser, server.url, { locale, width, height: 780, hash: '#/inbox' });
        await expect.poll(() => page.locator('.sidebar .count-badge:visible').count()).toBe(3);
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          found[`${locale} ${width} ${scheme}`] = await barState(page);
          await page.screenshot({ path: path.join(SHOTS, `console-top-bar-${width}-${scheme}-${locale}.png`), clip: { x: 0, y: 0, width, height: 160 } });
        }
        // Tickets and Reports are under More on a phone, first in its menu.
        await showColorScheme(page, 'light');
        await page.locator('.nav-more button[aria-haspopup=menu]').click();
        const items = page.getByRole('menu').getByRole('menuitem');
        expect((await items.allInnerTexts()).slice(0, 2), `${locale} ${width}`).toEqual(locale === 'en' ? ['Tickets', 'Reports'] : ['工单', '报表']);
        if (width === 360) await page.screenshot({ path: path.join(SHOTS, `console-top-bar-${width}-more-open-${locale}.png`) });
        await items.first().click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/tickets');
        await page.context().close();
      }
    }
    const fits = { page: 0, bar: 0, list: 0, small: [], counts: [0, 1, 2].map(() => ({ count: '99+', value: '100', whole: true })) };
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, fits])));
    for (const v of visitors) v.close();
  }, 240_000);
});
