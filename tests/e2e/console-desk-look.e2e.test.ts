import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { showColorScheme } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { openStorageBeside } from '../helpers/server.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { visitor, waitingVisitor } from '../helpers/ws-client.ts';

/**
 * What an agent used to Intercom or Crisp notices first on the desk (session 45's walk through an agent's day), each
 * seen in Chromium: a teammate's "@name" in a note is one piece, never split over two lines; the report's figures side
 * by side in a row, and a duration never broken from its unit, in Chinese too; one's own conversations said "You"; a ticket's "Open the conversation" at its row's end;
 * (session 46) every text area written in grows with its text, none with the browser's resize grip.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** Each "@name" in the notes: the line boxes it takes, and whether it is one line high. */
const mentionLines = (page: Page) =>
  page.locator('.note .mention').evaluateAll((marks) =>
    marks.map((m) => {
      const lineHeight = parseFloat(getComputedStyle(m.parentElement!).lineHeight);
      const rects = [...m.getClientRects()];
      return { text: m.textContent, boxes: rects.length, oneLine: rects.every((r) => r.height < lineHeight * 1.5) };
    }),
  );

/**
 * The admin's console in a language, on a phone (a touch screen under 500 px) or a desktop: signed in once for the file in
 * a context of its own (four in all, where each look of each test had one: 21 sign-ins), then for each look sized to it
 * and loaded afresh on the page asked for, in the light scheme, as a sign-in leaves it.
 */
const consoles = new Map<string, Promise<Page>>();
async function consoleAt(at: { locale: string; width: number; height: number; hash: string }): Promise<Page> {
  const key = `${at.locale} ${at.width < 500 ? 'phone' : 'desktop'}`;
  const open = consoles.get(key);
  if (!open) {
    const opening = openConsoleAt(e2e.browser, e2e.server.url, at);
    consoles.set(key, opening);
    return opening;
  }
  const page = await open;
  await page.setViewportSize({ width: at.width, height: at.height });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('about:blank'); // then a load of its own: the console's address differs only in its hash, a jump within the page
  await page.goto(`${e2e.server.url}/console${at.hash}`);
  await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
  return page;
}

describe.skipIf(!e2e.run)('the desk as an agent reads it', () => {
  afterAll(async () => {
    for (const open of consoles.values()) await (await open).context().close();
  });

  it('keeps a mentioned teammate’s name whole in a note: "@王美" moves to the next line, never "@王" / "美" (phone and desktop, zh-CN and en)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const { agent: mei } = await addAgent(server, admin.cookie, 'mei@example.com', { name: '王美' });
    const { client: v, conversationId } = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/claim`)).status).toBe(200);
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello([{ conversationId, lastSeq: 0 }]);
    await desk.next('synced', (f) => f.conversationId === conversationId);
    // The name at every place along a line: one more character before it each time.
    const NOTES = 24;
    for (let k = 0; k < NOTES; k++) {
      const clientId = `mention-note-${k}`;
      desk.send({ type: 'note', conversationId, clientId, text: `${'审'.repeat(8 + k)}@王美 好`, mentions: [mei.id] });
      await desk.next('ack', (f) => f.clientId === clientId);
    }
    desk.close();
    for (const [locale, width] of [['zh-CN', 390], ['en-US', 390], ['zh-CN', 1280]] as const) {
      const page = await consoleAt({ locale, width, height: 844, hash: `#/inbox/${conversationId}` });
      await expect.poll(() => page.locator('.note .mention').count()).toBe(NOTES);
      const lines = await mentionLines(page);
      expect(lines.filter((l) => l.boxes !== 1 || !l.oneLine), `${locale} ${width}`).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `desk-look-mentions-${width}-${locale}.png`) });
    }
    v.close();
  });

  it('lines the report cards’ figures up along each row, and keeps "75 分钟" whole beside who waits now (1000–1280 px and 360–420 px, zh-CN and en)', async () => {
    // A visitor waiting since 75 minutes ago: the queue card has a line more than its neighbours, its duration in minutes.
    const storage = openStorageBeside(e2e.server);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 75 * 60_000);
      const visitor = await storage.createVisitor('desk-look-waiting', 'zh-CN');
      const c = await storage.openConversation(visitor.id, 'zh-CN');
      expect(await storage.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, { type: 'queued', actor: 'visitor', agentId: null, reason: 'asked' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
      await storage.close();
    }
    for (const locale of ['zh-CN', 'en-US']) {
      const page = await consoleAt({ locale, width: 1280, height: 800, hash: '#/reports' });
      const now = page.locator('[data-kpi=waitSec] [data-waiting-now]');
      await now.waitFor();
      const widths = [...Array.from({ length: 29 }, (_, i) => 1000 + i * 10), ...Array.from({ length: 13 }, (_, i) => 360 + i * 5)];
      const wrong: string[] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const seen = await page.evaluate(() => {
          // Figures in a row: the cards that start at one height have their figures at one height.
          const rows = new Map<number, number[]>();
          for (const card of document.querySelectorAll('.kpi')) {
            const top = Math.round(card.getBoundingClientRect().top);
            rows.set(top, [...(rows.get(top) ?? []), Math.round(card.querySelector('.kpi-value')!.getBoundingClientRect().top)]);
          }
          const uneven = [...rows.values()].filter((tops) => new Set(tops).size > 1).map((tops) => tops.join('/'));
          // The longest wait's figure and unit ("75 分钟", "75 min"): the line tops its characters sit on.
          const line = document.querySelector('[data-waiting-now]')!;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const text = line.textContent!;
          const at = text.search(/\d+(\.\d+)?\s?(分钟|min)/);
          const len = /\d+(\.\d+)?\s?(分钟|min)/.exec(text)![0].length;
          const tops = new Set<number>();
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const n = node.textContent!.length;
            for (let i = Math.max(at, offset); i < Math.min(at + len, offset + n); i++) {
              const range = document.createRange();
              range.setStart(node, i - offset);
              range.setEnd(node, i - offset + 1);
              const r = range.getClientRects()[0];
              if (r && r.width > 0) tops.add(Math.round(r.top));
            }
            offset += n;
          }
          return { uneven, durationLines: tops.size, text };
        });
        if (seen.uneven.length) wrong.push(`${width}: figures at ${seen.uneven.join(', ')}`);
        if (seen.durationLines !== 1) wrong.push(`${width}: "${seen.text}" broken inside its duration`);
      }
      expect(wrong, locale).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('[data-testid=kpis]').screenshot({ path: path.join(SHOTS, `desk-look-kpis-1280-${locale}.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[data-testid=kpis]').screenshot({ path: path.join(SHOTS, `desk-look-kpis-390-${locale}.png`) });
    }
  }, 120_000); // 42 widths in two languages, on a shared 2-core box

  it('says "You" for the reader\'s own conversation in its status, its row and a search hit, and a teammate\'s name for theirs (en and zh-CN)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const ana = await addAgent(server, admin.cookie, 'ana@example.com', { name: 'Ana' });
    const mine = await waitingVisitor(server.wsUrl, server.url);
    const theirs = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${mine.conversationId}/claim`)).status).toBe(200);
    expect((await api(server, ana.cookie, 'POST', `/api/v1/conversations/${theirs.conversationId}/claim`)).status).toBe(200);
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${mine.conversationId}/messages`, { text: 'quokka refund checked' });
    for (const [locale, you, assigned] of [['en-US', 'You', 'Assigned'], ['zh-CN', '我', '已分配']] as const) {
      const page = await consoleAt({ locale, width: 1280, height: 800, hash: `#/inbox/${mine.conversationId}` });
      await expect.poll(() => page.getByTestId('status').textContent()).toBe(`${assigned} · ${you}`);
      await page.locator('.list-pane .tab').nth(1).click(); // Mine
      const row = page.locator('.list-pane .conversation-item').filter({ hasText: 'quokka' });
      expect(await row.locator('.row-meta').innerText()).toMatch(new RegExp(`${assigned}\\s*·\\s*${you}$`));
      await page.evaluate((id) => (location.hash = `#/inbox/${id}`), theirs.conversationId);
      await expect.poll(() => page.getByTestId('status').textContent()).toBe(`${assigned} · Ana`);
      await page.locator('input[type=search]').fill('quokka');
      await expect.poll(() => page.locator('.search-hit .row-meta').innerText()).toMatch(new RegExp(`${assigned}\\s*·\\s*${you}$`));
      await page.screenshot({ path: path.join(SHOTS, `desk-look-you-${locale}.png`) });
    }
    mine.client.close();
    theirs.client.close();
  });

  it('ends a ticket card\'s control row with "Open the conversation", never indented at the start of a wrapped line (390 and 1280 px, en and zh-CN)', async () => {
    const { server } = e2e;
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'leave_message', contact: 'li.wei@example.com', text: 'My card binding keeps failing, please email me.' });
    await client.next('ticket_saved');
    expect(welcome.conversationId).toBeTruthy();
    for (const [locale, width] of [['en-US', 390], ['zh-CN', 390], ['en-US', 1280], ['zh-CN', 1280]] as const) {
      const page = await consoleAt({ locale, width, height: 844, hash: '#/tickets' });
      await page.locator('.ticket-card .ticket-controls').first().waitFor();
      const gaps = await page.locator('.ticket-card .ticket-controls').evaluateAll((rows) =>
        rows.map((row) => {
          const open = [...row.querySelectorAll('button')].find((b) => b.getBoundingClientRect().width > 0 && b === row.lastElementChild)!;
          return Math.round(row.getBoundingClientRect().right - open.getBoundingClientRect().right);
        }),
      );
      expect(gaps, `${locale} ${width}`).toEqual(gaps.map(() => 0));
      await page.locator('.ticket-card').first().screenshot({ path: path.join(SHOTS, `desk-look-ticket-${width}-${locale}.png`) });
    }
    client.close();
  });

  it('grows every text area with its text, none with the browser\'s grip: a canned reply, the reply and the note, a ticket\'s reply, the widget\'s message (light and dark)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'leave_message', contact: 'grow@example.com', text: 'Please write back by e-mail.' });
    await client.next('ticket_saved');
    const { client: chat, conversationId } = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/claim`)).status).toBe(200);
    const LINES = Array.from({ length: 8 }, (_, i) => `line ${i + 1} of a longer answer`).join('\n');
    /** Each text area in `scope`: its grip, and how much of its text is out of view (0: it grew). */
    const boxes = (page: Page, scope: string) =>
      page.locator(`${scope} textarea`).evaluateAll((all) => all.map((x) => ({ resize: getComputedStyle(x).resize, hidden: x.scrollHeight - x.clientHeight })));
    const grown = async (page: Page, scope: string, shot: string) => {
      const box = page.locator(`${scope} textarea`).first();
      await box.fill('');
      const before = await box.evaluate((x) => x.clientHeight);
      await box.fill(LINES);
      expect(await boxes(page, scope), scope).toEqual((await boxes(page, scope)).map(() => ({ resize: 'none', hidden: 0 })));
      expect(await box.evaluate((x) => x.clientHeight), scope).toBeGreaterThan(before);
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(page, scheme);
        await page.locator(scope).first().screenshot({ path: path.join(SHOTS, `desk-look-grow-${shot}-${scheme}.png`) });
      }
      await showColorScheme(page, 'light');
    };
    const page = await consoleAt({ locale: 'en-US', width: 1280, height: 900, hash: '#/canned-replies' });
    await grown(page, 'form.form-grid', 'canned');
    await page.evaluate((id) => (location.hash = `#/inbox/${id}`), conversationId);
    await grown(page, '.composer', 'reply');
    await page.locator('.composer').getByRole('radio', { name: 'Internal note' }).check();
    await grown(page, '.composer', 'note');
    await page.evaluate(() => (location.hash = '#/tickets'));
    await grown(page, '.ticket-reply', 'ticket-reply');
    // The widget's own: its message to a ticket.
    const widget = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await widget.goto(`${server.url}/chat?locale=en`);
    await widget.locator('.composer textarea').waitFor();
    expect(await boxes(widget, '.composer'), 'widget composer').toEqual([{ resize: 'none', hidden: 0 }]);
    await widget.close();
    client.close();
    chat.close();
  });

  it('edits a canned reply where it is listed: Edit puts its text in the form under "Edit /refund", focused; Save replaces it, Cancel leaves the form as it was (en and zh-CN, light and dark)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: 'refund', text: 'Refunds take 1-3 working days.' })).status).toBe(201);
    for (const [locale, edit, title, cancel, save] of [['en-US', 'Edit', 'Edit /refund', 'Cancel', 'Save'], ['zh-CN', '编辑', '编辑 /refund', '取消', '保存']] as const) {
      const page = await consoleAt({ locale, width: 1280, height: 800, hash: '#/canned-replies' });
      const row = page.locator('.canned-item', { hasText: '/refund' });
      await row.getByRole('button', { name: `${edit} /refund` }).click();
      const form = page.getByRole('form', { name: title });
      const text = form.locator('textarea');
      expect(await text.inputValue()).toMatch(/^Refunds take 1-3 working days/);
      expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await form.locator('input[name=shortcut]').count()).toBe(0); // the shortcut is the heading's: the text is what changes
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(page, scheme);
        await page.screenshot({ path: path.join(SHOTS, `desk-look-canned-edit-${locale}-${scheme}.png`) });
      }
      await form.getByRole('button', { name: cancel }).click();
      await page.getByRole('form', { name: locale === 'en-US' ? 'Add canned reply' : '添加快捷回复' }).waitFor();
      await row.getByRole('button', { name: `${edit} /refund` }).click();
      await text.fill(`Refunds take 1-3 working days (${locale}).\nWe e-mail you when it is done.`);
      await form.getByRole('button', { name: save }).click();
      await expect.poll(() => row.locator('p').innerText()).toBe(`Refunds take 1-3 working days (${locale}).\nWe e-mail you when it is done.`);
      expect(await page.locator('.canned-item').count()).toBe(1); // replaced, not added
    }
  });

  it("lines the canned replies' texts up in one column at 1280 px; on a 390 px phone gives each text the card's width under its shortcut and buttons (en and zh-CN)", async () => {
    const { server } = e2e;
    const admin = await login(server);
    for (const [shortcut, text] of [['hi', 'Hi! Thanks for reaching out — how can I help you today?'], ['chargeback', '退款将在1-3个工作日内原路退回，请留意您的银行卡账单。如有疑问请随时联系我们。']]) {
      expect((await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut, text })).status).toBe(201);
    }
    for (const [locale, width] of [['en-US', 1280], ['zh-CN', 390]] as const) {
      const page = await openConsoleAt(e2e.browser, server.url, { locale, width, height: 800, hash: '#/canned-replies' });
      await page.locator('.canned-item', { hasText: '/chargeback' }).waitFor();
      const boxes = await page.locator('.canned-item').evaluateAll((items) => items.map((li) => {
        const box = (sel: string) => li.querySelector(sel)!.getBoundingClientRect();
        const card = li.getBoundingClientRect();
        return { textLeft: Math.round(box('p').left), textWidth: box('p').width, cardWidth: card.width, textTop: box('p').top, headBottom: Math.max(box('.kbd').bottom, box('.row-actions').bottom) };
      }));
      expect(new Set(boxes.map((b) => b.textLeft)).size, locale).toBe(1); // every text starts at one edge
      if (width < 500) {
        for (const b of boxes) {
          expect(b.textTop, locale).toBeGreaterThanOrEqual(b.headBottom); // under the shortcut and the buttons
          expect(b.textWidth, locale).toBeGreaterThan(b.cardWidth * 0.8); // the card's width, not a strip beside them
        }
      }
      await page.screenshot({ path: path.join(SHOTS, `desk-look-canned-list-${width}-${locale}.png`) });
      await page.context().close();
    }
  });

  it('keeps the focus on the canned replies page after an action: Edit puts the caret after the text, Save leaves the focus in the fresh form for the next one, Delete on the reply that took the place (never the page itself)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    // Only these two (the file's other tests leave theirs): the last one's delete leaves the list empty.
    const kept = (await api(server, admin.cookie, 'GET', '/api/v1/canned-replies')).body as { cannedReplies: { id: string }[] };
    for (const c of kept.cannedReplies) expect((await api(server, admin.cookie, 'DELETE', `/api/v1/canned-replies/${c.id}`)).status).toBe(204);
    for (const shortcut of ['focus-a', 'focus-b']) expect((await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut, text: `Text of ${shortcut}` })).status).toBe(201);
    const page = await openConsoleAt(e2e.browser, server.url, { locale: 'en-US', width: 1280, height: 800, hash: '#/canned-replies' });
    const focused = () => page.evaluate(() => {
      const el = document.activeElement!;
      return el === document.body ? 'body' : (el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent);
    });
    // Edit, then Save by the keyboard: the form comes back empty for the next reply, its first field focused.
    await page.getByRole('button', { name: 'Edit /focus-a' }).click();
    await page.keyboard.type(' (edited)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Cancel, then Save
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.canned-item', { hasText: '/focus-a' }).locator('p').innerText()).toBe('Text of focus-a (edited)');
    await expect.poll(focused).toBe('shortcut');
    // Delete: the reply after it holds the focus; the last one gone, the form's first field.
    await page.getByRole('button', { name: 'Delete /focus-a' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.locator('.canned-item', { hasText: '/focus-a' }).waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Edit /focus-b');
    await page.getByRole('button', { name: 'Delete /focus-b' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.locator('.canned-item', { hasText: '/focus-b' }).waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('shortcut');
    await page.context().close();
  });

  it('names a teammate whole in the transfer list, a long name on two lines rather than "Alejandro F…" (390 and 1280 px, en and zh-CN)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const long = 'Alejandro Fernández Gutiérrez de la Torre';
    await addAgent(server, admin.cookie, 'alejandro-transfer@example.com', { name: long });
    const { client, conversationId } = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/claim`)).status).toBe(200);
    for (const [locale, width] of [['en-US', 390], ['zh-CN', 390], ['en-US', 1280], ['zh-CN', 1280]] as const) {
      const page = await consoleAt({ locale, width, height: 844, hash: `#/inbox/${conversationId}` });
      const zh = locale === 'zh-CN';
      if (width < 1200) {
        await page.getByRole('button', { name: zh ? '更多操作' : 'More actions' }).click();
        await page.getByRole('menuitem', { name: zh ? '转接…' : 'Transfer…' }).click();
      } else await page.getByRole('button', { name: zh ? '转接…' : 'Transfer…' }).click();
      const names = page.locator('dialog[open] .agent-name');
      await names.filter({ hasText: long }).waitFor();
      const cut = await names.evaluateAll((all) => all.filter((n) => n.scrollWidth > n.clientWidth || n.getBoundingClientRect().right > n.closest('dialog')!.getBoundingClientRect().right).map((n) => n.textContent));
      expect(cut, `${locale} ${width}`).toEqual([]);
      await page.locator('dialog[open]').screenshot({ path: path.join(SHOTS, `desk-look-transfer-${width}-${locale}.png`) });
    }
    client.close();
  });

  it('says the page once: its title and address in the details, none of it in the header (who and the state), 1280 px, en and zh-CN', async () => {
    const { server } = e2e;
    const url = 'https://wallet.example/help/refunds';
    const title = 'Refunds – Wallet help';
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', page: { url, title } });
    client.send({ type: 'handoff' });
    await client.next('state', (f) => f.status === 'waiting');
    for (const [locale, details, label] of [['en-US', 'Details', 'Page'], ['zh-CN', '详情', '页面']] as const) {
      const page = await consoleAt({ locale, width: 1280, height: 800, hash: `#/inbox/${welcome.conversationId}` });
      const aside = page.getByRole('complementary', { name: details });
      await aside.getByTestId('page').waitFor();
      const head = await page.locator('.conversation-head').innerText();
      expect(head, locale).not.toContain(title);
      expect(head, locale).not.toContain('wallet.example');
      expect(await aside.getByTestId('page').innerText(), locale).toBe(`“${title}”\n${url}`);
      expect(await aside.getByTestId('page').evaluate((dd) => dd.previousElementSibling!.textContent), locale).toBe(label);
      expect((await page.locator('section.conversation').innerText()).split(title).length - 1, locale).toBe(1);
      await page.screenshot({ path: path.join(SHOTS, `desk-look-page-once-${locale}.png`) });
    }
    client.close();
  });

  it('breaks the page address in the details after a "/", never inside a word (".../refund" then "s" at 1280 px)', async () => {
    const { server } = e2e;
    const url = 'https://wallet.example/help/refunds/card-payments/international-transfers'; // the server keeps origin and path
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', page: { url, title: 'Refunds – Wallet help' } });
    client.send({ type: 'handoff' });
    await client.next('state', (f) => f.status === 'waiting');
    const page = await consoleAt({ locale: 'en-US', width: 1280, height: 800, hash: `#/inbox/${welcome.conversationId}` });
    const address = page.getByTestId('page').locator('.visited-url');
    expect(await address.innerText()).toBe(url);
    // The character before each line break of the address (it wrapped: the column is 250 px).
    const before = await address.evaluate((el) => {
      const chars: { ch: string; top: number }[] = [];
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        for (let i = 0; i < n.textContent!.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          chars.push({ ch: n.textContent![i]!, top: Math.round(r.getBoundingClientRect().top) });
        }
      }
      return chars.flatMap((c, i) => (i > 0 && c.top > chars[i - 1]!.top ? [chars[i - 1]!.ch] : []));
    });
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((ch) => !'/?&#-'.includes(ch))).toEqual([]);
    await page.getByRole('complementary', { name: 'Details' }).screenshot({ path: path.join(SHOTS, 'desk-look-details-address.png') });
    client.close();
  });
});
