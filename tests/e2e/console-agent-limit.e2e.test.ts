import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { AuditList } from '../../protocol/index.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, addAgent, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';

/**
 * Changing an existing agent's chat limit on the Agents page in Chromium (it was the API's alone): "Change limit" on
 * the agent's row opens a dialog with the console's stepper on the current limit; Enter saves it, the page says so,
 * the row and the API show the new limit and the audit log has the change, by the admin; out of range is held back in
 * the dialog; Escape leaves it; a viewer's row offers none, and the server's refusal for a viewer (the account made a
 * viewer meanwhile) is said in the dialog in the console's language. axe-core 0 with the dialog open, light and dark;
 * screenshots at 1280 and 390 px in English and Chinese (test-results/, not committed).
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

async function agentsPage(locale: string, width: number): Promise<Page> {
  const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width, height: 844, hash: '#/agents' });
  await page.locator('.agents-table').waitFor();
  return page;
}

/**
 * The Chinese Agents page on a 390 px touch phone, logged in once for the file (closed with the file's Chromium): the
 * phone row test reads it, the dialog test after it acts in it, in the light scheme. One login fewer.
 */
let chinesePhone: Promise<Page> | undefined;
async function chinesePhonePage(): Promise<Page> {
  if (!chinesePhone) return (chinesePhone = agentsPage('zh-CN', 390));
  const page = await chinesePhone;
  await showColorScheme(page, 'light');
  return page;
}

/** The vertical middle of each of the row's elements, in whole px. */
const middles = (row: Locator, selectors: string[]) =>
  row.evaluate(
    (tr, selectors) =>
      selectors.map((sel) => {
        const r = tr.querySelector(sel)!.getBoundingClientRect();
        return Math.round(r.top + r.height / 2);
      }),
    selectors,
  );

describe.skipIf(!e2e.run)('changing an agent’s chat limit in the console', () => {
  it('saves it from the row’s dialog (said, shown, audited), holds back out of range, and refuses a viewer', async () => {
    const admin = await login(e2e.server);
    const kai = (await addAgent(e2e.server, admin.cookie, 'kai@example.com', { maxChats: 4 })).agent;
    await addAgent(e2e.server, admin.cookie, 'vera@example.com', { role: 'viewer' });
    const limitOf = async (id: string) => ((await api(e2e.server, admin.cookie, 'GET', '/api/v1/agents')).body!.agents as { id: string; maxChats: number }[]).find((a) => a.id === id)!.maxChats;
    const page = await agentsPage('en-US', 1280);
    const row = page.locator('.agents-table tbody tr', { hasText: 'kai@example.com' });
    await row.waitFor();
    expect(await page.locator('.agents-table tbody tr', { hasText: 'vera@example.com' }).getByRole('button', { name: /Change limit/ }).count()).toBe(0);

    await row.getByRole('button', { name: 'Change limit: kai' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chat limit for kai' });
    const box = dialog.getByRole('spinbutton', { name: 'Chat limit' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('4');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe('Saved: kai now takes up to 6 chats at once.');
    await expect.poll(() => row.locator('.chats').textContent()).toBe('0 of 6 chats');
    expect(await limitOf(kai.id)).toBe(6);
    const audit = AuditList.parse((await api(e2e.server, admin.cookie, 'GET', `/api/v1/admin/audit?agentId=${kai.id}`)).body).records;
    const changed = audit.filter((r) => r.action === 'agent.limit_changed');
    expect(changed.map((r) => [r.agentId, r.target, r.before, r.after])).toEqual([[admin.agent.id, kai.id, { maxChats: 4 }, { maxChats: 6 }]]);

    // Out of range: said under the field, the dialog stays, nothing is sent. Escape leaves the limit as it was.
    await row.getByRole('button', { name: 'Change limit: kai' }).click();
    await box.fill('60');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.locator('.field-error').textContent()).toBe('Enter a whole number from 1 to 50.');
    expect(await dialog.isVisible()).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      expect(await violations(page), scheme).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `console-agent-limit-desktop-${scheme}-en.png`) });
    }
    await showColorScheme(page, 'light');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await limitOf(kai.id)).toBe(6);

    // Made a viewer while the dialog is open: the server refuses (takes_no_chats), said in the dialog, which stays.
    await row.getByRole('button', { name: 'Change limit: kai' }).click();
    expect((await api(e2e.server, admin.cookie, 'PATCH', `/api/v1/agents/${kai.id}`, { role: 'viewer' })).status).toBe(200);
    await box.fill('9');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('That did not work: A viewer takes no chats, so has no chat limit: make them an agent or an admin first.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The row follows the account: a viewer's has no limit and no button.
    await expect.poll(() => row.getByRole('button', { name: /Change limit/ }).count()).toBe(0);
    await page.context().close();
  });

  it('on a 390 px phone a row’s presence chip and its "1 of 5 chats" sit on one line, in the middle of the role select beside them (a viewer’s chip too)', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'lin@example.com', { maxChats: 5 });
    await addAgent(e2e.server, admin.cookie, 'wen@example.com', { role: 'viewer' });
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const page = locale === 'zh-CN' ? await chinesePhonePage() : await agentsPage(locale, 390);
      const row = page.locator('.agents-table tbody tr', { hasText: 'lin@example.com' });
      await row.locator('.select-button').waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await showColorScheme(page, scheme);
        await page.locator('.agents-table').screenshot({ path: path.join(SHOTS, `console-agents-table-phone-${scheme}-${locale}.png`) });
      }
      // The chip, the words and the select beside them share a middle (whole px); a viewer's chip, alone, too.
      const agent = await middles(row, ['.presence .badge', '.presence .chats', '.role .select-button']);
      expect(new Set(agent).size, `${locale}: ${agent.join(', ')}`).toBe(1);
      const viewer = await middles(page.locator('.agents-table tbody tr', { hasText: 'wen@example.com' }), ['.presence .badge', '.role .select-button']);
      expect(new Set(viewer).size, `${locale} viewer: ${viewer.join(', ')}`).toBe(1);
      // "Change limit" on the line under the chip (English): its words start where the chip does (padding and border set
      // them 13 px in); beside "1 of 5 chats" (Chinese), a gap after them.
      const [chip, chats, words] = await row.evaluate((tr) => {
        const range = document.createRange();
        range.selectNodeContents(tr.querySelector('.limit-change')!);
        return [tr.querySelector('.presence .badge')!.getBoundingClientRect(), tr.querySelector('.presence .chats')!.getBoundingClientRect(), range.getBoundingClientRect()].map((r) => ({ left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top), bottom: Math.round(r.bottom) }));
      });
      if (locale === 'en-US') expect([words!.left, words!.top > chip!.top]).toEqual([chip!.left, true]);
      else expect([words!.top < chip!.bottom, words!.left - chats!.right]).toEqual([true, 12]);
      if (locale === 'en-US') await page.context().close();
    }
  });

  it('at 1280 px a long name leaves "Change limit" its own line under "5 of 5 chats": its words start where those do (they were set 13 px in)', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'alejandro@example.com', { name: 'Alejandro Fernández de la Cruz-Villanueva' });
    const page = await agentsPage('en-US', 1280);
    const row = page.locator('.agents-table tbody tr', { hasText: 'alejandro@example.com' });
    const [chats, words] = await row.evaluate((tr) => {
      const range = document.createRange();
      range.selectNodeContents(tr.querySelector('.limit-change')!);
      return [tr.querySelector('.presence .chats')!.getBoundingClientRect(), range.getBoundingClientRect()].map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), bottom: Math.round(r.bottom) }));
    });
    expect(words!.top).toBeGreaterThanOrEqual(chats!.bottom); // under them, at this width
    expect(words!.left).toBe(chats!.left);
    await page.context().close();
  });

  it('in Chinese on a 390 px touch phone: the dialog in the console’s words, inside the screen, the stepper a finger can hit', async () => {
    const page = await chinesePhonePage();
    await page.locator('.agents-table tbody tr', { hasText: 'admin@example.com' }).getByRole('button', { name: /修改上限/ }).tap();
    const dialog = page.getByRole('dialog', { name: 'admin 的同时接待上限' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '增加会话数' }).tap();
    const sizes = await dialog.evaluate((d) => {
      const r = d.getBoundingClientRect();
      const step = [...d.querySelectorAll('.stepper > *')].map((el) => Math.round(el.getBoundingClientRect().height));
      return { inside: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight, step };
    });
    expect(sizes).toEqual({ inside: true, step: [44, 44, 44] });
    expect(await dialog.getByRole('spinbutton').inputValue()).toBe('6');
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      await page.screenshot({ path: path.join(SHOTS, `console-agent-limit-phone-${scheme}-zh-CN.png`) });
    }
    await dialog.getByRole('button', { name: '保存' }).tap();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '已保存' }).textContent()).toBe('已保存：admin 现在最多同时接待 6 个会话。');
  });
});
