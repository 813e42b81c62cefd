import { describe, expect, it, onTestFinished } from 'vitest';
import { logIntoConsole, openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/**
 * The host page's `Kefu('setLocale', …)` chooses the language for the visitor as the site, in Chromium: the widget's
 * words follow, and the console says the site set it (the header, the details, the inbox row's chip and a timeline
 * line), not that the visitor chose it. A language an agent chose for the visitor stands against the site's next
 * setLocale, until the host says `{ override: true }`.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

type HostPage = { Kefu: (...a: unknown[]) => void };

describe.skipIf(!e2e.run)("the host page's setLocale reads as the site's in the console, in Chromium", () => {
  it("setLocale('ja'): the widget speaks Japanese, the console reads 'set by the site'; over an agent's choice only with override", async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const host = await context.newPage();
    host.setDefaultTimeout(10_000);
    const { frame, box } = await openDemoWidget(host, e2e.server.url);
    await box.fill('my card was charged twice, talk to a human please');
    await box.press('Enter');
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'ja'));
    // The widget's words (its document's language: the composer and the queue's form both read メッセージ).
    const words = () => frame.locator('html').getAttribute('lang');
    await expect.poll(words).toBe('ja');

    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    const row = page.locator('.conversation-item', { hasText: 'my card was charged twice' });
    await expect.poll(() => row.getByTestId('language').textContent()).toBe('Japanese · set by site');
    await row.click();
    const header = page.getByTestId('spoken');
    await expect.poll(() => header.textContent()).toBe('Speaks Japanese · set by the site');
    expect(await header.getAttribute('data-set-by')).toBe('site');
    // The details add what the header does not say: what they write, the widget's language.
    const details = page.getByRole('complementary', { name: 'Details' });
    expect([await details.getByTestId('writes').textContent(), await details.getByTestId('widget-language').textContent()]).toEqual(['English', 'English']);
    const lines = page.locator('.event-line[data-event=language_set]');
    await lines.filter({ hasText: 'The site set the language to Japanese' }).waitFor();
    expect(await lines.filter({ hasText: 'The visitor chose' }).count()).toBe(0);

    // The agent who holds it sets Korean for the visitor: the site's next setLocale does not replace it…
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await header.getByRole('button', { name: 'Speaks Japanese · set by the site' }).click();
    await page.getByRole('menu', { name: 'Language spoken to this visitor' }).getByRole('menuitemradio', { name: 'Korean · 한국어' }).click();
    await expect.poll(() => header.textContent()).toBe('Speaks Korean · set by admin');
    await expect.poll(words).toBe('ko');
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'es'));
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'es')); // said again: nothing either
    expect(await header.textContent()).toBe('Speaks Korean · set by admin');

    // …until the host says so (French, after the Spanish kept out: the socket takes them in order, so the timeline
    // below shows the Spanish made no line).
    await host.evaluate(() => (window as unknown as HostPage).Kefu('setLocale', 'fr', { override: true }));
    await expect.poll(words).toBe('fr');
    await expect.poll(() => header.textContent()).toBe('Speaks French · set by the site');
    await lines.filter({ hasText: 'The site set the language to French' }).waitFor();
    expect(await lines.allTextContents()).toEqual([
      expect.stringMatching(/^The site set the language to Japanese \d/),
      expect.stringMatching(/^admin set the language to Korean \d/),
      expect.stringMatching(/^The site set the language to French \d/),
    ]);

    const cookie = (await login(e2e.server)).cookie;
    const listed = await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=assigned');
    const id = (listed.body!.conversations as { id: string; spokenLocaleBySite: boolean }[]).find((c) => c.spokenLocaleBySite)!.id;
    await api(e2e.server, cookie, 'POST', `/api/v1/conversations/${id}/close`);
  });
});
