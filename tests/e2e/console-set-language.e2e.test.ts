import { describe, expect, it, onTestFinished } from 'vitest';
import { logIntoConsole, openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/**
 * The agent who holds a chat sets the language spoken to the visitor from the header's language chip, in Chromium: a
 * menu of the widget's languages (our own, not a browser select), the current one checked; the visitor's widget, open
 * in another page, switches its own words to the language picked, and the header says who set it; the widget offers
 * the visitor the way back, and their choice is theirs; the timeline has a line for each choice. Before the agent
 * holds the chat, the chip is only a chip.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

describe.skipIf(!e2e.run)("an agent sets the visitor's language from the console, in Chromium", () => {
  it("the chip's menu sets Japanese: the widget's words turn Japanese, the header reads 'set by admin'; the visitor takes the way back", async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const widgetPage = await context.newPage();
    widgetPage.setDefaultTimeout(10_000);
    const { frame, box } = await openDemoWidget(widgetPage, e2e.server.url);
    await box.fill('my card was charged twice, talk to a human please');
    await box.press('Enter');

    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIntoConsole(page, e2e.server.url);
    await page.getByRole('tab', { name: /^Waiting/ }).click();
    await page.locator('.conversation-item[data-status=waiting]', { hasText: 'my card was charged twice' }).click();
    const header = page.getByTestId('spoken');
    await expect.poll(() => header.textContent()).toBe('Speaks English');
    // Not held yet: a chip, nothing to open.
    expect(await header.getByRole('button').count()).toBe(0);

    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const chip = header.getByRole('button', { name: 'Speaks English' });
    await chip.click();
    const menu = page.getByRole('menu', { name: 'Language spoken to this visitor' });
    const items = menu.getByRole('menuitemradio');
    expect(await items.count()).toBe(12);
    expect(await menu.getByRole('menuitemradio', { checked: true }).textContent()).toBe('English');
    // Opened on the current language; Escape closes it and gives the focus back to the chip.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('English');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    await expect.poll(() => chip.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await menu.getByRole('menuitemradio', { name: 'Japanese · 日本語' }).click();
    await expect.poll(() => header.textContent()).toBe('Speaks Japanese · set by admin');
    expect(await header.getAttribute('data-chosen')).toBe('true');
    // The details add what the header does not say (it says Japanese, set by admin): what they write, the widget's language.
    const details = page.getByRole('complementary', { name: 'Details' });
    expect([await details.getByTestId('writes').textContent(), await details.getByTestId('widget-language').textContent()]).toEqual(['English', 'English']);
    expect(await details.textContent()).not.toContain('Japanese');
    // The inbox row's chip tells an agent's choice from the visitor's own.
    await page.getByRole('tab', { name: /^Mine/ }).click();
    const rowChip = page.locator('.conversation-item', { hasText: 'my card was charged twice' }).getByTestId('language');
    await expect.poll(() => rowChip.textContent()).toBe('Japanese · set by agent');
    // The timeline says who set which language, as an event line.
    const lines = page.locator('.event-line[data-event=language_set]');
    await lines.filter({ hasText: 'admin set the language to Japanese' }).waitFor();
    // The visitor's widget, live: its own words are Japanese now.
    await expect.poll(() => frame.getByRole('textbox', { name: 'メッセージ' }).count()).toBe(1);

    // At once, before any paint: the list has the focus on its current choice (it took it after the next paint, and a
    // key pressed before then reached the chip); and a key pressed on the chip while the menu is open reaches the menu:
    // Escape closes it.
    const atOnce = await header.getByRole('button').evaluate(async (button: HTMLElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      button.focus();
      button.click();
      await ticks();
      const opened = document.querySelector('[role=menu]') !== null;
      const focusOnChoice = document.activeElement?.getAttribute('aria-checked') === 'true';
      button.focus();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      await ticks();
      return { opened, focusOnChoice, closed: document.querySelector('[role=menu]') === null };
    });
    expect(atOnce).toEqual({ opened: true, focusOnChoice: true, closed: true });

    // The chip opens on Japanese now.
    await header.getByRole('button').click();
    expect(await menu.getByRole('menuitemradio', { checked: true }).textContent()).toBe('Japanese · 日本語');
    await page.keyboard.press('Escape');

    // The visitor may still choose: the widget says it switched and offers the way back in its own language.
    const note = frame.getByRole('status').filter({ hasText: '日本語に切り替えました' });
    await note.getByRole('button', { name: 'Switch back to English' }).click();
    await expect.poll(() => frame.getByRole('textbox', { name: 'Your message' }).count()).toBe(1);
    expect(await note.count()).toBe(0);
    await expect.poll(() => header.textContent()).toBe('Speaks English · chose it');
    await expect.poll(() => rowChip.textContent()).toBe('English · chosen');
    expect(await header.getAttribute('data-set-by')).toBeNull();
    await lines.filter({ hasText: 'The visitor chose English' }).waitFor();
    expect(await lines.allTextContents()).toEqual([expect.stringMatching(/^admin set the language to Japanese \d/), expect.stringMatching(/^The visitor chose English \d/)]);

    const cookie = (await login(e2e.server)).cookie;
    const listed = await api(e2e.server, cookie, 'GET', '/api/v1/conversations?status=assigned');
    const id = (listed.body!.conversations as { id: string; spokenLocaleChosen: boolean }[]).find((c) => c.spokenLocaleChosen)!.id;
    await api(e2e.server, cookie, 'POST', `/api/v1/conversations/${id}/close`);
  });
});
