import { describe, expect, it } from 'vitest';
import { logIntoConsole, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, login } from '../helpers/agent-client.ts';
import { TestClient } from '../helpers/ws-client.ts';

// Throwaway (not committed): screenshots of a conversation as a viewer.
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const OUT = '/work/wt/viewer40-work-shots';
describe.skipIf(!e2e.run)('shots', () => {
  it('takes them', { timeout: 300_000 }, async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'auditor@example.com', { role: 'viewer', name: 'Audrey' });
    const v = await TestClient.connect(`${e2e.server.wsUrl}/ws/visitor`, e2e.server.url);
    v.send({ type: 'hello', v: 1, locale: 'en' });
    const { conversationId: id } = await v.next('welcome');
    v.send({ type: 'send', clientId: 'shots-00001', text: 'my card was charged twice, I need a person' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting', 10_000);
    for (const [w, h, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const locale of ['en-US', 'zh-CN', 'zh-TW']) {
          if (locale === 'zh-TW' && (device === 'phone' || scheme === 'dark')) continue;
          const context = await e2e.browser.newContext({ locale, colorScheme: scheme, viewport: { width: w, height: h }, deviceScaleFactor: device === 'phone' ? 2 : 1 });
          const page = await context.newPage();
          page.setDefaultTimeout(10_000);
          await page.goto(`${e2e.server.url}/console`);
          await page.locator('input[type=email]').fill('auditor@example.com');
          await page.locator('input[type=password]').fill('agent password 123');
          await page.locator('button[type=submit]').click();
          await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
          await page.goto(`${e2e.server.url}/console#/inbox/${id}`);
          await page.getByTestId('read-only').waitFor();
          await page.waitForTimeout(400);
          const tag = `${device}-${scheme}-${locale === 'en-US' ? 'en' : locale}`;
          await page.screenshot({ path: `${OUT}/${tag}-conversation.png` });
          if (device === 'desktop' && scheme === 'light') {
            await page.goto(`${e2e.server.url}/console#/faq`);
            await page.locator('.faq-list button').first().click();
            await page.locator('.faq-entry').waitFor();
            await page.waitForTimeout(300);
            await page.screenshot({ path: `${OUT}/${tag}-faq.png` });
            await page.goto(`${e2e.server.url}/console#/security`);
            await page.waitForTimeout(800);
            await page.screenshot({ path: `${OUT}/${tag}-audit.png` });
          }
          await context.close();
        }
      }
    }
    // The people screen as the admin sees it, with the viewer in it.
    for (const [w, h, device] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      const context = await e2e.browser.newContext({ locale: 'zh-CN', viewport: { width: w, height: h }, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      const page = await context.newPage();
      await logIntoConsole(page, e2e.server.url).catch(async () => {
        await page.goto(`${e2e.server.url}/console`);
        await page.locator('input[type=email]').fill('admin@example.com');
        await page.locator('input[type=password]').fill('correct horse battery');
        await page.locator('button[type=submit]').click();
      });
      await page.goto(`${e2e.server.url}/console#/agents`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${OUT}/${device}-light-zh-CN-agents.png`, fullPage: true });
      await context.close();
    }
    v.close();
  });
});
