import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitorUpload } from '../helpers/visitor-upload.ts';
import { settled, type TestClient, visitor } from '../helpers/ws-client.ts';

/**
 * A message the server already stored costs no rate token when it is sent again (the widget's outbox resends
 * everything unacknowledged after a reconnect), with the limits kept in this process and in Redis (the cluster's);
 * a flood of new messages is limited as ever. On SQLite, and on PostgreSQL in vitest's `server-on-postgres` project.
 */
const withRedis = await redisAvailable();
const BURST = 12;
const LIMITS = {
  KEFU_LIMIT_MESSAGES_BURST: String(BURST),
  // One token a minute: nothing comes back within a test.
  KEFU_LIMIT_MESSAGES_PER_MIN: '1',
  // Room for each message's answer once (11), not for a second turn per resend.
  KEFU_LIMIT_BOT_PER_MIN: String(BURST),
};
const QUESTION = 'how long does a refund take';

/** Send each message (clientId, text) and wait for every ack; the acks by clientId. */
async function sendAll(client: TestClient, messages: { clientId: string; text: string }[]) {
  const from = client.frames.length;
  for (const m of messages) client.send({ type: 'send', ...m });
  const acks = await Promise.all(messages.map((m) => client.next('ack', (a) => a.clientId === m.clientId, 10_000, from)));
  return new Map(acks.map((a) => [a.clientId, { id: a.id, seq: a.seq }]));
}

const png = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#38c' } }).png().toBuffer();

const visitorTexts = (frames: TestClient['frames']) => frames.flatMap((f) => (f.type === 'message' && f.message.author === 'visitor' ? [f.message.clientId] : []));

describe.each([
  ['limits in this process', false],
  ['limits in Redis', true],
])('resends and the message limit (%s)', (_, inRedis) => {
  const prefix = testPrefix();
  let server: RunningServer;
  beforeAll(async () => {
    if (inRedis && !withRedis) return;
    server = await startServer({ ...LIMITS, ...(inRedis ? { KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix } : {}) });
  });
  afterAll(async () => {
    await server?.cleanup();
    if (inRedis && withRedis) await dropPrefix(prefix);
  });

  it.skipIf(inRedis && !withRedis)('ten messages, a drop, all ten sent again and one new: none is limited, each is stored and delivered once', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    // A second tab of the same visitor, open throughout: it gets whatever the conversation publishes.
    const tab = await visitor(server.wsUrl, server.url, { locale: 'en', token: first.welcome.token });
    const ten = Array.from({ length: 10 }, (_, i) => ({ clientId: `resent-${String(i).padStart(2, '0')}`, text: `${QUESTION}?` }));
    const acked = await sendAll(first.client, ten);
    // Each answered before the drop: a resend owes the bot nothing.
    const answered = new Set<string>();
    while (answered.size < ten.length) answered.add((await first.client.next('message', (m) => m.message.author === 'bot' && !answered.has(m.message.id), 10_000)).message.id);
    first.client.socket.terminate();

    // Back (the acks lost, say): the outbox goes out again, and a message typed meanwhile after it.
    const back = await visitor(server.wsUrl, server.url, { locale: 'en', token: first.welcome.token, lastSeq: 0 });
    const fresh = { clientId: 'resent-new', text: 'and can i cancel it' };
    const again = await sendAll(back.client, [...ten, fresh]);

    expect(await settled(back.client).then((frames) => frames.filter((f) => f.type === 'error'))).toEqual([]);
    for (const { clientId } of ten) expect(again.get(clientId)).toEqual(acked.get(clientId));
    expect(again.get(fresh.clientId)!.seq).toBeGreaterThan(Math.max(...[...acked.values()].map((a) => a.seq)));
    // Stored once: the replay from seq 0 and the open tab each hold every visitor message once.
    const everyId = [...ten, fresh].map((m) => m.clientId);
    expect(visitorTexts(await settled(back.client))).toEqual(everyId);
    await tab.client.next('message', (m) => m.message.clientId === fresh.clientId);
    expect(visitorTexts(await settled(tab.client))).toEqual(everyId);
    back.client.close();
    tab.client.close();
  });

  it.skipIf(inRedis && !withRedis)('a flood of new messages is limited at the burst; a resend in between is acknowledged and opens no room', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'handoff' }); // no bot turns: only the visitor's own messages
    await client.next('state', (s) => s.status === 'waiting');
    const flood = Array.from({ length: BURST + 2 }, (_, i) => ({ clientId: `flood-${String(i).padStart(3, '0')}`, text: `message ${i}` }));
    const allowed = await sendAll(client, flood.slice(0, BURST));
    client.send({ type: 'send', ...flood[BURST]! });
    expect(await client.next('error', (e) => e.ref === flood[BURST]!.clientId)).toMatchObject({ code: 'rate_limited' });

    // Sent again (no ack seen, say): acknowledged as before, for free.
    const again = await sendAll(client, [flood[0]!]);
    expect(again.get(flood[0]!.clientId)).toEqual(allowed.get(flood[0]!.clientId));
    // The refused one and the next new one are still refused: the resend gave no token back.
    for (const m of flood.slice(BURST)) {
      const from = client.frames.length;
      client.send({ type: 'send', ...m });
      expect(await client.next('error', (e) => e.ref === m.clientId, 5000, from)).toMatchObject({ code: 'rate_limited' });
    }
    expect(visitorTexts(await settled(client))).toEqual(flood.slice(0, BURST).map((m) => m.clientId));
    client.close();
  });

  it.skipIf(inRedis && !withRedis)('a file upload sent again after its burst is spent gets the same message, and a new one is still refused', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const v = { token: welcome.token, conversationId: welcome.conversationId };
    const first = await visitorUpload(server.url, v, await png(), 'screenshot.png', 'file-resent-0');
    expect(first.status).toBe(201);
    const rest = await sendAll(client, Array.from({ length: BURST - 1 }, (_, i) => ({ clientId: `file-then-${String(i).padStart(2, '0')}`, text: `message ${i}` })));
    expect(rest.size).toBe(BURST - 1);
    // The burst is spent: the upload's retry (its response lost, say) is the same message, for free; a new file is not.
    expect(await visitorUpload(server.url, v, await png(), 'screenshot.png', 'file-resent-0')).toEqual({ status: 201, body: expect.objectContaining({ id: first.body.id, seq: first.body.seq }) });
    expect(await visitorUpload(server.url, v, await png(), 'screenshot.png', 'file-resent-1')).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    client.close();
  });
});
