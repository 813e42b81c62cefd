import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { FaqAnswerResponse, FaqHistory, UnansweredList } from '../../protocol/index.ts';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { choose } from '../helpers/select.ts';
import { showColorScheme, violations } from '../helpers/axe.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

/**
 * The FAQ editor and the missed-questions inbox in Chromium, against the widget a visitor uses: an answer edited in
 * the editor (refused first at its field, tried before saving) is what the widget then answers; a question the bot
 * missed, approved from the inbox with one click, is then answered. One server, one browser, two contexts (the
 * admin's console, the visitor's page); axe-core finds nothing on either screen in light or dark. The pack is the mini
 * one in English and Chinese: each try, save, revert and approve trains it (≈0.2 s of CPU; the wallet pack's ≈3.4 s
 * passed Playwright's 15 s under a full run's load).
 */
const e2e = useBrowserAndServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: twoLanguageMiniPack() }, FAST_SCRYPT);
/**
 * How long a page waits for what a training brings (a try, a save, a revert, an approval: each starts the training
 * worker and trains in it): a budget for the loaded box, not a timing. Playwright's 15 s ran out on 'Try it' under two
 * CPU hogs at load 40-49 (console-faq failed in each of 3 runs there; the error kept: 'Try it', locator.waitFor 15000ms).
 */
const WAIT = 60_000;
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
let adminCtx: BrowserContext;
let visitorCtx: BrowserContext;
let admin: Page;
let widget: FrameLocator;
const errors: string[] = [];

async function axeLightAndDark(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    expect(await violations(page), colorScheme).toEqual([]);
  }
}

const answerApi = async (text: string) => {
  const res = await fetch(`${e2e.server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, locale: 'en' }) });
  return FaqAnswerResponse.parse(await res.json());
};

/** The visitor types into the widget; resolves with the bot's reply bubble to it (the n-th bot message). */
async function ask(text: string): Promise<ReturnType<FrameLocator['locator']>> {
  const before = await widget.locator('.msg-bot').count();
  const box = widget.getByRole('textbox', { name: 'Your message' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => widget.locator('.msg-bot').count(), { timeout: WAIT }).toBeGreaterThan(before);
  return widget.locator('.msg-bot').nth(before);
}

beforeAll(async () => {
  if (!e2e.run) return;
  adminCtx = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  admin = await adminCtx.newPage();
  admin.setDefaultTimeout(WAIT);
  admin.on('pageerror', (e) => errors.push(`console: ${e.message}`));
  await admin.goto(`${e2e.server.url}/console`);
  await admin.locator('input[type=email]').fill(ADMIN.email);
  await admin.locator('input[type=password]').fill(ADMIN.password);
  await admin.locator('button[type=submit]').click();
  await admin.locator('.connection[data-state=online]').waitFor({ state: 'attached' });

  visitorCtx = await e2e.browser.newContext({ locale: 'en-US' });
  const page = await visitorCtx.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('pageerror', (e) => errors.push(`widget: ${e.message}`));
  await page.goto(`${e2e.server.url}/`);
  await page.getByRole('button', { name: 'Chat with support' }).click();
  widget = page.frameLocator('iframe[src*="/widget"]');
  await widget.locator('.connection[data-state=online]').waitFor();
}, 60_000);
afterAll(async () => {
  await adminCtx?.close();
  await visitorCtx?.close();
});

describe.skipIf(!e2e.run)('the FAQ editor and the missed-questions inbox, with the widget', () => {
  it('an answer edited in the editor (refused at its field first, tried before saving) is what the widget then answers; its history reverts it', async () => {
    const question = 'how long does a refund take?';
    const live = await answerApi(question);
    expect(live).toMatchObject({ kind: 'answer', faqId: 'refund' });

    await admin.evaluate(() => (location.hash = '#/faq/refund'));
    const en = admin.locator('section[data-locale=en]');
    await en.getByLabel('Answer').waitFor();
    // A blank question: the server's error is shown at that field (and named in the notice).
    await en.getByLabel('Question').fill(' ');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => en.getByLabel('Question').getAttribute('aria-invalid')).toBe('true');
    expect(await en.locator('#faq-en-question').textContent()).toBe('Fill in this field.'); // in the words form-check uses
    await en.getByLabel('Question').fill('When will I get my refund?');

    const edited = 'Refunds changed on 2 December: **back in one working day**, to cards in three.';
    await en.getByLabel('Answer').fill(edited);
    // The preview is the widget's renderer: the bold is bold, the markers are gone.
    await expect.poll(() => en.locator('[data-preview=en] strong').textContent()).toBe('back in one working day');

    // Try it: live now (the old answer) and with the unsaved change (the new one).
    const tryIt = admin.locator('form.try-it');
    await tryIt.getByLabel('A visitor’s question').fill(question);
    await tryIt.getByRole('button', { name: 'Ask the bot' }).click();
    await admin.locator('[data-try=draft]').waitFor();
    expect(await admin.locator('[data-try=current]').getAttribute('data-faq')).toBe('refund');
    expect(await admin.locator('[data-try=draft]').getAttribute('data-kind')).toBe('answer');
    expect(await admin.locator('[data-try=draft] .bubble').textContent()).toContain('Refunds changed on 2 December: back in one working day, to cards in three.');
    expect(await admin.locator('[data-try=current] .bubble').textContent()).not.toContain('Refunds changed');
    await axeLightAndDark(admin);
    await admin.emulateMedia({ colorScheme: 'light' });

    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // The visitor asks in the widget: the edited answer, rendered the same way.
    const reply = await ask(question);
    await expect.poll(() => reply.locator('.bubble strong').textContent()).toBe('back in one working day');
    expect(await reply.locator('.bubble').textContent()).toContain('Refunds changed on 2 December: back in one working day, to cards in three.');

    // The entry's history: who and what, before and after; reverting brings the old answer back.
    const history = admin.locator('.faq-history');
    const item = history.locator('.history-item[data-action=update]').first();
    await item.getByRole('button', { name: /Edited/ }).click();
    await item.locator('ins', { hasText: 'Refunds changed on 2 December' }).waitFor();
    expect(await item.locator('.row-meta').textContent()).toContain('admin');
    await item.getByRole('button', { name: 'Revert' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Revert' }).click();
    await admin.getByRole('status').filter({ hasText: 'Reverted' }).waitFor();
    expect((await answerApi(question)).answer).toBe(live.answer);
    const edits = FaqHistory.parse(await admin.evaluate(async () => (await fetch('/api/v1/admin/faq/history?entry=refund')).json())).edits;
    expect(edits.map((e) => e.action)).toEqual(['revert', 'update']);
  }, 240_000); // three trainings of the FAQ model (try with the draft, save, revert) on a shared 2-core box, WAIT each

  it('a question the bot missed, approved from the inbox with one click, is then answered; the tab shows the count', async () => {
    // A question the bot cannot answer now (asked of the server, so the test follows the real thresholds): being shut
    // out of one's account, which the password entry should answer and does not in these words.
    const candidates = ['the app keeps saying my login is wrong', 'i cannot get into my account', 'locked out of my wallet'];
    let missed = '';
    for (const text of candidates) if (!missed && (await answerApi(text)).kind !== 'answer') missed = text;
    expect(missed).not.toBe('');
    const first = await ask(missed);
    expect(await first.getByRole('group', { name: 'Was this helpful?' }).count()).toBe(0);

    const list = async () => UnansweredList.parse(await admin.evaluate(async () => (await fetch('/api/v1/admin/faq/unanswered')).json()));
    await expect.poll(async () => (await list()).questions.some((q) => q.text === missed)).toBe(true);
    const total = (await list()).total;

    await admin.evaluate(() => (location.hash = '#/faq-missed'));
    const tab = admin.getByRole('link', { name: /Missed questions/ });
    await expect.poll(() => tab.locator('.badge').getAttribute('data-count')).toBe(String(total));
    // The count is heard with its words, not as a bare number (an aria-label on a span was not reliably read).
    expect(await admin.getByRole('link', { name: new RegExp(`^Missed questions ?, ${total} unanswered$`) }).count()).toBe(1);
    const card = admin.locator('.missed-item').filter({ hasText: missed });
    await card.waitFor();
    await axeLightAndDark(admin);
    await admin.emulateMedia({ colorScheme: 'light' });

    // Pick the entry (the best guess is pre-selected; this one is the right one), then one click.
    await choose(card, 'Add as another way to ask', { value: 'password-reset' });
    await card.getByRole('button', { name: 'Add', exact: true }).click();
    await admin.getByRole('status').filter({ hasText: 'the bot answers it now' }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(async () => (total > 1 ? await tab.locator('.badge').getAttribute('data-count') : String(await tab.locator('.badge').count()))).toBe(String(total - 1 || 0));

    // The visitor asks again: now an answer (with "Was this helpful?"), from that entry.
    const second = await ask(missed);
    await second.getByRole('group', { name: 'Was this helpful?' }).waitFor();
    expect(await answerApi(missed)).toMatchObject({ kind: 'answer', faqId: 'password-reset' });
    expect(errors).toEqual([]);
  }, 180_000); // an approval trains the pack, and the widget asks twice: WAIT each

  it('names entries in the console’s language alike in the list and among an entry’s follow-ups (they were in its first shown language)', async () => {
    await admin.evaluate(() => (location.hash = '#/faq/refund')); // its follow-up: transfer
    const chips = admin.locator('ul.chips[aria-labelledby=faq-followups-label] > li > span');
    await chips.first().waitFor();
    const named = await chips.allTextContents();
    const listed = await admin.locator('.faq-list .faq-item-title').allTextContents();
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(listed, name).toContain(name);
  });

  it('a new entry saved with an empty id and three phrasings: each field says one thing', async () => {
    await admin.evaluate(() => (location.hash = '#/faq'));
    await admin.getByRole('button', { name: 'New entry' }).click();
    const en = admin.locator('section[data-locale=en]');
    await en.getByLabel('Other ways to ask').fill('fee for transfers\ntransfer fee\nis sending money free');
    await admin.getByRole('button', { name: 'Save' }).click();
    // The id: blank, not its kebab-case rule (which its hint already says); an empty box, no example in it that reads as
    // a value beside "Fill in this field." (the hint has the example).
    await expect.poll(() => admin.locator('#faq-id-error').textContent()).toBe('Fill in this field.');
    expect(await admin.locator('input[aria-describedby="faq-id-error"]').getAttribute('placeholder')).toBeNull();
    // A badly formed id: the hint has the rule, the error what in this id breaks it (it said the rule again).
    const id = admin.locator('label.field', { has: admin.locator('.field-label', { hasText: /^Id$/ }) }).locator('input');
    await id.fill('Cash top_up');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => admin.locator('#faq-id-error').textContent()).toBe('Not allowed: C space _.');
    await id.fill('cash--top-up-');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => admin.locator('#faq-id-error').textContent()).toBe('A hyphen goes between letters or digits: not first, last or two together.');
    expect(await admin.getByText('Lower-case letters, digits and hyphens, e.g. cash-top-up. It cannot change later.').count()).toBe(1);
    // The phrasings: the hint has the rule and the count, the error only what is missing — and goes once it is not.
    expect(await en.locator('#faq-en-alternates').textContent()).toBe('Add 5 more.');
    expect(await en.getByText('One per line, at least 8 (3 now).').count()).toBe(1);
    await en.getByLabel('Other ways to ask').fill(Array.from({ length: 8 }, (_, i) => `transfer fee ${i}`).join('\n'));
    await expect.poll(() => en.locator('#faq-en-alternates').count()).toBe(0);
    expect(await en.getByLabel('Other ways to ask').getAttribute('aria-invalid')).toBeNull();
    // Tried while its other fields are blank: one line in the try box (it listed every issue in the server's words).
    await admin.getByLabel('A visitor’s question').fill('is sending money free');
    await admin.getByRole('button', { name: 'Ask the bot' }).click();
    await expect.poll(() => admin.locator('.try-it [role=alert]').textContent()).toBe('Not tried: your unsaved changes have problems, marked at their fields.');
    expect(await en.locator('#faq-en-question').textContent()).toBe('Fill in this field.');
    expect(errors).toEqual([]);
  });

  it.each([
    ['en-US', 'en', 1280],
    ['en-US', 'en', 360],
    ['zh-CN', 'zh-CN', 390],
    ['zh-CN', 'zh-CN', 1280],
  ] as const)('a new entry written in English only is tried in English, and the try box names the empty language, in %s (%s) at %i px, light and dark', async (locale, tag, width) => {
    const file = (name: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../console/locales/${name}`), 'utf8')) as Record<string, string>;
    const words = (key: string) => ({ ...file(`${tag}.json`), ...file(`admin/${tag}.json`) })[key]!; // the FAQ editor's are in the admin part
    const phone = width < 500;
    const ctx = await e2e.browser.newContext({ locale, viewport: { width, height: phone ? 844 : 800 }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    page.setDefaultTimeout(WAIT);
    await logIntoConsole(page, e2e.server.url);
    await page.evaluate(() => (location.hash = '#/faq'));
    await page.getByRole('button', { name: words('faq_new') }).click();
    await page.locator('label.field', { has: page.locator('.field-label', { hasText: new RegExp(`^${words('faq_id')}$`) }) }).locator('input').fill(`gift-card-${tag.toLowerCase()}-${width}`);
    const en = page.locator('section[data-locale=en]');
    await en.locator('input').fill('Can I pay with a gift card?');
    await en.locator('textarea').first().fill(['gift card payment', 'pay using a gift card', 'use a prepaid card to pay', 'is a gift card accepted', 'checkout with a gift card', 'redeem a gift card at checkout', 'gift card as a payment method', 'does the wallet take gift cards'].join('\n'));
    await en.locator('textarea').nth(1).fill('Yes: add it under **Cards**.');
    // Its text areas grow with what they hold: the eight phrasings whole, no scrolling inside, no browser grip.
    expect(await en.locator('textarea').evaluateAll((all) => all.map((x) => ({ resize: getComputedStyle(x).resize, hidden: x.scrollHeight - x.clientHeight })))).toEqual([{ resize: 'none', hidden: 0 }, { resize: 'none', hidden: 0 }]);
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      await en.screenshot({ path: path.join(SHOTS, `console-faq-entry-${width}-${scheme}-${tag}.png`) });
    }
    await page.getByLabel(words('faq_try_text')).fill('can I use a gift card to pay');
    await page.getByRole('button', { name: words('faq_try_run') }).click();
    const notTried = page.locator('.try-it .try-not-tried');
    await notTried.waitFor();
    expect(await notTried.textContent()).toBe(words('faq_try_not_tried').replace('{{languages}}', '中文（中国）'));
    expect(await page.locator('.try-result[data-try=draft]').getAttribute('data-faq')).toBe(`gift-card-${tag.toLowerCase()}-${width}`);
    expect(await page.locator('.try-it [role=alert]').count()).toBe(0);
    await notTried.scrollIntoViewIfNeeded();
    const box = await notTried.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    // A line across the results, not a cell of their grid beside "Live now" (it was, at 1280 px).
    expect(box!.width).toBeGreaterThanOrEqual((await page.locator('.try-results').boundingBox())!.width - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // Each result as tall as what it says: "Live now" (no answer here, so no bubble) beside the draft's taller card
    // was stretched to its height, its lines spread out down the card. Its title is as far above its first line as the
    // draft's is, and it ends sooner.
    const cards = await page.locator('.try-result').evaluateAll((all) =>
      all.map((card) => {
        const text = (el: Element) => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect(); };
        return { titleToFirstLine: Math.round(text(card.querySelector('dt')!).top - text(card.querySelector('h3')!).bottom), height: card.getBoundingClientRect().height };
      }),
    );
    expect(cards[0]!.titleToFirstLine).toBe(cards[1]!.titleToFirstLine);
    expect(cards[0]!.height).toBeLessThan(cards[1]!.height);
    for (const scheme of ['light', 'dark'] as const) {
      await showColorScheme(page, scheme);
      expect(await violations(page), scheme).toEqual([]);
      await page.locator('form.try-it').screenshot({ path: path.join(SHOTS, `console-faq-try-not-tried-${width}-${scheme}-${tag}.png`) });
    }
    await ctx.close();
  }, 120_000); // a sign-in, a training and axe twice: past the default 30 s at load 12

  it('takes tags as chips: Enter, a comma or a paste adds (in lower case, none twice), Backspace takes the last back; long lists wrap and Save keeps them', async () => {
    if (await admin.getByRole('button', { name: 'Discard' }).isEnabled()) await admin.getByRole('button', { name: 'Discard' }).click(); // the new entry above
    await admin.evaluate(() => (location.hash = '#/faq/refund'));
    const field = admin.getByRole('textbox', { name: 'Tags', exact: true });
    await field.waitFor();
    const chips = () => admin.locator('.tag-input .chip > span').allTextContents();
    const before = await chips();
    await field.click();
    await admin.keyboard.type('Money-Back');
    await admin.keyboard.press('Enter');
    await admin.keyboard.type('own-money,');
    await admin.keyboard.insertText('cards-and-banks, very-long-tag-for-reports-about-disputed-top-ups, refund'); // as a paste or an input method gives it
    await admin.keyboard.insertText('wrong-one，');
    expect(await field.inputValue()).toBe('');
    await admin.keyboard.press('Backspace');
    const tags = [...before, ...['money-back', 'own-money', 'cards-and-banks', 'very-long-tag-for-reports-about-disputed-top-ups', 'refund'].filter((x) => !before.includes(x))];
    expect(await chips()).toEqual(tags);
    // Typed and not yet added: leaving the field (as a click on Save does) adds it.
    await admin.keyboard.type('Fraud');
    // The chips wrap inside the box onto more lines; nothing in it runs past its edge.
    const box = admin.locator('.tag-input');
    const lines = await box.evaluate((el) => new Set([...el.querySelectorAll('.chip')].map((c) => Math.round(c.getBoundingClientRect().top))).size);
    expect(lines).toBeGreaterThan(1);
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth && [...el.querySelectorAll('.chip, input')].every((c) => c.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5))).toBe(true);
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => admin.locator('.faq-list .selected .row-meta .badge').allTextContents(), { timeout: WAIT }).toEqual([...tags, 'fraud']);
    await admin.getByRole('button', { name: 'Remove the tag fraud' }).click();
    expect(await chips()).toEqual(tags);
    expect(errors).toEqual([]);
  }, 120_000); // a save trains the pack: WAIT
});
