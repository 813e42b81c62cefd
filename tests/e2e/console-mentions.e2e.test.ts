import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { logIntoConsole, notificationsShown, recordNotifications, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, addAgent, AgentClient, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';

const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const MEI = { email: 'mei@example.com', password: 'agent password 123' };
const KEN = { email: 'ken@example.com', password: 'agent password 123' };

/** A console in its own context (a person of their own), at a width, in a language, on a page. */
async function consoleAs(browser: Browser, url: string, who: { email: string; password: string }, at: { locale: string; width: number; hash: string }, notify = false) {
  const phone = at.width < 500;
  const ctx = await browser.newContext({ locale: at.locale, viewport: { width: at.width, height: phone ? 844 : 800 }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
  if (notify) await recordNotifications(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  await logIntoConsole(page, url, who);
  await page.evaluate((hash) => (location.hash = hash), at.hash);
  return { ctx, page };
}

/**
 * A's console in a language at a width, on the conversation `id`: logged in once for the file in a context of its own
 * (one per language and width, closed after the tests that use them), each test's chat opened in it by its address, in the
 * light scheme. Four logins instead of eight: the tests share A's person, not a chat.
 */
const adminConsoles = new Map<string, Promise<{ ctx: BrowserContext; page: Page }>>();
async function adminConsoleOn(browser: Browser, url: string, id: string, at: { locale: string; width: number }) {
  const key = `${at.locale} ${at.width}`;
  const open = adminConsoles.get(key);
  if (!open) {
    const opening = consoleAs(browser, url, ADMIN, { ...at, hash: `#/inbox/${id}` });
    adminConsoles.set(key, opening);
    return opening;
  }
  const a = await open;
  await showColorScheme(a.page, 'light');
  await a.page.evaluate((hash) => (location.hash = hash), `#/inbox/${id}`);
  return a;
}

/** A's consoles closed, after the tests that use them. */
async function closeAdminConsoles() {
  for (const open of adminConsoles.values()) await (await open).ctx.close();
  adminConsoles.clear();
}

/** A visitor who wrote `text` and asked for a person (waiting), and A's console open on that chat with the note box ready. */
async function adminOnWaitingChat(browser: Browser, server: { url: string; wsUrl: string }, text: string, clientId: string, at: { locale: string; width: number }) {
  const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
  v.send({ type: 'hello', v: 1, locale: 'en' });
  const { conversationId: id } = await v.next('welcome');
  v.send({ type: 'send', clientId, text });
  v.send({ type: 'handoff' });
  await v.next('state', (s) => s.status === 'waiting', 10_000);
  const a = await adminConsoleOn(browser, server.url, id, at);
  const note = a.page.locator('.composer textarea');
  await a.page.locator('.msg', { hasText: text }).waitFor();
  await expect.poll(() => note.isEnabled()).toBe(true);
  return { v, a, note };
}

/** A visitor waiting for a person, and the admin's socket (no browser) watching their chat, to write notes in it. */
async function waitingWithWriter(server: { url: string; wsUrl: string }, cookie: string) {
  const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
  v.send({ type: 'hello', v: 1, locale: 'en' });
  const { conversationId: id } = await v.next('welcome');
  v.send({ type: 'handoff' });
  await v.next('state', (s) => s.status === 'waiting', 10_000);
  const writer = await AgentClient.connect(server, cookie);
  await writer.hello([{ conversationId: id, lastSeq: 0 }]);
  await writer.next('synced', (f) => f.conversationId === id);
  return { v, id, writer };
}

/** The suggestion list sits over the note box, whole, inside the screen (on a phone: above where the keyboard rises). */
async function listFits(page: Page) {
  const list = await page.locator('#mention-list').boundingBox();
  const box = await page.locator('.composer textarea').boundingBox();
  const viewport = page.viewportSize()!;
  expect(list && box).toBeTruthy();
  expect(list!.y).toBeGreaterThanOrEqual(0);
  expect(list!.y + list!.height).toBeLessThanOrEqual(box!.y + 1);
  expect(list!.x + list!.width).toBeLessThanOrEqual(viewport.width + 1);
}

describe.skipIf(!e2e.run)('mentioning a teammate in an internal note, in Chromium', () => {
  // A's consoles are closed before the Mentions paging test: open, each would redraw its inbox for that test's 101 notes.
  describe("in A's consoles, one a language and width", () => {
    afterAll(closeAdminConsoles);

    it('A types "@me", picks Mei with the keyboard and sends; Mei sees the count (in the tab title too, a conversation once) and a notification, opens the mention, reads it highlighted as hers; axe clean', async () => {
      const { server, browser } = e2e;
      const admin = await login(server);
      await addAgent(server, admin.cookie, MEI.email, { name: 'Mei Wong' });
      await addAgent(server, admin.cookie, KEN.email, { name: 'Ken Tanaka' });
      const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
      v.send({ type: 'hello', v: 1, locale: 'en' });
      const { conversationId: id } = await v.next('welcome');
      v.send({ type: 'send', clientId: 'mention-e2e-001', text: 'I was charged twice for one top-up' });
      v.send({ type: 'handoff' });
      await v.next('state', (s) => s.status === 'waiting', 10_000);

      const b = await consoleAs(browser, server.url, MEI, { locale: 'en-US', width: 1280, hash: '#/inbox' }, true);
      await expect.poll(() => b.page.title()).toBe('(1) Kefu console'); // the waiting chat she may take
      const a = await adminConsoleOn(browser, server.url, id, { locale: 'en-US', width: 1280 });
      const note = a.page.getByRole('textbox', { name: 'Internal note' });
      await a.page.getByRole('log', { name: 'Transcript' }).getByText('I was charged twice').waitFor();
      await expect.poll(() => note.isEnabled()).toBe(true);
      await note.pressSequentially('@me', { delay: 20 });
      const list = a.page.getByRole('listbox', { name: 'Teammates to mention' });
      await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['MW Mei Wong']);
      expect(await note.getAttribute('aria-activedescendant')).toMatch(/^mention-/);
      await listFits(a.page);
      expect(await violations(a.page), 'A light').toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(a.page, scheme);
        await a.page.screenshot({ path: path.join(SHOTS, `console-mention-list-desktop-${scheme}-en.png`) });
      }
      expect(await violations(a.page), 'A dark').toEqual([]);
      await showColorScheme(a.page, 'light');
      await note.press('Enter'); // takes Mei, does not send
      expect(await note.inputValue()).toBe('@Mei Wong ');
      expect(await list.count()).toBe(0);
      await note.pressSequentially('can you check this refund?', { delay: 10 });
      await note.press('Enter');
      const sent = a.page.locator('.msg.note:not(.pending) mark.mention');
      await expect.poll(() => sent.allTextContents()).toEqual(['@Mei Wong']);

      // Mei, on the inbox: the count in the navigation, heard with words; a desktop notification.
      const link = b.page.getByRole('link', { name: /^Mentions , 1 unread$/ });
      await link.waitFor();
      await expect.poll(() => notificationsShown(b.page)).toEqual([{ title: 'admin mentioned you', body: '@Mei Wong can you check this refund?', tag: expect.stringMatching(/^mention-/) }]);
      // The tab title: the mention is in the waiting chat it counts already, so not twice; once the admin takes that chat
      // (no longer hers to take), the unread mention alone keeps it counted.
      expect(await b.page.title()).toBe('(1) Kefu console');
      expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`)).status).toBe(200);
      await b.page.getByRole('link', { name: /^Inbox$/ }).waitFor();
      expect(await b.page.title()).toBe('(1) Kefu console');
      await link.click();
      const item = b.page.getByRole('button', { name: /admin mentioned you/ });
      await item.waitFor();
      expect(await item.textContent()).toContain('@Mei Wong can you check this refund?');
      expect(await violations(b.page), 'B light').toEqual([]);
      await showColorScheme(b.page, 'dark');
      expect(await violations(b.page), 'B dark').toEqual([]);
      await b.page.screenshot({ path: path.join(SHOTS, `console-mentions-page-desktop-dark-en.png`) });
      await showColorScheme(b.page, 'light');
      await b.page.screenshot({ path: path.join(SHOTS, `console-mentions-page-desktop-light-en.png`) });
      await item.click();
      // Opened: the conversation, the note with her mention marked as hers, and the count gone.
      await expect.poll(() => b.page.evaluate(() => location.hash)).toBe(`#/inbox/${id}`);
      const mine = b.page.locator('.msg.note mark.mention[data-me]');
      await expect.poll(() => mine.textContent()).toBe('@Mei Wong (you)');
      await expect.poll(() => b.page.getByRole('link', { name: /^Mentions/ }).textContent()).toBe('Mentions');
      await expect.poll(() => b.page.title()).toBe('Kefu console');
      await b.page.locator('.msg.note').screenshot({ path: path.join(SHOTS, `console-mention-note-desktop-light-en.png`) });
      v.close();
      await b.ctx.close();
    });

    it.each([
      ['en-US', 'en', 390],
      ['zh-CN', 'zh-CN', 390],
      ['zh-CN', 'zh-CN', 1280],
    ] as const)('the list and the Mentions page in %s (%s) at %i px, light and dark, whole and axe clean', async (locale, tag, width) => {
      const { server, browser } = e2e;
      const where = width < 500 ? 'phone' : 'desktop';
      const { v, a, note } = await adminOnWaitingChat(browser, server, 'where is my refund', `mention-e2e-${tag}-${width}`, { locale, width });
      await note.pressSequentially('@', { delay: 20 });
      await expect.poll(() => a.page.locator('#mention-list [role=option]').count()).toBe(2); // Mei and Ken
      await listFits(a.page);
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(a.page, scheme);
        expect(await violations(a.page), scheme).toEqual([]);
        await a.page.screenshot({ path: path.join(SHOTS, `console-mention-list-${where}-${scheme}-${tag}.png`) });
      }
      // A tap picks one, as a click does.
      await a.page.locator('#mention-list [role=option]', { hasText: 'Ken Tanaka' }).click();
      expect(await note.inputValue()).toBe('@Ken Tanaka ');
      await note.press('Enter');
      await a.page.locator('.msg.note:not(.pending) mark.mention').last().waitFor();

      const b = await consoleAs(browser, server.url, KEN, { locale, width, hash: '#/mentions' });
      await b.page.locator('.mention-item').first().waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(b.page, scheme);
        expect(await violations(b.page), scheme).toEqual([]);
        await b.page.screenshot({ path: path.join(SHOTS, `console-mentions-page-${where}-${scheme}-${tag}.png`) });
      }
      v.close();
      await b.ctx.close();
    });

    it.each([
      ['en-US', 'en', 1280],
      ['en-US', 'en', 390],
      ['zh-CN', 'zh-CN', 390],
      ['zh-CN', 'zh-CN', 1280],
    ] as const)('a note naming more than ten teammates says so in %s (%s) at %i px before it is sent, and keeps the draft; light and dark, axe clean', async (locale, tag, width) => {
      const { server, browser } = e2e;
      const admin = await login(server);
      const team = Array.from({ length: 11 }, (_, i) => `Crew ${String(i + 1).padStart(2, '0')}`);
      for (const name of team) await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: `${name.replace(' ', '').toLowerCase()}@example.com`, name, password: 'agent password 123' });
      const where = width < 500 ? 'phone' : 'desktop';
      const { v, a, note } = await adminOnWaitingChat(browser, server, 'my card was charged in another currency', `mention-limit-${tag}-${width}`, { locale, width });
      const draft = `${team.map((n) => `@${n}`).join(' ')} please look`;
      await note.fill(draft);
      const limit = a.page.locator('#mention-limit[role=alert]');
      await limit.waitFor();
      expect(await limit.textContent()).toBe(
        tag === 'en' ? 'A note can mention at most 10 teammates; this one mentions 11. Remove 1 to send it.' : '一条备注最多可提及 10 位同事，这条提及了 11 位。请删除 1 位后再发送。',
      );
      expect(await note.getAttribute('aria-describedby')).toBe('mention-limit');
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(a.page, scheme);
        expect(await violations(a.page), scheme).toEqual([]);
        await a.page.locator('.composer').screenshot({ path: path.join(SHOTS, `console-mention-limit-${where}-${scheme}-${tag}.png`) });
      }
      await a.page.screenshot({ path: path.join(SHOTS, `console-mention-limit-${where}-page-${tag}.png`) });
      const box = await limit.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
      // Enter, and the send button: nothing is sent, the draft stays as typed.
      await note.press('Enter');
      await a.page.locator('.composer button[type=submit]').click();
      expect(await note.inputValue()).toBe(draft);
      expect(await a.page.locator('.msg.note').count()).toBe(0);
      // One name fewer: the warning goes, and the note is sent.
      await note.fill(draft.replace('@Crew 11 ', ''));
      await expect.poll(() => limit.count()).toBe(0);
      await note.press('Enter');
      await expect.poll(() => a.page.locator('.msg.note:not(.pending) mark.mention').count()).toBe(10);
      v.close();
    });
  });

  it('Mentions pages older ones with the keyboard ("Show older" after the hundredth, the focus on the first older one), keeps them when a new one comes, names a closed chat’s visitor; 1280 en and 390 zh-CN, light and dark', async () => {
    const { server, browser } = e2e;
    const admin = await login(server);
    const ada = await addAgent(server, admin.cookie, 'ada@example.com', { name: 'Ada Page' });
    const { v, id, writer } = await waitingWithWriter(server, admin.cookie);
    // Sent one after another without waiting for each ack: the socket's frames are stored in the order they came
    // (server/routes/ws/agent-connection.ts), every one acknowledged.
    const clientIds = Array.from({ length: 101 }, (_, i) => `older-note-${String(i + 1).padStart(3, '0')}`);
    clientIds.forEach((clientId, i) => writer.send({ type: 'note', conversationId: id, clientId, text: `@Ada Page note ${i + 1}`, mentions: [ada.agent.id] }));
    const acks = await Promise.all(clientIds.map((clientId) => writer.next('ack', (f) => f.clientId === clientId)));
    expect(acks.map((a) => a.seq)).toEqual([...acks.map((a) => a.seq)].sort((x, y) => x - y));
    writer.close();
    // Closed: the inbox lists it no more, the Mentions page still names its visitor.
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`)).status).toBe(200);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`)).status).toBe(200);

    for (const [locale, tag, width, older] of [['en-US', 'en', 1280, 'Show older'], ['zh-CN', 'zh-CN', 390, '显示更早的']] as const) {
      const where = width < 500 ? 'phone' : 'desktop';
      const b = await consoleAs(browser, server.url, { email: 'ada@example.com', password: 'agent password 123' }, { locale, width, hash: '#/mentions' });
      const items = b.page.locator('.mention-item');
      await expect.poll(() => items.count()).toBe(100);
      expect(await items.first().textContent()).toMatch(tag === 'en' ? /^Unread: admin mentioned you · Visitor [0-9A-F]{4}/ : /^未读：admin 提及了你 · 访客 [0-9A-F]{4}/);
      await items.last().focus();
      await b.page.keyboard.press('Tab');
      expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe(older);
      await b.page.locator('.mentions-older').scrollIntoViewIfNeeded();
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(b.page, scheme);
        expect(await violations(b.page), scheme).toEqual([]);
        await b.page.screenshot({ path: path.join(SHOTS, `console-mentions-older-${where}-${scheme}-${tag}.png`) });
      }
      await showColorScheme(b.page, 'light');
      // Where the focus is when the older one is drawn (a mutation observer's callback runs right after that commit,
      // before any paint): on it already, not on the page (a key pressed until the next paint went there).
      await b.page.evaluate(() => {
        const seen = new MutationObserver(() => {
          if (document.querySelectorAll('.mention-item').length <= 100) return;
          const on = document.activeElement;
          document.body.dataset.focusAtDraw = on?.classList.contains('mention-item') ? on.querySelector('p')!.textContent! : `${on?.tagName}`;
          seen.disconnect();
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
      await b.page.keyboard.press('Enter');
      await expect.poll(() => items.count()).toBe(101);
      expect(await b.page.evaluate(() => document.body.dataset.focusAtDraw)).toBe('@Ada Page note 1');
      await expect.poll(() => b.page.evaluate(() => document.activeElement?.querySelector('p')?.textContent)).toBe('@Ada Page note 1');
      expect(await b.page.locator('.mentions-older').count()).toBe(0);
      if (tag === 'zh-CN') {
        // A new mention while the older ones are loaded: on top, the 101 kept below it (it put the page back to the newest 100).
        const { v: v2, id: id2, writer: again } = await waitingWithWriter(server, admin.cookie);
        again.send({ type: 'note', conversationId: id2, clientId: 'newer-note-102', text: '@Ada Page note 102', mentions: [ada.agent.id] });
        await again.next('ack', (f) => f.clientId === 'newer-note-102');
        again.close();
        v2.close();
        await expect.poll(() => items.count()).toBe(102);
        expect(await items.first().locator('p').textContent()).toBe('@Ada Page note 102');
        expect(await items.last().locator('p').textContent()).toBe('@Ada Page note 1');
        expect(await b.page.locator('.mentions-older').count()).toBe(0);
      }
      await b.ctx.close();
    }
    v.close();
  });
});
