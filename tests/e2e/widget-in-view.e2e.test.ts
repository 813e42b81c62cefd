import { describe, expect, it } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';

/**
 * What the visitor must act on next is scrolled into view on a phone, below a transcript longer than the screen:
 * the place in line with its cancel button after asking for a person, the rating once the agent closes the chat.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

/** Whether all of `selector` lies inside the chat's scrolling area as it is scrolled now. */
const inView = (frame: FrameLocator, selector: string) =>
  frame.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const area = el.closest('.scroll')!.getBoundingClientRect();
    return box.height > 0 && box.top >= area.top - 1 && box.bottom <= area.bottom + 1;
  });

describe.skipIf(!e2e.run)('the widget keeps the next step in view, in Chromium', () => {
  it('shows the place in line and then the rating without the visitor scrolling', async () => {
    const agent = await AgentClient.connect(e2e.server, (await login(e2e.server)).cookie);
    await agent.hello(); // an agent online: asking for a person queues, it does not offer the ticket form
    const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const { frame, box } = await openDemoWidget(await context.newPage(), e2e.server.url);
    for (const question of ['how do I get a refund', 'my payment failed', 'I forgot my password']) {
      const answered = frame.locator('.msg-bot[data-seq]').count();
      await box.fill(question);
      await box.press('Enter');
      await expect.poll(() => frame.locator('.msg-bot[data-seq]').count()).toBeGreaterThan(await answered);
    }
    expect(await frame.locator('.scroll').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

    await frame.getByRole('button', { name: 'Talk to a person' }).click();
    await frame.locator('.panel.queue').waitFor();
    await expect.poll(() => inView(frame, '.panel.queue')).toBe(true);

    const { conversation } = await agent.next('conversation', (f) => f.conversation.status === 'waiting');
    agent.send({ type: 'claim', conversationId: conversation.id, ref: 'in-view-claim' });
    await agent.conversation(conversation.id, 'assigned');
    agent.send({ type: 'close', conversationId: conversation.id, ref: 'in-view-close' });
    await frame.getByRole('radiogroup', { name: 'How did we do?' }).waitFor();
    await expect.poll(() => inView(frame, '.rate')).toBe(true);
    agent.close();
    await context.close();
  });
});
