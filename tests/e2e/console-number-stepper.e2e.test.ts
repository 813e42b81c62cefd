import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { choose } from '../helpers/select.ts';

/**
 * The Agents page's chat limit in Chromium: the console's own stepper (ui/NumberStepper.tsx), never a browser number
 * input with the browser's spin buttons. Keys and buttons step within 1–50; text out of range says so under the field at
 * once, in the console's language, and holds the form back; a limit in range is what the new agent gets; a viewer has
 * no limit field. axe-core 0 in light and dark; screenshots at 1280 and at 390 px (test-results/, not committed).
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

async function agentsPage(locale: string, width: number): Promise<Page> {
  const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width, height: 900, hash: '#/agents' });
  await page.locator('form[aria-labelledby=add-agent]').waitFor();
  return page;
}

describe.skipIf(!e2e.run)('the chat-limit stepper in Chromium', () => {
  it('steps by keys and buttons within 1–50, says what is wrong at once, holds the form back, and gives the new agent the limit', async () => {
    const page = await agentsPage('en-US', 1280);
    const add = page.locator('form[aria-labelledby=add-agent]');
    expect(await page.locator('input[type=number]').count()).toBe(0);
    const box = add.getByRole('spinbutton', { name: 'Chat limit' });
    expect(await box.evaluate((el: HTMLInputElement) => [el.type, el.inputMode, el.value, el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuemin'), el.getAttribute('aria-valuemax')])).toEqual(['text', 'numeric', '5', '5', '1', '50']);
    const fewer = add.getByRole('button', { name: 'Fewer chats' });
    const more = add.getByRole('button', { name: 'More chats' });

    await box.focus();
    await page.keyboard.press('ArrowUp');
    expect(await box.inputValue()).toBe('6');
    await page.keyboard.press('PageUp');
    expect(await box.inputValue()).toBe('16');
    await page.keyboard.press('End');
    expect([await box.inputValue(), await more.isDisabled(), await fewer.isDisabled()]).toEqual(['50', true, false]);
    await page.keyboard.press('Home');
    expect([await box.inputValue(), await more.isDisabled(), await fewer.isDisabled()]).toEqual(['1', false, true]);
    await more.click();
    await more.click();
    expect(await box.inputValue()).toBe('3');
    await fewer.click();
    expect(await box.getAttribute('aria-valuenow')).toBe('2');

    // Out of range or not a number: said under the field as it is typed; + and − step back into range.
    const error = add.locator('.stepper-field .field-error');
    for (const typed of ['60', '0', '2.5', '']) {
      await box.fill(typed);
      expect([await error.textContent(), await box.getAttribute('aria-invalid')], typed).toEqual(['Enter a whole number from 1 to 50.', 'true']);
    }
    await box.fill('60');
    await fewer.click();
    expect([await box.inputValue(), await error.count()]).toEqual(['50', 0]);
    await box.fill('0');
    await more.click();
    expect(await box.inputValue()).toBe('1');

    // The form is held back while it is wrong (one message, focus on the field), and sends once it is right.
    await add.locator('input[name=name]').fill('Kai');
    await add.locator('input[name=email]').fill('kai@example.com');
    await add.locator('input[name=password]').fill('a long enough password');
    await box.fill('51');
    await add.locator('[type=submit]').click();
    expect(await add.locator('.field-error').allTextContents()).toEqual(['Enter a whole number from 1 to 50.']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('agent-max-chats');
    const admin = await login(e2e.server);
    const emails = async () => ((await api(e2e.server, admin.cookie, 'GET', '/api/v1/agents')).body!.agents as { email: string; maxChats: number }[]);
    expect((await emails()).map((a) => a.email)).not.toContain('kai@example.com');
    await box.fill('12');
    await page.keyboard.press('ArrowUp');
    await add.locator('[type=submit]').click();
    await page.locator('.agents-table tbody tr', { hasText: 'kai@example.com' }).waitFor();
    expect((await emails()).find((a) => a.email === 'kai@example.com')?.maxChats).toBe(13);
    // A fresh form: the limit offered again at 5, its fields empty.
    await expect.poll(() => box.inputValue()).toBe('5');
    expect(await add.locator('input[name=email]').inputValue()).toBe('');

    // A viewer takes no chats: no limit to set.
    await choose(add, 'Role', 'Viewer (read-only)');
    expect(await add.getByRole('spinbutton').count()).toBe(0);
    await choose(add, 'Role', 'Agent');

    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      await box.fill('99');
      expect(await violations(page), scheme).toEqual([]);
      await add.screenshot({ path: path.join(SHOTS, `console-stepper-desktop-${scheme}-en.png`) });
      await box.fill('5');
    }
    await page.context().close();
  });

  it('in Chinese on a 390 px touch phone: the words are the console’s, the buttons a finger can hit, nothing outside the form', async () => {
    const page = await agentsPage('zh-CN', 390);
    const add = page.locator('form[aria-labelledby=add-agent]');
    const box = add.getByRole('spinbutton', { name: '同时接待上限' });
    await add.getByRole('button', { name: '增加会话数' }).tap();
    expect(await box.inputValue()).toBe('6');
    await box.fill('70');
    expect(await add.locator('.stepper-field .field-error').textContent()).toBe('请输入 1 到 50 之间的整数。');
    const boxes = await add.locator('.stepper').evaluate((stepper) => {
      const form = stepper.closest('form')!.getBoundingClientRect();
      return [...stepper.children].map((el) => {
        const r = el.getBoundingClientRect();
        return { height: Math.round(r.height), inside: r.left >= form.left && r.right <= form.right };
      });
    });
    expect(boxes).toEqual([{ height: 44, inside: true }, { height: 44, inside: true }, { height: 44, inside: true }]);
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      await add.locator('.stepper-field').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `console-stepper-phone-${scheme}-zh-CN.png`) });
    }
    await page.context().close();
  });
});
