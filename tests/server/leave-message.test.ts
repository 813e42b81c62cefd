import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/** Finding 1: leave_message (a ticket every open console receives) is limited per visitor and per IP like messages. */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_LIMIT_MESSAGES_PER_MIN: '6', KEFU_LIMIT_MESSAGES_BURST: '3' }, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server.cleanup());

const ticketCount = async () => ((await api(server, admin.cookie, 'GET', '/api/v1/tickets')).body!.tickets as unknown[]).length;

describe('leave_message', () => {
  it('while waiting, one visitor is limited like messages: the burst, then rate_limited with retryAfter', async () => {
    const { client } = await visitor(server.wsUrl, server.url);
    client.send({ type: 'send', clientId: 'lm-handoff-1', text: '转人工' });
    await client.next('state', (s) => s.status === 'waiting');
    const before = await ticketCount();
    // The handoff request used one message of the burst of 3.
    for (let i = 0; i < 4; i++) client.send({ type: 'leave_message', contact: 'me@example.com', text: `ticket ${i}` });
    const limited = await client.next('error', (e) => e.code === 'rate_limited');
    expect(limited.retryAfter).toBeGreaterThan(0);
    const count = (type: string) => client.frames.filter((f) => f.type === type && (type !== 'error' || (f as { code?: string }).code === 'rate_limited')).length;
    for (const deadline = Date.now() + 10_000; count('error') < 2 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(count('error')).toBe(2);
    expect(count('ticket_saved')).toBe(2);
    client.close();
    const saved = (await ticketCount()) - before;
    expect(saved).toBe(2);
  });
});
