import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LIMITS } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.cleanup());

/** Each bad frame gets exactly one typed error and the socket stays usable. */
const CASES: { name: string; frame: string | Buffer; code: string; path?: string }[] = [
  { name: 'not JSON', frame: '{"type":', code: 'bad_json' },
  { name: 'a JSON string', frame: '"hello"', code: 'bad_frame' },
  { name: 'null', frame: 'null', code: 'bad_frame' },
  { name: 'an array', frame: '[1,2,3]', code: 'bad_frame' },
  { name: 'unknown type', frame: '{"type":"drop_tables"}', code: 'bad_frame', path: 'type' },
  { name: 'missing text', frame: '{"type":"send","clientId":"abcdefgh"}', code: 'bad_frame', path: 'text' },
  { name: 'text of the wrong type', frame: '{"type":"send","clientId":"abcdefgh","text":{"$regex":".*"}}', code: 'bad_frame', path: 'text' },
  { name: 'clientId as an operator object', frame: '{"type":"send","clientId":{"$ne":null},"text":"hi"}', code: 'bad_frame', path: 'clientId' },
  { name: 'an extra field', frame: '{"type":"send","clientId":"abcdefgh","text":"hi","admin":true}', code: 'bad_frame' },
  { name: 'a __proto__ key', frame: '{"type":"send","clientId":"abcdefgh","text":"hi","__proto__":{"polluted":1}}', code: 'bad_frame' },
  { name: 'blank text', frame: '{"type":"send","clientId":"abcdefgh","text":"   "}', code: 'bad_frame', path: 'text' },
  { name: 'text over the limit', frame: JSON.stringify({ type: 'send', clientId: 'abcdefgh', text: 'x'.repeat(LIMITS.messageText + 1) }), code: 'bad_frame', path: 'text' },
  { name: 'a binary frame', frame: Buffer.from([1, 2, 3]), code: 'bad_frame' },
  { name: 'deep nesting', frame: '['.repeat(5000) + ']'.repeat(5000), code: 'bad_frame' },
];

describe('visitor socket: bad input', () => {
  it('answers a frame before hello with not_ready', async () => {
    const client = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    client.send({ type: 'send', clientId: 'abcdefgh', text: 'hi' });
    expect((await client.next('error')).code).toBe('not_ready');
    client.close();
  });

  it.each(CASES)('$name → one typed $code error, connection stays open', async ({ frame, code, path }) => {
    const { client } = await visitor(server.wsUrl, server.url);
    const from = client.frames.length;
    client.send(frame);
    const error = await client.next('error', () => true, 5000, from);
    expect(error.code).toBe(code);
    if (path) expect(error.path).toBe(path);
    client.send({ type: 'ping', t: 7 });
    expect((await client.next('pong', () => true, 5000, from)).t).toBe(7);
    expect(client.frames.slice(from).filter((f) => f.type === 'error')).toHaveLength(1);
    client.close();
  });

  it('closes a frame over maxPayload with 1009, and other clients are unaffected', async () => {
    const bystander = await visitor(server.wsUrl, server.url);
    const { client } = await visitor(server.wsUrl, server.url);
    client.send('x'.repeat(LIMITS.wsMaxPayload + 1));
    expect((await client.waitClose()).code).toBe(1009);
    bystander.client.send({ type: 'ping', t: 1 });
    expect((await bystander.client.next('pong')).t).toBe(1);
    bystander.client.close();
  });

  it('closes invalid UTF-8 with 1007 and the server keeps serving', async () => {
    const { client } = await visitor(server.wsUrl, server.url);
    client.socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect((await client.waitClose()).code).toBe(1007);
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  });

  it('refuses a foreign origin before the upgrade with 403', async () => {
    for (const origin of ['https://evil.example', `${server.url}.evil.example`, 'null']) {
      await expect(TestClient.connect(`${server.wsUrl}/ws/visitor`, origin)).rejects.toThrow('HTTP 403');
    }
    await expect(TestClient.connect(`${server.wsUrl}/ws/visitor`, undefined)).rejects.toThrow('HTTP 403');
  });

  it('turns permessage-deflate down', async () => {
    const socket = new WebSocket(`${server.wsUrl}/ws/visitor`, { origin: server.url, perMessageDeflate: true });
    await new Promise((resolve) => socket.once('open', resolve));
    expect(socket.extensions).toBe('');
    socket.close();
  });
});
