import { describe, expect, it } from 'vitest';
import { logIntoConsole, notificationsShown, recordNotifications, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { choose, optionsOf } from '../helpers/select.ts';
import { TestClient } from '../helpers/ws-client.ts';

const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

const VIEWER = { email: 'auditor@example.com', password: 'auditor password 1' };

describe.skipIf(!e2e.run)('a read-only viewer in Chromium', () => {
  it('an admin adds a viewer in the people screen; the viewer reads a waiting conversation, with no composer and no actions, and is not notified', async () => {
    const { server, browser } = e2e;
    // The admin adds the viewer as a person does: the Agents page, the role picked in the styled select.
    const adminCtx = await browser.newContext({ locale: 'en-US' });
    const adminPage = await adminCtx.newPage();
    adminPage.setDefaultTimeout(8000);
    await logIntoConsole(adminPage, server.url);
    await adminPage.goto(`${server.url}/console#/agents`);
    const form = adminPage.locator('form', { has: adminPage.getByRole('heading', { name: 'Add agent' }) });
    await form.getByLabel('Name').fill('Audrey');
    await form.getByLabel('Email').fill(VIEWER.email);
    await form.getByLabel('Password (10+ characters)').fill(VIEWER.password);
    await choose(form, 'Role', 'Viewer (read-only)');
    await expect.poll(() => form.getByLabel('Chat limit').count()).toBe(0); // a viewer takes no chats: no limit to set
    await form.getByRole('button', { name: 'Add agent' }).click();
    await expect.poll(() => adminPage.locator('.agents-table tr', { hasText: VIEWER.email }).locator('.role').textContent()).toContain('Viewer (read-only)');
    await adminCtx.close();

    // The viewer's console, with desktop notifications allowed and recorded (as in console-handoff.e2e).
    const ctx = await browser.newContext({ locale: 'en-US' });
    await recordNotifications(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(8000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIntoConsole(page, server.url, VIEWER);

    // A visitor asks for a person while the viewer's console is open.
    const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    v.send({ type: 'hello', v: 1, locale: 'en' });
    const { conversationId: id } = await v.next('welcome');
    v.send({ type: 'send', clientId: 'viewer-e2e-01', text: 'my card was charged twice, I need a person' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting', 10_000);

    // The console has heard the chat wait (its Waiting count) before the viewer opens it by its address: opened while
    // the console still held it as the bot's, the inbox would show it under All open, the tab it was under then.
    const views = page.getByRole('tablist', { name: 'Conversations' });
    await expect.poll(() => views.getByRole('tab', { name: /^Waiting/ }).textContent()).toBe('Waiting1');
    await page.goto(`${server.url}/console#/inbox/${id}`);
    await page.getByRole('log', { name: 'Transcript' }).getByText('my card was charged twice, I need a person').waitFor();
    await expect.poll(() => page.getByTestId('read-only').textContent()).toBe('Read-only access: you can read this conversation but not reply or act on it.');
    expect(await page.locator('.conversation textarea').count()).toBe(0);
    const head = page.locator('.conversation-head');
    for (const name of ['Claim', 'Close', 'Transfer…', 'Hand back']) expect(await head.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await page.getByTestId('spoken').getByRole('button').count()).toBe(0); // the language chip is no menu
    // The queue is there to read (it said "Nobody is waiting." beside this waiting chat): its row, a plain count (the red
    // one asks someone to take it), no Mine (a viewer owns none), no viewer to filter by (they own none either).
    expect(await views.getByRole('tab').allTextContents()).toEqual(['Waiting1', 'All open', 'Closed']);
    expect(await views.getByRole('tab', { name: /^Waiting/ }).getAttribute('aria-selected')).toBe('true');
    expect(await views.locator('.badge-danger').count()).toBe(0);
    expect(await page.locator('.conversation-list .conversation-item', { hasText: 'my card was charged twice' }).count()).toBe(1);
    expect(await optionsOf(page, 'Agent')).not.toContain('Audrey');
    expect(await page.locator('.sidebar .presence-dot').count()).toBe(0); // no presence: no green "available" dot
    // The keys overlay lists the keys that read (next, previous, the list, the tabs, the search), none that act.
    await page.locator('.help-button').click();
    const keys = page.getByRole('dialog');
    await keys.locator('[data-shortcut=next]').waitFor();
    for (const name of ['claim', 'close', 'reply', 'canned', 'send']) expect(await keys.locator(`[data-shortcut=${name}]`).count(), name).toBe(0);
    expect(await keys.getByRole('heading', { name: 'In the reply box' }).count()).toBe(0);
    await keys.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // No presence to set, no settings pages; the FAQ and the audit log (Security) are there to read.
    expect(await page.getByRole('combobox', { name: 'Presence' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Agents', 'Labels & teams', 'Webhooks', 'Canned replies']) expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    expect(await nav.getByRole('link', { name: 'FAQ', exact: true }).count()).toBe(1);
    // Nothing rang: a waiting chat is for those who can take it (no badge on the inbox either).
    expect(await notificationsShown(page)).toEqual([]);
    expect(await nav.getByRole('link', { name: /^Inbox/ }).locator('.badge').count()).toBe(0);

    // The FAQ editor opens read-only: an entry's fields disabled, no save, no new entry, no import.
    await page.goto(`${server.url}/console#/faq`);
    await page.locator('.faq-list button').first().click();
    await page.locator('.faq-entry').waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New entry' }).count()).toBe(0);
    expect(await page.locator('.faq-entry .faq-entry-fields').locator('input:enabled, textarea:enabled, button:enabled').count()).toBe(0);
    expect(await page.locator('.faq-entry .faq-entry-fields textarea').count()).toBeGreaterThan(0);
    expect(await page.locator('.faq-langs input:enabled').count()).toBeGreaterThan(1); // which languages to read: still theirs
    // The tags as chips to read: none with ×, no field to type one in.
    expect(await page.locator('.faq-entry .tag-input .chip').count()).toBeGreaterThan(0);
    expect(await page.locator('.faq-entry .tag-input').locator('button, input').count()).toBe(0);
    // No rules for writing ("One per line, at least 8") under fields they cannot write; every line read without scrolling.
    expect(await page.locator('.faq-entry .field-hint').count()).toBe(0);
    for (const box of await page.locator('.faq-entry textarea').all()) expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    // The audit log: the admin's adding of this account is there to read; the two-factor policy is not offered.
    await page.goto(`${server.url}/console#/security`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    expect(await page.locator('input[name=tfa-policy]').count()).toBe(0);

    // Their profile: no desktop-notification switch (nothing rings for them), and the name is not one visitors see.
    await page.goto(`${server.url}/console#/profile`);
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    expect(await page.getByText('Desktop notifications').count()).toBe(0);
    expect(await page.locator('#name-hint').textContent()).toBe('Your team sees it in the console and the audit log; visitors never do.');

    // The admin's people screen: the viewer, signed in, reads "Signed in", not "Available" (they take no chats).
    const peopleCtx = await browser.newContext({ locale: 'en-US' });
    const people = await peopleCtx.newPage();
    people.setDefaultTimeout(8000);
    await logIntoConsole(people, server.url);
    await people.goto(`${server.url}/console#/agents`);
    await expect.poll(() => people.locator('.agents-table tr', { hasText: VIEWER.email }).locator('.presence').textContent()).toBe('Signed in');
    await peopleCtx.close();

    // The server agrees: the conversation still waits for someone who can take it.
    const admin = await login(server);
    const list = await api(server, admin.cookie, 'GET', '/api/v1/conversations?status=waiting');
    expect((list.body!.conversations as { id: string; agentId: string | null }[]).find((c) => c.id === id)?.agentId).toBeNull();
    expect(errors).toEqual([]);
    v.close();
    await ctx.close();
  });
});
