import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserAndServer } from '../helpers/browser.ts';
import type { ConversationSummary, Ticket } from '../../protocol/index.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startSmtp } from '../helpers/smtp-receiver.ts';
import { postfixReport } from '../helpers/dsn-report.ts';
import { waitFor } from '../helpers/wait.ts';
import { selectNamed } from '../helpers/select.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';

/**
 * Tickets and the conversation timeline in Chromium, a visitor (the full-page chat) and an agent (the console)
 * in two browser contexts: a ticket left in the widget is taken, answered (the reply reaches the visitor's chat)
 * and solved in the console, its contact readable once taken; a chat is claimed, answered, closed and rated by
 * keyboard and widget, and the console's timeline reads each step; axe 0 on these screens in light and dark.
 */
// A real SMTP server: the ticket's e-mails and their state on its card (closed after the server: hooks run in reverse).
const smtp = await startSmtp();
afterAll(() => smtp.close());
const BOUNCE_TOKEN = 'console-tickets-bounce-token-0123456789';
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_SMTP_URL: smtp.url, KEFU_MAIL_BOUNCE_ADDRESS: 'bounces@mail.wallet.example', KEFU_MAIL_BOUNCE_TOKEN: BOUNCE_TOKEN }, FAST_SCRYPT);
const SLOW = 120_000;

async function visitorChat(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${e2e.server.url}/chat?locale=en`);
  await page.waitForSelector('.connection[data-state="online"][data-reach]');
  return { context, page };
}

async function console_(colorScheme: 'light' | 'dark' = 'light', hash = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${e2e.server.url}/console${hash}`);
  await page.locator('input[type=email]').fill(ADMIN.email);
  await page.locator('input[type=password]').fill(ADMIN.password);
  await page.locator('button[type=submit]').click();
  await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
  return { context, page };
}

describe.skipIf(!e2e.run)('tickets and the timeline in Chromium', () => {
  it('a ticket from the widget is taken, answered into the visitor’s chat and solved; the states survive a reload; axe 0 light and dark', async () => {
    const visitor = await visitorChat();
    await visitor.page.getByRole('button', { name: 'Leave us a message' }).click();
    const form = visitor.page.getByRole('form', { name: 'Leave us a message' });
    await form.getByRole('radio', { name: 'E-mail' }).click();
    await form.getByRole('textbox', { name: 'Your e-mail address' }).fill('li.wei@example.com');
    await form.getByRole('textbox', { name: 'Your message' }).fill('My card binding keeps failing.');
    await form.getByRole('button', { name: 'Send message' }).click();
    await visitor.page.locator('.ticket-done').waitFor();

    const agent = await console_('light', '#/tickets');
    // On a 390 px phone every status tab is in view: "All tickets" was half scrolled off to the right.
    await agent.page.setViewportSize({ width: 390, height: 844 });
    const tabs = agent.page.getByRole('tablist', { name: 'Status' });
    await tabs.getByRole('tab', { name: /Open/ }).locator('.badge').waitFor();
    const fits = await tabs.evaluate((list) => {
      const box = list.getBoundingClientRect();
      return { scrolls: list.scrollWidth > list.clientWidth, outside: [...list.children].filter((tab) => tab.getBoundingClientRect().right > box.right + 0.5).map((tab) => tab.textContent) };
    });
    expect(fits).toEqual({ scrolls: false, outside: [] });
    await agent.page.setViewportSize({ width: 1280, height: 800 });
    await agent.page.getByRole('tab', { name: 'All tickets' }).click();
    const card = agent.page.locator('.ticket-card', { hasText: 'My card binding keeps failing.' });
    await card.waitFor();
    expect(await card.locator('[data-ticket-status]').getAttribute('data-ticket-status')).toBe('open');
    // The status shows once: the chosen one of the three, no badge in the heading, no select repeating it (the
    // one select is the assignee's); the word "Open" is on the card once.
    const status = card.getByRole('radiogroup', { name: 'Status' });
    expect(await status.getByRole('radio', { checked: true }).getAttribute('value')).toBe('open');
    expect(await card.locator('.ticket-head .badge').count()).toBe(0);
    expect(await card.getByRole('combobox').count()).toBe(1);
    expect(await card.getByText('Open', { exact: true }).count()).toBe(1);
    // Who left it, named as the inbox names them (an anonymous visitor: their short label).
    const admin = await login(e2e.server);
    const tickets = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/tickets')).body!.tickets as Ticket[];
    const ticket = tickets.find((x) => x.text === 'My card binding keeps failing.')!;
    const summaries = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/conversations')).body!.conversations as ConversationSummary[];
    const code = summaries.find((c) => c.id === ticket.conversationId)!.visitorCode;
    expect(await card.locator('.ticket-visitor').innerText()).toBe(`Visitor ${code}`);
    expect(await card.locator('.ticket-contact').innerText()).toContain('l***@example.com'); // masked until it is theirs
    await card.getByRole('button', { name: 'Take it' }).click();
    await expect.poll(() => card.locator('.ticket-contact').innerText()).toContain('li.wei@example.com');
    expect(await selectNamed(card, 'Assignee').getAttribute('data-value')).not.toBe('');

    // The copy of the ticket went to the visitor's address; the card says so.
    await waitFor(() => smtp.mails.some((m) => m.text?.includes('My card binding keeps failing.')), 'the ticket copy');
    await expect.poll(() => card.locator('[data-email-kind=ticket_copy] [data-email-status]').textContent()).toBe('Sent');
    expect(await card.locator('[data-email-kind=ticket_copy]').innerText()).toContain('to l***@example.com');

    // The reply reaches the visitor's chat; its e-mail is refused for good (550), and the card shows the server's answer.
    smtp.refuse({ address: 'li.wei@example.com', code: 550, times: 1 });
    await card.getByPlaceholder(/^Reply:/).fill('We fixed the binding, please try again.');
    // Laid out as the conversation's composer: the box the card's width, Send under it at its end (it sat on the
    // bottom edge of the box, beside it, off its centre).
    const [box, send] = await Promise.all([card.getByPlaceholder(/^Reply:/).boundingBox(), card.getByRole('button', { name: 'Send reply' }).boundingBox()]);
    expect([send!.y >= box!.y + box!.height, Math.round(send!.x + send!.width), send!.x > box!.x]).toEqual([true, Math.round(box!.x + box!.width), true]);
    await card.getByRole('button', { name: 'Send reply' }).click();
    await visitor.page.getByText('We fixed the binding, please try again.').waitFor();
    const replyMail = card.locator('[data-email-kind=ticket_reply]');
    await expect.poll(() => replyMail.locator('[data-email-status]').textContent(), { timeout: 20_000 }).toBe('Not delivered');
    expect(await replyMail.locator('.email-why').textContent()).toContain('550');
    // Later, with the card open, the recipient's server sends the copy back (a report to its return path, through the
    // bounce route): the card shows it without a reload (emails_changed on the agent socket; nothing is polling now).
    const copy = smtp.mails.find((m) => m.text?.includes('My card binding keeps failing.'))!;
    const returned = await fetch(`${e2e.server.url}/api/v1/mail/bounces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BOUNCE_TOKEN}`, 'content-type': 'application/octet-stream' },
      // Given up on a full mailbox (4.2.2): not delivered, yet the address is not barred (only a 5.x.x bars it).
      body: postfixReport({ to: smtp.returnPath(copy)!, recipient: 'li.wei@example.com', status: '4.2.2', diagnostic: '452 4.2.2 mailbox full, gave up after 5 days' }),
    });
    expect(await returned.json()).toEqual({ recorded: 1 });
    const copyMail = card.locator('[data-email-kind=ticket_copy]');
    await expect.poll(() => copyMail.locator('[data-email-status]').textContent()).toBe('Not delivered');
    expect(await copyMail.locator('.email-why').textContent()).toBe('Returned by the recipient’s mail server: 452 4.2.2 mailbox full, gave up after 5 days');
    await expect.poll(() => card.locator('[data-ticket-status]').getAttribute('data-ticket-status')).toBe('pending');

    await agent.page.getByRole('tab', { name: /^Pending/ }).click();
    await card.waitFor();
    await card.getByRole('radio', { name: 'Solved' }).click();
    await expect.poll(() => card.count()).toBe(0); // it left the Pending tab
    await agent.page.reload();
    await agent.page.getByRole('tab', { name: /^Solved/ }).click();
    await expect.poll(() => card.locator('[data-ticket-status]').getAttribute('data-ticket-status')).toBe('solved');
    for (const colorScheme of ['dark', 'light'] as const) {
      await showColorScheme(agent.page, colorScheme);
      expect(await violations(agent.page), `tickets ${colorScheme}`).toEqual([]);
    }

    // The ticket's conversation: its lines in the timeline, the ticket text in the details.
    await card.getByRole('button', { name: 'Open the conversation' }).click();
    const log = agent.page.getByRole('log', { name: 'Transcript' });
    await log.locator('.event-line[data-event=ticket_status]').nth(1).waitFor();
    expect(await log.locator('.event-line > span').allInnerTexts()).toEqual([
      'Asked for a person; in the queue',
      'The visitor left a message (ticket)',
      'The visitor left the queue', // saving the ticket ends the waiting entry
      'admin set the ticket to Open, assigned to admin',
      'admin set the ticket to Pending',
      'admin set the ticket to Solved',
    ]);
    // At 1280 px the details are a column beside the transcript: no toggle to click.
    await agent.page.getByRole('complementary', { name: 'Details' }).getByText('My card binding keeps failing.').waitFor();
    // The card there names no one: the conversation's title does ("Visitor …" was said twice, a column apart).
    expect(await agent.page.getByRole('complementary', { name: 'Details' }).locator('.ticket-card .ticket-visitor').count()).toBe(0);
    expect(await agent.page.locator('.conversation-title').innerText()).toBe(`Visitor ${code}`);
    expect(await agent.page.locator('.details-toggle').count()).toBe(0);
    await visitor.context.close();
    await agent.context.close();
  }, SLOW);

  it('a chat claimed, answered, closed and rated: the timeline says each, the view stays at the newest message, the transfer list shows load; axe 0 light and dark', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'mei@example.com', { name: 'Mei', maxChats: 4 });
    const CANNED = { refund: 'Refunds reach your card in 3 to 5 working days.', reset: 'Tap "Forgot password" on the sign-in page.' };
    for (const [shortcut, text] of Object.entries(CANNED)) expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut, text })).status).toBe(201);
    const agent = await console_('light');
    const visitor = await visitorChat();
    await visitor.page.getByRole('button', { name: 'Talk to a person' }).click();
    const row = agent.page.locator('.conversation-item[data-status=waiting]').first();
    await row.waitFor();
    await agent.page.keyboard.press('j'); // opens the first of the list
    const log = agent.page.getByRole('log', { name: 'Transcript' });
    await log.locator('.event-line[data-event=queued]').waitFor();
    await agent.page.keyboard.press('c'); // claim
    await expect.poll(() => agent.page.getByTestId('status').getAttribute('data-status')).toBe('assigned');
    await visitor.page.locator('.sys', { hasText: 'admin joined the chat' }).waitFor();

    // The transfer dialog lists each other agent with presence and load.
    await agent.page.getByRole('button', { name: 'Transfer…' }).click();
    const options = agent.page.getByRole('listbox', { name: 'Transfer to' }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toContain('Mei Offline · 0 of 4 chats');
    await agent.page.keyboard.press('Escape');
    await expect.poll(() => agent.page.getByRole('dialog').count()).toBe(0);

    // Many replies: the view stays at the newest.
    await agent.page.keyboard.press('r');
    const box = agent.page.getByRole('textbox', { name: 'Reply' });
    for (let i = 1; i <= 8; i++) {
      await box.fill(`Checking step ${i} of your transfer now.`);
      await box.press('Enter');
    }
    await log.locator('.msg-agent:not(.pending)', { hasText: 'step 8 of' }).waitFor();
    await expect.poll(() => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(2);
    await visitor.page.getByText('Checking step 8 of your transfer now.').waitFor();

    // Canned replies from the keyboard: `/` lists them, ↓ and ↑ move (round the ends), Enter puts the chosen one in
    // the box, Enter again sends it. The box grows with its text and has no resize grip.
    expect(await box.evaluate((el) => getComputedStyle(el).resize)).toBe('none');
    await box.press('/');
    const choices = agent.page.getByRole('listbox', { name: 'Canned replies' }).getByRole('option');
    await expect.poll(() => choices.count()).toBe(2);
    const chosen = () => choices.evaluateAll((els) => els.findIndex((e) => e.getAttribute('aria-selected') === 'true'));
    expect(await chosen()).toBe(0);
    await box.press('ArrowDown');
    await expect.poll(chosen).toBe(1);
    await box.press('ArrowDown');
    await expect.poll(chosen).toBe(0);
    await box.press('ArrowUp');
    await expect.poll(chosen).toBe(1);
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(CANNED.reset);
    await box.press('Enter');
    await visitor.page.getByText(CANNED.reset).waitFor();

    await box.press('Escape');
    await agent.page.keyboard.press('x'); // close, after asking
    await agent.page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
    await visitor.page.getByRole('radio', { name: '4 out of 5' }).click();
    await visitor.page.getByLabel('Comment (optional)').fill('Quick and kind');
    await visitor.page.getByRole('button', { name: 'Send rating' }).click();
    await log.locator('.event-line[data-event=rated]').waitFor();
    expect(await log.locator('.event-line > span').allInnerTexts()).toEqual(['Asked for a person; in the queue', 'Claimed by admin', 'Closed by admin', 'Rated 4/5: “Quick and kind”']);
    for (const colorScheme of ['light', 'dark'] as const) {
      await showColorScheme(agent.page, colorScheme);
      expect(await violations(agent.page), `conversation and its details ${colorScheme}`).toEqual([]);
      await agent.page.keyboard.press('?');
      await agent.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      expect(await violations(agent.page), `shortcuts ${colorScheme}`).toEqual([]);
      await agent.page.keyboard.press('Escape');
    }

    // The visitor starts again: the agent sees the earlier conversation, and opens it.
    await visitor.page.locator('.composer textarea').fill('Hello again');
    await visitor.page.locator('.composer textarea').press('Enter');
    await visitor.page.getByRole('button', { name: 'Talk to a person' }).click();
    await agent.page.getByRole('tab', { name: /^Waiting/ }).click();
    await row.click();
    const earlier = agent.page.locator('.earlier-item');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
    await earlier.first().click();
    await expect.poll(() => agent.page.getByTestId('status').getAttribute('data-status')).toBe('closed');
    await log.getByText('Checking step 1 of your transfer now.').waitFor();
    await visitor.context.close();
    await agent.context.close();
  }, SLOW);
});
