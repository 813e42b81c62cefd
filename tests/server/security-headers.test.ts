import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { seedFaqModel } from '../helpers/faq-model-seed.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

const SHOP = 'https://shop.example.com';
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ KEFU_ALLOWED_ORIGINS: SHOP });
});
afterAll(() => server.cleanup());

const csp = async (route: string) => (await fetch(`${server.url}${route}`)).headers.get('content-security-policy') ?? '';

describe('security headers', () => {
  it.each(['/widget', '/console', '/chat'])('%s has a strict CSP: no unsafe-inline, no unsafe-eval, no plugins, no base', async (route) => {
    const policy = await csp(route);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('the widget may be framed only by the allowed origins; the console by nobody', async () => {
    expect(await csp('/widget')).toMatch(new RegExp(`frame-ancestors ${server.url} ${SHOP}(;|$)`));
    expect(await csp('/console')).toContain("frame-ancestors 'none'");
  });

  it('every response says nosniff, a referrer policy and a permissions policy; no HSTS over plain http', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the public URL is https', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kefu-hsts-'));
    seedFaqModel(dir, undefined); // the run's trained wallet model, as startServer gives its servers: nothing trains here
    const app = await buildApp(loadConfig({ KEFU_DATA_DIR: dir, KEFU_PUBLIC_URL: 'https://chat.example.com' }), { logger: false });
    const res = await app.inject({ url: '/healthz' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
