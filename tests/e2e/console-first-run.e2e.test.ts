import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { violations } from '../helpers/axe.ts';
import { FAST_SCRYPT } from '../helpers/agent-client.ts';

/**
 * First run in Chromium, as a new operator meets it (no KEFU_ADMIN_*): the login page says where the setup link
 * is; the printed link opens "create the first admin", takes the token out of the address, makes the admin and
 * logs them in; the same link then only offers to log in.
 */
const links: string[] = [];
const e2e = useBrowserAndServer({}, { ...FAST_SCRYPT, onSetupLink: (l) => links.push(l.url) });

describe.skipIf(!e2e.run)('the console on first run', () => {
  it('points the login page at the link, creates the first admin behind it, and the link works once', async () => {
    expect(links).toHaveLength(1);
    const context = await e2e.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${e2e.server.url}/console`);
    await page.getByText('还没有管理员？').waitFor();
    expect(await violations(page)).toEqual([]);

    await page.goto(links[0]!);
    await page.getByRole('heading', { name: '创建第一个管理员' }).waitFor();
    expect(new URL(page.url()).hash).toBe(''); // the token left the address bar and the history entry
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('显示名称').fill('王店长');
    await page.getByLabel('邮箱').fill('owner@example.com');
    await page.getByLabel('密码').fill('short');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    expect(await page.getByLabel('密码').evaluate((el: HTMLInputElement) => el.validity.tooShort)).toBe(true); // the browser holds it back
    await page.getByLabel('密码').fill('first admin password');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await page.getByRole('navigation').getByText('客服人员').waitFor(); // logged in, as an admin
    await context.close();

    const again = await e2e.browser.newContext({ locale: 'en-US' });
    const second = await again.newPage();
    second.setDefaultTimeout(10_000);
    await second.goto(links[0]!);
    await second.getByLabel('Display name').fill('Someone else');
    await second.getByLabel('Email').fill('other@example.com');
    await second.getByLabel('Password').fill('another long password');
    await second.getByRole('button', { name: 'Create admin and log in' }).click();
    await second.getByRole('alert').getByText('An admin exists already. Log in instead.').waitFor();
    await second.getByRole('button', { name: 'Log in' }).click();
    await second.getByRole('heading', { name: 'Log in to Kefu' }).waitFor();
    expect(await second.getByText('No admin yet?').count()).toBe(0);
    await again.close();
  });
});
