import { describe, expect, it, onTestFinished } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ConversationSummary } from '../../protocol/index.ts';
import { showColorScheme } from '../helpers/axe.ts';
import { logIntoConsole, openConsoleAt, openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';
import { choose, optionsOf, selectNamed } from '../helpers/select.ts';

/**
 * Snooze in Chromium: the agent who holds a chat snoozes it from our own menu of wake times; the header says until
 * when, with Unsnooze; Mine leaves it out and the Snoozed view lists it with its wake time; the visitor writing brings
 * it back in Mine with its unread count, and a snooze whose time came (the sweep, here every 200 ms) comes back too.
 * Screenshots of the menu, the header and the Snoozed view: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, { ...FAST_SCRYPT, snoozeSweepMs: 200 });
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** A visitor (over a socket) who asked for a person, claimed by the admin over REST. */
async function held(text: string) {
  const admin = await login(e2e.server);
  const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
  await askBot(v.client, text);
  v.client.send({ type: 'handoff' });
  const id = v.welcome.conversationId;
  await expect.poll(async () => (await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
  return { ...v, id, admin };
}

const rowOf = (page: Page, text: string) => page.locator('.conversation-item', { hasText: text });

describe.skipIf(!e2e.run)('snoozing a conversation in the console, in Chromium', () => {
  it('snoozes from the menu: out of Mine, in Snoozed with its wake time; the visitor writing brings it back with its unread count', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const widgetPage = await context.newPage();
    widgetPage.setDefaultTimeout(10_000);
    const { box } = await openDemoWidget(widgetPage, e2e.server.url);
    await box.fill('my chargeback, talk to a human please');
    await box.press('Enter');

    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await rowOf(page, 'my chargeback').click();
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('tab', { name: /^Mine/ }).click();
    await rowOf(page, 'my chargeback').waitFor();

    // Our own menu (role="menu", not a browser control), opened on its first choice, each with its wake time.
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Snooze' });
    const items = menu.getByRole('menuitem');
    expect((await items.allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^(Later today \d|In 3 hours [A-Z][a-z]{2} \d)/), // today: the time; from 9 PM, tomorrow: "in 3 hours" and the day
      expect.stringMatching(/^Tomorrow [A-Z][a-z]{2} 9:00 AM$/),
      ...(new Date().getDay() === 0 ? [] : [expect.stringMatching(/^Monday ([A-Z][a-z]{2} \d{1,2}, |Mon )9:00 AM$/)]), // on a Sunday tomorrow is Monday: offered once
      expect.stringMatching(/^In a week [A-Z][a-z]{2} \d{1,2}, /),
      'A date and time…',
    ]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('ArrowDown'); // Tomorrow 9:00
    await page.keyboard.press('Enter');

    // Out of Mine, which it was the only chat of: the pane closes, so the empty list's sentence is true.
    await expect.poll(() => rowOf(page, 'my chargeback').count()).toBe(0);
    await page.locator('.list-pane .empty', { hasText: 'You have no chats open.' }).waitFor();
    await page.locator('section.conversation.empty').waitFor();
    // In Snoozed, with its wake time; opened there, the header says until when.
    await page.getByRole('tab', { name: /^Snoozed/ }).click();
    const row = rowOf(page, 'my chargeback');
    await expect.poll(() => row.getByTestId('wake').textContent()).toBe('until tomorrow 9:00 AM');
    await row.click();
    const snoozedLine = page.getByTestId('snoozed');
    await expect.poll(() => snoozedLine.textContent()).toMatch(/^Snoozed until tomorrow 9:00 AM\s*Unsnooze$/);
    await page.locator('.event-line[data-event=snoozed]', { hasText: 'Snoozed by admin until tomorrow 9:00 AM' }).waitFor();

    // The visitor writes (the agent looks at the list, not at the chat): back in Mine, with its unread count, and the
    // timeline says why.
    await page.evaluate(() => (location.hash = '#/inbox'));
    await page.getByRole('tab', { name: /^Mine/ }).click();
    await box.fill('here is the screenshot');
    await box.press('Enter');
    const back = rowOf(page, 'here is the screenshot');
    await expect.poll(() => back.count(), { timeout: 15_000 }).toBe(1);
    expect(await back.getAttribute('data-unread')).toBe('1');
    expect(await page.getByRole('tab', { name: /^Snoozed/ }).textContent()).toBe('Snoozed');
    await back.click();
    await page.locator('.event-line[data-event=unsnoozed]', { hasText: 'Snooze ended: the visitor wrote' }).waitFor();
    expect(await snoozedLine.count()).toBe(0);

    // The `z` key opens the menu too; Unsnooze in the header wakes it.
    await page.locator('.log').focus();
    await page.keyboard.press('z');
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: /^(Later today|In 3 hours)/ }).click();
    await page.locator('section.conversation.empty').waitFor(); // Mine is empty again
    await page.getByRole('tab', { name: /^Snoozed/ }).click();
    await rowOf(page, 'here is the screenshot').click();
    await snoozedLine.waitFor();
    // Woken from the Snoozed view, it stays open there (only a snooze moves on), and so does a snooze from a view it stays in.
    await snoozedLine.getByRole('button', { name: 'Unsnooze' }).click();
    await snoozedLine.waitFor({ state: 'hidden' });
    await page.locator('.event-line[data-event=unsnoozed]', { hasText: 'Snooze ended by admin' }).waitFor();

    // A date and time of the agent's own: our own selects in a dialog (a day of the next 90, a half hour), fetched on first use.
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await menu.getByRole('menuitem', { name: 'A date and time…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snooze until…' });
    await dialog.waitFor();
    expect(await optionsOf(dialog, 'Day')).toHaveLength(90);
    expect(await optionsOf(dialog, 'Time')).toHaveLength(48);
    await choose(dialog, 'Day', { value: '3' });
    await choose(dialog, 'Time', { value: String(14 * 60 + 30) });
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      await page.screenshot({ path: path.join(SHOTS, `console-snooze-chooser-desktop-${scheme}-en.png`) });
    }
    await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
    const d = new Date();
    const chosen = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 3, 14, 30).getTime();
    const cookie = (await login(e2e.server)).cookie;
    const snoozedUntils = async () => ((await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=assigned')).body!.conversations as ConversationSummary[]).map((c) => c.snoozedUntil);
    await expect.poll(snoozedUntils).toContain(chosen);
    await expect.poll(() => snoozedLine.textContent()).toMatch(/2:30 PM/);
    // Snoozed, the header offers Unsnooze and a change of the wake time, not Snooze again (two things saying one thing).
    const head = page.locator('.conversation-head');
    expect(await head.getByRole('button', { name: 'Snooze', exact: true }).count()).toBe(0);
    await head.getByRole('button', { name: 'Change wake time' }).click();
    await page.getByRole('menu', { name: 'Change wake time' }).getByRole('menuitem', { name: /^Tomorrow/ }).click();
    await expect.poll(() => snoozedLine.textContent()).toMatch(/^Snoozed until tomorrow 9:00 AM\s*Unsnooze$/);
    // Its own date and time, from "Change wake time": the dialog says it changes the wake time (not "Snooze until…").
    await head.getByRole('button', { name: 'Change wake time' }).click();
    await page.getByRole('menu', { name: 'Change wake time' }).getByRole('menuitem', { name: 'A date and time…' }).click();
    const change = page.getByRole('dialog', { name: 'Change wake time to…' });
    await change.waitFor();
    expect(await change.getByRole('button', { name: 'Snooze', exact: true }).count()).toBe(0);
    expect(await selectNamed(change, 'Time').textContent()).toBe('9:00 AM'); // it starts at the wake time it changes
    await choose(change, 'Time', { value: String(16 * 60) });
    await change.getByRole('button', { name: 'Change', exact: true }).click();
    await expect.poll(() => snoozedLine.textContent()).toMatch(/^Snoozed until tomorrow 4:00 PM\s*Unsnooze$/);
    // On a phone the More menu's snooze items change the wake time too.
    await page.setViewportSize({ width: 390, height: 844 });
    await head.getByRole('button', { name: 'More actions' }).click();
    const more = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
    expect(more.some((x) => x.startsWith('Snooze: '))).toBe(false);
    expect(more.filter((x) => x.startsWith('Wake: ')).length).toBe(5);
    await page.keyboard.press('Escape');
  });

  it("a snooze whose time came wakes on its own: back in the holder's Mine", async () => {
    const { id, admin, client } = await held('the payout run on Monday, a human please');
    onTestFinished(() => client.close());
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: `#/inbox/${id}` });
    onTestFinished(() => page.context().close());
    await page.getByRole('tab', { name: /^Mine/ }).click();
    await rowOf(page, 'payout run').waitFor();
    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until: Date.now() + 2_000 })).status).toBe(200);
    await expect.poll(() => rowOf(page, 'payout run').count()).toBe(0);
    await expect.poll(() => rowOf(page, 'payout run').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('.event-line[data-event=unsnoozed]', { hasText: 'Snooze ended: its time came' }).waitFor();
  });

  it('a snooze from the chat opens the next chat of the view, the one below, else above; none left, the pane closes', async () => {
    for (const text of ['a refund for order one', 'a refund for order two', 'a refund for order three']) {
      const { id, admin, client } = await held(`${text}, a human please`);
      // Closed after: a snoozed chat still counts against its holder's limit (the next test claims one more).
      onTestFinished(async () => void (client.close(), await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`, {})));
    }
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: '#/inbox' });
    onTestFinished(() => page.context().close());
    await page.getByRole('tab', { name: /^Mine/ }).click();
    const rows = page.locator('.conversation-list .conversation-item');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    await rows.nth(1).click(); // a middle row: the next is the one below
    const names = () => rows.locator('.visitor-name').allTextContents();
    const title = page.locator('.conversation-title');
    for (let left = await rows.count(); left > 0; left -= 1) {
      const before = await names();
      const at = before.indexOf((await title.textContent())!);
      expect(at).toBeGreaterThanOrEqual(0);
      await page.getByRole('button', { name: 'Snooze', exact: true }).click();
      await page.getByRole('menu', { name: 'Snooze' }).getByRole('menuitem', { name: /^(Later today|In 3 hours)/ }).click();
      await expect.poll(() => rows.count()).toBe(left - 1);
      const next = before[at + 1] ?? before[at - 1];
      if (next !== undefined) await expect.poll(() => title.textContent()).toBe(next);
      expect(await page.locator('.conversation-item[aria-current="true"]').count()).toBe(next === undefined ? 0 : 1);
    }
    await page.locator('.list-pane .empty', { hasText: 'You have no chats open.' }).waitFor();
    await page.locator('section.conversation.empty').waitFor();
    expect(await title.count()).toBe(0);
  });

  it('screenshots: the menu, the header and the Snoozed view — desktop 1280 and phone 390, light and dark, en and zh-CN', async () => {
    const { id, admin, client } = await held('waiting on the bank, a human please');
    onTestFinished(() => client.close());
    for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      for (const locale of ['en-US', 'zh-CN'] as const) {
        const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width, height, hash: `#/inbox/${id}` });
        const tag = locale === 'en-US' ? 'en' : 'zh-CN';
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          // The menu: a button from 1200 px, the first items of More actions narrower.
          await page.locator('.conversation-head .actions button[aria-haspopup]').first().click();
          await page.getByRole('menu').waitFor();
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-menu-${device}-${scheme}-${tag}.png`) });
          await page.keyboard.press('Escape');
        }
        // The date-and-time chooser (a lazy chunk): the dialog, then its Time list open.
        const zh = locale === 'zh-CN';
        await page.locator('.conversation-head .actions button[aria-haspopup]').first().click();
        await page.getByRole('menuitem', { name: zh ? /选择日期和时间…$/ : /A date and time…$/ }).click();
        const chooser = page.getByRole('dialog', { name: zh ? '暂停至…' : 'Snooze until…' });
        await chooser.waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-chooser-${device}-${scheme}-${tag}.png`) });
        }
        await selectNamed(chooser, zh ? '时间' : 'Time').click();
        await chooser.getByRole('listbox').waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-chooser-time-${device}-${scheme}-${tag}.png`) });
        }
        await page.keyboard.press('Escape'); // the list
        await chooser.getByRole('button', { name: zh ? '取消' : 'Cancel' }).click();
        await chooser.waitFor({ state: 'hidden' });
        await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until: Date.now() + 3 * 86_400_000 });
        await page.getByTestId('snoozed').waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-header-${device}-${scheme}-${tag}.png`) });
        }
        // Snoozed, its chooser changes the wake time, and says so in the console's language.
        await page.locator('.conversation-head .actions button[aria-haspopup]').first().click();
        await page.getByRole('menuitem', { name: zh ? /选择日期和时间…$/ : /A date and time…$/ }).click();
        const change = page.getByRole('dialog', { name: zh ? '更改暂停时间为…' : 'Change wake time to…' });
        await change.getByRole('button', { name: zh ? '更改' : 'Change', exact: true }).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-change-${device}-${scheme}-${tag}.png`) });
        }
        await change.getByRole('button', { name: zh ? '取消' : 'Cancel' }).click();
        await change.waitFor({ state: 'hidden' });
        await page.evaluate(() => (location.hash = '#/inbox'));
        await page.getByRole('tab', { name: locale === 'en-US' ? /^Snoozed/ : /^已暂停/ }).click();
        await rowOf(page, 'waiting on the bank').waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-view-${device}-${scheme}-${tag}.png`) });
        }
        await api(e2e.server, admin.cookie, 'DELETE', `/api/v1/conversations/${id}/snooze`);
        await page.context().close();
      }
    }
  }, 90_000); // 20–25 s idle (16 views and the chooser's 4): past the project's 30 s on a loaded box
});
