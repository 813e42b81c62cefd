import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';

/**
 * The inbox in Chromium, with visitors on real sockets and an agent in the console: the queue oldest first with
 * a stable label, preview and wait; unread counts per conversation and in the tab title that survive a reload;
 * the transcript with <time> on every message, a day divider, bot answers rendered (no markdown left) and the
 * visitor's device in words; closing a conversation asks first.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

describe.skipIf(!e2e.run)('the console inbox in Chromium', () => {
  it('queue oldest first, labels and previews, unread counts that survive a reload, a rendered transcript', async () => {
    const asks = async (text: string) => {
      const client = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url, { 'user-agent': CHROME_ANDROID });
      client.send({ type: 'hello', v: 1, locale: 'zh-CN' });
      await client.next('welcome');
      const v = { client };
      v.client.send({ type: 'send', clientId: `c-${Math.random().toString(36).slice(2, 12)}`, text });
      await v.client.next('message', (f) => f.message.author === 'bot', 10_000);
      v.client.send({ type: 'handoff' });
      await v.client.next('state', (f) => f.status === 'waiting');
      return v;
    };
    const first = await asks('我忘记密码了');
    await new Promise((r) => setTimeout(r, 20)); // the second starts waiting strictly later
    const second = await asks('退款什么时候到账');

    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${e2e.server.url}/console`);
    await page.locator('input[type=email]').fill(ADMIN.email);
    await page.locator('input[type=password]').fill(ADMIN.password);
    await page.locator('button[type=submit]').click();
    const rows = page.locator('.conversation-item[data-status=waiting]');
    await expect.poll(() => rows.count()).toBe(2);
    // Oldest first, each with its label, the last message as a preview, and how long it has waited.
    expect(await rows.locator('.visitor-name').allTextContents()).toEqual([
      expect.stringMatching(/^Visitor [0-9A-F]{4}$/),
      expect.stringMatching(/^Visitor [0-9A-F]{4}$/),
    ]);
    const labels = await rows.locator('.visitor-name').allTextContents();
    expect(labels[0]).not.toBe(labels[1]);
    expect(await rows.first().locator('.wait').textContent()).toMatch(/^waiting 1 min$/);
    for (const preview of await rows.locator('.preview').allTextContents()) expect(preview).toMatch(/^Bot: .+/); // the bot's handoff line
    // Unread: the visitor's one message each; two waiting conversations in the title.
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-unread')))).toEqual(['1', '1']);
    await expect.poll(() => page.title()).toBe('(2) Kefu console');

    // Open the first: seen. The second visitor writes again: 2 unread there, after a reload too.
    await rows.first().click();
    await page.getByRole('log', { name: 'Transcript' }).getByText('我忘记密码了').waitFor(); // the one who waited longest
    await expect.poll(() => rows.first().getAttribute('data-unread')).toBe('0');
    second.client.send({ type: 'send', clientId: 'c-again-12345', text: '请快点' });
    await page.getByRole('button', { name: 'Claim' }).click(); // the first is now mine
    await page.reload();
    await page.getByRole('tab', { name: /^Waiting/ }).click();
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

    // Closing asks first: Cancel leaves it waiting; confirming closes it.
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]').first().click();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByTestId('status').getAttribute('data-status')).toBe('waiting');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('closed');
    first.client.close();
    second.client.close();
    await context.close();
  });
});
