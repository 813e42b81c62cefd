import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';

const SECRET = 'kefu-test-identity-secret-0123456789';
const SHOP = 'https://shop.example.com';
const now = () => Math.floor(Date.now() / 1000);
const sign = (sub: string, secret = SECRET, extra: Record<string, unknown> = {}) =>
  signIdentity({ sub, iat: now(), exp: now() + 600, ...extra }, secret);

describe('visitor isolation, origins and signed identity', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ KEFU_ALLOWED_ORIGINS: SHOP, KEFU_IDENTITY_SECRETS: SECRET });
  });
  afterAll(() => server.cleanup());
  const connect = (origin: string | undefined, headers: Record<string, string> = {}) =>
    TestClient.connect(`${server.wsUrl}/ws/visitor`, origin, headers);

  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['a suffix look-alike', 'https://shop.example.com.evil.io'],
    ['a prefix look-alike', 'https://evilshop.example.com'],
    ['another scheme', 'http://shop.example.com'],
    ['another port', 'https://shop.example.com:8443'],
    ['the null origin', 'null'],
    ['a punycode look-alike', 'https://xn--shp-sna.example.com'],
    ['garbage', 'not a url'],
  ])('refuses %s with 403 before any 101', async (_name, origin) => {
    await expect(connect(origin)).rejects.toThrow('HTTP 403');
  });

  it('accepts the allowed origin in another letter case, and the server’s own origin', async () => {
    (await connect('HTTPS://SHOP.Example.COM')).close();
    (await connect(server.url)).close();
  });

  it('allows a missing Origin only with a signed app token (native apps)', async () => {
    await expect(connect(undefined)).rejects.toThrow('HTTP 403');
    await expect(connect(undefined, { 'x-kefu-app-token': sign('app:ios', 'wrong-secret-wrong-secret-wrong-secret', { typ: 'app' }) })).rejects.toThrow('HTTP 403');
    await expect(connect(undefined, { 'x-kefu-app-token': sign('user-1') })).rejects.toThrow('HTTP 403');
    // A user's identity is not an app token, whatever its sub says: only "typ": "app" is.
    await expect(connect(undefined, { 'x-kefu-app-token': sign('app:ios') })).rejects.toThrow('HTTP 403');
    (await connect(undefined, { 'x-kefu-app-token': sign('app:ios', SECRET, { typ: 'app' }) })).close();
  });

  it('a guessed, foreign or wrongly typed token never reaches another visitor’s conversation', async () => {
    const a = await visitor(server.wsUrl, server.url);
    a.client.send({ type: 'send', clientId: 'secret-msg-1', text: 'my order 12345 is late' });
    await a.client.next('ack');
    for (const token of [a.welcome.conversationId, `${a.welcome.token.slice(0, -1)}x`, 'A'.repeat(43)]) {
      const b = await visitor(server.wsUrl, server.url, { token });
      expect(b.welcome.conversationId).not.toBe(a.welcome.conversationId);
      expect(b.welcome.lastSeq).toBe(0);
      b.client.close();
    }
    for (const token of [{ $regex: '.*' }, ['x'], 42, null]) {
      const c = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
      c.send({ type: 'hello', v: 1, token });
      expect((await c.next('error')).code).toBe('bad_frame');
      expect(c.frames.some((f) => f.type === 'message' || f.type === 'welcome')).toBe(false);
      c.close();
    }
    a.client.close();
  });

  it('a signed-in user gets the same conversation on another device, and a logged-out device does not', async () => {
    const phone = await visitor(server.wsUrl, server.url, { identity: sign('wallet-user-7', SECRET, { name: 'Mei' }) });
    phone.client.send({ type: 'send', clientId: 'signed-msg-1', text: 'how do I top up' });
    await phone.client.next('ack');
    phone.client.close();

    const laptop = await visitor(server.wsUrl, server.url, { identity: sign('wallet-user-7') });
    expect(laptop.welcome.conversationId).toBe(phone.welcome.conversationId);
    expect(laptop.welcome.token).not.toBe(phone.welcome.token);
    await laptop.client.next('message', (m) => m.message.clientId === 'signed-msg-1');
    laptop.client.close();

    // The laptop's token without the signature (the user logged out of the wallet): a stranger's view.
    const after = await visitor(server.wsUrl, server.url, { token: laptop.welcome.token });
    expect(after.welcome.conversationId).not.toBe(phone.welcome.conversationId);
    // Another user's signature, or a bad one, with the laptop's token: the same.
    const other = await visitor(server.wsUrl, server.url, { token: laptop.welcome.token, identity: sign('wallet-user-8') });
    expect(other.welcome.conversationId).not.toBe(phone.welcome.conversationId);
    const forged = await visitor(server.wsUrl, server.url, { token: laptop.welcome.token, identity: sign('wallet-user-7', 'x'.repeat(40)) });
    expect(forged.welcome.conversationId).not.toBe(phone.welcome.conversationId);
    for (const c of [after, other, forged]) c.client.close();
  });

  it('an anonymous visitor who signs in keeps the conversation they started', async () => {
    const anon = await visitor(server.wsUrl, server.url);
    anon.client.close();
    const signedIn = await visitor(server.wsUrl, server.url, { token: anon.welcome.token, identity: sign('wallet-user-9') });
    expect(signedIn.welcome.conversationId).toBe(anon.welcome.conversationId);
    signedIn.client.close();
  });
});

describe('abuse limits', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      KEFU_LIMIT_MESSAGES_PER_MIN: '6',
      KEFU_LIMIT_MESSAGES_BURST: '3',
      KEFU_LIMIT_SOCKETS_PER_IP: '150',
      KEFU_LIMIT_REST_PER_MIN: '5',
      KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H: '140',
    });
  });
  afterAll(() => server.cleanup());

  it('a visitor over the message limit gets rate_limited with retryAfter; nothing over it is stored', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    for (let i = 0; i < 3; i++) {
      client.send({ type: 'send', clientId: `burst-msg-${i}`, text: `question ${i}` });
      await client.next('ack', (a) => a.clientId === `burst-msg-${i}`);
    }
    client.send({ type: 'send', clientId: 'burst-msg-3', text: 'one too many' });
    const limited = await client.next('error', (e) => e.code === 'rate_limited');
    expect(limited.ref).toBe('burst-msg-3');
    expect(limited.retryAfter).toBe(10);
    expect(client.frames.some((f) => f.type === 'message' && f.message.clientId === 'burst-msg-3')).toBe(false);
    client.close();
  });

  it('100 visitors behind one IP, each under its own limit, are not throttled', async () => {
    const visitors = await Promise.all(Array.from({ length: 100 }, () => visitor(server.wsUrl, server.url)));
    await Promise.all(
      visitors.map(async ({ client }, i) => {
        client.send({ type: 'send', clientId: `crowd-${String(i).padStart(4, '0')}`, text: 'hello' });
        await client.next('ack');
      }),
    );
    expect(visitors.flatMap((v) => v.client.frames).filter((f) => f.type === 'error')).toEqual([]);
    for (const v of visitors) v.client.close();
  });

  it('REST calls over the per-IP limit get 429 rate_limited with Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 7; i++) {
      last = await fetch(`${server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"refund"}' });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ErrorBody.parse(await last!.json()).error.code).toBe('rate_limited');
  });
});

describe('socket and conversation limits per IP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ KEFU_LIMIT_SOCKETS_PER_IP: '3', KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H: '4' });
  });
  afterAll(() => server.cleanup());

  /** The visitor sockets the server holds open, as its /metrics counts them. */
  const openVisitorSockets = async () => {
    const line = (await (await fetch(`${server.url}/metrics`)).text()).split('\n').find((l) => l.startsWith('kefu_sockets{kind="visitor"} '));
    return Number(line?.split(' ')[1]);
  };

  it('closes a socket over the per-IP ceiling with 1013 and rate_limited', async () => {
    const open = await Promise.all([1, 2, 3].map(() => TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url)));
    const extra = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    expect(await extra.next('error')).toMatchObject({ code: 'rate_limited', retryAfter: 30 });
    expect((await extra.waitClose()).code).toBe(1013);
    // The hint the widget's socket waits for before it tries again (without it: its backoff alone, from 0.5 s).
    expect(await extra.next('reconnect')).toEqual({ type: 'reconnect', afterMs: 30_000 });
    open[0]!.close();
    await open[0]!.waitClose();
    // The slot a closed socket frees is given to the next one: taken up, its frame before hello is answered not_ready
    // (a refused one gets rate_limited first). The server may see the close a moment after the client: a few tries.
    let code: string | undefined;
    for (let attempt = 0; attempt < 40 && code !== 'not_ready'; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50));
      const next = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
      next.send({ type: 'typing' });
      code = (await next.next('error')).code;
      next.close();
      await next.waitClose();
    }
    expect(code).toBe('not_ready');
    for (const c of open.slice(1)) c.close();
  });

  it('refuses new conversations past the per-IP budget; returning visitors still get in', async () => {
    // The previous test's sockets released: the server holds none open (its kefu_sockets gauge, read from the sockets
    // it has: a socket leaves them in the close event that gives its slot back).
    await expect.poll(openVisitorSockets).toBe(0);
    const first = await visitor(server.wsUrl, server.url);
    first.client.close();
    for (let i = 0; i < 3; i++) (await visitor(server.wsUrl, server.url)).client.close();
    const c = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    c.send({ type: 'hello', v: 1 });
    expect((await c.next('error')).code).toBe('rate_limited');
    c.close();
    const back = await visitor(server.wsUrl, server.url, { token: first.welcome.token });
    expect(back.welcome.conversationId).toBe(first.welcome.conversationId);
    back.client.close();
  });
});

describe('cross-visitor matrix', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.cleanup());

  it('every visitor operation that takes an id answers a foreign id exactly like a made-up one, and nothing fans out to strangers', async () => {
    const a = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const b = await visitor(server.wsUrl, server.url, { locale: 'en' });
    a.client.send({ type: 'send', clientId: 'matrix-a-0001', text: 'how do I get a refund' });
    const aBot = await a.client.next('message', (m) => m.message.author === 'bot');
    const foreignId = aBot.message.id;

    // String ids: a foreign real one, a made-up one, a sequential-looking one → the same not_found.
    const answers: unknown[] = [];
    for (const messageId of [foreignId, '11111111-2222-3333-4444-555555555555', '1']) {
      const from = b.client.frames.length;
      b.client.send({ type: 'feedback', messageId, helpful: false });
      const { type, code, message } = await b.client.next('error', () => true, 5000, from);
      answers.push({ type, code, message });
    }
    expect(answers[0]).toEqual({ type: 'error', code: 'not_found', message: expect.any(String) });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);

    // Wrongly typed ids never reach storage: one typed bad_frame each.
    for (const messageId of [{ $regex: '.*' }, [foreignId], 42, null, { $ne: null }]) {
      const from = b.client.frames.length;
      b.client.send({ type: 'feedback', messageId, helpful: true });
      expect((await b.client.next('error', () => true, 5000, from)).code).toBe('bad_frame');
    }
    // Operations scoped to "my conversation" never take an id: extra id fields are refused outright.
    for (const frame of [
      { type: 'read', seq: 1, conversationId: a.welcome.conversationId },
      { type: 'rate', score: 5, conversationId: a.welcome.conversationId },
      { type: 'typing', conversationId: a.welcome.conversationId },
      { type: 'cancel_handoff', conversationId: a.welcome.conversationId },
      { type: 'handoff', conversationId: a.welcome.conversationId },
      { type: 'send', clientId: 'matrix-b-0001', text: 'hi', conversationId: a.welcome.conversationId },
    ]) {
      const from = b.client.frames.length;
      b.client.send(frame);
      expect((await b.client.next('error', () => true, 5000, from)).code).toBe('bad_frame');
    }
    // A's vote still works for A, and B saw none of A's traffic.
    a.client.send({ type: 'feedback', messageId: foreignId, helpful: true });
    await a.client.next('feedback_saved');
    const leaked = JSON.stringify(b.client.frames);
    expect(leaked).not.toContain(a.welcome.conversationId);
    expect(leaked).not.toContain('matrix-a-0001');
    expect(leaked).not.toContain(foreignId);
    a.client.close();
    b.client.close();
  });
});
