import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';

/**
 * A finger's targets on a 390 px touch phone: every button, link, field and choice on the Agents, Tickets, Reports,
 * conversation, canned replies, teams (and labels) and webhooks pages is at least 44 px tall, in English and Chinese
 * (Disable / Remove, CSV, the More menu, the conversation's header, the contact switch and the segmented choices were
 * 20–38 px).
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/**
 * Each visible control a finger reaches over less than 44 px of height, as "what [name] width×height": scrolled to the
 * middle of the screen, the rows at its centre's x, from 30 px above to 30 px below it, where a tap lands on it, on
 * something inside it or on one of its labels (a tap on a label works its control) — a wider hit area than the box
 * counts, a neighbour drawn over it does not.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const controls = 'button, a[href], input:not([type=hidden]), textarea, [role=button], [role=tab], [role=radio], [role=checkbox], [role=switch], [role=option], [role=menuitem], summary';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(controls)) {
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2 || getComputedStyle(el).visibility === 'hidden') continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const labels = [...((el as HTMLInputElement).labels ?? [])];
      const x = r.left + r.width / 2;
      let rows = 0;
      for (let y = Math.floor(r.top) - 29.5; y < r.bottom + 30; y++) { // each row of pixels at its middle
        const hit = document.elementFromPoint(x, y);
        if (hit && (el.contains(hit) || labels.some((l) => l.contains(hit)))) rows++;
      }
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
      if (rows < 44) small.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${name}] ${Math.round(r.width)}×${rows}`);
    }
    return small;
  });

describe.skipIf(!e2e.run)('the console on a touch phone', () => {
  it('has no tap target under 44 px tall on the Agents, Tickets, Reports, conversation and admin rows pages, in English and Chinese', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'mei@example.com');
    // A conversation the admin holds, one waiting and a ticket: the conversation's header and composer, the ticket's
    // status, assignee and reply, and the More menu's count are all on screen.
    const { client: held, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'zh-CN' });
    held.send({ type: 'handoff' });
    await held.next('state', (s) => s.status === 'waiting');
    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`)).status).toBe(200);
    const { client: waiting } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    waiting.send({ type: 'handoff' });
    await waiting.next('state', (s) => s.status === 'waiting');
    const { client: ticket } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    ticket.send({ type: 'leave_message', contact: 'li.wei@example.com', text: 'My card binding keeps failing, please email me.' });
    await ticket.next('ticket_saved');
    // One row on each admin page with row buttons (Edit / Delete; the webhook's Log too): its event never fires here.
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: 'refund', text: 'Refunds take 1-3 working days.' })).status).toBe(201);
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/labels', { name: 'Phishing', topics: ['scam'] })).status).toBe(201);
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds', memberIds: [], topics: [] })).status).toBe(201);
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/webhooks', { url: 'http://127.0.0.1:9/kefu', events: ['ticket.solved'] })).status).toBe(201);

    const pages = [
      ['agents', '#/agents', '.agents-table .row-actions button'],
      ['tickets', '#/tickets', '.ticket-card'],
      ['reports', '#/reports', '.report-chart canvas'],
      ['conversation', `#/inbox/${welcome.conversationId}`, '.composer textarea'],
      ['canned replies', '#/canned-replies', '.row-actions button'],
      ['teams', '#/teams', '[data-team] .row-actions button'],
      ['webhooks', '#/webhooks', '[data-webhook] .row-actions button'],
    ] as const;
    const found: Record<string, string[]> = {};
    const tall: Record<string, number[]> = {};
    for (const locale of ['en', 'zh-CN']) {
      const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width: 390, height: 844, hash: '#/agents' });
      for (const [name, hash, loaded] of pages) {
        await page.evaluate((h) => (location.hash = h), hash);
        await page.locator(loaded).first().waitFor();
        found[`${locale} ${name}`] = await smallTargets(page);
        // A tag with nothing to tap is no taller than on a desktop (a label's name and a webhook's events were 44 px pills).
        tall[`${locale} ${name}`] = await page.locator('.tag:not(:has(button))').evaluateAll((tags) => tags.map((t) => t.getBoundingClientRect().height).filter((h) => h > 28));
        await page.screenshot({ path: path.join(SHOTS, `phone-targets-${locale}-${name}.png`), fullPage: true });
      }
      await page.context().close();
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(tall).toEqual(Object.fromEntries(Object.keys(tall).map((k) => [k, []])));
    for (const c of [held, waiting, ticket]) c.close();
  }, 90_000);

  it('opens a conversation’s details across the conversation’s width, and draws no line down the inbox list’s end', async () => {
    const admin = await login(e2e.server);
    const { client, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    client.send({ type: 'handoff' });
    await client.next('state', (s) => s.status === 'waiting');
    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`)).status).toBe(200);
    for (const locale of ['en', 'zh-CN']) {
      const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width: 390, height: 844, hash: '#/inbox' });
      const list = page.locator('.list-pane');
      await list.locator('.conversation-item').first().waitFor();
      expect(await list.evaluate((el) => getComputedStyle(el).borderInlineEndWidth), `${locale}: the list's end`).toBe('0px');
      await page.evaluate((h) => (location.hash = h), `#/inbox/${welcome.conversationId}`);
      await page.locator('.details-toggle').click();
      const details = page.locator('.conversation-aside.open');
      await details.waitFor();
      // Edge to edge of the conversation (it was 340 px at the right, the first message cut off in the 18 px beside it).
      const [aside, body] = await Promise.all([details.boundingBox(), page.locator('.conversation-body').boundingBox()]);
      expect(Math.round(aside!.x), `${locale}: details' start`).toBe(Math.round(body!.x));
      expect(Math.round(aside!.x + aside!.width), `${locale}: details' end`).toBe(Math.round(body!.x + body!.width));
      await page.screenshot({ path: path.join(SHOTS, `phone-details-${locale}.png`) });
      await page.context().close();
    }
    client.close();
  }, 60_000);
});
