import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

const METRICS_TOKEN = 'log-test-metrics-token-0123456789';
const SECRET_TEXT = 'my card 6222 0212 3456 7890 and pin 918273 please refund';
const lines: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ KEFU_METRICS_TOKEN: METRICS_TOKEN }, { logger: { level: 'info' }, logStream: { write: (line) => void lines.push(line) } });
});
afterAll(() => server.cleanup());

describe('structured logs at info level', () => {
  it('are JSON lines with a request id, and hold no message text and no token', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'send', clientId: 'log-0001', text: SECRET_TEXT });
    await client.next('ack');
    await client.next('message', (m) => m.message.author === 'bot');
    client.close();
    await client.waitClose();

    const again = await visitor(server.wsUrl, server.url, { token: welcome.token });
    again.client.close();
    await again.client.waitClose();
    await server.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.9.8.7', headers: { authorization: `Bearer ${METRICS_TOKEN}`, cookie: 'session=abc123secret' } });
    // The credentials that must sit in a URL (an e-mail's reopen link, its unsubscribe link) are not logged with it.
    await fetch(`${server.url}/chat?locale=en&reopen=ReopenCodeInTheLog0123456789abcdefghij`);
    await fetch(`${server.url}/email/unsubscribe?token=UnsubscribeTokenInTheLog0123`);
    await fetch(`${server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: SECRET_TEXT }) });

    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(4);
    const upgrades = records.filter((r) => JSON.stringify(r).includes('/ws/visitor'));
    expect(upgrades.length).toBeGreaterThan(0);
    for (const r of upgrades) expect(r.reqId).toEqual(expect.any(String));

    const all = lines.join('\n');
    expect(all).toContain('/chat?locale=en&reopen=[redacted]');
    for (const secret of [SECRET_TEXT, '6222 0212', '918273', welcome.token, METRICS_TOKEN, 'abc123secret', 'ReopenCodeInTheLog', 'UnsubscribeTokenInTheLog']) {
      expect(all).not.toContain(secret);
    }
  });
});
