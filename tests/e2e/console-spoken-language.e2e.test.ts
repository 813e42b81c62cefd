import { describe, expect, it, onTestFinished } from 'vitest';
import { useBrowserAndServer, logIntoConsole } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';

/**
 * The console shows the language the visitor writes in, not only the widget's: a zh-CN widget whose visitor writes
 * English reads "en" in the inbox chip and "English" in the header, and the details say both, with no reload.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

describe.skipIf(!e2e.run)("the console shows the visitor's written language in Chromium", () => {
  it('a zh-CN widget, a visitor who asks for a person in Chinese, then writes English: the chip, the header and the details follow', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);

    const visitor = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url);
    visitor.send({ type: 'hello', v: 1, locale: 'zh-CN' });
    const { conversationId } = await visitor.next('welcome');
    onTestFinished(async () => {
      visitor.close();
      await api(e2e.server, (await login(e2e.server)).cookie, 'POST', `/api/v1/conversations/${conversationId}/close`);
    });
    visitor.send({ type: 'send', clientId: 'written-e2e-01', text: '我的卡被扣了两次，请帮我转人工' });
    await visitor.next('state', (s) => s.status === 'waiting', 10_000);

    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]', { hasText: '我的卡被扣了两次' }).click();
    // The open conversation's row (its preview changes as the visitor writes).
    const row = page.locator('.conversation-item[aria-current=true]');
    const chip = row.getByTestId('language');
    await expect.poll(() => chip.textContent()).toBe('zh-CN');
    const header = page.getByTestId('context-line');
    const details = page.getByRole('complementary', { name: 'Details' }).getByTestId('languages');
    await expect.poll(() => header.textContent()).toBe('Chinese (China)');
    expect(await details.textContent()).toBe('Chinese (China)');

    // The visitor switches to English: one chip, now English, and the details name both languages; no reload.
    visitor.send({ type: 'send', clientId: 'written-e2e-02', text: 'sorry, can you help me in English please' });
    await expect.poll(() => chip.textContent()).toBe('en');
    expect(await chip.getAttribute('title')).toBe('English');
    expect(await row.locator('.row-meta > .badge').count()).toBe(1);
    await expect.poll(() => header.textContent()).toBe('English');
    expect(await details.textContent()).toBe('writes English · widget Chinese (China)');

    // A one-word "ok" leaves it English.
    visitor.send({ type: 'send', clientId: 'written-e2e-03', text: 'ok' });
    await expect.poll(() => row.locator('.preview').textContent()).toBe('ok');
    expect(await chip.textContent()).toBe('en');
  });
});
