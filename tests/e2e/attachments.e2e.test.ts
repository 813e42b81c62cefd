import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { visitorIdOf } from '../helpers/server.ts';

const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

/** A screenshot-like PNG: a coloured card with a bar. */
const screenshot = () =>
  sharp({ create: { width: 800, height: 500, channels: 3, background: '#e8eef8' } })
    .composite([{ input: { create: { width: 800, height: 90, channels: 3, background: '#c0392b' } }, top: 0, left: 0 }])
    .png()
    .toBuffer();
const jpegWithGps = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({ IFD0: { Model: 'SecretPhone 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' } })
    .toBuffer();

/** A one-page PDF (the server checks its first bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The visitor's widget iframe, open and online. */
async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(`${e2e.server.url}/`);
  await page.getByRole('button', { name: 'Chat with support' }).click();
  const widget = page.frameLocator('iframe[src*="/widget"]');
  await expect.poll(() => widget.locator('.connection').getAttribute('data-state')).toBe('online');
  return widget;
}

/** A file dropped on an element, as a person dragging it from their desktop. */
async function dropFile(frame: Page | Frame, selector: string, name: string, type: string, bytes: Buffer) {
  const data = await frame.evaluateHandle(
    ({ name, type, b64 }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type }));
      return dt;
    },
    { name, type, b64: bytes.toString('base64') },
  );
  await frame.dispatchEvent(selector, 'dragover', { dataTransfer: data });
  await frame.dispatchEvent(selector, 'drop', { dataTransfer: data });
}

/**
 * The page's socket to `url` passes through until `cut()`: then it is closed and every new attempt is refused, as on
 * a train in a tunnel, until `restore()` (which also tells the page the network is back, as the browser would).
 */
async function cuttable(page: Page, url: RegExp) {
  let down = false;
  const open = new Set<{ close: (o?: { code?: number }) => Promise<void> }>();
  await page.routeWebSocket(url, (ws) => {
    if (down) return void ws.close({ code: 4000 });
    ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
  });
  return {
    async cut() {
      down = true;
      for (const ws of open) await ws.close({ code: 4000 });
    },
    async restore() {
      down = false;
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
    },
  };
}

describe.skipIf(!e2e.run)('attachments in Chromium', () => {
  it('a visitor attaches a screenshot, the agent sees the thumbnail and opens it; GPS is gone; HTML named .png is refused; links are bound; erasure empties the disk', async () => {
    const { server, browser } = e2e;
    const errors: string[] = [];
    // An agent is online (so the visitor can ask for a person).
    const agentCtx = await browser.newContext({ locale: 'en-US' });
    const console_ = await agentCtx.newPage();
    console_.setDefaultTimeout(10_000);
    console_.on('pageerror', (e) => errors.push(e.message));
    await logIntoConsole(console_, server.url);

    const visitorCtx = await browser.newContext({ locale: 'en-US' });
    const page = await visitorCtx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    const widget = await openWidget(page);

    // The paperclip is a styled label around a real file input; picking a picture shows the card reminder first.
    const clip = widget.locator('label.attach');
    expect(await clip.evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
    await widget.locator('label.attach input[type="file"]').setInputFiles({ name: 'failed-payment.png', mimeType: 'image/png', buffer: await screenshot() });
    await widget.getByText('Never send a photo of your whole card', { exact: false }).waitFor();
    await widget.getByRole('button', { name: 'Send file' }).click();
    const thumb = widget.getByRole('log').locator('.msg-visitor .file-thumb img');
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => widget.locator('.attach-tray').count()).toBe(0);

    // An HTML page named .png, dropped on the chat: refused by its bytes, nothing sent.
    const frame = page.frames().find((f) => f.url().includes('/widget'))!;
    await dropFile(frame, '.chat', 'invoice.png', 'image/png', Buffer.from('<!doctype html><script>alert(1)</script>'));
    await widget.getByRole('button', { name: 'Send file' }).click();
    await widget.getByRole('alert').getByText('Only pictures (PNG, JPEG, WebP) and PDF files can be sent.').waitFor();
    await widget.getByRole('button', { name: 'Remove' }).click();
    expect(await widget.getByRole('log').locator('.file-thumb').count()).toBe(1);
    // A statement with a long name, from the visitor (their messages are not stretched: the chip must still shrink).
    const statement = 'bank-statement-2026-12-very-long-file-name-for-the-dispute.pdf';
    await widget.locator('label.attach input[type="file"]').setInputFiles({ name: statement, mimeType: 'application/pdf', buffer: PDF });
    await widget.getByRole('button', { name: 'Send file' }).click();
    await widget.getByRole('log').locator('.msg-visitor .file-chip').waitFor();

    // The agent: claims the chat and sees the thumbnail; a click opens the full picture.
    await widget.getByRole('button', { name: 'Talk to a person' }).click();
    await console_.getByRole('tab', { name: /Waiting/ }).click();
    await console_.locator('.conversation-item[data-status="waiting"]').first().click();
    await console_.getByRole('button', { name: 'Claim' }).click();
    await expect.poll(() => console_.getByTestId('status').getAttribute('data-status')).toBe('assigned');
    const agentThumb = console_.getByRole('log', { name: 'Transcript' }).locator('.file-thumb img');
    await expect.poll(() => agentThumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const [opened] = await Promise.all([console_.waitForEvent('popup'), agentThumb.click()]);
    await opened.waitForLoadState();
    const openedUrl = opened.url();
    expect(openedUrl).toMatch(/\/files\/[\w-]+\?c=/);
    const fetched = await fetch(openedUrl);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/png');
    expect((await sharp(Buffer.from(await fetched.arrayBuffer())).metadata()).width).toBe(800);
    await opened.close();

    // The agent sends a JPEG with GPS through the console's file button: the visitor gets it without the position.
    const reply = console_.getByRole('textbox', { name: 'Reply' });
    await expect.poll(() => reply.isEnabled()).toBe(true);
    await console_.locator('.composer label.attach input[type="file"]').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
    const agentFile = widget.getByRole('log').locator('.msg-agent .file-thumb');
    await agentFile.waitFor();
    const href = await agentFile.getAttribute('href');
    const jpeg = Buffer.from(await (await fetch(`${server.url}${href}`)).arrayBuffer());
    const meta = await sharp(jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(jpeg.includes(Buffer.from('SecretPhone'))).toBe(false);
    // The inbox row of a message that is only a file says what the file is, not "Agent:" and nothing.
    await console_.getByRole('tab', { name: /Mine/ }).click();
    const row = console_.locator('.conversation-item[aria-current="true"] .preview');
    await expect.poll(() => row.textContent()).toBe('Agent: [Photo]');

    // A PDF with a long name: the inbox row names it; the visitor's chip keeps its extension in sight and, in the
    // full-page chat on a desktop, uses the width there (it stopped at 260 px).
    const longName = 'refund-instructions-for-your-failed-transfer-of-2026-12-04.pdf';
    await console_.locator('.composer label.attach input[type="file"]').setInputFiles({ name: longName, mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => row.textContent()).toBe(`Agent: [File] ${longName}`);
    const fullPage = await visitorCtx.newPage();
    fullPage.setDefaultTimeout(10_000);
    fullPage.on('pageerror', (e) => errors.push(e.message));
    await fullPage.goto(`${server.url}/chat`);
    const consoleChip = console_.getByRole('log', { name: 'Transcript' }).locator(`.file-chip[title="${longName}"]`);
    for (const [where, chip] of [['panel', widget.locator('.msg-agent .file-chip')], ['full page', fullPage.locator('.msg-agent .file-chip')], ['console', consoleChip]] as const) {
      await chip.waitFor();
      expect(await chip.getAttribute('title'), where).toBe(longName);
      const box = (await chip.boundingBox())!;
      const ext = (await chip.locator('.file-ext').boundingBox())!;
      expect(await chip.locator('.file-ext').textContent(), where).toBe('.pdf');
      expect(ext.x + ext.width, where).toBeLessThanOrEqual(box.x + box.width);
      // The stem is cut to its room and ends in its ellipsis: nothing blank before ".pdf" (CSS's ellipsis left up to a glyph).
      const stem = chip.locator('.file-stem');
      expect(await stem.evaluate((el) => el.scrollWidth <= el.clientWidth), where).toBe(true);
      if (where === 'console') expect(await stem.getAttribute('data-cut')).toMatch(/^refund-.+…$/);
      if (where === 'full page') expect(box.width).toBeGreaterThan(400);
    }
    await fullPage.close();

    // A link with one character changed, or another conversation's file with this link's signature: refused.
    const url = new URL(href!, server.url);
    const sig = url.searchParams.get('s')!;
    const flipped = new URL(url);
    flipped.searchParams.set('s', sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11));
    expect((await fetch(flipped)).status).toBe(403);
    const otherFile = new URL((await widget.getByRole('log').locator('.msg-visitor .file-thumb').getAttribute('href'))!, server.url);
    const swapped = new URL(otherFile);
    swapped.searchParams.set('s', sig);
    swapped.searchParams.set('e', url.searchParams.get('e')!);
    expect((await fetch(swapped)).status).toBe(403);

    // The agent deletes the visitor's screenshot: it leaves the visitor's chat at once. A second console and the
    // visitor's full-page chat on another device, both disconnected at that moment, drop it when they reconnect
    // (they resume from the seq they hold: no reload), and the link they held no longer opens it.
    const conversationId = url.searchParams.get('c')!;
    const folder = path.join(server.dataDir, 'attachments', conversationId);
    const secondCtx = await browser.newContext({ locale: 'zh-CN', storageState: await agentCtx.storageState() });
    const second = await secondCtx.newPage();
    const secondLink = await cuttable(second, /\/ws\/agent$/);
    await second.goto(`${server.url}/console#/inbox/${conversationId}`);
    const secondLog = second.getByRole('log').first();
    await secondLog.locator('.msg-visitor .file-thumb').waitFor();
    // Opened with pictures that load after it renders: the log still ends at the newest message (the PDF).
    await expect.poll(() => secondLog.evaluate((log) => [...log.querySelectorAll('img')].every((i) => i.complete) && log.scrollHeight > log.clientHeight)).toBe(true);
    await expect.poll(() => secondLog.evaluate((log) => log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThan(2);
    const phoneCtx = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, storageState: await visitorCtx.storageState() });
    const phone = await phoneCtx.newPage();
    const phoneLink = await cuttable(phone, /\/ws\/visitor/);
    // Its pictures arrive after the transcript renders (a slow network): the chat still ends at the newest message.
    await phone.route('**/files/**', async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await phone.goto(`${server.url}/chat`);
    const phoneThumb = phone.getByRole('log').locator('.msg-visitor .file-thumb');
    await phoneThumb.waitFor();
    const phoneScroll = phone.locator('.scroll');
    await expect.poll(() => phoneScroll.evaluate((el) => [...el.querySelectorAll('img')].every((i) => i.complete && i.naturalWidth > 0) && el.scrollHeight > el.clientHeight)).toBe(true);
    await expect.poll(() => phoneScroll.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(2);
    // On the phone the visitor's long-named PDF stays on the screen, its extension inside the chip.
    const phoneChip = phone.getByRole('log').locator('.msg-visitor .file-chip');
    const chipBox = (await phoneChip.boundingBox())!;
    const extBox = (await phoneChip.locator('.file-ext').boundingBox())!;
    expect([chipBox.x >= 0, chipBox.x + chipBox.width <= 390, extBox.x + extBox.width <= chipBox.x + chipBox.width]).toEqual([true, true, true]);
    const held = new URL((await phoneThumb.getAttribute('href'))!, server.url);
    expect((await fetch(held)).status).toBe(200);
    await secondLink.cut();
    await phoneLink.cut();
    await expect.poll(() => phone.locator('.connection').getAttribute('data-state')).not.toBe('online');
    await console_.getByRole('button', { name: 'Delete file: failed-payment.png' }).click();
    await console_.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await widget.getByRole('log').locator('.msg-visitor .file-deleted').getByText('File deleted').waitFor();
    expect(await widget.getByRole('log').locator('.msg-visitor .file-thumb').count()).toBe(0);
    expect((await fetch(held)).status).toBe(404);
    expect(await phoneThumb.count()).toBe(1); // still away: it cannot know yet
    await secondLink.restore();
    await phoneLink.restore();
    await phone.getByRole('log').locator('.msg-visitor .file-deleted').getByText('File deleted').waitFor();
    expect(await phoneThumb.count()).toBe(0);
    await secondLog.locator('.msg-visitor .file-deleted').getByText('文件已删除').waitFor();
    expect(await second.locator('.conversation-item[aria-current="true"] .preview').textContent()).toBe(`客服: 【文件】${longName}`);
    expect(await secondLog.locator('.msg-visitor .file-thumb').count()).toBe(0);
    expect(readdirSync(folder)).toHaveLength(4); // the visitor's PDF, the agent's JPEG, its thumbnail and its PDF
    await secondCtx.close();
    await phoneCtx.close();

    // Erasure: the visitor's files are gone from the disk.
    const admin = await login(server);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${await visitorIdOf(server, conversationId)}`)).status).toBe(200);
    expect(existsSync(folder)).toBe(false);
    expect((await fetch(url)).status).toBe(404);

    expect(errors).toEqual([]);
    await agentCtx.close();
    await visitorCtx.close();
  }, 90_000);
});
