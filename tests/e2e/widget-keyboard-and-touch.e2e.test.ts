import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { closedAndOpenSites } from './widget-sites.ts';

/**
 * What a visitor's walk through the widget found (session 47), in Chromium. Focus is never dropped on the page's start
 * when the control pressed goes away: "Talk to a person" gives it to "Cancel request" and back; the tray's Remove to
 * the paperclip; "Send rating" to the thanks. Sending the leave-a-message form with a field to correct focuses that
 * field, scrolled into view with its name and its reason (on a landscape phone the form is taller than the screen: the reasons were
 * above it, unseen, and the tap seemed to do nothing); once sent, focus is on "We have your message". The chosen contact kind's focus ring stands off its fill. On a phone the
 * tray's Remove and Send are 44 px targets (they were 28 px tall).
 */
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_SITES: closedAndOpenSites() }, FAST_SCRYPT);

/** What has focus: its text or label, or BODY when focus was dropped. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return el === document.body ? 'BODY' : (el.getAttribute('aria-label') ?? (el.labels?.[0] ?? el).innerText.trim().split('\n')[0]);
  });

describe.skipIf(!e2e.run)('the widget by keyboard and by touch, in Chromium', () => {
  it('keyboard only, an agent online: the request and its cancel, the tray’s Remove, the rating sent', async () => {
    const admin = await login(e2e.server);
    const agent = await AgentClient.connect(e2e.server, admin.cookie);
    await agent.hello();
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?site=open&locale=en`);
    await page.waitForSelector('.connection[data-state="online"][data-reach="online"]');

    await page.getByRole('button', { name: 'Talk to a person' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.panel.queue').waitFor();
    await expect.poll(() => focused(page)).toBe('Cancel request');
    await page.keyboard.press('Enter');
    await page.locator('.panel.queue').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Talk to a person');

    await page.keyboard.press('Enter');
    await page.locator('.panel.queue').waitFor();
    const waiting = (await api(e2e.server, admin.cookie, 'GET', '/api/v1/conversations?status=waiting')).body!.conversations as { id: string }[];
    const id = waiting.at(-1)!.id;
    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`);
    await page.locator('.sys', { hasText: 'admin joined the chat' }).waitFor();

    await page.locator('.composer input[type=file]').setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByRole('button', { name: 'Remove' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.attach-tray').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Attach a picture or PDF');

    await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`);
    await page.getByRole('radio', { name: '5 out of 5' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Send rating' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Thank you for your feedback!').waitFor();
    await expect.poll(() => focused(page)).toBe('Thank you for your feedback!');
    agent.close();
    await context.close();
  });

  it('keyboard only, outside hours: the form takes focus on its chosen kind, whose ring stands apart from its fill; sent, focus on the confirmation', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?site=closed&locale=en`);
    await page.waitForSelector('.connection[data-state="online"][data-reach="away"]');
    await page.getByRole('button', { name: 'Leave us a message' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Leave us a message' });
    await form.waitFor();
    await expect.poll(() => focused(page)).toBe('E-mail');
    const ring = await page.evaluate(() => {
      const chip = getComputedStyle(document.activeElement!.nextElementSibling!);
      return { style: chip.outlineStyle, offset: parseFloat(chip.outlineOffset) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.offset, 'the ring off the chip’s own fill').toBeGreaterThan(0);

    await form.getByRole('textbox', { name: 'Your e-mail address' }).fill('me@example.com');
    await form.getByRole('textbox', { name: 'Your message' }).fill('My top-up of 200 HKD did not arrive.');
    await form.getByRole('button', { name: 'Send message' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.ticket-done').waitFor();
    await expect.poll(() => focused(page)).toBe('We have your message');
    await context.close();
  });

  it('a landscape phone (640×360), outside hours: the form sent with a field to correct focuses it, on screen with its name and reason; sent, focus on the confirmation', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 640, height: 360 }, isMobile: true, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?site=closed&locale=en`);
    await page.waitForSelector('.connection[data-state="online"][data-reach="away"]');
    await page.getByRole('button', { name: 'Leave us a message' }).tap();
    const form = page.getByRole('form', { name: 'Leave us a message' });
    await form.waitFor();
    await expect.poll(() => focused(page)).toBe('E-mail'); // the form's first control, in place of the chip

    await form.getByRole('textbox', { name: 'Your message' }).fill('My top-up of 200 HKD did not arrive.');
    await form.getByRole('button', { name: 'Send message' }).tap();
    const contact = form.getByRole('textbox', { name: 'Your e-mail address' });
    await expect.poll(() => focused(page)).toBe('Your e-mail address');
    expect(await contact.getAttribute('aria-describedby')).toBe('contact-error');
    const seen = await page.evaluate(() => {
      const scroll = document.querySelector('.scroll')!.getBoundingClientRect();
      const name = document.activeElement!.closest('.field')!.querySelector('.field-label')!.getBoundingClientRect();
      const reason = document.getElementById('contact-error')!.getBoundingClientRect();
      return name.top >= scroll.top && reason.bottom <= scroll.bottom;
    });
    expect(seen, 'the field’s name, the field and its reason on screen').toBe(true);

    await contact.fill('me@example.com');
    await form.getByRole('button', { name: 'Send message' }).tap();
    await page.locator('.ticket-done').waitFor();
    await expect.poll(() => focused(page)).toBe('We have your message');
    await context.close();
  });

  it.each([
    ['390 px', { width: 390, height: 844 }],
    ['360 px', { width: 360, height: 640 }],
  ])('a %s phone: the tray’s Remove and Send are 44 px targets, on the screen', async (_, viewport) => {
    const context = await e2e.browser.newContext({ viewport, isMobile: true, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?locale=en`);
    await page.waitForSelector('.connection[data-state="online"]');
    await page.locator('.composer input[type=file]').setInputFiles({ name: 'receipt-screenshot-2026-12-08.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.locator('.attach-tray button').nth(1).waitFor();
    const buttons = await page.locator('.attach-tray button').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent, target: r.width >= 44 && r.height >= 44, onScreen: r.left >= 0 && r.right <= innerWidth };
      }),
    );
    expect(buttons).toEqual([
      { name: 'Remove', target: true, onScreen: true },
      { name: 'Send file', target: true, onScreen: true },
    ]);
    await context.close();
  });
});
