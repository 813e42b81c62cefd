import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';
import { listenOnAnyPort } from '../helpers/ports.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import type { FaqEntry } from '../../faq/index.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

/**
 * A host page with a strict, nonce-based CSP (the policy README documents) embeds the widget: the
 * launcher, the iframe and a chat with a bot answer holding a link cause no CSP violation, neither in
 * the host page nor in the iframe (whose own policy requires Trusted Types).
 */
const run = browserAvailable();
let server: RunningServer;
let host: Server;
let hostOrigin: string;
let browser: Browser;
// The small pack (tests/helpers/small-pack.ts): the beforeAll's save of an answer trains it in the server's worker
// (≈0.25 s of CPU; the wallet pack's ≈3.4 s took the beforeAll past 120 s under two CPU hogs at load 30).
const PACK = twoLanguageMiniPack();

/** The policy a host needs, given our origin (README: "Security: rendering, CSP, card masking"). */
function hostPolicy(nonce: string, kefu: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `connect-src 'self' ${kefu}`,
    `frame-src ${kefu}`,
  ].join('; ');
}

function hostPage(nonce: string, kefu: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict host</title><link rel="stylesheet" href="/host.css"></head>
<body><h1>A strict host page</h1>
<script nonce="${nonce}">
  (function (w, d, src) {
    w.Kefu = w.Kefu || function () { (w.Kefu.q = w.Kefu.q || []).push(arguments); };
    var s = d.createElement('script'); s.async = true; s.src = src; d.head.appendChild(s);
  })(window, document, '${kefu}/loader.js');
  Kefu('init', { site: 'default', locale: 'en' });
</script>
</body></html>`;
}

beforeAll(async () => {
  if (!run) return;
  // The host listens first, on a port of the kernel's pick: the server's config needs the host's origin.
  host = createServer((req, res) => {
    if (req.url === '/host.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end('body { font-family: sans-serif; }');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': hostPolicy(nonce, server.url) });
    res.end(hostPage(nonce, server.url));
  });
  hostOrigin = `http://127.0.0.1:${await listenOnAnyPort(host)}`;
  server = await startServer({ ...ADMIN_ENV, KEFU_ALLOWED_ORIGINS: hostOrigin, KEFU_FAQ_PACK_DIR: PACK }, FAST_SCRYPT);
  // The answers link nowhere outside the chat: an admin gives this one a link to render.
  const admin = (await login(server)).cookie;
  const { entry } = (await api(server, admin, 'GET', '/api/v1/admin/faq/entries/password-reset')).body as { entry: FaqEntry };
  const { id: _id, ...withLink } = entry;
  withLink.locales.en!.answer += '\n\nMore in [our security guide](https://example.com/help/security).';
  expect((await api(server, admin, 'PUT', '/api/v1/admin/faq/entries/password-reset', withLink)).status).toBe(200);
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
  await server?.cleanup();
});

describe.skipIf(!run)('the widget on a host page with a strict CSP', () => {
  it('opens, chats and shows a bot answer with a link without a single CSP violation, in the page or the iframe', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    context.setDefaultTimeout(10_000);
    const violations: string[] = [];
    onTestFailed(() => console.error('CSP violations:', violations));
    await context.exposeBinding('__cspViolation', ({ frame }, what: string) => void violations.push(`${frame.url()}: ${what}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(what: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });
    await page.goto(`${hostOrigin}/`);

    await page.getByRole('button', { name: 'Chat with support' }).click();
    const frame = page.frameLocator('iframe[src*="/widget"]');
    const box = frame.getByRole('textbox');
    await box.waitFor();
    await expect.poll(() => frame.locator('.connection').getAttribute('data-state')).toBe('online');
    await box.fill('I forgot my password');
    await box.press('Enter');
    const link = frame.locator('.msg-bot a[href^="https://"]').first();
    await link.waitFor();
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');

    // What the chat caused is reported before what is done after it (a frame's reports come in order): a style
    // element added to the page (no 'unsafe-inline') and an HTML sink in the iframe (Trusted Types), each refused and
    // reported, prove every report of the chat has arrived, however late. The detector is not blind, and the iframe
    // enforces Trusted Types.
    expect(await page.evaluate(() => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'h1 { color: rgb(1, 2, 3) }' }));
      return getComputedStyle(document.querySelector('h1')!).color === 'rgb(1, 2, 3)' ? 'allowed' : 'refused';
    })).toBe('refused');
    const widget = page.frames().find((f) => f.url().includes('/widget'))!;
    expect(await widget.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    })).toBe('refused');
    // Each reported once (in the page, by its event and on the console; in the iframe, by its event), and nothing else.
    const onPurpose = [
      (v: string) => /^console: .*inline style/i.test(v),
      (v: string) => v.startsWith(`${hostOrigin}/: style-src-elem inline `),
      (v: string) => v.includes('/widget?') && v.includes(': require-trusted-types-for trusted-types-sink '),
    ];
    await expect.poll(() => onPurpose.map((is) => violations.filter(is).length)).toEqual([1, 1, 1]);
    expect(violations.filter((v) => !onPurpose.some((is) => is(v)))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
