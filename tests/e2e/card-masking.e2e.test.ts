import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

const run = browserAvailable();
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.cleanup();
});

describe.skipIf(!run)('card numbers in the composer', () => {
  it('are masked as the visitor types (once they move on) or pastes, with a hint saying why', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Chat with support' }).click();
    const frame = page.frameLocator('iframe[src*="/widget"]');
    const box = frame.getByRole('textbox');
    await box.waitFor();

    await box.pressSequentially('my card 4111 1111 1111 1111');
    // Still being typed at the caret: left alone so the visitor can finish it, but the hint is up.
    expect(await box.inputValue()).toBe('my card 4111 1111 1111 1111');
    await frame.getByText('card numbers are hidden', { exact: false }).waitFor();
    await box.pressSequentially(', is it blocked?');
    expect(await box.inputValue()).toBe('my card •••• 1111, is it blocked?');

    await box.evaluate((el: HTMLTextAreaElement) => {
      el.value += ' old one 5555-5555-5555-4444';
      el.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    expect(await box.inputValue()).toBe('my card •••• 1111, is it blocked? old one •••• 4444');
    await box.press('Enter');
    await frame.locator('.msg-visitor:not(.pending) .bubble').getByText('my card •••• 1111, is it blocked? old one •••• 4444').waitFor();
    await context.close();
  });
});
