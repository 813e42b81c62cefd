import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { ChatClient } from '../../widget/app/chat/client.ts';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { BULK_LIMITS, startServer, type RunningServer } from '../helpers/server.ts';
import { heldClock } from '../helpers/held-clock.ts';
import { waitFor } from '../helpers/wait.ts';
import { settled, TestClient, visitor } from '../helpers/ws-client.ts';
import { installBrowserGlobals, MemoryStorage } from '../soak/node-widget.ts';

/**
 * Each visitor socket has its own budget of frames (KEFU_LIMIT_SOCKET_FRAMES_PER_MIN, per minute and as a burst):
 * a resend of a stored message takes no message token, nor do typing, read, rate or feedback, so without it one
 * socket could make the server read storage as fast as it sends frames. Over the budget a frame is refused with
 * `rate_limited` (a send's with its clientId as ref) and nothing is read; the widget sends its refused messages again
 * when told and loses none. A reconnect would be a fresh budget: hellos are limited per IP (KEFU_LIMIT_IP_HELLOS_PER_MIN,
 * in the shared limit store: in process and in Redis). Counted in answers, never in time. On SQLite, and on PostgreSQL
 * in `server-on-postgres`. The budget refills by a clock held still while a test sends (`frameClock`): exactly the budget
 * is let through, and a refill is the test moving that clock on, not a wait.
 */
const BUDGET = 120;
const COPIES = 1000;

/** The most a socket may have been let through in `elapsedMs` of its budget's clock after `left` tokens: the rest plus the refill. */
const mostLetThrough = (left: number, elapsedMs: number) => left + Math.ceil((elapsedMs * BUDGET) / 60_000);

describe('a visitor socket over its frame budget', () => {
  let server: RunningServer;
  const clock = heldClock();
  beforeAll(async () => {
    // The message limits out of the way: only the frame budget refuses.
    server = await startServer({ ...BULK_LIMITS, KEFU_LIMIT_SOCKET_FRAMES_PER_MIN: String(BUDGET) }, { frameClock: clock.now });
  });
  afterAll(() => server?.cleanup());

  it(`one stored message sent ${COPIES} times is looked up only while the budget lasts; every other copy is refused with its ref`, async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' }); // hello: one frame
    const message = { type: 'send', clientId: 'repeated-0001', text: 'where is my refund' };
    client.send(message); // two
    const stored = await client.next('ack', (a) => a.clientId === message.clientId);
    const from = client.frames.length;
    const started = clock.now();
    for (let i = 0; i < COPIES; i++) client.send(message);
    const answers = (await settled(client, 30_000)).slice(from);
    const elapsed = clock.now() - started;

    const acks = answers.filter((f) => f.type === 'ack');
    const refused = answers.filter((f) => f.type === 'error');
    expect(acks.length + refused.length).toBe(COPIES); // one answer each
    expect(acks.every((a) => a.clientId === stored.clientId && a.id === stored.id && a.seq === stored.seq)).toBe(true);
    expect(acks.length).toBeGreaterThanOrEqual(BUDGET - 2);
    expect(acks.length).toBeLessThanOrEqual(mostLetThrough(BUDGET - 2, elapsed));
    expect(refused.every((e) => e.code === 'rate_limited' && e.ref === message.clientId && (e.retryAfter ?? 0) >= 1)).toBe(true);
    // Still open, and nothing was stored twice.
    expect(client.closed).toBeNull();
    expect(answers.filter((f) => f.type === 'message' && f.message.author === 'visitor')).toEqual([]);
    client.close();
  });

  // Each frame kind that reads storage or publishes on the bus with no message token, and what it is answered with
  // when it does its work (every one of these is refused by the conversation's state: one answer each, counted).
  it.each([
    ['feedback on an unknown message', { type: 'feedback', messageId: 'no-such-message-0001', helpful: true }, 'not_found'],
    ['a rating before the close', { type: 'rate', score: 5 }, 'invalid_state'],
    ['the transcript before the close', { type: 'email_transcript' }, 'invalid_state'],
  ] as const)(`%s, sent ${COPIES} times: the copies past the budget do no work`, async (_, frame, worked) => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const from = client.frames.length;
    const started = clock.now();
    for (let i = 0; i < COPIES; i++) client.send(frame);
    const answers = (await settled(client, 30_000)).slice(from).filter((f) => f.type === 'error');
    const elapsed = clock.now() - started;
    const done = answers.filter((e) => e.code === worked).length;
    const refused = answers.filter((e) => e.code === 'rate_limited').length;
    expect(done + refused).toBe(COPIES);
    expect(done).toBeGreaterThanOrEqual(BUDGET - 1);
    expect(done).toBeLessThanOrEqual(mostLetThrough(BUDGET - 1, elapsed));
    client.close();
  });

  it('typing and read receipts past the budget reach nobody', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    // Published for the agents, answered with nothing: so each refusal is a frame that published nothing. Counted
    // from after the hello's last frame (its state), so that only the answers to these frames are counted.
    const from = (await settled(v.client, 30_000)).length;
    const started = clock.now();
    for (let i = 0; i < COPIES / 2; i++) v.client.send({ type: 'typing' });
    for (let i = 0; i < COPIES / 2; i++) v.client.send({ type: 'read', seq: 0 });
    const answers = (await settled(v.client, 30_000)).slice(from).filter((f) => f.type !== 'pong');
    const elapsed = clock.now() - started;
    expect(answers.every((e) => e.type === 'error' && e.code === 'rate_limited')).toBe(true);
    expect(answers.length).toBeGreaterThanOrEqual(COPIES - mostLetThrough(BUDGET - 1, elapsed));
    expect(answers.length).toBeLessThanOrEqual(COPIES - (BUDGET - 1));
    v.client.close();
  });

  it('the widget with more in its outbox than the budget loses nothing: the refused ones go again when allowed, in order, each stored once', async () => {
    installBrowserGlobals(server.url);
    const widget = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale: 'en', site: null, storage: new MemoryStorage() });
    // Typed before the socket opened (offline, say): the whole outbox goes out at once after the welcome.
    const typed = Array.from({ length: BUDGET + 10 }, (_, i) => `typed offline ${i}`);
    for (const text of typed) widget.send(text);
    widget.start();
    try {
      await waitFor(() => widget.snapshot.lastError?.code === 'rate_limited', 'a refusal', 30_000);
      clock.advance(60_000); // the budget whole again
      await waitFor(() => widget.snapshot.pending.length === 0, 'every message acknowledged', 60_000);
      expect(widget.snapshot.messages.filter((m) => m.author === 'visitor').map((m) => m.text)).toEqual(typed);
    } finally {
      widget.stop();
    }
  });
});

describe('an honest reconnect at the default budget', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(BULK_LIMITS);
  });
  afterAll(() => server?.cleanup());

  it('a hundred messages sent again after a drop, with a read receipt and typing: all acknowledged, none refused', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'handoff' }); // no bot turns: only the visitor's own messages
    await first.client.next('state', (s) => s.status === 'waiting');
    const outbox = Array.from({ length: 100 }, (_, i) => ({ type: 'send', clientId: `outbox-${String(i).padStart(3, '0')}`, text: `message ${i}` }));
    for (const m of outbox) first.client.send(m);
    const acked = await Promise.all(outbox.map((m) => first.client.next('ack', (a) => a.clientId === m.clientId, 30_000)));
    first.client.socket.terminate();

    const back = await visitor(server.wsUrl, server.url, { locale: 'en', token: first.welcome.token, lastSeq: acked.at(-1)!.seq });
    const from = back.client.frames.length;
    back.client.send({ type: 'read', seq: 0 });
    for (const m of outbox) back.client.send(m);
    back.client.send({ type: 'typing' });
    const answers = (await settled(back.client, 30_000)).slice(from);
    expect(answers.filter((f) => f.type === 'error')).toEqual([]);
    expect(answers.filter((f) => f.type === 'ack').map((a) => a.seq)).toEqual(acked.map((a) => a.seq));
    back.client.close();
  });
});

const withRedis = await redisAvailable();
const HELLOS = 5;

describe.each([
  ['limits in this process', false],
  ['limits in Redis', true],
])('hellos per IP (%s)', (_, inRedis) => {
  const prefix = testPrefix();
  let server: RunningServer;
  beforeAll(async () => {
    if (inRedis && !withRedis) return;
    server = await startServer({ KEFU_LIMIT_IP_HELLOS_PER_MIN: String(HELLOS), ...(inRedis ? { KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix } : {}) });
  });
  afterAll(async () => {
    await server?.cleanup();
    if (inRedis && withRedis) await dropPrefix(prefix);
  });

  it.skipIf(inRedis && !withRedis)('a visitor reconnecting in a loop is welcomed while the limit lasts, then turned away (rate_limited, 1013, come back after retryAfter)', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.close();
    const started = Date.now();
    const welcomed: string[] = [first.welcome.conversationId];
    let away: TestClient | null = null;
    for (let i = 0; i < 3 * HELLOS && !away; i++) {
      const client = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
      client.send({ type: 'hello', v: 1, token: first.welcome.token, lastSeq: 0 });
      const answer = await Promise.race([client.next('welcome'), client.next('error')]);
      if (answer.type === 'error') away = client;
      else {
        welcomed.push(answer.conversationId);
        client.close();
        await client.waitClose();
      }
    }
    const elapsed = Date.now() - started;
    expect(away).not.toBeNull();
    const refused = await away!.next('error');
    expect(refused).toMatchObject({ code: 'rate_limited', retryAfter: expect.any(Number) });
    expect((await away!.waitClose()).code).toBe(CLOSE.tryAgainLater);
    expect(await away!.next('reconnect')).toEqual({ type: 'reconnect', afterMs: refused.retryAfter! * 1000 });
    expect(welcomed.every((id) => id === first.welcome.conversationId)).toBe(true);
    expect(welcomed.length).toBeGreaterThanOrEqual(HELLOS);
    expect(welcomed.length).toBeLessThanOrEqual(HELLOS + Math.ceil((elapsed * HELLOS) / 60_000));
  });
});
