import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { FaqAnswerResponse, UnansweredList } from '../../protocol/index.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * A phone's admin sees what the bot missed (the desktop sidebar's count): in Chromium at 390 px the "More" button and
 * its "Missed questions" item carry the count as a badge, each heard with words ("Missed questions, 3 unanswered"),
 * and neither shows one when nothing is missed, nor the page's heading; the desktop sidebar's link carries the same badge, heard the same way. axe-core 0 with the menu open, light and dark; screenshots in English
 * and Chinese (test-results/, not committed).
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

const answered = async (text: string) => {
  const res = await fetch(`${e2e.server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, locale: 'en' }) });
  return FaqAnswerResponse.parse(await res.json()).kind === 'answer';
};

describe.skipIf(!e2e.run)('the phone navigation’s More menu', () => {
  it('shows the missed-questions count on the item and on the button, with words for a screen reader; none when there are none', async () => {
    const admin = await login(e2e.server);
    const missedTotal = async () => UnansweredList.parse((await api(e2e.server, admin.cookie, 'GET', '/api/v1/admin/faq/unanswered?limit=1')).body).total;
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    const more = page.locator('.nav-more').getByRole('button', { name: /^More/ });
    await more.waitFor();
    expect(await missedTotal()).toBe(0);
    expect([await more.textContent(), await more.locator('.badge').count()]).toEqual(['More', 0]);
    await more.tap();
    await page.getByRole('menuitem', { name: 'Missed questions', exact: true }).tap();
    // Its page with none says so, and its heading has no count (it read "Missed questions 0" in a warning badge).
    await page.locator('.missed-layout section:first-child .empty').waitFor();
    expect([(await page.locator('.page h1').textContent())?.trim(), await page.locator('.page h1 .badge').count()]).toEqual(['Missed questions', 0]);

    // Questions the bot cannot answer (asked of the server first, so the test follows the real thresholds).
    const { client } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    const candidates = ['can my parrot hold a wallet in its own name', 'which colour is the office carpet in Lisbon', 'do you sell garden furniture'];
    for (const text of candidates) if (!(await answered(text))) await askBot(client, text);
    await expect.poll(missedTotal).toBeGreaterThan(1);
    const n = await missedTotal();
    // The visitor asks for a person: the Inbox link has a count too.
    client.send({ type: 'send', clientId: 'more-menu-person', text: 'I want to talk to a person please' });
    await page.locator('.nav-link .count-badge').first().waitFor();
    client.close();

    // The count is asked again on a page change.
    await page.evaluate(() => (location.hash = '#/tickets'));
    await expect.poll(() => more.locator('.badge').getAttribute('data-count')).toBe(String(n));
    // The bar fits the screen with both counts: the page stays 390 px wide (in English it ran 28 px past, and the
    // browser laid the whole page out 418 px wide, shrunk to fit).
    expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth, Math.round(document.querySelector('.nav-more')!.getBoundingClientRect().right)])).toEqual([390, 390, 382]);
    expect(await more.locator('.badge [aria-hidden=true]').textContent()).toBe(String(n));
    // Its name as a screen reader says it (the badge a box of its own: a space before its comma).
    expect(await more.ariaSnapshot()).toBe(`- 'button "More , Missed questions: ${n} unanswered"'`);
    await more.tap();
    const item = page.getByRole('menuitem', { name: new RegExp(`^Missed questions ?, ${n} unanswered$`) });
    expect(await item.locator('.badge').getAttribute('data-count')).toBe(String(n));
    // One line: the badge beside the words, inside the screen.
    const box = await item.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { height: Math.round(r.height), inside: r.left >= 0 && r.right <= innerWidth };
    });
    expect(box).toEqual({ height: 44, inside: true });
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      expect(await violations(page), scheme).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `console-more-menu-phone-${scheme}-en.png`) });
    }
    await item.tap();
    await page.locator('.page h1', { hasText: 'Missed questions' }).waitFor();
    await context.close();

    const zh = await e2e.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
    const zhPage = await zh.newPage();
    await logIntoConsole(zhPage, e2e.server.url);
    await zhPage.locator('.nav-more').getByRole('button', { name: new RegExp(`^更多 ?, 未答问题: ${n} 个未答$`) }).tap();
    await zhPage.getByRole('menuitem', { name: new RegExp(`^未答问题 ?, ${n} 个未答$`) }).waitFor();
    await zhPage.screenshot({ path: path.join(SHOTS, `console-more-menu-phone-dark-zh-CN.png`) });
    await zh.close();

    // The desktop sidebar's count is the same badge, heard the same way (it was an aria-label on a plain span).
    const desk = await e2e.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const deskPage = await desk.newPage();
    await logIntoConsole(deskPage, e2e.server.url);
    const link = deskPage.locator('.sidebar').getByRole('link', { name: new RegExp(`^未答问题 ?, ${n} 个未答$`) });
    await link.waitFor();
    expect(await link.locator('.badge [aria-hidden=true]').textContent()).toBe(String(n));
    expect(await link.locator('.badge').evaluate((b) => Math.round(b.getBoundingClientRect().height))).toBe(20);
    await deskPage.locator('.sidebar').screenshot({ path: path.join(SHOTS, `console-sidebar-count-desktop-dark-zh-CN.png`) });
    await desk.close();
  });
});
