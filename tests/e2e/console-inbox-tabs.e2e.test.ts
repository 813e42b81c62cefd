import { describe, expect, it, onTestFinished } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { showColorScheme } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * The inbox's views in one row that fits the list pane at every desktop width from 1000 to 1440 px (the pane is 312
 * px there, 340 from 1440) and on a phone of 360 to 430 px, in English and Chinese, on a busy day (a hundred waiting,
 * Mine and Snoozed two digits each; a holder's limit is 50): no tab scrolled off, none cut, the last one's words at least
 * 8 px from the pane's edge ("Closed" ended 6 px from it at 1280 with one-digit counts and none on Snoozed; with
 * two-digit ones the row scrolled 20-48 px; with three three-digit ones 13 px). A count past 99 reads "99+", its whole
 * number in the tab's name.
 * Snoozed is a clock with its count like Waiting's and Mine's, its name "Snoozed" for a screen reader and on hover.
 * Screenshots of the row: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const WAITING = 100;
const MINE = 10;
const SNOOZED = 10;

/** How the row sits in its pane: what overflows it, and the room between the last tab's words and the pane's edge. */
const fit = (page: Page) =>
  page.locator('.list-pane [role="tablist"]').evaluate((list) => {
    const pane = list.closest('.list-pane')!.getBoundingClientRect();
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const ink = (el: Element) => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect(); };
    return {
      scrolled: list.scrollWidth - list.clientWidth,
      cut: tabs.filter((tab) => tab.scrollWidth > tab.clientWidth).map((tab) => tab.textContent),
      room: Math.round(pane.right - ink(tabs.at(-1)!).right),
      lines: new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size,
    };
  });

describe.skipIf(!e2e.run)('the inbox tabs in Chromium', () => {
  it(`fit the list pane from 1000 to 1440 px and on phones of 360 to 430 px in en and zh-CN; Snoozed has its count (screenshots)`, async () => {
    const admin = await login(e2e.server);
    expect((await api(e2e.server, admin.cookie, 'PATCH', `/api/v1/agents/${admin.agent.id}`, { maxChats: MINE + SNOOZED })).status).toBe(200);
    const ask = async (i: number) => {
      const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
      onTestFinished(() => v.client.close());
      await askBot(v.client, `a refund for order ${i}, a human please`);
      v.client.send({ type: 'handoff' });
      const id = v.welcome.conversationId;
      if (i < WAITING) return;
      await expect.poll(async () => (await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
      if (i >= WAITING + MINE) expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until: Date.now() + 86_400_000 })).status).toBe(200);
    };
    for (let i = 0; i < WAITING + MINE + SNOOZED; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => ask(i + k)));
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const tag = locale === 'en-US' ? 'en' : 'zh-CN';
      const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width: 1280, height: 800, hash: '#/inbox' });
      onTestFinished(() => page.context().close());
      const snoozedTab = page.getByRole('tab', { name: `${tag === 'en' ? 'Snoozed' : '已暂停'} ${SNOOZED}`, exact: true });
      await snoozedTab.waitFor();
      expect(await snoozedTab.getAttribute('title')).toBe(tag === 'en' ? 'Snoozed' : '已暂停');
      // Seen: 99+, 10, 10; heard: the whole number.
      await expect.poll(() => page.locator('.list-pane .tab .badge').evaluateAll((bs) => bs.map((b) => (b.querySelector('[aria-hidden]') ?? b).textContent))).toEqual(['99+', String(MINE), String(SNOOZED)]);
      await page.getByRole('tab', { name: `${tag === 'en' ? 'Waiting' : '排队中'} ${WAITING}`, exact: true }).waitFor();
      const widths = [[1000, 800], [1100, 800], [1200, 800], [1280, 800], [1366, 768], [1439, 900], [1440, 900], [360, 780], [390, 844], [430, 932]] as const;
      for (const [width, height] of widths) {
        await page.setViewportSize({ width, height });
        expect({ width, ...(await fit(page)) }).toEqual({ width, scrolled: 0, cut: [], room: expect.any(Number), lines: 1 });
        expect((await fit(page)).room, `${tag} at ${width} px`).toBeGreaterThanOrEqual(8);
      }
      for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
        await page.setViewportSize({ width, height });
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.locator('.list-pane').screenshot({ path: path.join(SHOTS, `console-inbox-tabs-${device}-${scheme}-${tag}.png`) });
        }
      }
    }
  }, 180_000);
});
