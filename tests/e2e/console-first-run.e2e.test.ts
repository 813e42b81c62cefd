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
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    // Sent empty: our own messages under the fields (no browser bubble), focus on the first, nothing sent.
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    const name = page.getByLabel('显示名称');
    await expect.poll(() => name.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.field-error').allTextContents()).toEqual(['请填写此项。', '请填写此项。', '请填写此项。']);
    expect(await page.getByLabel('密码').evaluate((el) => el.getAttribute('aria-describedby'))).toMatch(/^setup-password-hint check-\d+$/);
    expect(await violations(page)).toEqual([]);
    await name.fill('王店长');
    await name.blur(); // fixed and left: its message goes, the others stay
    expect(await page.locator('.field-error').count()).toBe(2);
    expect(await name.evaluate((el) => el.hasAttribute('aria-invalid'))).toBe(false);
    await page.getByLabel('邮箱').fill('owner@example.com');
    await page.getByLabel('密码').fill('short');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    expect(await page.getByLabel('密码').evaluate((el: HTMLInputElement) => el.validity.tooShort)).toBe(true); // the browser's check says why
    // The hint says the rule (至少 10 个字符), the error only what is missing.
    expect(await page.locator('.field-error').allTextContents()).toEqual(['还差 5 个字符。']);
    expect(posts).toEqual([]);
    await page.getByLabel('密码').fill('first admin password');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await page.getByRole('navigation').getByText('客服人员').waitFor(); // logged in, as an admin
    await context.close();

    const again = await e2e.browser.newContext({ locale: 'en-US' });
    const second = await again.newPage();
    second.setDefaultTimeout(10_000);
    await second.goto(links[0]!);
    await second.getByLabel('Email').fill('not an address');
    await second.getByRole('button', { name: 'Create admin and log in' }).click();
    await second.getByText('Enter an email address, like name@example.com.').waitFor();
    expect(await second.locator('.field-error').allTextContents()).toEqual(['Fill in this field.', 'Enter an email address, like name@example.com.', 'Fill in this field.']);
    expect(await second.getByLabel('Display name').evaluate((el) => el === document.activeElement)).toBe(true);
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
