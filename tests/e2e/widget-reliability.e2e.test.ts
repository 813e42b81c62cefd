import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { reservedPort } from '../helpers/ports.ts';
import { killHard, launchServer, type ServerProcess } from '../helpers/server-process.ts';

/**
 * The widget's delivery guarantees in Chromium, against the real server process (so it can be killed):
 * an outbox that survives offline typing and a reload, two tabs that never double-send, and a server
 * crash the widget shows and recovers from with everything there.
 */
const run = browserAvailable();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-e2e-rel-'));
let port: number;
let url: string;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  port = await reservedPort();
  url = `http://127.0.0.1:${port}`;
  // The default abuse limits, as shipped: the offline test's ten new messages are the visitor's whole burst, and a copy
  // the widget sends again (its page reloaded mid-send, a second tab) takes no token (tests/server/resend-limits).
  server = await launchServer(port, dataDir);
  browser = await launchBrowser();
}, 120_000); // launchServer alone may take its 60 s on a loaded box
afterAll(async () => {
  await closeBrowser(browser);
  if (server) await killHard(server);
  rmSync(dataDir, { recursive: true, force: true });
});

async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Chat with support' }).click();
  const frame = page.frameLocator('iframe[src*="/widget"]');
  await frame.getByRole('textbox').waitFor();
  return frame;
}
const connection = (frame: FrameLocator) => frame.locator('.connection').getAttribute('data-state');
async function type(frame: FrameLocator, text: string): Promise<void> {
  const box = frame.getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
}
/** Stored visitor texts with a prefix, in seq order (read-only, while the server runs: WAL allows it). */
function storedTexts(prefix: string): string[] {
  const db = new Database(path.join(dataDir, 'kefu.sqlite'), { readonly: true });
  try {
    return db.prepare<[string], { text: string }>("SELECT text FROM messages WHERE author = 'visitor' AND text LIKE ? ORDER BY conversation_id, seq").all(`${prefix}%`).map((r) => r.text);
  } finally {
    db.close();
  }
}
const sentBubbles = (frame: FrameLocator, prefix: string) =>
  frame.locator('.msg-visitor[data-state="sent"] .bubble').allTextContents().then((all) => all.filter((t) => t.startsWith(prefix)));

describe.skipIf(!run)('widget reliability in Chromium', () => {
  it('offline: 10 typed messages survive a reload and are delivered once, in order, when back online', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let frame = await openWidget(page);
    await expect.poll(() => connection(frame)).toBe('online');
    await context.setOffline(true);
    const texts = Array.from({ length: 10 }, (_, i) => `offline-${i} how do I top up`);
    for (const text of texts) await type(frame, text);
    await expect.poll(() => frame.locator('.pending[data-state="sending"]').count()).toBe(10);
    expect(storedTexts('offline-')).toEqual([]);
    await page.reload().catch(() => undefined); // offline: the page itself cannot load
    await context.setOffline(false);
    frame = await openWidget(page);
    await expect.poll(() => sentBubbles(frame, 'offline-'), { timeout: 15_000 }).toEqual(texts);
    expect(storedTexts('offline-')).toEqual(texts);
    expect(await frame.locator('.pending').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('a short network drop the socket survives (Chromium network emulation): online again at once, and what is typed is sent', async () => {
    // Issue 13, finding 10: `offline` set the state, `online` found the socket alive and did nothing, and only a
    // welcome cleared it: the header said offline and the message stayed "Sending…" until a reload.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const frame = await openWidget(page);
    await expect.poll(() => connection(frame)).toBe('online');
    await context.setOffline(true);
    await expect.poll(() => connection(frame)).toBe('offline');
    await context.setOffline(false);
    await type(frame, 'blip-0 how do I top up');
    // Well under the heartbeat (20 s): the widget checks the socket itself when the network comes back.
    await expect.poll(() => sentBubbles(frame, 'blip-'), { timeout: 8_000 }).toEqual(['blip-0 how do I top up']);
    expect(await connection(frame)).toBe('online');
    expect(storedTexts('blip-')).toEqual(['blip-0 how do I top up']);
    await context.close();
  }, 60_000);

  it('two tabs of one visitor share the outbox without double sends', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const [a, b] = [await context.newPage(), await context.newPage()];
    const fa = await openWidget(a);
    await expect.poll(() => connection(fa)).toBe('online');
    const fb = await openWidget(b);
    await expect.poll(() => connection(fb)).toBe('online');
    const texts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const text = `tabs-${i} my payment failed`;
      texts.push(text);
      await type(i % 2 === 0 ? fa : fb, text);
    }
    await expect.poll(() => storedTexts('tabs-').length, { timeout: 15_000 }).toBe(6);
    // Two tabs are two sockets: a message typed in one tab a few milliseconds after one in the other may reach the
    // server first (CI, session 32: tabs-5 stored before tabs-4, 1 run in 1). What holds is each tab's own typed order,
    // every message once, and both tabs showing the server's one order.
    const stored = storedTexts('tabs-');
    expect([...stored].sort()).toEqual(texts);
    expect(stored.filter((t) => texts.indexOf(t) % 2 === 0)).toEqual(texts.filter((_, i) => i % 2 === 0));
    expect(stored.filter((t) => texts.indexOf(t) % 2 === 1)).toEqual(texts.filter((_, i) => i % 2 === 1));
    await a.reload();
    const again = await openWidget(a);
    await expect.poll(() => sentBubbles(again, 'tabs-'), { timeout: 15_000 }).toEqual(stored);
    await expect.poll(() => sentBubbles(fb, 'tabs-'), { timeout: 15_000 }).toEqual(stored);
    expect(storedTexts('tabs-')).toEqual(stored);
    await context.close();
  }, 60_000);

  it('server killed mid-conversation: the widget shows it is reconnecting, then everything is there', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const frame = await openWidget(page);
    await expect.poll(() => connection(frame)).toBe('online');
    await type(frame, 'crash-0 how long does a refund take');
    await expect.poll(() => storedTexts('crash-')).toEqual(['crash-0 how long does a refund take']);
    // Stored is not yet acknowledged: the kill must come after the widget has the ack, or crash-0 is (rightly) still
    // pending beside crash-1 (CI saw that race once).
    await expect.poll(() => sentBubbles(frame, 'crash-')).toEqual(['crash-0 how long does a refund take']);
    await expect.poll(() => frame.locator('.pending').count()).toBe(0);

    await killHard(server);
    await expect.poll(() => connection(frame), { timeout: 10_000 }).toBe('reconnecting');
    await type(frame, 'crash-1 typed while the server is down');
    await expect.poll(() => frame.locator('.pending').count()).toBe(1);

    server = await launchServer(port, dataDir);
    await expect.poll(() => connection(frame), { timeout: 40_000 }).toBe('online');
    await expect.poll(() => sentBubbles(frame, 'crash-'), { timeout: 15_000 }).toEqual(['crash-0 how long does a refund take', 'crash-1 typed while the server is down']);
    expect(storedTexts('crash-')).toEqual(['crash-0 how long does a refund take', 'crash-1 typed while the server is down']);
    // Bot answers for both (the second answered after the restart), each once.
    await expect.poll(() => frame.locator('.msg-bot:not(.greeting)').count(), { timeout: 15_000 }).toBe(2);
    await context.close();
  }, 150_000); // the restart may take launchServer's 60 s: a budget for the loaded box
});
