import { describe, expect, it } from 'vitest';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, login } from '../helpers/agent-client.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { TestClient } from '../helpers/ws-client.ts';

const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

describe.skipIf(!e2e.run)('who else has the conversation open, in Chromium', () => {
  it('B sees A viewing, then replying (and a notice before the composer), then viewing again, then gone; axe clean', async () => {
    const { server, browser } = e2e;
    const admin = await login(server);
    await addAgent(server, admin.cookie, 'mei@example.com', { name: 'Mei Wong' });
    const v = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    v.send({ type: 'hello', v: 1, locale: 'en' });
    const { conversationId: id } = await v.next('welcome');
    v.send({ type: 'send', clientId: 'here-e2e-0001', text: 'my top-up failed twice' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting', 10_000);

    const open = async (who?: { email: string; password: string }) => {
      const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      page.setDefaultTimeout(8000);
      await logIntoConsole(page, server.url, who);
      await page.goto(`${server.url}/console#/inbox/${id}`);
      await page.getByRole('log', { name: 'Transcript' }).getByText('my top-up failed twice').waitFor();
      return { ctx, page };
    };
    const b = await open();
    const here = b.page.getByRole('list', { name: 'Also in this conversation' });
    const notice = b.page.getByTestId('here-notice');
    expect(await here.count()).toBe(0); // nobody else yet (never yourself)

    const a = await open({ email: 'mei@example.com', password: 'agent password 123' });
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MWMei Wong is viewing']);
    expect(await notice.textContent()).toBe('');
    // And A sees B the same way.
    await expect.poll(() => a.page.getByRole('list', { name: 'Also in this conversation' }).getByRole('listitem').allTextContents()).toEqual(['Aadmin is viewing']);

    // The name shows on hover (and on focus): the words are on screen, not only for screen readers.
    await here.getByRole('listitem').first().hover();
    await expect.poll(() => here.locator('.here-tip').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(40);

    // A types (a waiting chat: the note box): B sees A replying, and a one-line notice before the composer.
    await a.page.getByRole('textbox', { name: 'Internal note' }).pressSequentially('Checking the top-up', { delay: 20 });
    await expect.poll(() => here.getByRole('listitem').allTextContents()).toEqual(['MWMei Wong is replying…']);
    await expect.poll(() => notice.textContent()).toBe('Mei Wong is replying — you may send a duplicate');
    expect(await b.page.getByRole('textbox', { name: 'Internal note' }).isEnabled()).toBe(true); // not blocking
    expect(await violations(b.page), 'light').toEqual([]);
    await showColorScheme(b.page, 'dark');
    expect(await violations(b.page), 'dark').toEqual([]);

    // No keys for a few seconds: viewing again, the notice gone.
    await expect.poll(() => here.getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['MWMei Wong is viewing']);
    expect(await notice.textContent()).toBe('');

    // A goes back to the inbox list: gone from B's header.
    await a.page.goto(`${server.url}/console#/inbox`);
    await expect.poll(() => here.count()).toBe(0);
    v.close();
    await a.ctx.close();
    await b.ctx.close();
  });
});
