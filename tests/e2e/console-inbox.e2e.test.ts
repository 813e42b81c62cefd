import { describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';
import { choose, selectNamed } from '../helpers/select.ts';

/**
 * The inbox in Chromium, with visitors on real sockets and an agent in the console: the queue oldest first with
 * a stable label, preview and wait; unread counts per conversation and in the tab title that survive a reload;
 * the transcript with <time> on every message, a day divider, bot answers rendered (no markdown left) and the
 * visitor's device in words; j and k step through the list; closing a conversation asks first.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

/** The console in a new browser context, logged in as the admin. */
async function consoleAsAdmin(locale: string, options: Parameters<typeof e2e.browser.newContext>[0] = {}) {
  const context = await e2e.browser.newContext({ locale, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${e2e.server.url}/console`);
  await page.locator('input[type=email]').fill(ADMIN.email);
  await page.locator('input[type=password]').fill(ADMIN.password);
  await page.locator('button[type=submit]').click();
  return { context, page };
}
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

/**
 * A visitor (Chrome on Android) who asks the bot, then asks for a person: waiting in the queue. Their chat is closed
 * when the test ends, passed or failed, so no test finds another's chat in its queue.
 */
async function asks(text: string) {
  const client = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url, { 'user-agent': CHROME_ANDROID });
  client.send({ type: 'hello', v: 1, locale: 'zh-CN', page: { url: 'https://wallet.example/help/refunds/international-card-refund-timelines-and-exchange-rates', title: '退款帮助 · Wallet' } });
  const { conversationId } = await client.next('welcome');
  onTestFinished(async () => {
    client.close();
    const admin = await login(e2e.server);
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/close`); // 409 once closed
  });
  const v = { client, conversationId };
  v.client.send({ type: 'send', clientId: `c-${Math.random().toString(36).slice(2, 12)}`, text });
  await v.client.next('message', (f) => f.message.author === 'bot', 10_000);
  v.client.send({ type: 'handoff' });
  await v.client.next('state', (f) => f.status === 'waiting');
  return v;
}

describe.skipIf(!e2e.run)('the console inbox in Chromium', () => {
  it('queue oldest first, labels and previews, unread counts that survive a reload, a rendered transcript', async () => {
    const first = await asks('我忘记密码了');
    await new Promise((r) => setTimeout(r, 20)); // the second starts waiting strictly later
    const second = await asks('退款什么时候到账');

    const { context, page } = await consoleAsAdmin('en-US');
    const rows = page.locator('.conversation-item[data-status=waiting]');
    await expect.poll(() => rows.count()).toBe(2);
    // Oldest first, each with its label, a preview, and how long it has waited.
    expect(await rows.locator('.visitor-name').allTextContents()).toEqual([
      expect.stringMatching(/^Visitor [0-9A-F]{4}$/),
      expect.stringMatching(/^Visitor [0-9A-F]{4}$/),
    ]);
    const labels = await rows.locator('.visitor-name').allTextContents();
    expect(labels[0]).not.toBe(labels[1]);
    expect(await rows.first().locator('.wait').textContent()).toMatch(/^waiting 1 min$/);
    // A hovered row (on a phone: the row last tapped) keeps its language chip a pill, not the row's own colour.
    await rows.first().hover();
    const [rowColour, chipColour] = await rows.first().evaluate((row) => [getComputedStyle(row).backgroundColor, getComputedStyle(row.querySelector('.row-meta > .badge')!).backgroundColor]);
    expect(chipColour).not.toBe(rowColour);
    // The visitor's own words, not the bot's handoff sentence that every waiting row would share.
    expect(await rows.locator('.preview').allTextContents()).toEqual(['我忘记密码了', '退款什么时候到账']);
    // Unread: the visitor's one message each; two waiting conversations in the title.
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-unread')))).toEqual(['1', '1']);
    await expect.poll(() => page.title()).toBe('(2) Kefu console');

    // Open the first: seen. The second visitor writes again: 2 unread there, after a reload too.
    await rows.first().click();
    await page.getByRole('log', { name: 'Transcript' }).getByText('我忘记密码了').waitFor(); // the one who waited longest
    await expect.poll(() => rows.first().getAttribute('data-unread')).toBe('0');
    second.client.send({ type: 'send', clientId: 'c-again-12345', text: '请快点' });
    // A row this console does not follow (the queue's) moves on with the visitor's message, with no reload.
    await expect.poll(() => rows.nth(1).locator('.preview').textContent()).toBe('请快点');
    expect(await rows.nth(1).getAttribute('data-unread')).toBe('2');
    await page.getByRole('button', { name: 'Claim' }).click(); // the first is now mine
    // Claimed once the server says so: a reload right after the click can close the socket before the claim is read.
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('assigned');
    // The teams answer only after the agent has chosen Waiting (as on a busy server): the tab chosen stays, though the
    // open conversation is under Mine (CI, session 31: the view moved to Mine when the teams arrived after the click).
    let releaseTeams!: () => void;
    const teamsHeld = new Promise<void>((r) => (releaseTeams = r));
    await page.route('**/api/v1/teams', async (route) => {
      await teamsHeld;
      await route.continue();
    });
    await page.reload();
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    releaseTeams();
    await page.waitForResponse('**/api/v1/teams');
    await page.unroute('**/api/v1/teams');
    await expect.poll(() => page.getByRole('tab', { name: /^Waiting/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.conversation-item[data-status=waiting]').first().getAttribute('data-unread')).toBe('2');
    await page.getByRole('tab', { name: /^Mine/ }).click();
    await expect.poll(() => page.locator('.conversation-item[data-status=assigned]').first().getAttribute('data-unread')).toBe('0');

    // The transcript: a day divider, <time datetime> on every message, the bot's answer rendered, the device in words.
    await page.locator('.conversation-item[data-status=assigned]').first().click();
    const log = page.getByRole('log', { name: 'Transcript' });
    await log.locator('.msg-bot').first().waitFor();
    expect(await log.locator('.day-divider time').first().textContent()).toBe('today');
    const messages = await log.locator('.msg').count();
    expect(await log.locator('.msg .author time[datetime]').count()).toBe(messages);
    const botText = await log.locator('.msg-bot').allTextContents();
    expect(botText.join('\n')).not.toMatch(/\*\*|\]\(/);
    await expect.poll(() => page.locator('.context dd[title]').first().textContent()).toBe('Chrome 156 · Android 14');

    // j and k step through the list in its order (here All open: both conversations), the open one marked.
    await page.getByRole('tab', { name: /^All open/ }).click();
    const openRows = page.locator('.conversation-item');
    await expect.poll(() => openRows.count()).toBe(2);
    const current = () => openRows.evaluateAll((els) => els.findIndex((e) => e.getAttribute('aria-current') === 'true'));
    const from = await current(); // the conversation still open from Mine
    expect(from).toBeGreaterThanOrEqual(0);
    const [toward, back] = from === 0 ? (['j', 'k'] as const) : (['k', 'j'] as const);
    await page.keyboard.press(toward);
    await expect.poll(current).toBe(1 - from);
    await page.keyboard.press(toward); // at the end of the list it stays
    await expect.poll(current).toBe(1 - from);
    await page.keyboard.press(back);
    await expect.poll(current).toBe(from);
    // ↓ ↑ too once a row has focus (from the focused row, which keeps the focus), not while typing in the search.
    const [down, up] = from === 0 ? (['ArrowDown', 'ArrowUp'] as const) : (['ArrowUp', 'ArrowDown'] as const);
    const focused = () => openRows.evaluateAll((els) => els.indexOf(document.activeElement as HTMLElement));
    await openRows.nth(from).focus();
    await page.keyboard.press(down);
    await expect.poll(current).toBe(1 - from);
    expect(await focused()).toBe(1 - from);
    // Its ring inside the row: the list clips an outline drawn outside it (only its top edge showed).
    expect(await openRows.nth(1 - from).evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineOffset)).toBe('-2px');
    await page.getByRole('searchbox', { name: 'Search all conversations' }).focus();
    await page.keyboard.press(up);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await current()).toBe(1 - from);
    await openRows.nth(1 - from).focus();
    await page.keyboard.press(up);
    await expect.poll(current).toBe(from);
    expect(await focused()).toBe(from);
    // A status filter narrows All open only: the Waiting view does not also say "assigned" and show nothing.
    await choose(page, 'Status', 'Assigned');
    await expect.poll(() => openRows.count()).toBe(1);
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await expect.poll(() => page.locator('.conversation-item[data-status=waiting]').count()).toBe(1);
    expect(await selectNamed(page, 'Status').count()).toBe(0);

    // Closing asks first: Cancel leaves it waiting; confirming closes it.
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]').first().click();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByTestId('status').getAttribute('data-status')).toBe('waiting');
    const name = await page.locator('.conversation-title').innerText();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    // Closed, it left the Waiting view: the next chat of the view opens (below, else above), or the pane closes.
    await expect.poll(async () => (await page.locator('.conversation-title').allInnerTexts()).includes(name)).toBe(false);
    await page.getByRole('tab', { name: /^Closed/ }).click();
    await page.locator('.conversation-item', { hasText: name }).first().click();
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('closed');
    await context.close();
  });
});

describe.skipIf(!e2e.run)('search in the console', () => {
  it('finds a conversation by two Chinese characters from the middle of a message and by their Traditional form, masked, and opens it', async () => {
    const client = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url);
    client.send({ type: 'hello', v: 1, locale: 'zh-CN' });
    await client.next('welcome');
    client.send({ type: 'send', clientId: 'c-search-e2e-1', text: '你好，我昨天的转账一直没有到账，邮箱 wang.fang@example.com' });
    await client.next('ack');
    client.close();

    const { context, page } = await consoleAsAdmin('zh-CN');
    const box = page.locator('input[type=search]');
    expect(await box.getAttribute('aria-label')).toBe('搜索全部会话');
    const hits = page.locator('.search-results .search-hit');
    for (const query of ['转账', '轉賬']) {
      await box.fill(query);
      await expect.poll(() => hits.count()).toBe(1);
      expect(await hits.first().locator('mark').allTextContents()).toEqual(['转账']);
      const snippet = await hits.first().locator('.snippet').textContent();
      expect(snippet).toContain('w***@example.com');
      expect(snippet).not.toContain('wang.fang');
    }
    await box.fill('退款失败');
    await page.getByText('没有匹配的会话。').waitFor();
    await box.fill('轉賬');
    await hits.first().click();
    await page.getByRole('log').getByText(/我昨天的转账一直没有到账/).waitFor();
    await box.press('Escape');
    await expect.poll(() => page.locator('.search-results').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!e2e.run)('the conversation view at desktop and phone widths', () => {
  it('details beside the transcript from 1200 px, behind a toggle below; a phone header with its actions in one row in en, zh-CN and zh-TW; axe 0', async () => {
    const claimed = await asks('我的红包怎么领取');
    await new Promise((r) => setTimeout(r, 20));
    const waiting = await asks('我的优惠券在哪里');
    // The items of a row (the header's actions, the composer's bar): how many, all on one line, none outside the conversation.
    const oneRow = (p: Page, selector = '.conversation-head .actions') => p.locator(selector).evaluate((row) => {
      const screen = row.closest('.conversation')!.getBoundingClientRect();
      const boxes = [...row.children].map((e) => e.getBoundingClientRect());
      return {
        items: boxes.length,
        oneRow: Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)),
        inside: boxes.every((b) => b.left >= screen.left && b.right <= screen.right),
      };
    });
    const { context, page } = await consoleAsAdmin('en-US', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]', { hasText: '我的红包怎么领取' }).click();
    await page.getByRole('log', { name: 'Transcript' }).getByText('我的红包怎么领取').waitFor();
    await page.getByRole('button', { name: 'Claim' }).click();
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('assigned');

    // 1280 px: the details are a third column, beside the transcript, with no click and no toggle; nothing in
    // them sticks out of the column (the page's long URL wraps) and the column ends inside the window.
    const aside = page.getByRole('complementary', { name: 'Details' });
    await aside.getByTestId('device').waitFor();
    expect(await page.locator('.details-toggle').count()).toBe(0);
    const logBox = (await page.getByRole('log', { name: 'Transcript' }).boundingBox())!;
    const asideBox = (await aside.boundingBox())!;
    expect(asideBox.x).toBeGreaterThanOrEqual(logBox.x + logBox.width);
    expect(asideBox.x + asideBox.width).toBeLessThanOrEqual(1280);
    const sticksOut = () => aside.evaluate((el) => {
      const edge = el.getBoundingClientRect().right + 0.5;
      return { scrolls: el.scrollWidth > el.clientWidth, out: [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge).map((e) => e.className) };
    });
    expect(await sticksOut()).toEqual({ scrolls: false, out: [] });
    expect(await aside.getByTestId('page').innerText()).toContain('timelines-and-exchange-rates');
    // At 1200 px, the narrowest transcript beside the details: every action button, and the composer's bar with
    // its longest labels ("Internal note", "Add note"), still one row.
    await page.setViewportSize({ width: 1200, height: 800 });
    await expect.poll(() => aside.isVisible()).toBe(true);
    expect(await oneRow(page)).toEqual({ items: 5, oneRow: true, inside: true }); // Snooze, Transfer…, Hand back, Close, Show contact
    // "Show contact details" is a button like its neighbours (their border, fill and height), not words beside them.
    const look = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((b) => {
        const s = getComputedStyle(b);
        return { border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, background: s.backgroundColor, height: b.getBoundingClientRect().height };
      });
    expect(await look('Show contact details')).toEqual(await look('Close'));
    await page.getByRole('radio', { name: 'Internal note' }).click();
    await page.getByRole('button', { name: 'Add note' }).waitFor();
    expect(await oneRow(page, '.composer-bar')).toEqual({ items: 3, oneRow: true, inside: true });
    // Below 1200 px the details fold behind the toggle at the end of the actions' row.
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect.poll(() => aside.isVisible()).toBe(false);
    expect(await look('Details')).toEqual(await look('Close')); // the toggle is a button too, not a word at the row's end
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    await expect.poll(() => aside.isVisible()).toBe(true);
    expect(await sticksOut()).toEqual({ scrolls: false, out: [] });
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    // 1100 px: the list narrows to 312 px, the conversation takes the rest (1100 - 220 navigation - 312 = 568).
    const listPane = page.getByRole('region', { name: 'Conversations' });
    const conversation = page.locator('section.conversation');
    expect((await listPane.boundingBox())!.width).toBe(312);
    expect((await conversation.boundingBox())!.width).toBe(568);
    // 900 px: the list or the conversation, as on a phone. The open conversation takes the whole width beside
    // the navigation (680 px; it had 340 beside a 340 px list), its header actions (Close, More actions, Details)
    // and the composer's bar in note mode one row each; the back arrow shows the list, as wide.
    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(() => listPane.isVisible()).toBe(false);
    expect(await conversation.boundingBox()).toMatchObject({ x: 220, width: 680 });
    expect(await oneRow(page)).toEqual({ items: 3, oneRow: true, inside: true });
    expect(await oneRow(page, '.composer-bar')).toEqual({ items: 3, oneRow: true, inside: true });
    await page.getByRole('button', { name: 'Inbox', exact: true }).click(); // ←
    await expect.poll(() => conversation.isVisible()).toBe(false);
    expect(await listPane.boundingBox()).toMatchObject({ x: 220, width: 680 });
    await context.close();

    // A 390 px phone: the header's actions (the main one, a menu for the rest, the details toggle) share one row
    // inside the screen, in every console language; the menu and the transfer dialog are our own controls.
    const phones = [['en-US', 'light', 'More actions'], ['zh-CN', 'dark', '更多操作'], ['zh-TW', 'light', '更多操作']] as const;
    for (const [locale, colorScheme, more] of phones) {
      const phone = await consoleAsAdmin(locale, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
      const p = phone.page;
      await p.locator('.list-pane .tab').nth(1).click(); // Mine
      await p.locator('.conversation-item[data-status=assigned]').first().click();
      await p.getByTestId('status').waitFor();
      expect(await oneRow(p), `${locale} assigned`).toEqual({ items: 3, oneRow: true, inside: true });
      const menuButton = p.getByRole('button', { name: more });
      await menuButton.click();
      const items = p.getByRole('menu', { name: more }).getByRole('menuitem');
      if (locale === 'en-US') {
        // Transfer… and Hand back first (Enter on the menu just opened opens a dialog, never snoozes), then Snooze's
        // choices (each with its wake time), then the rest.
        const texts = (await items.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
        expect(texts.map((x) => x.replace(/ ((Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\d{1,2}:\d\d).*$/, ''))).toEqual([
          'Transfer…', 'Hand back to bot', expect.stringMatching(/^Snooze: (Later today|In 3 hours)$/), 'Snooze: Tomorrow', 'Snooze: Monday', 'Snooze: In a week', 'Snooze: A date and time…', 'Show contact details',
        ]);
        // The menu opened by a tap starts on Transfer…; opened by the snooze key, on the first snooze choice.
        expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Transfer…');
        await p.keyboard.press('Escape');
        await p.locator('.log').focus();
        await p.keyboard.press('z');
        await expect.poll(() => p.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Snooze: (Later today|In 3 hours)/);
        await p.keyboard.press('Escape');
        await menuButton.click();
      }
      expect(await violations(p), `${locale} ${colorScheme} menu`).toEqual([]);
      await items.filter({ hasText: 'Transfer' }).or(items.filter({ hasText: '转接' })).or(items.filter({ hasText: '轉接' })).first().click();
      const dialog = p.getByRole('dialog');
      await dialog.getByRole('heading').waitFor(); // the admin is the only agent here: it says so (the list: see the transfer test)
      expect(await violations(p), `${locale} ${colorScheme} transfer`).toEqual([]);
      await p.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await p.locator('.back').click();
      await p.locator('.list-pane .tab').nth(0).click(); // Waiting
      await p.locator('.conversation-item[data-status=waiting]').first().click();
      await p.getByTestId('status').waitFor();
      expect(await oneRow(p), `${locale} waiting`).toEqual({ items: 3, oneRow: true, inside: true });
      expect(await violations(p), `${locale} ${colorScheme} waiting`).toEqual([]);
      await phone.context.close();
    }
  }, 120_000); // a budget for the loaded box, not a timing: three phone contexts and six axe runs (6 s idle, 18 s in a loaded CI run, past 30 s under two CPU hogs at load 28)
});

describe.skipIf(!e2e.run)('transfer to an agent from the keyboard', () => {
  it('lists the other agents with presence and load, online first; arrows, Home, End, type-ahead and Enter pick one; axe 0 light and dark', async () => {
    // Ming and Mei online (Mei with a chat), Zhang Wei away, Ana never logged in (offline).
    const admin = await login(e2e.server);
    const agents: AgentClient[] = [];
    const online = async (email: string, name: string, maxChats: number) => {
      const who = await addAgent(e2e.server, admin.cookie, email, { name, maxChats });
      const socket = await AgentClient.connect(e2e.server, who.cookie);
      await socket.hello();
      agents.push(socket);
      return { ...who, socket };
    };
    await online('ming@example.com', 'Ming', 3);
    const mei = await online('mei@example.com', 'Mei', 4);
    const zhang = await online('zhang.wei@example.com', 'Zhang Wei', 5);
    zhang.socket.send({ type: 'presence', status: 'away' });
    await addAgent(e2e.server, admin.cookie, 'ana@example.com', { name: 'Ana', maxChats: 3 });
    const meis = await asks('我的账户被冻结了');
    mei.socket.send({ type: 'claim', conversationId: meis.conversationId });
    await mei.socket.conversation(meis.conversationId, 'assigned');
    const mine = await asks('转账限额是多少');
    const id = mine.conversationId;

    const { context, page } = await consoleAsAdmin('en-US', { viewport: { width: 900, height: 800 } });
    await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
    await page.evaluate((hash) => (location.hash = hash), `#/inbox/${id}`);
    await page.getByRole('log', { name: 'Transcript' }).getByText('转账限额是多少').waitFor();
    await page.getByRole('button', { name: 'Claim' }).click();
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('assigned');

    // From here the keyboard only: the menu, its first item (Transfer…), the dialog's list has focus.
    await page.getByRole('button', { name: 'More actions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Transfer…');
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: /^Transfer Visitor/ }).getByRole('listbox', { name: 'Transfer to' });
    await list.waitFor();
    expect(await list.evaluate((el) => el === document.activeElement)).toBe(true);
    const options = list.getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual([
      'Ming Available · 0 of 3 chats',
      'Mei Available · 1 of 4 chats',
      'Zhang Wei Away · 0 of 5 chats',
      'Ana Offline · 0 of 3 chats',
    ]);
    const chosen = () => options.evaluateAll((els) => els.filter((e) => e.getAttribute('aria-selected') === 'true').map((e) => e.textContent!.split(' ')[0]));
    const active = () => list.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant')!)?.textContent?.split(' ')[0]);
    const transfer = page.getByRole('button', { name: 'Transfer', exact: true });
    // Nothing chosen, nothing ringed: no option is active (a ringed row read as chosen while Transfer was disabled)
    // and Enter does not transfer; the first arrow chooses the first agent.
    expect(await chosen()).toEqual([]);
    expect(await list.getAttribute('aria-activedescendant')).toBeNull();
    expect(await options.evaluateAll((els) => els.filter((e) => e.hasAttribute('data-active') || getComputedStyle(e).boxShadow !== 'none' || getComputedStyle(e).outlineStyle !== 'none').length)).toBe(0);
    expect(await transfer.isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await list.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await chosen()).toEqual([]);
    const steps: [string, string][] = [['ArrowDown', 'Ming'], ['ArrowDown', 'Mei'], ['End', 'Ana'], ['Home', 'Ming'], ['z', 'Zhang'], ['ArrowUp', 'Mei'], ['a', 'Ana']];
    for (const [key, name] of steps) {
      await page.keyboard.press(key);
      await expect.poll(chosen, { message: key }).toEqual([name]);
      expect(await active()).toBe(name);
    }
    // Offline agents can be picked (the server allows it), and the dialog says what that means.
    expect(await list.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toBe('Ana is offline: the conversation waits with them until they are back.');
    expect(await transfer.isEnabled()).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await showColorScheme(page, colorScheme);
      expect(await violations(page), `the transfer list open, ${colorScheme}`).toEqual([]);
    }
    // After a move (which ends a type-ahead search: "a" and "m" typed quickly would be one, "am"), "m" goes to the
    // next agent whose name starts with it (after Ana: Ming), again to the one after (Mei); Enter transfers.
    await page.keyboard.press('End');
    await page.keyboard.press('m');
    await expect.poll(chosen).toEqual(['Ming']);
    await page.keyboard.press('m');
    await expect.poll(chosen).toEqual(['Mei']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Assigned · Mei');
    const all = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/conversations')).body!.conversations as { id: string; agentId: string | null }[];
    expect(all.find((c) => c.id === id)?.agentId).toBe(mei.agent.id);
    await context.close();
    for (const socket of agents) socket.close();
  }, 120_000); // a budget for the loaded box, not a timing: five agents, two sockets and two axe runs (24 s under two CPU hogs at load 28)
});
