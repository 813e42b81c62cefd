import { describe, expect, it } from 'vitest';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { heldClock } from '../helpers/held-clock.ts';
import { settled, visitor } from '../helpers/ws-client.ts';

/**
 * The console over its socket's frame budget, in Chromium: with a budget far below what the agent types, replies
 * are refused (`rate_limited`), and the console keeps each one pending — shown as sending, never as an error — and
 * sends that conversation's pending replies again, in order, when allowed. The visitor receives every reply exactly
 * once and in typed order.
 */
// A minute and as a burst, on a clock held still while the agent types (`frameClock`): no token comes back however
// long the typing takes, so the replies past the budget (the console sends a few frames besides them) are refused,
// and the test moves the clock on a minute to refill the budget rather than waiting 2 s a token.
const BUDGET = 30;
const REPLIES = BUDGET + 7;
const clock = heldClock();
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_LIMIT_AGENT_FRAMES_PER_MIN: String(BUDGET) }, { ...FAST_SCRYPT, frameClock: clock.now });

describe.skipIf(!e2e.run)('the console over its frame budget in Chromium', () => {
  it(`${REPLIES} replies typed against a budget of ${BUDGET}: the refused ones are resent, the visitor gets each once, in order`, async () => {
    const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    v.client.send({ type: 'handoff' });
    await v.client.next('state', (s) => s.status === 'waiting');

    const context = await e2e.browser.newContext({ locale: 'en-US' });
    // Every alert the page ever shows is recorded, however briefly (a refusal shown as an error would be one).
    await context.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { alerts: string[] }).alerts = shown;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="alert"]')) if (!shown.includes(el.textContent ?? '')) shown.push(el.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let refusals = 0;
    page.on('websocket', (ws) => ws.on('framereceived', (f) => void (String(f.payload).includes('"rate_limited"') && refusals++)));
    await logIntoConsole(page, e2e.server.url);
    await page.goto(`${e2e.server.url}/console#/inbox/${v.welcome.conversationId}`);
    await page.getByRole('button', { name: 'Claim' }).click();
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await expect.poll(() => reply.isEnabled()).toBe(true);

    const typed = Array.from({ length: REPLIES }, (_, i) => `reply number ${i + 1}`);
    for (const text of typed) {
      await reply.fill(text);
      await reply.press('Enter');
    }
    // Held, not failed: some were refused, they show as sending until sent, and no error is ever shown.
    expect(refusals).toBeGreaterThan(0);
    expect(await page.locator('.msg.pending[data-state="sending"]').count()).toBeGreaterThan(0);
    clock.advance(60_000); // the budget whole again
    await expect.poll(() => page.locator('.pending').count(), { timeout: 90_000 }).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { alerts: string[] }).alerts)).toEqual([]);

    const log = page.getByRole('log', { name: 'Transcript' });
    expect(await log.locator('.msg-agent p').allTextContents()).toEqual(typed);
    const received = (await settled(v.client, 10_000)).filter((f) => f.type === 'message' && f.message.author === 'agent');
    expect(received.map((f) => (f.type === 'message' ? f.message.text : ''))).toEqual(typed);
    expect(errors).toEqual([]);
    await context.close();
    v.client.close();
  }, 120_000);
});
