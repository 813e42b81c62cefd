import { describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { showColorScheme } from '../helpers/axe.ts';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * A snooze or close the server refuses leaves the chat where it is and disarms "open the next chat": the chat's next
 * change, even one that takes it out of the view, opens nothing else (main: it jumped to the next chat). The refusal
 * is real: the chat is handed to another agent between the click and the server's answer (the request is held until
 * the transfer is done), so the server answers `not_yours`. A refused close takes the same way (ConversationView's
 * `onLeave` with the socket's answer). The refusal's words are an admin's (take it over), not "ask an admin". Screenshots of the refusal: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const words = (tag: string, key: string) => (JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../console/locales/${tag}.json`), 'utf8')) as Record<string, string>)[key]!;

/** Two chats the admin holds, and a second agent online (a transfer's target), with their cookie. */
async function twoChatsAndAnAgent(tag: string) {
  const admin = await login(e2e.server);
  const ids: string[] = [];
  for (const text of [`a refund for order ${tag} one`, `a refund for order ${tag} two`]) {
    const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    await askBot(v.client, `${text}, a human please`);
    v.client.send({ type: 'handoff' });
    const id = v.welcome.conversationId;
    await expect.poll(async () => (await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
    onTestFinished(() => v.client.close());
    ids.push(id);
  }
  const other = await addAgent(e2e.server, admin.cookie, `other-${tag}@example.com`);
  const desk = await AgentClient.connect(e2e.server, other.cookie);
  await desk.hello();
  onTestFinished(() => desk.close());
  return { admin, other, ids };
}

describe.skipIf(!e2e.run)('a refused snooze in Chromium', () => {
  for (const locale of ['en-US', 'zh-CN'] as const) {
    it(`a refused snooze disarms the move: the chat's next change opens no other chat (${locale}; screenshots)`, async () => {
      const tag = locale === 'en-US' ? 'en' : 'zh-CN';
      const { admin, other, ids } = await twoChatsAndAnAgent(tag);
      const [first] = ids as [string, string];
      const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale, width: 1280, height: 800, hash: `#/inbox/${first}` });
      onTestFinished(() => page.context().close());
      await page.getByRole('tab').nth(3).click(); // All open: the chat stays in it when another agent holds it
      const title = page.locator('.conversation-title');
      await title.waitFor();
      const shown = await title.textContent();
      // Between the click and the server: the chat goes to the other agent, so the server refuses (not_yours).
      await page.route(`**/api/v1/conversations/${first}/snooze`, async (route) => {
        expect((await api(e2e.server, admin.cookie, 'POST', `/api/v1/conversations/${first}/transfer`, { agentId: other.agent.id })).status).toBe(200);
        await route.continue();
      });
      await page.locator('.conversation-head .actions button[aria-haspopup]').first().click();
      await page.getByRole('menu').getByRole('menuitem').first().click(); // Later today (in 3 hours from 9 PM)
      await page.getByRole('alert').waitFor();
      // Words for who reads them: an admin is not told to ask an admin; they may take the chat over (Transfer… to themselves).
      expect(await page.getByRole('alert').textContent()).toBe(words(tag, 'refusal_not_yours_admin'));
      expect(await title.textContent()).toBe(shown);
      for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
        await page.setViewportSize({ width, height });
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-snooze-refused-${device}-${scheme}-${tag}.png`) });
        }
      }
      // Still on the phone: the chat is the other agent's now, so no main action beside the menu (Close was one, as for
      // a chat of this agent's); the admin may still close it, from More actions, with Transfer… and Hand back.
      const row = page.locator('.conversation-head .actions');
      await expect.poll(() => row.locator(':scope > button, :scope > .menu-anchor > button').evaluateAll((all) => all.map((b) => (b.getAttribute('aria-haspopup') ? 'menu' : b.classList.contains('details-toggle') ? 'details' : b.textContent)))).toEqual(['menu', 'details']);
      await row.locator('button[aria-haspopup]').click();
      const items = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
      expect(items.filter((x) => x === words(tag, 'close') || x === words(tag, 'transfer_menu') || x === words(tag, 'hand_back'))).toEqual([words(tag, 'transfer_menu'), words(tag, 'hand_back'), words(tag, 'close')]);
      expect(items.some((x) => x.startsWith(words(tag, 'snooze_prefix')))).toBe(false); // not theirs to snooze any more
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      await page.setViewportSize({ width: 1280, height: 800 });
      // An unrelated change that takes it out of the view: its new holder closes it. Nothing else opens.
      expect((await api(e2e.server, other.cookie, 'POST', `/api/v1/conversations/${first}/close`, {})).status).toBe(200);
      await page.locator('.conversation-item', { hasText: `order ${tag} one` }).waitFor({ state: 'detached' });
      await page.waitForTimeout(300); // the inbox's effect runs on the render after the frame
      expect(await title.textContent()).toBe(shown);
      expect(page.url()).toContain(`#/inbox/${first}`);
    });
  }
});
