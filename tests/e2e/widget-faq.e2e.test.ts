import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FaqAnswerResponse, FaqFeedbackSummary } from '../../protocol/index.ts';
import type { FaqEntry } from '../../faq/index.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

const run = browserAvailable();
let server: RunningServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  if (!run) return;
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = (await login(server)).cookie;
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.cleanup();
});

const entry = async (id: string) => ((await api(server, admin, 'GET', `/api/v1/admin/faq/entries/${id}`)).body as { entry: FaqEntry }).entry;

describe.skipIf(!run)('the widget’s FAQ features, in Chromium', () => {
  it('shows follow-ups and "Was this helpful?" under an answer; a 👎 is stored', async () => {
    const question = 'are there any fees?';
    const answered = FaqAnswerResponse.parse((await api(server, null, 'POST', '/api/v1/faq/answer', { text: question })).body);
    expect(answered).toMatchObject({ kind: 'answer', locale: 'en' });
    const followUps = await Promise.all((await entry(answered.faqId!)).followUps.map(async (id) => (await entry(id)).locales.en!.question));
    expect(followUps.length).toBeGreaterThan(0);

    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Chat with support' }).click();
    const frame = page.frameLocator('iframe[src*="/widget"]');
    const box = frame.getByRole('textbox', { name: 'Your message' });
    await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
    await box.fill(question);
    await box.press('Enter');

    // Follow-ups: quick replies with the follow-up entries' questions, in English.
    const related = frame.getByRole('group', { name: 'Related questions' });
    for (const text of followUps) await related.getByRole('button', { name: text }).waitFor();

    // Helpfulness, with accessible names; the pressed state is the vote the server confirmed.
    const answer = frame.locator('.msg-bot').filter({ has: frame.getByRole('group', { name: 'Was this helpful?' }) }).last();
    const no = answer.getByRole('button', { name: "No, this didn't help" });
    await answer.getByRole('button', { name: 'Yes, this helped' }).waitFor();
    expect(await no.getAttribute('aria-pressed')).toBe('false');
    await no.click();
    await expect.poll(() => no.getAttribute('aria-pressed')).toBe('true');

    const summary = FaqFeedbackSummary.parse((await api(server, admin, 'GET', '/api/v1/admin/faq/feedback')).body);
    expect(summary.entries).toContainEqual({ faqId: answered.faqId, helpful: 0, notHelpful: 1 });

    // A follow-up is a question like any other: clicking it gets that entry's answer.
    await related.getByRole('button', { name: followUps[0]! }).click();
    await expect.poll(() => frame.getByRole('group', { name: 'Was this helpful?' }).count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
