import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { violations } from '../helpers/axe.ts';
import { ADMIN, ADMIN_ENV, addAgent, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { choose } from '../helpers/select.ts';

/**
 * Two-factor sign-in and the audit log in Chromium: an agent sets it up in the profile from the page's own
 * secret (the code computed here, as an authenticator app would), keeps the recovery codes, logs out and back
 * in through the code step; the admin finds it in the Security page's audit log and filters it; an agent the
 * policy covers gets the setup screen and nothing else. axe-core: 0 violations on each screen.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);
const PASSWORD = 'agent password 123';
const codeOf = (secret: string, stepsAhead = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });

async function openConsole(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', colorScheme, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${e2e.server.url}/console`);
  return page;
}
async function passwordStep(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
const online = (page: Page) => page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });

describe.skipIf(!e2e.run)('two-factor sign-in and the audit log in Chromium', () => {
  it('sets up from the QR page, logs in with a code, shows in the audit log; the required setup screen blocks the rest', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'tia@example.com');

    // The agent: profile → set up → a code from the shown secret → recovery codes.
    const page = await openConsole(e2e.browser);
    await passwordStep(page, 'tia@example.com', PASSWORD);
    await online(page);
    await page.getByRole('link', { name: 'Profile' }).click();
    const section = page.getByRole('region', { name: 'Two-factor sign-in' });
    await section.getByRole('button', { name: 'Set up' }).click();
    await section.locator('.qr svg path').waitFor();
    expect(await section.getByRole('img', { name: 'QR code for your authenticator app' }).count()).toBe(1);
    const secret = (await section.locator('code.secret').getAttribute('data-secret'))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await violations(page), 'setup').toEqual([]);

    await section.getByLabel('Code', { exact: true }).fill('000000' === codeOf(secret) ? '111111' : '000000');
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    const enableCode = codeOf(secret);
    await section.getByLabel('Code', { exact: true }).fill(enableCode);
    await section.getByRole('button', { name: 'Turn on' }).click();
    const codes = section.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    expect(await violations(page), 'recovery codes').toEqual([]);
    await section.getByRole('button', { name: 'I have saved them' }).click();
    await section.getByText('Recovery codes left: 10').waitFor();
    await section.locator('.badge', { hasText: 'On' }).waitFor();

    // Log out and back in: the code step.
    await page.getByRole('button', { name: 'Log out' }).click();
    await passwordStep(page, 'tia@example.com', PASSWORD);
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    expect(await violations(page), 'code step').toEqual([]);
    await page.getByLabel('Code', { exact: true }).fill(enableCode); // spent by the setup: refused
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    await page.getByLabel('Code', { exact: true }).fill(codeOf(secret, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await online(page);
    await page.context().close();

    // The admin: the agent's 2FA badge; the Security page's audit log, filtered.
    const adminPage = await openConsole(e2e.browser, 'dark');
    await passwordStep(adminPage, ADMIN.email, ADMIN.password);
    await online(adminPage);
    await adminPage.getByRole('link', { name: 'Agents' }).click();
    const tiaRow = adminPage.getByRole('row').filter({ hasText: 'tia@example.com' });
    await tiaRow.locator('[data-two-factor]').waitFor();
    await adminPage.getByRole('link', { name: 'Security' }).click();
    const log = adminPage.getByRole('region', { name: 'Audit log' });
    await log.locator('tr[data-action="two_factor.enabled"]').waitFor();
    await choose(log, 'Action', { value: 'login.failed' });
    await expect.poll(async () => (await log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).join()).toBe('login.failed');
    await log.getByText('Reason: Wrong code').waitFor(); // the stored word in the agent's language, not 'wrong_code'
    expect(await violations(adminPage), 'security page').toEqual([]);
    // The agent lost their phone: the admin resets it (the badge goes at once).
    await adminPage.getByRole('link', { name: 'Agents' }).click();
    await tiaRow.getByRole('button', { name: 'Reset two-factor' }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Reset two-factor' }).click();
    await tiaRow.locator('[data-two-factor]').waitFor({ state: 'detached' });
    expect((await login(e2e.server, 'tia@example.com', PASSWORD)).agent.name).toBe('tia');
    await adminPage.context().close();

    // Required for everyone: an agent without it gets only the setup screen.
    const adminSetup = await api(e2e.server, admin.cookie, 'POST', '/api/v1/auth/2fa/setup', {});
    const adminSecret = (adminSetup.body as { secret: string }).secret;
    expect((await api(e2e.server, admin.cookie, 'POST', '/api/v1/auth/2fa/enable', { code: codeOf(adminSecret) })).status).toBe(200);
    expect((await api(e2e.server, admin.cookie, 'PUT', '/api/v1/admin/security', { twoFactor: 'everyone' })).status).toBe(200);
    await addAgent(e2e.server, admin.cookie, 'gus@example.com');
    const gated = await openConsole(e2e.browser);
    await passwordStep(gated, 'gus@example.com', PASSWORD);
    await gated.getByRole('heading', { name: 'Set up two-factor sign-in' }).waitFor();
    expect(await gated.getByRole('link', { name: /^Inbox/ }).count()).toBe(0);
    expect(await violations(gated), 'required setup').toEqual([]);
    await gated.getByRole('button', { name: 'Set up' }).click();
    const gusSecret = (await gated.locator('code.secret').getAttribute('data-secret'))!;
    await gated.getByLabel('Code', { exact: true }).fill(codeOf(gusSecret));
    await gated.getByRole('button', { name: 'Turn on' }).click();
    await gated.getByRole('button', { name: 'I have saved them' }).click();
    await online(gated);
    await gated.context().close();
    expect((await api(e2e.server, admin.cookie, 'PUT', '/api/v1/admin/security', { twoFactor: 'optional' })).status).toBe(200);
  }, 90_000);
});
