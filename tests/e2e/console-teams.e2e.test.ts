import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AuditRecord, SiteSettingsView, Team } from '../../protocol/index.ts';
import { violations } from '../helpers/axe.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';
import { readmeVerifier, startReceiver } from '../helpers/webhook-receiver.ts';
import { waitFor } from '../helpers/wait.ts';
import { choose, optionsOf } from '../helpers/select.ts';

/**
 * Labels, teams and sites in the console, in Chromium: an admin makes a label and a team on the Labels & teams
 * page; a scam question handed over lands in the team's queue; the agent takes the suggested label with one click
 * and the inbox filters by label and team; the Sites page saves channels, a weekly schedule and a holiday through
 * the admin API. A second admin's console, open all along, sees each list edit live (the new label and team in
 * its filters, the label on the row, the timeline's team and label lines). axe-core finds nothing on these screens
 * in light and dark.
 */
// Webhooks may reach the test's receiver on 127.0.0.1.
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_WEBHOOKS_ALLOW_PRIVATE: 'true' }, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** An admin's console in a new context, on the inbox (where it opens). */
async function adminConsole(options: Parameters<Browser['newContext']>[0], account: { email: string; password: string } = ADMIN): Promise<Page> {
  const page = await (await e2e.browser.newContext(options)).newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${e2e.server.url}/console`);
  await page.locator('input[type=email]').fill(account.email);
  await page.locator('input[type=password]').fill(account.password);
  await page.locator('button[type=submit]').click();
  await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
  await page.locator('.filters').waitFor();
  return page;
}

/**
 * The admin's console in English at 1280 × 800 (light), logged in once for the file (closed with the file's Chromium):
 * the first test, the webhooks test and the late suggestion's test act in it one after another, each from a page it
 * opens by address or link. Two logins fewer.
 */
let adminDesk: Promise<Page> | undefined;
async function adminDeskPage(): Promise<Page> {
  if (!adminDesk) return (adminDesk = adminConsole({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1280, height: 800 } }));
  const page = await adminDesk;
  await page.setViewportSize({ width: 1280, height: 800 });
  return page;
}

describe.skipIf(!e2e.run)('labels, teams and sites in the console', () => {
  it('makes a label and a team, routes a scam chat to the team, labels it from the suggestion, filters; saves a site', async () => {
    const admin = await login(e2e.server);
    const page = await adminDeskPage();
    // A second admin's console, open all along: it sees every list edit live, over its socket, with no reload.
    const mei = { email: 'mei@example.com', password: 'agent password 123' };
    await addAgent(e2e.server, admin.cookie, mei.email, { role: 'admin' });
    const other = await adminConsole({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1280, height: 800 } }, mei);
    const otherFilters = other.locator('.filters');

    // Labels & teams: a label and a team with the admin as its member, both on the FAQ topic "fraud".
    await page.getByRole('link', { name: 'Labels & teams' }).click();
    const labelForm = page.locator('form[aria-labelledby=label-form]');
    await labelForm.getByLabel('Name').fill('Fraud');
    await labelForm.getByLabel('FAQ topics').fill('scam, Fraud');
    await labelForm.getByRole('button', { name: 'Save' }).click();
    await page.locator('.item-row .tag', { hasText: 'Fraud' }).waitFor();
    const teamForm = page.locator('form[aria-labelledby=team-form]');
    await teamForm.getByLabel('Name').fill('Security and fraud');
    await teamForm.getByLabel('FAQ topics').fill('fraud');
    await teamForm.getByLabel('admin').check();
    await teamForm.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-team="Security and fraud"]').waitFor();
    const teams = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/teams')).body!.teams as Team[];
    expect(teams).toMatchObject([{ name: 'Security and fraud', memberIds: [admin.agent.id], topics: ['fraud'], hours: null }]);
    // The other console's filters offer the new label and team without a reload.
    await expect.poll(() => optionsOf(otherFilters, 'Label')).toContain('Fraud');
    await expect.poll(() => optionsOf(otherFilters, 'Team')).toContain('Security and fraud');
    expect(await violations(page), 'labels & teams').toEqual([]);

    // A scam question handed over: it waits in the team's queue, named on its row.
    const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    await askBot(v.client, "I've been scammed. How do I report it?");
    v.client.send({ type: 'handoff' });
    await v.client.next('state', (s) => s.status === 'waiting');
    await page.getByRole('link', { name: /^Inbox/ }).click();
    const row = page.locator('.conversation-item[data-status=waiting]');
    await expect.poll(() => row.locator('.row-team').textContent()).toContain('Security and fraud');

    // The suggestion from the bot's answer: one click puts the label on; the filters then find it by label and team.
    await row.click();
    await page.getByRole('button', { name: '+ Fraud' }).click();
    await page.locator('.tags .tag', { hasText: 'Fraud' }).waitFor();
    await row.locator('.row-labels .badge', { hasText: 'Fraud' }).waitFor();
    expect(await violations(page), 'inbox with labels').toEqual([]);
    // The other console: the label on the row, and in the open conversation's timeline the team it joined by its
    // topic and who added the label, each with its time.
    const otherRow = other.locator('.conversation-item[data-status=waiting]');
    await otherRow.locator('.row-labels .badge', { hasText: 'Fraud' }).waitFor();
    await otherRow.click();
    await other.locator('.event-line[data-event=team_changed]', { hasText: 'Joined the queue of Security and fraud (its FAQ topic)' }).waitFor();
    await other.locator('.event-line[data-event=label_added]', { hasText: 'admin added the label Fraud' }).locator('time').waitFor();
    const audit = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/admin/audit?action=conversation.label_added')).body!.records as AuditRecord[];
    expect(audit).toMatchObject([{ agentId: admin.agent.id, conversationId: v.welcome.conversationId, detail: { label: 'Fraud' } }]);
    const filters = page.locator('.filters');
    await choose(filters, 'Label', 'Fraud');
    await choose(filters, 'Team', 'No team');
    await page.locator('.list-pane .empty').waitFor();
    await choose(filters, 'Team', 'Security and fraud');
    await row.waitFor();
    await page.locator('.tags').getByRole('button', { name: 'Remove label Fraud' }).click();
    await page.locator('.list-pane .empty').waitFor(); // no longer labelled: filtered out
    await other.locator('.event-line[data-event=label_removed]', { hasText: 'admin removed the label Fraud' }).waitFor();
    await otherRow.locator('.row-labels').waitFor({ state: 'detached' });
    await other.context().close();
    await choose(filters, 'Label', 'All labels');
    await choose(filters, 'Team', 'All teams');

    // Sites: a new site with a phone, Monday from 08:30, and a holiday; a bad date is refused at the field.
    await page.evaluate(() => (location.hash = '#/sites/shop'));
    await page.locator('[data-source=none]').waitFor();
    await page.getByRole('button', { name: '+ Phone' }).click();
    await page.getByLabel('Region of phone 1').fill('Hong Kong');
    await page.getByLabel('Number of phone 1').fill('+852 2345 6789');
    await page.getByLabel('Support e-mail').fill('help@wallet.example');
    await page.getByLabel('Keep business hours').check();
    await choose(page, 'Time zone', 'Asia/Hong_Kong');
    await choose(page, 'Monday opens at', '08:30');
    await page.getByLabel('New holiday').fill('25/12/2026');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await page.getByLabel('New holiday').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('New holiday').fill('2026-12-25');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove the holiday 2026-12-25' }).waitFor();
    await choose(page, 'Close an idle chat after', '30 min');
    // Its explanation runs across the card, not down the select's narrow column.
    const width = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);
    expect(await width('#idle-hint')).toBeGreaterThan(2 * (await width('#site-idle')));
    expect(await violations(page), 'sites').toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-source=database]').waitFor();
    const stored = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/admin/sites/shop')).body as unknown as SiteSettingsView;
    expect(stored.settings).toEqual({
      channels: { phones: [{ region: 'Hong Kong', number: '+852 2345 6789' }], social: [], email: 'help@wallet.example' },
      hours: {
        timezone: 'Asia/Hong_Kong',
        weekly: { mon: [['08:30', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
        holidays: ['2026-12-25'],
      },
      idleCloseMinutes: 30,
    });
    v.client.close();
  }, 120_000); // a budget for the loaded box (logins, three axe runs), not a timing

  it("shows a team's members in the audit log name by name (a name with a comma is one name): kept, taken out, put in; an old comma-joined row as stored", async () => {
    const admin = await login(e2e.server);
    const lee = await addAgent(e2e.server, admin.cookie, 'lee.audit@example.com', { name: 'Lee, Dan Jr.' });
    const mei = await addAgent(e2e.server, admin.cookie, 'mei.audit@example.com', { name: '王美' });
    const team = (await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Chargebacks', memberIds: [lee.agent.id, admin.agent.id], topics: [] })).body!.team as Team;
    expect((await api(e2e.server, admin.cookie, 'PUT', `/api/v1/admin/teams/${team.id}`, { name: 'Chargebacks', memberIds: [lee.agent.id, mei.agent.id], topics: [] })).status).toBe(200);
    // A row written before the lists (one comma-joined string), as an install that upgrades keeps it.
    const legacy = (await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Legacy', memberIds: [], topics: [] })).body!.team as Team;
    const db = new Database(path.join(e2e.server.dataDir, 'kefu.sqlite'));
    db.prepare("UPDATE audit_log SET after_json = ? WHERE action = 'team.created' AND target = ?").run(JSON.stringify({ name: 'Legacy', members: 'dan, admin', topics: '', hours: null }), legacy.id);
    db.close();
    for (const [locale, width, field] of [['en-US', 1280, 'Members: '], ['zh-CN', 390, '成员：']] as const) {
      const page = await adminConsole({ locale, colorScheme: width < 500 ? 'dark' : 'light', viewport: { width, height: 844 }, ...(width < 500 ? { isMobile: true, hasTouch: true } : {}) });
      await page.evaluate(() => (location.hash = '#/security'));
      const changed = page.locator('tr[data-action="team.changed"]').filter({ hasText: 'Chargebacks' }).locator('.change');
      await changed.first().waitFor();
      const names = (row: typeof changed) => row.locator('.audit-names li').evaluateAll((lis) => lis.map((li) => [li.textContent, li.getAttribute('data-change'), li.firstElementChild!.tagName]));
      expect(await changed.allInnerTexts()).toHaveLength(1); // only the members changed
      expect(await names(changed)).toEqual([['Lee, Dan Jr.', 'kept', 'SPAN'], [admin.agent.name, 'removed', 'DEL'], ['王美', 'added', 'INS']]);
      const made = page.locator('tr[data-action="team.created"]').filter({ hasText: 'Chargebacks' }).locator('.change').filter({ has: page.locator('.audit-names') });
      expect(await names(made)).toEqual([['Lee, Dan Jr.', 'added', 'INS'], [admin.agent.name, 'added', 'INS']]);
      const old = page.locator('tr[data-action="team.created"]').filter({ hasText: 'Legacy' }).locator('.change');
      expect(await old.allInnerTexts()).toContain(`${field}dan, admin`);
      // Each name inside the row (the phone's too): none cut, none past the table.
      const out = await page.locator('.audit-names li').evaluateAll((lis) => lis.filter((li) => li.scrollWidth > li.clientWidth || li.getBoundingClientRect().right > document.documentElement.clientWidth).length);
      expect(out, locale).toBe(0);
      await changed.screenshot({ path: path.join(SHOTS, `audit-members-${width}-${locale}.png`) });
      await page.screenshot({ path: path.join(SHOTS, `audit-log-${width}-${locale}.png`) });
      await page.context().close();
    }
  });

  it('has zero axe violations on Labels & teams, Sites and the inbox in dark, in Chinese', async () => {
    const page = await adminConsole({ locale: 'zh-CN', colorScheme: 'dark', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const [hash, ready] of [['#/teams', '.item-row'], ['#/sites/shop', '.hours-editor'], ['#/inbox', '.filters']] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator(ready).first().waitFor();
      expect(await violations(page), hash).toEqual([]);
    }
    await page.context().close();
  }, 120_000);

  it('registers a webhook (its secret shown once), edits it, shows a failed delivery with the answer, redelivers it, removes it; another admin console follows live', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, await readmeVerifier());
    receiver.respond(() => 500);
    try {
      const page = await adminDeskPage();
      // Another admin's console, on the Webhooks page all along: it follows every add, edit and removal live.
      const lan = { email: 'lan@example.com', password: 'agent password 123' };
      await addAgent(e2e.server, (await login(e2e.server)).cookie, lan.email, { role: 'admin' });
      const other = await adminConsole({ locale: 'zh-CN', colorScheme: 'dark', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, lan);
      await other.evaluate(() => (location.hash = '#/webhooks'));
      await other.getByText('还没有 Webhook。').waitFor();
      await page.evaluate(() => (location.hash = '#/webhooks'));
      await page.getByText('No webhooks yet.').waitFor();
      await page.getByLabel('Address (URL)').fill(receiver.url);
      await page.getByRole('checkbox', { name: /ticket\.solved/ }).check();
      // A secret too short: the hint says the rule, the error only what is missing (each said "at least 16").
      const secretBox = page.getByLabel('Signing secret (optional)');
      await secretBox.fill('too short');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      expect(await page.locator('form .field-error').allTextContents()).toEqual(['Add 7 more.']);
      expect(await page.locator('#webhook-secret-hint').textContent()).toBe('At least 16 characters. Leave it empty and Kefu makes one; either way it is shown once.');
      await secretBox.fill('');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      secret = (await page.getByTestId('webhook-secret').textContent())!;
      expect(secret.length).toBeGreaterThanOrEqual(32);
      await page.getByRole('button', { name: 'I have saved it' }).click();
      expect(await page.getByTestId('webhook-secret').count()).toBe(0); // shown once: not in the list, not after a reload
      const card = page.locator(`[data-webhook="${receiver.url}"]`);
      expect((await card.locator('.webhook-events').textContent())!.replace(/\s+/g, ' ')).toContain('ticket.solved');
      const otherCard = other.locator(`[data-webhook="${receiver.url}"]`);
      await otherCard.locator('.webhook-events code', { hasText: 'ticket.solved' }).waitFor();
      expect(await other.getByTestId('webhook-secret').count()).toBe(0); // the secret is shown to the admin who made it, only

      // Edited here (ticket.solved off, rating.created on): the other console shows the new events without a reload.
      await card.getByRole('button', { name: 'Edit' }).click();
      const edit = card.locator('form.webhook-edit');
      await edit.getByRole('checkbox', { name: /ticket\.solved/ }).uncheck();
      await edit.getByRole('checkbox', { name: /rating\.created/ }).check();
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.waitFor({ state: 'detached' });
      await otherCard.locator('.webhook-events code', { hasText: 'rating.created' }).waitFor();
      expect(await otherCard.locator('.webhook-events code', { hasText: 'ticket.solved' }).count()).toBe(0);
      expect(await card.locator('.webhook-events code', { hasText: 'ticket.solved' }).count()).toBe(0);

      // A visitor waits for a person: the receiver answers 500, so the delivery is retried later; the log says why.
      const { client } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
      client.send({ type: 'handoff' });
      const first = await waitFor(() => receiver.received.find((r) => r.payload.type === 'conversation.waiting'), 'the delivery');
      expect(first.verified).toBe(true); // signed with the secret the page showed, checked by the README's snippet
      // Nobody presses Refresh: the badges follow each attempt (a webhooks_changed frame after it is recorded).
      await card.getByRole('button', { name: 'Delivery log' }).click();
      const row = card.locator(`[data-delivery="${first.payload.id}"]`);
      await row.locator('[data-delivery-status]', { hasText: 'Retrying · 500' }).waitFor();
      await card.locator('.webhook-head [data-delivery-status]', { hasText: 'Retrying · 500' }).waitFor();
      await otherCard.locator('.webhook-head [data-delivery-status]', { hasText: '500' }).waitFor(); // the other admin's list too
      expect(await row.locator('.answer').textContent()).toContain('nope 500');

      // Redeliver now (the same event id): the receiver takes it this time.
      receiver.respond(() => 200);
      await row.getByRole('button', { name: 'Redeliver: conversation.waiting' }).click();
      await waitFor(() => receiver.received.filter((r) => r.payload.id === first.payload.id).length >= 2, 'the redelivery');
      await row.locator('[data-delivery-status]', { hasText: 'Delivered · 200' }).waitFor();
      expect(await violations(page)).toEqual([]);
      // On a phone the log's event names stay whole: they broke mid-word ("conversation.wai|ting").
      await page.setViewportSize({ width: 390, height: 844 });
      const event = row.locator('.delivery-event');
      const shown = await event.evaluate((code) => {
        const range = document.createRange();
        range.selectNodeContents(code);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        return { text: code.textContent, lines };
      });
      expect(shown).toEqual({ text: 'conversation.waiting', lines: 1 });
      await page.setViewportSize({ width: 1280, height: 800 });

      await card.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByText('No webhooks yet.').waitFor();
      await other.getByText('还没有 Webhook。').waitFor(); // removed there too
      await other.context().close();
      client.close();
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it("opens a conversation of a team the agent is not in by its address, teams answered late: the list lands on All open, where it is", async () => {
    const admin = await login(e2e.server);
    const member = await addAgent(e2e.server, admin.cookie, 'ren@example.com');
    await addAgent(e2e.server, admin.cookie, 'ana@example.com');
    const team = (await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds', memberIds: [member.agent.id], topics: [] })).body!.team as Team;
    const { client: v, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');
    expect((await api(e2e.server, admin.cookie, 'PUT', `/api/v1/conversations/${welcome.conversationId}/team`, { teamId: team.id })).status).toBe(200);

    // Ana (not of Refunds) opens its link; the teams list answers only once the conversation is on screen.
    const page = await adminConsole({ locale: 'en-US' }, { email: 'ana@example.com', password: 'agent password 123' });
    let answer = () => {};
    const teamsAnswered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/v1/teams', async (route) => {
      await teamsAnswered;
      await route.continue();
    });
    await page.goto(`${e2e.server.url}/console#/inbox/${welcome.conversationId}`);
    await page.reload(); // a fresh load (a link followed): the one above only changed the hash
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('waiting');
    const teamsLoaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/teams'));
    answer();
    await teamsLoaded;
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^All open/);
    expect(await page.locator('.conversation-list [aria-current="true"]').count()).toBe(1);

    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`)).status).toBe(200);
    expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/close`)).status).toBe(200);
    v.close();
    await page.context().close();
  }, 60_000);

  it("a chat opened while the one before's suggested label is on its way never shows that label (a click would put it on the wrong chat)", async () => {
    const admin = await login(e2e.server);
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/labels', { name: 'Phishing', topics: ['scam'] })).status).toBe(201);
    const waiting = async (text: string) => {
      const { client, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
      await askBot(client, text);
      client.send({ type: 'handoff' });
      await client.next('state', (s) => s.status === 'waiting');
      return { client, id: welcome.conversationId };
    };
    const scam = await waiting("I've been scammed. How do I report it?");
    const topUp = await waiting('How do I top up my wallet with a bank card?');
    const page = await adminDeskPage();
    const log = page.getByRole('log', { name: 'Transcript' });
    const open = (id: string) => page.evaluate((hash) => (location.hash = hash), `#/inbox/${id}`);
    // The scam chat's suggestion is answered only once the agent has moved on to the top-up chat and seen its answer.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`**/api/v1/conversations/${scam.id}/topic`, async (route) => {
      await answered;
      await route.continue();
    });
    await open(scam.id);
    await log.locator('.msg-visitor', { hasText: "I've been scammed." }).waitFor();
    const topUpTopic = page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/api/v1/conversations/${topUp.id}/topic`));
    await open(topUp.id);
    await log.locator('.msg-visitor', { hasText: 'How do I top up my wallet' }).waitFor();
    await topUpTopic;
    const late = page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/api/v1/conversations/${scam.id}/topic`));
    answer();
    await late;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('.tags').getByRole('button', { name: '+ Phishing' }).count()).toBe(0);
    // Its own chat still suggests it.
    await open(scam.id);
    await page.locator('.tags').getByRole('button', { name: '+ Phishing' }).waitFor();
    for (const v of [scam, topUp]) {
      v.client.close();
      expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${v.id}/close`)).status).toBe(200);
    }
  }, 60_000);
});
