import { describe, expect, it } from 'vitest';
import { FaqAnswerResponse, type Suggestion } from '../../protocol/index.ts';
import { ADMIN_ENV, FAST_SCRYPT, api } from '../helpers/agent-client.ts';
import { logIntoConsole, openDemoWidget, useBrowserAndServer } from '../helpers/browser.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * A "did you mean…" reply says "one of these below?": its questions stay listed under it once its quick-reply
 * buttons are gone (the visitor wrote on), and the agent reading the history sees them too.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

/** A question the bot is unsure of, picked through the answer API so the test follows the real thresholds. */
async function vagueQuestion(): Promise<{ text: string; offered: Suggestion[] }> {
  for (const text of ['transfer', 'something wrong with payment and refund', 'where is my money', 'funds', 'refnd']) {
    const reply = FaqAnswerResponse.parse((await api(e2e.server, null, 'POST', '/api/v1/faq/answer', { text })).body);
    if (reply.kind === 'suggest' && reply.suggestions.length > 0) return { text, offered: reply.suggestions };
  }
  throw new Error('no vague question found');
}

describe.skipIf(!e2e.run)('the questions a did-you-mean reply offered, in Chromium', () => {
  it('the widget shows them as buttons while they are live, then lists them under the reply', async () => {
    const { text, offered } = await vagueQuestion();
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const { frame, box } = await openDemoWidget(await context.newPage(), e2e.server.url);
    await box.fill(text);
    await box.press('Enter');

    const chips = frame.getByRole('group', { name: 'Suggested questions' });
    for (const s of offered) await chips.getByRole('button', { name: s.question }).waitFor();
    const reply = frame.locator('.msg-bot[data-seq]').last();
    expect(await reply.locator('.offered').count()).toBe(0); // said once: as the buttons, not also as a list

    await box.fill('hello');
    await box.press('Enter');
    await expect.poll(() => chips.count()).toBe(0);
    const listed = frame.locator('.msg-bot[data-seq]').filter({ has: frame.locator('.offered') });
    await expect.poll(() => listed.locator('.offered li').allTextContents()).toEqual(offered.map((s) => s.question));
    await context.close();
  });

  it('the console lists them under the bot’s reply in the conversation', async () => {
    const { text, offered } = await vagueQuestion();
    const { client, welcome } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    expect((await askBot(client, text)).bot?.kind).toBe('suggest');
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await logIntoConsole(page, e2e.server.url);
    await page.evaluate((id) => (location.hash = `#/inbox/${id}`), welcome.conversationId);
    const log = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => log.locator('.msg-bot .offered li').allTextContents()).toEqual(offered.map((s) => s.question));
    client.close();
    await context.close();
  });
});
