import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { violations } from '../helpers/axe.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, addAgent, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';
import { choose } from '../helpers/select.ts';

/**
 * The console's pages in Chromium: the navigation from the page registry, the language (the browser's, then the
 * agent's own choice, kept on the server), the address surviving a reload, admin pages closed to agents, the
 * profile's name reaching the visitor, and axe-core 0 on every screen in light and dark.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

async function loggedIn(options: Parameters<Browser['newContext']>[0], email = ADMIN.email, password = ADMIN.password): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${e2e.server.url}/console`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
  return { context, page };
}

/** The line counts of the agents' "n of m chats" on the Agents page, each count once. */
const chatsLines = (page: Page) =>
  page.locator('.agents-table .chats').evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  ).then((lines) => [...new Set(lines)]);

describe.skipIf(!e2e.run)('console pages in Chromium', () => {
  it('speaks the browser’s language until the agent picks one in the profile; the choice and the open conversation survive a reload; visitors see the new name', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'mei@example.com');
    const { client: v, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'zh-TW' });
    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');

    const { context, page } = await loggedIn({ locale: 'zh-CN' }, 'mei@example.com', 'agent password 123');
    await page.getByRole('link', { name: /^收件箱/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByRole('link', { name: '客服人员' }).count()).toBe(0); // admin pages are not listed for agents

    await page.getByRole('link', { name: '个人资料' }).click();
    await page.getByLabel('显示名称').fill('美玲');
    await choose(page, '语言', { value: 'zh-TW' });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: /^收件匣/ }).waitFor(); // now Traditional
    await page.reload();
    await page.getByRole('link', { name: /^收件匣/ }).waitFor(); // kept on the server, not in this browser

    await page.getByRole('link', { name: /^收件匣/ }).click();
    await page.locator(`.conversation-item[data-status=waiting]`).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/inbox/${welcome.conversationId}`);
    await page.getByRole('button', { name: '接手' }).click();
    expect((await v.next('state', (f) => f.status === 'assigned')).agentName).toBe('美玲');
    await page.reload();
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('assigned'); // the same conversation, open again
    // The list left on 排隊中 (where it was claimed) shows the tab the open conversation is under now, with it marked.
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^我的/);
    expect(await page.locator('.conversation-list [aria-current="true"]').count()).toBe(1);

    await page.evaluate(() => (location.hash = '#/agents'));
    await page.locator('.page-missing').waitFor(); // an admin page, by address, for an agent
    v.close();
    await context.close();
  });

  it.each(['light', 'dark'] as const)('every screen has zero axe violations (%s)', async (colorScheme) => {
    const context = await e2e.browser.newContext({ locale: 'en-US', colorScheme });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/console`);
    await page.locator('input[type=email]').waitFor();
    expect(await violations(page), 'login').toEqual([]);
    await context.close();

    const { client: v } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');
    const away = `never-online-${colorScheme}@example.com`; // has no console open
    const adminCookie = (await login(e2e.server)).cookie;
    await addAgent(e2e.server, adminCookie, away);
    // A long name and e-mail take the Name column's room: the Presence column beside it is narrow.
    await addAgent(e2e.server, adminCookie, `alejandro.fernandez-gutierrez.support-${colorScheme}@example-wallet-company.com`, { name: 'Alejandro Fernández Gutiérrez de la Torre' });
    const { context: desk, page: console_ } = await loggedIn({ locale: 'en-US', colorScheme });
    expect(await console_.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await console_.locator('.conversation-item').first().click();
    await console_.getByRole('log', { name: 'Transcript' }).waitFor();
    expect(await violations(console_), 'inbox').toEqual([]);
    for (const [link, ready] of [['Tickets', 'h1'], ['Agents', 'table'], ['Canned replies', 'form'], ['Profile', 'form']] as const) {
      await console_.getByRole('link', { name: link }).click();
      // The page's own title first: the page before may hold the same kind of element (the Agents page has a form).
      await console_.locator('.page h1', { hasText: link }).waitFor();
      await console_.locator(`.page ${ready}`).first().waitFor();
      expect(await violations(console_), link).toEqual([]);
      // An agent with no console open is Offline there (it said "Available").
      if (link === 'Agents') {
        expect(await console_.locator('tr', { hasText: away }).locator('[data-presence]').textContent()).toBe('Offline');
        expect(await chatsLines(console_)).toEqual([1]); // "0 of 5 chats" on one line (it wrapped at 1280 px)
      }
    }
    v.close();
    await desk.close();
  });

  it('the Agents page on a 390 px touch phone: each agent a card inside the screen, each row with a value (an admin sees contact details always, not a dash), controls a finger can hit', async () => {
    const { context, page } = await loggedIn({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.evaluate(() => (location.hash = '#/agents'));
    const admin = page.locator('.agents-table tbody tr', { hasText: ADMIN.email });
    await admin.waitFor();
    expect(await admin.locator('td.contact').innerText()).toBe('始终可以（管理员）');
    const layout = await page.locator('.agents-table').evaluate((table) => {
      const cells = [...table.querySelectorAll('td')].filter((td) => getComputedStyle(td).display !== 'none');
      return {
        scrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
        outside: cells.filter((td) => td.getBoundingClientRect().right > innerWidth + 0.5).map((td) => td.className),
        dashes: cells.filter((td) => /^[—–-]$/.test(td.innerText.trim())).map((td) => td.className),
      };
    });
    expect(layout).toEqual({ scrolls: false, outside: [], dashes: [] });
    expect(await chatsLines(page)).toEqual([1]); // "0 / 5 个会话" on one line
    // A touch screen: fields and buttons a finger can hit, 44 px (small buttons 36 px), as in the widget.
    const short = await page.locator('.page').evaluate((root) =>
      [...root.querySelectorAll('button, input:not([type=checkbox], [type=radio], [type=hidden])')]
        .map((e) => ({ what: `${e.tagName} ${e.className} ${e.textContent}`, height: e.getBoundingClientRect().height, least: e.classList.contains('btn-sm') ? 36 : 44 }))
        .filter((e) => e.height > 0 && e.height < e.least)
        .map((e) => `${e.what}: ${e.height}`),
    );
    expect(short).toEqual([]);
    await context.close();
  });

  it("says what is wrong under the field, in the console's language, without moving the fields beside it: a taken e-mail, a wrong current password, a site id's rule, a phone row", async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'lin@example.com');
    const { context, page } = await loggedIn({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const tops = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));

    // Agents: the server refuses the e-mail; it is said under the e-mail field (not in English at the page's top), and
    // the row's inputs keep one line while it shows (they were bottom-aligned: the two-line message lifted one).
    await page.evaluate(() => (location.hash = '#/agents'));
    const add = page.locator('form[aria-labelledby=add-agent]');
    await add.locator('input[name=name]').fill('林');
    await add.locator('input[name=email]').fill('lin@example.com');
    await add.locator('input[name=password]').fill('a long enough password');
    await add.locator('[type=submit]').click();
    const email = add.locator('input[name=email]');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await add.locator('.field-error').allTextContents()).toEqual(['已有客服使用此邮箱。']);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    expect(new Set(await tops('form[aria-labelledby=add-agent] :is(input[name=name], input[name=email], input[name=password])')).size).toBe(1);
    await email.fill('lin.2@example.com'); // edited: the refusal is gone, the form sends
    expect(await add.locator('.field-error').count()).toBe(0);
    await add.locator('[type=submit]').click();
    await page.locator('.agents-table tbody tr', { hasText: 'lin.2@example.com' }).waitFor();

    // Sites: a site id against its rule says the rule; Open stays level with the input. A phone row's empty fields
    // say so under each, and its × stays on the row (the messages had become cells of the row's grid).
    await page.evaluate(() => (location.hash = '#/sites'));
    const another = page.locator('form.inline-add');
    await another.locator('input').fill('Wallet HK!');
    await another.locator('[type=submit]').click();
    expect(await another.locator('.field-error').allTextContents()).toEqual(['只能用字母、数字、- 和 _（最多 64 个），例如 wallet-hk。']);
    expect(new Set(await tops('form.inline-add :is(input, .btn)')).size).toBe(1);
    await page.evaluate(() => (location.hash = '#/sites/shop'));
    await page.locator('p[data-source]').waitFor();
    await page.locator('fieldset.rows > .btn').first().click();
    await page.locator('form.form-stack [type=submit]').click();
    expect(await page.locator('.row-edit .field-error').allTextContents()).toEqual(['请填写此项。', '请填写此项。']);
    expect(new Set(await tops('.row-edit > :is(.field, .btn)')).size).toBe(1);

    // Profile: a wrong current password is said under that field.
    await page.evaluate(() => (location.hash = '#/profile'));
    await page.locator('input[name=currentPassword]').fill('not my password');
    await page.locator('input[name=password]').fill('a long enough new password');
    await page.locator('form.form-stack [type=submit]').first().click();
    await expect.poll(() => page.locator('input[name=currentPassword]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('form.form-stack .field-error').allTextContents()).toEqual(['当前密码不正确。']);
    expect(await page.locator('.alert-danger').count()).toBe(0);
    await context.close();
  });
});
