import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { startServer } from '../helpers/server.ts';

/** Finding 4: X-Forwarded-For is believed only from named proxies (or a hop count), and /metrics looks at the socket. */
describe('trusting a reverse proxy', () => {
  it('refuses KEFU_TRUST_PROXY=true and garbage; takes addresses, ranges or a hop count', () => {
    const load = (value: string) => loadConfig({ KEFU_TRUST_PROXY: value }).security.trustProxy;
    expect(() => load('true')).toThrow(ConfigError);
    expect(() => load('true')).toThrow(/KEFU_TRUST_PROXY/);
    expect(() => load('proxy.internal')).toThrow(ConfigError);
    expect(() => load('10.0.0.0/40')).toThrow(ConfigError);
    expect(load('')).toBe(false);
    expect(load('1')).toBe(1);
    expect(load('10.0.0.5, 10.0.1.0/24,::1')).toEqual(['10.0.0.5', '10.0.1.0/24', '::1']);
  });

  it('a client that is not the proxy cannot choose its IP: per-IP limits hold', async () => {
    // The proxy is 10.0.0.5; this client (127.0.0.1) writes X-Forwarded-For itself, a new address every call.
    expect(await statusesUnderLimit({ KEFU_TRUST_PROXY: '10.0.0.5' }, (i) => `203.0.113.${i}`)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('with a hop count, the address the proxy added is the client; what the client wrote before it is ignored', async () => {
    // The client wrote 203.0.113.i; the one proxy in front appended the address it saw, 198.51.100.7.
    expect(await statusesUnderLimit({ KEFU_TRUST_PROXY: '1' }, (i) => `203.0.113.${i}, 198.51.100.7`)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('/metrics checks the connecting address: a forwarded "127.0.0.1" from elsewhere is refused', async () => {
    const server = await startServer({ KEFU_TRUST_PROXY: '127.0.0.1', KEFU_METRICS_ALLOW: '10.9.9.9' });
    try {
      // Through the proxy on 127.0.0.1, claiming to be the allowed scraper: the socket is not 10.9.9.9.
      const spoofed = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '10.9.9.9' } });
      expect(spoofed.status).toBe(403);
      // The scraper's own socket is allowed.
      const direct = await server.app.inject({ url: '/metrics', remoteAddress: '10.9.9.9' });
      expect(direct.statusCode).toBe(200);
    } finally {
      await server.cleanup();
    }
  });
});

/** Six REST calls under a limit of 3 a minute per IP, each with its own X-Forwarded-For; their statuses. */
async function statusesUnderLimit(env: Record<string, string>, forwardedFor: (i: number) => string): Promise<number[]> {
  const server = await startServer({ ...env, KEFU_LIMIT_REST_PER_MIN: '3' });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${server.url}/api/v1/faq/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
        body: JSON.stringify({ text: 'refund' }),
      });
      statuses.push(res.status);
    }
    return statuses;
  } finally {
    await server.cleanup();
  }
}
