import { describe, expect, it } from 'vitest';
import { openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/** The visitor's widget while the agent with their chat is renamed: the header and "… is typing" follow, no reload. */
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_ROUTING: 'manual' }, FAST_SCRYPT);

describe.skipIf(!e2e.run)('the widget when its agent is renamed, in Chromium', () => {
  it('"Ann joined the chat", then Ann renames herself Bea: the header says Bea, "Bea is typing…", her next reply is signed Bea, and no second "joined" line', async () => {
    const { server, browser } = e2e;
    const admin = await login(server);
    await addAgent(server, admin.cookie, 'ann@example.com', { name: 'Ann' });
    const ann = await login(server, 'ann@example.com', 'agent password 123');
    const desk = await AgentClient.connect(server, ann.cookie);
    await desk.hello();

    const ctx = await browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    const { frame } = await openDemoWidget(page, server.url);
    await frame.getByRole('button', { name: 'Talk to a person' }).click();
    await frame.getByText('You are number 1 in line', { exact: false }).waitFor();
    const { conversation } = await desk.next('conversation', (f) => f.conversation.status === 'waiting');
    desk.send({ type: 'claim', conversationId: conversation.id, ref: 'rename-e2e-claim' });
    await desk.next('done', (d) => d.ref === 'rename-e2e-claim');
    await frame.locator('.sys', { hasText: 'Ann joined the chat' }).waitFor();
    await expect.poll(() => frame.locator('header').textContent()).toContain('Chatting with Ann');

    expect((await api(server, ann.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Bea' })).status).toBe(200);
    await expect.poll(() => frame.locator('header').textContent()).toContain('Chatting with Bea');
    desk.send({ type: 'typing', conversationId: conversation.id }); // the socket opened as "Ann"
    await expect.poll(() => frame.locator('.msg.typing .author').textContent()).toBe('Bea is typing…');
    expect(await frame.locator('.sys', { hasText: 'joined the chat' }).allTextContents()).toEqual(['Ann joined the chat']);
    // A reply from that same socket: the message is Bea's, its avatar her initial.
    desk.send({ type: 'send', conversationId: conversation.id, clientId: 'rename-e2e-reply', text: 'Your top-up has arrived' });
    const reply = frame.locator('.msg', { hasText: 'Your top-up has arrived' });
    await expect.poll(() => reply.locator('.author').textContent()).toBe('Bea');
    expect(await reply.locator('.avatar').textContent()).toBe('B');
    desk.close();
    await ctx.close();
  }, 90_000);
});
