import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FaqAnswerResponse } from '../../protocol/index.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';

const e2e = useBrowserAndServer();

/** What the bot should say, asked of the server's own answer API (not hard-coded here). */
async function expectedAnswer(text: string): Promise<string> {
  const res = await fetch(`${e2e.server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const body = FaqAnswerResponse.parse(await res.json());
  expect(body.kind).toBe('answer');
  // The first line of the answer as the widget renders it (markdown markers removed).
  return body.answer!.split('\n')[0]!.replace(/\*\*|^\s*-\s+/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim();
}

async function openWidget(page: Page) {
  await page.getByRole('button', { name: '联系客服' }).click();
  const frame = page.frameLocator('iframe[src*="/widget"]');
  await frame.getByRole('textbox').waitFor();
  return frame;
}

describe.skipIf(!e2e.run)('the widget on the demo page, in Chromium', () => {
  it('answers a Chinese and an English question, and keeps the history across a reload', async () => {
    const context = await e2e.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.server.url}/`);
    // Nothing of the chat is loaded before intent.
    expect(await page.locator('iframe').count()).toBe(0);

    let frame = await openWidget(page);
    const log = frame.getByRole('log');
    await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');

    const box = frame.getByRole('textbox');
    await box.fill('忘记密码怎么办');
    await box.press('Enter');
    const zh = await expectedAnswer('忘记密码怎么办');
    await log.getByText(zh, { exact: false }).first().waitFor();

    await box.fill('my payment failed');
    await box.press('Enter');
    const en = await expectedAnswer('my payment failed');
    await log.getByText(en, { exact: false }).first().waitFor();

    await page.reload();
    frame = await openWidget(page);
    await frame.getByRole('log').getByText(zh, { exact: false }).first().waitFor();
    await frame.getByRole('log').getByText(en, { exact: false }).first().waitFor();
    await frame.getByRole('log').getByText('忘记密码怎么办').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the launcher in the page language and does not send on Enter during IME composition', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('button', { name: 'Chat with support' }).click();
    const frame = page.frameLocator('iframe[src*="/widget"]');
    const box = frame.getByRole('textbox', { name: 'Your message' });
    await box.fill('wang ji mi ma');
    await box.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })));
    await box.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true })));
    expect(await box.inputValue()).toBe('wang ji mi ma');
    await box.press('Shift+Enter');
    expect(await box.inputValue()).toBe('wang ji mi ma\n');
    expect(await frame.locator('.msg-visitor').count()).toBe(0);
    await context.close();
  });

  it('shows the closest topics as quick replies when unsure, and a quick reply gets the answer', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    const frame = await (async () => {
      await page.getByRole('button', { name: 'Chat with support' }).click();
      return page.frameLocator('iframe[src*="/widget"]');
    })();
    const box = frame.getByRole('textbox');
    await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
    // Find a vague question the bot is unsure about by asking the API, so the test follows the real thresholds.
    let vague: { text: string; suggestions: number } | null = null;
    for (const text of ['account problem', 'my money', 'cards', 'money', 'bank']) {
      const res = await fetch(`${e2e.server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, locale: 'en' }) });
      const body = FaqAnswerResponse.parse(await res.json());
      if (body.kind === 'suggest') {
        vague = { text, suggestions: body.suggestions.length };
        break;
      }
    }
    expect(vague, 'one of the vague questions should get suggestions').not.toBeNull();
    await box.fill(vague!.text);
    await box.press('Enter');
    const group = frame.getByRole('group', { name: 'Suggested questions' });
    const first = group.getByRole('button').first();
    await first.waitFor();
    expect(await group.getByRole('button').count()).toBe(vague!.suggestions);
    const question = (await first.textContent())!;
    await first.click();
    const answer = await expectedAnswer(question);
    await frame.getByRole('log').getByText(answer, { exact: false }).first().waitFor();
    await context.close();
  });
});
