import { describe, expect, it, onTestFinished } from 'vitest';
import path from 'node:path';
import { showColorScheme } from '../helpers/axe.ts';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * An agent who may see contact details reveals a visitor's phone number; an admin takes the right away while their
 * console is open: the console masks it again at once (the rights frame), with no reload, and offers no reveal (main:
 * the number stayed on screen until a reload). Screenshots after: desktop 1280 and phone 390, light and dark, en and zh-CN.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

describe.skipIf(!e2e.run)('contact details revealed, then the right taken away, in Chromium', () => {
  for (const locale of ['en-US', 'zh-CN'] as const) {
    it(`masks them again on the open console (${locale}; screenshots)`, async () => {
      const tag = locale === 'en-US' ? 'en' : 'zh-CN';
      const admin = await login(e2e.server);
      const email = `contact-${tag.toLowerCase()}@example.com`;
      const agent = await addAgent(e2e.server, admin.cookie, email, { canSeePersonalData: true });
      const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
      onTestFinished(() => v.client.close());
      await askBot(v.client, 'call me on +86 139 1234 5678, a human please');
      v.client.send({ type: 'handoff' });
      const id = v.welcome.conversationId;
      await expect.poll(async () => (await api(e2e.server, agent.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);

      const context = await e2e.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      onTestFinished(() => context.close());
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await logIntoConsole(page, e2e.server.url, { email, password: 'agent password 123' });
      await page.evaluate((hash) => (location.hash = hash), `#/inbox/${id}`);
      const transcript = page.locator('.conversation-main .log');
      await transcript.getByText('+86 *** **** 5678', { exact: false }).first().waitFor();
      await page.locator('.conversation-head button.reveal').click();
      await transcript.getByText('+86 139 1234 5678', { exact: false }).first().waitFor();

      const patched = await api(e2e.server, admin.cookie, 'PATCH', `/api/v1/agents/${agent.agent.id}`, { canSeePersonalData: false });
      expect(patched.status).toBe(200);
      await expect.poll(() => page.locator('body').textContent(), { timeout: 10_000 }).not.toContain('1234 5678');
      await transcript.getByText('+86 *** **** 5678', { exact: false }).first().waitFor();
      expect(await page.locator('.conversation-head button.reveal').count()).toBe(0);
      expect(page.url()).toContain(`#/inbox/${id}`);
      for (const [width, height, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
        await page.setViewportSize({ width, height });
        for (const scheme of ['light', 'dark'] as const) {
          await showColorScheme(page, scheme);
          await page.screenshot({ path: path.join(SHOTS, `console-contact-revoked-${device}-${scheme}-${tag}.png`) });
        }
      }
      expect(await page.locator('body').textContent()).not.toContain('1234 5678');
    });
  }
});
