import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { violations } from '../helpers/axe.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { closedAndOpenSites, day } from './widget-sites.ts';

/**
 * The widget tells the truth in each state, in Chromium on a desktop and a phone profile: outside business
 * hours (away until the next opening: a ticket and the other channels, no queue), within hours with nobody
 * online (no queue place; leaving a message ends the waiting entry), and with an agent online (queue place,
 * joined / typing / seen / closed, a history that stays). axe finds nothing in any of them.
 */
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_SITES: closedAndOpenSites() }, FAST_SCRYPT);

/** Each test's budget on a loaded box (logins use the production scrypt cost; nothing here is timed). */
const SLOW = 120_000;

const PROFILES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;
type Profile = keyof typeof PROFILES;

async function chat(browser: Browser, profile: Profile, site: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ ...PROFILES[profile], locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await before?.(page);
  await page.goto(`${e2e.server.url}/chat?site=${site}&locale=en`);
  await page.waitForSelector('.connection[data-state="online"][data-reach]');
  return page;
}
const header = (page: Page) => page.locator('header .connection').innerText();
const waitingIds = async (cookie: string) =>
  ((await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=waiting')).body!.conversations as { id: string }[]).map((c) => c.id);
/**
 * The chats waiting from now on that were not waiting before: this test's own, whatever a test before it left in the
 * queue (a failed one stops before it cancels or closes its chat).
 */
async function ownQueue(cookie: string): Promise<() => Promise<string[]>> {
  const before = new Set(await waitingIds(cookie));
  return async () => (await waitingIds(cookie)).filter((id) => !before.has(id));
}

/** Every visible control of the panel is at least 44 × 44 px (phones). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.panel button, .panel a, .composer button, header button')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => [el, el.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([el, r]) => `${el.textContent?.trim() || el.getAttribute('aria-label')} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

describe.skipIf(!e2e.run)('an honest widget, in Chromium', () => {
  it.each(['desktop', 'phone'] as const)('outside hours (%s): away until the next opening, a ticket checked at the field, the channels; nothing queued', async (profile) => {
    const waiting = await ownQueue((await login(e2e.server)).cookie);
    const page = await chat(e2e.browser, profile, 'closed');
    // In the visitor's own time zone (Tokyo here): back in two days at 09:00 UTC = 18:00 JST.
    const back = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.parse(`${day(2)}T09:00:00Z`));
    expect(await header(page)).toBe(`We are away — back ${back}`);
    expect(await page.getByText(/Usually replies|in line/).count()).toBe(0);
    // No autofocus in the full-page chat (it would pop the keyboard).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

    await page.getByRole('button', { name: 'Leave us a message' }).click();
    const form = page.getByRole('form', { name: 'Leave us a message' });
    await form.waitFor();
    expect(await page.locator('.panel').getByText(`We are away — back ${back}`).count()).toBe(0); // said once, in the header
    await form.getByRole('textbox', { name: 'Your e-mail address' }).fill('me at example');
    await form.getByRole('textbox', { name: 'Your message' }).fill('My top-up of 200 HKD did not arrive.');
    await form.getByRole('button', { name: 'Send message' }).click();
    const contact = form.getByRole('textbox', { name: 'Your e-mail address' });
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#contact-error').innerText()).toBe('Enter an e-mail address like name@example.com.');
    expect(await violations(page)).toEqual([]);
    if (profile === 'phone') {
      expect(await page.locator('.composer').isVisible()).toBe(false); // the form has the screen
      expect(await smallTargets(page)).toEqual([]);
    }
    // Channels: tap-to-call and mailto.
    expect(await page.locator('.panel a[href="tel:+85223456789"]').count()).toBe(1);
    expect(await page.locator('.panel a[href="mailto:help@wallet.example"]').count()).toBe(1);

    await form.getByRole('radio', { name: 'WeChat' }).click();
    await form.getByRole('textbox', { name: 'Your WeChat ID' }).fill('wallet_fan88');
    await form.getByRole('button', { name: 'Send message' }).click();
    const done = page.locator('.ticket-done');
    await done.waitFor();
    expect(await done.innerText()).toContain('We will reply to WeChat wallet_fan88.');
    expect(await done.innerText()).toContain(`We are back ${back}; expect our reply after that.`);
    expect(await done.innerText()).toContain('My top-up of 200 HKD did not arrive.');
    expect(await violations(page)).toEqual([]);
    expect(await page.locator('.composer').isVisible()).toBe(true);
    expect(await waiting()).toEqual([]);
    await page.context().close();
  }, SLOW);

  it.each(['desktop', 'phone'] as const)('all away within hours (%s): no queue place; the ticket ends the waiting entry; a server refusal reaches the field', async (profile) => {
    // Between the page and the server: the ticket frame can be altered on its way, so the server refuses it.
    let tamper = false;
    const waiting = await ownQueue((await login(e2e.server)).cookie);
    const page = await chat(e2e.browser, profile, 'open', (p) =>
      p.routeWebSocket(/\/ws\/visitor/, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) => {
          const frame = JSON.parse(String(message)) as { type: string; contact?: string };
          if (tamper && frame.type === 'leave_message') frame.contact = '12';
          server.send(JSON.stringify(frame));
        });
      }),
    );
    expect(await header(page)).toBe('Nobody is available right now');
    await page.getByRole('button', { name: 'Leave us a message' }).click();
    const form = page.getByRole('form', { name: 'Leave us a message' });
    await form.waitFor();
    expect(await waiting()).toHaveLength(1); // within hours it queues, in case someone comes back
    expect(await page.locator('.panel').getByText('Nobody is available right now').count()).toBe(0); // said once, in the header
    expect(await page.getByText(/in line/).count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await form.getByRole('radio', { name: 'Phone' }).click();
    await form.getByRole('textbox', { name: 'Your phone number' }).fill('+852 9123 4567');
    await form.getByRole('textbox', { name: 'Your message' }).fill('Please call me about a refund.');
    tamper = true;
    await form.getByRole('button', { name: 'Send message' }).click();
    await page.locator('#contact-error', { hasText: 'Enter a phone number: 5 to 20 digits; a leading + is fine.' }).waitFor();
    expect(await form.getByRole('textbox', { name: 'Your message' }).inputValue()).toBe('Please call me about a refund.'); // nothing lost
    tamper = false;
    await form.getByRole('button', { name: 'Send message' }).click();
    await page.locator('.ticket-done').waitFor();
    expect(await page.locator('.ticket-done').innerText()).toContain('We will reply to Phone +852 9123 4567.');
    expect(await page.locator('.ticket-done').innerText()).toContain('Someone will reply as soon as they are free.');
    await expect.poll(waiting).toEqual([]);
    await page.context().close();
  }, SLOW);

  it('nobody online, an agent answers over REST (no console open): the header says who will reply, not that nobody is available', async () => {
    const admin = await login(e2e.server);
    const waiting = await ownQueue(admin.cookie);
    const page = await chat(e2e.browser, 'phone', 'open');
    expect(await header(page)).toBe('Nobody is available right now');
    await page.getByRole('button', { name: 'Leave us a message' }).click();
    await page.getByRole('form', { name: 'Leave us a message' }).waitFor();
    const [id] = await waiting();
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`);
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/messages`, { text: 'I saw your question; your refund left today.' });
    await page.locator('.msg-agent', { hasText: 'I saw your question' }).waitFor();
    await expect.poll(() => header(page)).toBe('admin will reply here');
    expect(await page.getByText('Nobody is available right now').count()).toBe(0);
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`);
    await page.context().close();
  }, SLOW);

  it('asked for a person while the socket is still connecting: the request waits for the welcome, it is not lost', async () => {
    // The server takes up WebSocket upgrades 1.5 s late (a busy node): the page is drawn long before its socket opens.
    const http = e2e.server.app.server;
    const upgrade = http.listeners('upgrade') as ((...args: unknown[]) => void)[];
    http.removeAllListeners('upgrade');
    http.on('upgrade', (...args: unknown[]) => setTimeout(() => upgrade.forEach((listener) => listener.apply(http, args)), 1500));
    try {
      const waiting = await ownQueue((await login(e2e.server)).cookie);
      const context = await e2e.browser.newContext({ ...PROFILES.phone, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/chat?site=open&locale=en`);
      // Clicked as soon as it can be: before, the button was there while connecting and its request was dropped.
      await page.getByRole('button', { name: /^(Talk to a person|Leave us a message)$/ }).click();
      await page.getByRole('form', { name: 'Leave us a message' }).waitFor({ timeout: 10_000 });
      expect(await waiting()).toHaveLength(1);
      await page.getByRole('button', { name: 'Cancel request' }).click();
      await expect.poll(waiting).toEqual([]);
      await context.close();
    } finally {
      http.removeAllListeners('upgrade');
      for (const listener of upgrade) http.on('upgrade', listener);
    }
  }, SLOW);

  it.each(['desktop', 'phone'] as const)('an agent online (%s): queue place, joined, typing until the message, Seen where it belongs, closed, a history that stays', async (profile) => {
    const admin = await login(e2e.server);
    const agent = await AgentClient.connect(e2e.server, admin.cookie);
    await agent.hello();
    const waiting = await ownQueue(admin.cookie);
    const page = await chat(e2e.browser, profile, 'open');
    expect(await header(page)).toMatch(/^(We are online|Usually replies in about \d+ min)$/);
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    await page.getByText('You are number 1 in line.', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    const [id] = await waiting();
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`);
    await page.locator('.sys', { hasText: 'admin joined the chat' }).waitFor();
    // While the agent has the chat the header speaks of them, not of the queue's reply time.
    await expect.poll(() => header(page)).toBe('Chatting with admin');
    await page.locator('.composer textarea').fill('Where is my refund?');
    await page.locator('.composer textarea').press('Enter');
    await page.locator('.msg-visitor[data-seq]').last().waitFor();
    agent.send({ type: 'typing', conversationId: id! });
    await page.locator('.typing').waitFor();
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/messages`, { text: 'It will arrive by Friday.' });
    const reply = page.locator('.msg-agent', { hasText: 'It will arrive by Friday.' });
    await reply.waitFor();
    expect(await page.locator('.typing').count()).toBe(0); // typing ends with the message
    expect(await reply.locator('.avatar').innerText()).toBe('A');
    expect(await page.locator('.msg-bot .avatar').first().innerText()).not.toBe('A');
    const mine = page.locator('.msg-visitor[data-seq]').last();
    const seq = Number(await mine.getAttribute('data-seq'));
    agent.send({ type: 'read', conversationId: id!, seq: seq + 1 });
    await mine.locator('.delivery', { hasText: 'Seen' }).waitFor();
    expect(await page.locator('.delivery', { hasText: 'Sent' }).count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`);
    await page.locator('.sys', { hasText: 'This conversation is closed' }).waitFor();
    expect(await header(page)).toMatch(/^(We are online|Usually replies in about \d+ min)$/);
    await page.getByRole('radio', { name: '5 out of 5' }).click();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    await page.locator('.composer textarea').fill('One more thing');
    await page.locator('.composer textarea').press('Enter');
    await page.getByRole('separator').getByText('New conversation').waitFor();
    // The agent's promise is still there, above the divider.
    expect(await page.locator('.earlier .msg-agent', { hasText: 'It will arrive by Friday.' }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    agent.close();
    await page.context().close();
  }, SLOW);

  it('a desktop full-page chat keeps a readable width, and the focus ring wears the brand colour', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?locale=en&brand=%23047857`);
    await page.waitForSelector('.connection[data-state="online"]');
    expect((await page.locator('.chat').boundingBox())!.width).toBeLessThanOrEqual(760);
    // The first control past the header (whose buttons, the language globe among them, ring in white on the brand colour).
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement !== document.body && !document.activeElement!.closest('header'))) break;
    }
    expect(await page.evaluate(() => document.activeElement!.closest('header') === null)).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(ring).toBe('rgb(4, 120, 87)');
    await context.close();
  }, SLOW);

  it('the launcher shows a close mark while the chat is open', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    const launcher = page.locator('kefu-widget button.l');
    const mark = () => launcher.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await mark()).toBe('none');
    await launcher.click();
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await mark()).toBe('""');
    await context.close();
  }, SLOW);
});
