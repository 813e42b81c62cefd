import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { waitingVisitor } from '../helpers/ws-client.ts';

/**
 * What an agent used to Intercom or Crisp notices first on the desk (session 45's walk through an agent's day), each
 * seen in Chromium: a teammate's "@name" in a note is one piece, never split over two lines.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** Each "@name" in the notes: the line boxes it takes, and whether it is one line high. */
const mentionLines = (page: Page) =>
  page.locator('.note .mention').evaluateAll((marks) =>
    marks.map((m) => {
      const lineHeight = parseFloat(getComputedStyle(m.parentElement!).lineHeight);
      const rects = [...m.getClientRects()];
      return { text: m.textContent, boxes: rects.length, oneLine: rects.every((r) => r.height < lineHeight * 1.5) };
    }),
  );

describe.skipIf(!e2e.run)('the desk as an agent reads it', () => {
  it('keeps a mentioned teammate’s name whole in a note: "@王美" moves to the next line, never "@王" / "美" (phone and desktop, zh-CN and en)', async () => {
    const { server } = e2e;
    const admin = await login(server);
    const { agent: mei } = await addAgent(server, admin.cookie, 'mei@example.com', { name: '王美' });
    const { client: v, conversationId } = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/claim`)).status).toBe(200);
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello([{ conversationId, lastSeq: 0 }]);
    await desk.next('synced', (f) => f.conversationId === conversationId);
    // The name at every place along a line: one more character before it each time.
    const NOTES = 24;
    for (let k = 0; k < NOTES; k++) {
      const clientId = `mention-note-${k}`;
      desk.send({ type: 'note', conversationId, clientId, text: `${'审'.repeat(8 + k)}@王美 好`, mentions: [mei.id] });
      await desk.next('ack', (f) => f.clientId === clientId);
    }
    desk.close();
    for (const [locale, width] of [['zh-CN', 390], ['en-US', 390], ['zh-CN', 1280]] as const) {
      const page = await openConsoleAt(e2e.browser, server.url, { locale, width, height: 844, hash: `#/inbox/${conversationId}` });
      await expect.poll(() => page.locator('.note .mention').count()).toBe(NOTES);
      const lines = await mentionLines(page);
      expect(lines.filter((l) => l.boxes !== 1 || !l.oneLine), `${locale} ${width}`).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `desk-look-mentions-${width}-${locale}.png`) });
      await page.context().close();
    }
    v.close();
  });

});
