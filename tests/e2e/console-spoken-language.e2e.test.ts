import { describe, expect, it, onTestFinished } from 'vitest';
import { useBrowserAndServer, logIntoConsole } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';

/**
 * The console shows the language to answer the visitor in (the one the bot and the widget speak to them) and whether
 * they chose it: a zh-CN widget whose visitor writes English reads "en" in the inbox chip and "Speaks English" in the
 * header's chip, the details say the widget's beside it; once the visitor chooses Chinese, "zh-CN · chosen" and "Speaks
 * Chinese (China) · chose it", and their next conversation starts so. Live, with no reload.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

describe.skipIf(!e2e.run)("the console shows the visitor's spoken language in Chromium", () => {
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
    await expect.poll(() => chip.textContent()).toBe('Chinese (China)'); // a name, not "zh-CN"
    const header = page.getByTestId('spoken');
    const details = page.getByRole('complementary', { name: 'Details' });
    /** The details' languages: only what the header does not say (it named the language a second time). */
    const more = () => details.locator('[data-testid=writes], [data-testid=widget-language]').evaluateAll((dds) => dds.map((dd) => `${dd.previousElementSibling!.textContent}: ${dd.textContent}`));
    await expect.poll(() => header.textContent()).toBe('Speaks Chinese (China)');
    expect(await more()).toEqual([]);
    expect(await details.textContent()).not.toContain('Chinese (China)');

    // The visitor switches to English: one chip, now English, and the details name both languages; no reload.
    visitor.send({ type: 'send', clientId: 'written-e2e-02', text: 'sorry, can you help me in English please' });
    await expect.poll(() => chip.textContent()).toBe('English');
    expect(await chip.getAttribute('title')).toBe('Speaks English');
    expect(await row.locator('.row-meta > .badge').count()).toBe(1);
    await expect.poll(() => header.textContent()).toBe('Speaks English');
    expect(await more()).toEqual(['Widget language: Chinese (China)']);
    expect(await details.textContent()).not.toContain('English');

    // A one-word "ok" leaves it English.
    visitor.send({ type: 'send', clientId: 'written-e2e-03', text: 'ok' });
    await expect.poll(() => row.locator('.preview').textContent()).toBe('ok');
    expect(await chip.textContent()).toBe('English');
  });

  it('the visitor chooses Chinese back: the chip and the header say so, and their next conversation starts chosen', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    const cookie = (await login(e2e.server)).cookie;

    const visitor = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url);
    visitor.send({ type: 'hello', v: 1, locale: 'zh-CN' });
    const { conversationId, token } = await visitor.next('welcome');
    onTestFinished(() => visitor.close());
    visitor.send({ type: 'send', clientId: 'chosen-e2e-01', text: 'my card was charged twice' });
    visitor.send({ type: 'handoff' });
    await visitor.next('state', (s) => s.status === 'waiting', 10_000);
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]', { hasText: 'my card was charged twice' }).click();
    const chip = page.locator('.conversation-item[aria-current=true]').getByTestId('language');
    const header = page.getByTestId('spoken');
    await expect.poll(() => header.textContent()).toBe('Speaks English');

    // The widget's way back ("切换回中文"): a choice, kept over the English they write.
    visitor.send({ type: 'language', locale: 'zh-CN' });
    await expect.poll(() => chip.textContent()).toBe('Chinese (China) · chosen');
    expect(await chip.getAttribute('title')).toBe('Speaks Chinese (China) · chose it');
    await expect.poll(() => header.textContent()).toBe('Speaks Chinese (China) · chose it');
    expect(await header.getAttribute('data-chosen')).toBe('true');
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.getByTestId('writes').textContent()).toBe('English');
    expect(await details.getByTestId('widget-language').count()).toBe(0);
    expect(await details.textContent()).not.toContain('Chinese (China)');

    // Closed; the same visitor comes back and asks for a person before writing anything in a language.
    expect((await api(e2e.server, cookie, 'POST', `/api/v1/conversations/${conversationId}/close`)).status).toBe(200);
    visitor.close();
    const again = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url);
    onTestFinished(() => again.close());
    again.send({ type: 'hello', v: 1, locale: 'zh-CN', token });
    const next = await again.next('welcome');
    expect(next.conversationId).not.toBe(conversationId);
    again.send({ type: 'handoff' });
    const nextRow = page.locator(`.conversation-item[data-status=waiting]`).filter({ has: page.locator('[data-chosen]') });
    await expect.poll(() => nextRow.getByTestId('language').textContent()).toBe('Chinese (China) · chosen');
    await api(e2e.server, cookie, 'POST', `/api/v1/conversations/${next.conversationId}/close`);
  });
});
