import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { maskCardNumbers } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { browserAvailable, closeBrowser, launchBrowser, logIntoConsole } from '../helpers/browser.ts';
import { BULK_LIMITS, startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { auditDom, batches, corpusAvailable, installProbe, loadPayloads, type DomAudit } from './xss-corpus.ts';

/**
 * Every payload of the XSS corpus in every place the console shows text: visitor message, agent message,
 * internal note, canned reply (Admin tab and the composer's picker), ticket contact and text, visitor name
 * (signed identity) and rating comment — in the inbox lists and the conversation view, also after "Show
 * contact details". Payloads go in batches of ~3,800 characters; fields whose input is short (a name is at
 * most 120 characters in a signed identity, a ticket contact 200, a comment 1,000) are given their batch in
 * the database, as stored data an attacker could have shaped.
 */
const run = browserAvailable();
const SECRET = 'xss-console-secret-0123456789abcdef';
const corpus = corpusAvailable();
const { payloads: all, fromCorpus } = corpus ? loadPayloads() : { payloads: [], fromCorpus: 0 };
const payloads = [...new Set(all)];
const sent = batches(payloads, 3800);
let server: RunningServer;
let browser: Browser;
let claimedId: string;
/** Every note mentions Mei around its payload: the mention's marking (console/NoteText.tsx) and her Mentions page get each payload too. */
const MEI = { email: 'mei.xss@example.com', password: 'agent password 123' };
const mentioning = (text: string) => `@Mei Wong ${text} @Mei Wong`;

async function seed(): Promise<void> {
  const admin = await login(server);
  // One conversation the admin owns: visitor messages, agent messages, notes.
  const main = await visitor(server.wsUrl, server.url, { locale: 'en' });
  claimedId = main.welcome.conversationId;
  main.client.send({ type: 'handoff' });
  await main.client.next('state', (s) => s.status === 'waiting');
  await api(server, admin.cookie, 'POST', `/api/v1/conversations/${claimedId}/claim`);
  const mei = await addAgent(server, admin.cookie, MEI.email, { name: 'Mei Wong' });
  const desk = await AgentClient.connect(server, admin.cookie);
  await desk.hello();
  for (const [i, text] of sent.entries()) {
    main.client.send({ type: 'send', clientId: `xss-visitor-${i}`, text });
    await main.client.next('ack', (a) => a.clientId === `xss-visitor-${i}`);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${claimedId}/messages`, { text })).status).toBe(200);
    desk.send({ type: 'note', conversationId: claimedId, clientId: `xss-note-${i}`, text: mentioning(text), mentions: [mei.agent.id] });
    await desk.next('ack', (a) => a.clientId === `xss-note-${i}`);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: `xss${i}`, text })).status).toBe(201);
  }
  desk.close();
  main.client.close();
  // One signed-in visitor a batch: name, ticket (contact + text), rating comment.
  const now = Math.floor(Date.now() / 1000);
  const others: string[] = [];
  for (const [i, text] of sent.entries()) {
    const identity = signIdentity({ sub: `xss-user-${i}`, iat: now, exp: now + 600, name: 'placeholder' }, SECRET);
    const v = await visitor(server.wsUrl, server.url, { locale: 'en', identity });
    v.client.send({ type: 'leave_message', contact: 'contact@example.com', text });
    await v.client.next('ticket_saved');
    v.client.close();
    others.push(v.welcome.conversationId);
  }
  const db = new Database(path.join(server.dataDir, 'kefu.sqlite'));
  db.pragma('busy_timeout = 5000');
  db.transaction(() => {
    for (const [i, id] of others.entries()) {
      db.prepare('UPDATE visitors SET name = ? WHERE id = (SELECT visitor_id FROM conversations WHERE id = ?)').run(sent[i], id);
      db.prepare('UPDATE tickets SET contact = ? WHERE conversation_id = ?').run(sent[i], id);
      db.prepare("UPDATE conversations SET status = 'closed' WHERE id = ?").run(id);
      db.prepare('INSERT INTO ratings (conversation_id, score, comment, created_at) VALUES (?, 1, ?, ?)').run(id, sent[i], Date.now());
    }
  })();
  db.close();
}

beforeAll(async () => {
  if (!run) return;
  server = await startServer({ ...ADMIN_ENV, ...BULK_LIMITS, KEFU_IDENTITY_SECRETS: SECRET }, FAST_SCRYPT);
  browser = await launchBrowser();
  await seed();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.cleanup();
});

describe.skipIf(!run || !corpus)('the XSS corpus in the console, in Chromium', () => {
  it(`renders every payload (${fromCorpus} corpus lines + own) in every console place as text`, async () => {
    const hits: string[] = [];
    const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
    await installProbe(context, hits);
    const page: Page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await logIntoConsole(page, server.url);
    // The probe is not blind here either.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id="control" src="x:" onerror="__xssProbe(\'control\')">'));
    await expect.poll(() => hits.length).toBe(1);
    await page.evaluate(() => document.getElementById('control')!.remove());
    hits.length = 0;

    const audits: DomAudit[] = [];
    const audit = async () => void audits.push(await auditDom(page.mainFrame()));
    const n = sent.length;

    // Tickets page: contact and text of each ticket.
    await page.getByRole('link', { name: 'Tickets' }).click();
    await expect.poll(() => page.locator('.ticket-card').count()).toBe(n);
    await audit();

    // The claimed conversation: visitor messages, agent messages, notes; then unmasked.
    await page.getByRole('link', { name: /^Inbox/ }).click();
    await page.getByRole('tab', { name: 'Mine' }).click();
    await page.locator('.conversation-item[data-status="assigned"]').click();
    const log = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => Promise.all(['.msg-visitor', '.msg-agent', '.note'].map((s) => log.locator(s).count()))).toEqual([n, n, n]);
    await audit();
    await page.getByRole('button', { name: 'Show contact details' }).click();
    // Unmasked, exactly the text that was sent (card numbers masked before storage): nothing parsed as markup.
    const expected = sent.map((t) => maskCardNumbers(t).trim());
    await expect.poll(() => log.locator('.msg-visitor p').allTextContents()).toEqual(expected);
    expect(await log.locator('.note p').allTextContents()).toEqual(sent.map((t) => maskCardNumbers(mentioning(t)).trim()));
    expect(await log.locator('.note mark.mention').count()).toBe(2 * n);
    await audit();
    // Canned replies in the composer's picker.
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await expect.poll(() => reply.isEnabled()).toBe(true);
    await reply.fill('/');
    await expect.poll(() => page.locator('.canned [role="option"]').count()).toBe(n);
    await audit();
    await reply.fill('');

    // Closed conversations: the list (ratings), each one's visitor name and rating comment.
    await page.getByRole('tab', { name: 'Closed' }).click();
    const items = page.locator('.conversation-item[data-status="closed"]');
    await expect.poll(() => items.count()).toBe(n);
    for (let i = 0; i < n; i++) {
      await items.nth(i).click();
      await page.locator('.context dt', { hasText: 'Rating' }).waitFor({ state: 'attached' }); // in the details (a column at this width)
      await audit();
    }

    // Admin: the canned replies page.
    await page.getByRole('link', { name: 'Canned replies' }).click();
    await expect.poll(() => page.locator('.canned-item strong', { hasText: /^\/xss\d+$/ }).count()).toBe(n);
    await audit();

    // Mei's Mentions page: each note's first line, under who wrote it.
    const meiContext = await browser.newContext({ locale: 'en-US', bypassCSP: true });
    await installProbe(meiContext, hits);
    const meiPage = await meiContext.newPage();
    meiPage.setDefaultTimeout(15_000);
    await logIntoConsole(meiPage, server.url, MEI);
    await meiPage.evaluate(() => (location.hash = '#/mentions'));
    await expect.poll(() => meiPage.locator('.mention-item').count()).toBe(n);
    audits.push(await auditDom(meiPage.mainFrame()));
    await meiContext.close();

    expect(hits).toEqual([]);
    expect(audits.map((a) => a.scripts).filter((s) => s > 0)).toEqual([]);
    expect(audits.flatMap((a) => a.handlers)).toEqual([]);
    expect(audits.flatMap((a) => a.jsUrls)).toEqual([]);
    console.info(`console: ${payloads.length} payloads × 10 places (visitor message, agent message, note with its mentions, Mentions page, canned reply ×2, ticket contact, ticket text, visitor name, rating comment) in ${n} batches, 0 executed`);
    await context.close();
  }, 60_000);
});
