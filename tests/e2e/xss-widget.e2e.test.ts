import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { maskCardNumbers } from '../../protocol/index.ts';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { BULK_LIMITS, startServer, type RunningServer } from '../helpers/server.ts';
import { auditDom, batches, corpusAvailable, installProbe, loadPayloads, writeXssPack } from './xss-corpus.ts';

/**
 * Every payload of the XSS corpus in every place the widget shows text: visitor messages (typed into the
 * composer), and bot answers from a test-only FAQ pack — as a paragraph, a bold list item, link text and
 * a link target. The page's CSP is bypassed on purpose: this proves the renderer alone (text nodes, safe
 * links) stops them; the CSP and Trusted Types are a second line, tested with a strict host page.
 */
const run = browserAvailable();
const corpus = corpusAvailable();
const { payloads: all, fromCorpus } = corpus ? loadPayloads() : { payloads: [], fromCorpus: 0 };
const payloads = [...new Set(all)];
const PER_ANSWER = 50;
let server: RunningServer;
let browser: Browser;
let packDir: string;
let questions: { question: string; count: number }[];

beforeAll(async () => {
  if (!run) return;
  packDir = mkdtempSync(path.join(tmpdir(), 'kefu-xss-pack-'));
  questions = writeXssPack(packDir, payloads, PER_ANSWER);
  server = await startServer({ ...BULK_LIMITS, KEFU_FAQ_PACK_DIR: packDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.cleanup();
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

async function openChat(hits: string[]): Promise<{ context: BrowserContext; frame: Frame }> {
  const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
  await installProbe(context, hits);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Chat with support' }).click();
  await page.frameLocator('iframe[src*="/widget"]').getByRole('textbox', { name: 'Your message' }).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/widget'))!;
  await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
  return { context, frame };
}

function expectClean(audit: Awaited<ReturnType<typeof auditDom>>, hits: string[]): void {
  expect(hits).toEqual([]);
  expect(audit.scripts).toBe(0);
  expect(audit.handlers).toEqual([]);
  expect(audit.jsUrls).toEqual([]);
}

describe.skipIf(!run || !corpus)('the XSS corpus in the widget, in Chromium', () => {
  it(`renders every payload (${fromCorpus} corpus lines + own, ${payloads.length} distinct) typed by a visitor as text`, async () => {
    const hits: string[] = [];
    const { context, frame } = await openChat(hits);
    // The probe is not blind: markup that does reach the DOM as HTML is caught.
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id="control" src="x:" onerror="__xssProbe(\'control\')">'));
    await expect.poll(() => hits.length).toBe(1);
    await frame.evaluate(() => document.getElementById('control')!.remove());
    hits.length = 0;
    // The composer's (the ticket form has a message field too), by its place: a batch in another language switches the widget's words.
    const box = frame.locator('.composer textarea');
    const sent = batches(payloads, 3800);
    for (const text of sent) {
      await box.fill(text);
      await box.press('Enter');
    }
    const bubbles = frame.locator('.msg-visitor:not(.pending) .bubble');
    await expect.poll(() => bubbles.count(), { timeout: 30_000 }).toBe(sent.length);
    // Exactly the text that was sent, character for character: nothing was parsed as markup.
    expect(await bubbles.allTextContents()).toEqual(sent.map((t) => maskCardNumbers(t).trim()));
    expectClean(await auditDom(frame), hits);
    console.info(`visitor message: ${payloads.length} payloads in ${sent.length} messages, 0 executed`);
    await context.close();
  });

  it('renders every payload in a bot answer as a paragraph, a bold list item, link text and a link target', async () => {
    const hits: string[] = [];
    const { context, frame } = await openChat(hits);
    const box = frame.locator('.composer').getByRole('textbox', { name: 'Your message' });
    const answers = frame.locator('.msg-bot:not(.greeting)');
    for (const [i, q] of questions.entries()) {
      await box.fill(q.question);
      await box.press('Enter');
      await expect.poll(() => answers.count(), { timeout: 10_000 }).toBe(i + 1);
    }
    const audit = await auditDom(frame);
    expectClean(audit, hits);
    const links = await frame.locator('.msg-bot a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') })));
    // Two links a payload (its link text, its link target), every one https on the pack's host, with rel set.
    expect(links.length).toBe(payloads.length * 2);
    expect(links.filter((l) => !l.href.startsWith('https://example.com/') || l.rel !== 'noopener noreferrer nofollow')).toEqual([]);
    console.info(`bot answer: ${payloads.length} payloads × 4 places (paragraph, bold list item, link text, link target) in ${questions.length} answers, 0 executed`);
    await context.close();
  });

  it('masks card numbers in the composer as the visitor types (once they move on) or pastes, with a hint saying why', async () => {
    const { context, frame } = await openChat([]);
    const box = frame.getByRole('textbox', { name: 'Your message' });

    await box.pressSequentially('my card 4111 1111 1111 1111');
    // Still being typed at the caret: left alone so the visitor can finish it, but the hint is up.
    expect(await box.inputValue()).toBe('my card 4111 1111 1111 1111');
    await frame.getByText('card numbers are hidden', { exact: false }).waitFor();
    await box.pressSequentially(', is it blocked?');
    expect(await box.inputValue()).toBe('my card •••• 1111, is it blocked?');

    await box.evaluate((el: HTMLTextAreaElement) => {
      el.value += ' old one 5555-5555-5555-4444';
      el.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    expect(await box.inputValue()).toBe('my card •••• 1111, is it blocked? old one •••• 4444');
    await box.press('Enter');
    await frame.locator('.msg-visitor:not(.pending) .bubble').getByText('my card •••• 1111, is it blocked? old one •••• 4444').waitFor();
    await context.close();
  });
});
