import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLOSE, LIMITS, VisitorClientFrame } from '../../protocol/index.ts';
import { encodeFrame, OP, RawSocket, textFrame } from '../helpers/raw-ws.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

/**
 * Frames no browser would send, at the WebSocket layer (ws must close with the right code) and at the
 * application layer (each gets exactly one typed error, the socket stays usable), while a bystander
 * keeps chatting. Seeded: a failure names its seed and replays.
 */
const SEED = 1_2345;
const FUZZ_FRAMES = 10_000;

let server: RunningServer;
let port: number;
let bystander: Awaited<ReturnType<typeof visitor>>;
beforeAll(async () => {
  server = await startServer();
  port = Number(new URL(server.url).port);
  bystander = await visitor(server.wsUrl, server.url, { locale: 'en' });
});
afterAll(async () => {
  bystander.client.close();
  await server.cleanup();
});

const open = () => RawSocket.open(port, '/ws/visitor', server.url);
const closeFrame = (code: number, reason = Buffer.alloc(0)) => {
  const payload = Buffer.alloc(2 + reason.length);
  payload.writeUInt16BE(code, 0);
  reason.copy(payload, 2);
  return encodeFrame({ opcode: OP.close, payload });
};
const PROTOCOL_ERROR = 1002;
const INVALID_UTF8 = 1007;

/** Each case: the raw bytes and the close code ws must answer with. */
const WIRE_CASES: { name: string; bytes: () => Buffer; code: number }[] = [
  { name: 'reserved data opcode 0x3', bytes: () => encodeFrame({ opcode: 0x3, payload: Buffer.from('x') }), code: PROTOCOL_ERROR },
  { name: 'reserved control opcode 0xB', bytes: () => encodeFrame({ opcode: 0xb, payload: Buffer.alloc(0) }), code: PROTOCOL_ERROR },
  { name: 'RSV1 set (no extension negotiated)', bytes: () => encodeFrame({ opcode: OP.text, rsv: 4, payload: Buffer.from('{}') }), code: PROTOCOL_ERROR },
  { name: 'RSV2 and RSV3 set', bytes: () => encodeFrame({ opcode: OP.text, rsv: 3, payload: Buffer.from('{}') }), code: PROTOCOL_ERROR },
  { name: 'an unmasked client frame', bytes: () => encodeFrame({ opcode: OP.text, mask: false, payload: Buffer.from('{"type":"ping"}') }), code: PROTOCOL_ERROR },
  { name: 'a ping over 125 bytes', bytes: () => encodeFrame({ opcode: OP.ping, payload: Buffer.alloc(126, 1) }), code: PROTOCOL_ERROR },
  { name: 'a fragmented ping', bytes: () => encodeFrame({ opcode: OP.ping, fin: false, payload: Buffer.from('p') }), code: PROTOCOL_ERROR },
  { name: 'a continuation with nothing to continue', bytes: () => encodeFrame({ opcode: OP.continuation, payload: Buffer.from('x') }), code: PROTOCOL_ERROR },
  { name: 'a new text frame inside a fragmented one', bytes: () => Buffer.concat([encodeFrame({ opcode: OP.text, fin: false, payload: Buffer.from('{') }), textFrame('{}')]), code: PROTOCOL_ERROR },
  { name: 'invalid UTF-8 in a text frame', bytes: () => encodeFrame({ opcode: OP.text, payload: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]) }), code: INVALID_UTF8 },
  { name: 'an overlong UTF-8 encoding', bytes: () => encodeFrame({ opcode: OP.text, payload: Buffer.from([0xc0, 0xaf]) }), code: INVALID_UTF8 },
  { name: 'a UTF-16 surrogate encoded in UTF-8', bytes: () => encodeFrame({ opcode: OP.text, payload: Buffer.from([0xed, 0xa0, 0x80]) }), code: INVALID_UTF8 },
  { name: 'invalid UTF-8 split across fragments', bytes: () => Buffer.concat([encodeFrame({ opcode: OP.text, fin: false, payload: Buffer.from([0x22, 0xe2, 0x82]) }), encodeFrame({ opcode: OP.continuation, payload: Buffer.from([0x41]) })]), code: INVALID_UTF8 },
  { name: 'close code 1005 (reserved: must not be sent)', bytes: () => closeFrame(1005), code: PROTOCOL_ERROR },
  { name: 'close code 1006 (reserved)', bytes: () => closeFrame(1006), code: PROTOCOL_ERROR },
  { name: 'close code 999', bytes: () => closeFrame(999), code: PROTOCOL_ERROR },
  { name: 'close code 5000', bytes: () => closeFrame(5000), code: PROTOCOL_ERROR },
  { name: 'a 1-byte close payload', bytes: () => encodeFrame({ opcode: OP.close, payload: Buffer.from([3]) }), code: PROTOCOL_ERROR },
  { name: 'a close reason in invalid UTF-8', bytes: () => closeFrame(1000, Buffer.from([0xff])), code: INVALID_UTF8 },
  { name: 'a frame header claiming 1 GiB', bytes: () => Buffer.from([0x81, 0xff, 0, 0, 0, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]), code: CLOSE.tooBig },
  { name: 'one frame over maxPayload', bytes: () => textFrame('x'.repeat(LIMITS.wsMaxPayload + 1)), code: CLOSE.tooBig },
  {
    name: 'a flood of 1-byte fragments past maxPayload',
    bytes: () =>
      Buffer.concat([
        encodeFrame({ opcode: OP.text, fin: false, payload: Buffer.from('"') }),
        ...Array.from({ length: LIMITS.wsMaxPayload + 10 }, () => encodeFrame({ opcode: OP.continuation, fin: false, payload: Buffer.from('a') })),
      ]),
    code: CLOSE.tooBig,
  },
];

async function bystanderStillChats(tag: string): Promise<void> {
  const { client } = bystander;
  const clientId = `bystander-${tag}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
  const from = client.frames.length;
  client.send({ type: 'send', clientId, text: `still here ${tag}` });
  const ack = await client.next('ack', (a) => a.clientId === clientId, 5000, from);
  expect(ack.seq).toBeGreaterThan(0);
}

describe('WebSocket layer: frames a browser would never send', () => {
  it.each(WIRE_CASES)('$name → close $code, server keeps serving', async ({ bytes, code }) => {
    const raw = await open();
    raw.write(bytes());
    expect(await raw.closeCode()).toBe(code);
    raw.destroy();
  });

  it('a ping flood gets the flooding socket dropped (ws: too many pending pongs); pings at a sane pace are all answered', async () => {
    const flood = await open();
    flood.write(Buffer.concat(Array.from({ length: 2000 }, (_, i) => encodeFrame({ opcode: OP.ping, payload: Buffer.from(String(i)) }))));
    await flood.until(() => flood.ended, 10_000);
    expect(flood.frames.filter((f) => f.opcode === OP.pong).length).toBeLessThan(2000);

    const steady = await open();
    for (let i = 0; i < 20; i++) {
      steady.write(Buffer.concat(Array.from({ length: 10 }, () => encodeFrame({ opcode: OP.ping, payload: Buffer.from('p') }))));
      await steady.until(() => steady.frames.filter((f) => f.opcode === OP.pong).length === (i + 1) * 10);
    }
    expect(steady.ended).toBe(false);
    steady.destroy();
  });

  it('after every case above, other clients were unaffected', async () => {
    await bystanderStillChats('wire');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

/** Text frames that are not a valid client frame: not JSON, wrong shapes, hostile values. */
function hostileFrames(): string[] {
  const id = fc.constantFrom('abcdefgh', 'x'.repeat(64), 'x'.repeat(65), '', '../../etc', '"; DROP TABLE messages; --');
  // Hostile values as raw JSON text (built as text: generating 3,000-deep values as objects is slow).
  const hostileJson = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom('{"$regex":".*"}', '{"$ne":null}', '{"$gt":""}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'),
    fc.integer({ min: 100, max: 1000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    fc.integer({ min: 100, max: 500 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
    fc.integer({ min: 4001, max: 5000 }).map((n) => JSON.stringify('y'.repeat(n))),
    fc.constantFrom('-1', '1.5', '9007199254740993', '1e308', 'null', 'true', '""', '"\\u0000"'),
  );
  const base = fc.constantFrom<Record<string, unknown>>(
    { type: 'send', clientId: 'abcdefgh', text: 'hi' },
    { type: 'hello', v: 1 },
    { type: 'ping', t: 1 },
    { type: 'read', seq: 1 },
    { type: 'rate', score: 5 },
    { type: 'leave_message', contact: 'a@b.example', text: 'hi' },
  );
  // A valid-looking frame with one field replaced or added (a repeated key: JSON.parse keeps the last).
  const mutated = fc
    .tuple(base, fc.constantFrom('type', 'clientId', 'text', 'v', 't', 'seq', 'score', 'contact', 'token', 'lastSeq', 'extra', '__proto__'), hostileJson, id)
    .map(([frame, key, value, clientId]) => `${JSON.stringify({ ...frame, clientId }).slice(0, -1)},${JSON.stringify(key)}:${value}}`);
  const raw = fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((type) => JSON.stringify({ type })) },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: mutated.map((s) => s.slice(0, Math.max(1, s.length - 3))) },
  );
  return fc
    .sample(raw, { seed: SEED, numRuns: Math.ceil(FUZZ_FRAMES * 1.3) })
    .filter((s) => Buffer.byteLength(s) <= LIMITS.wsMaxPayload && !isValidFrame(s))
    .slice(0, FUZZ_FRAMES);
}

function isValidFrame(text: string): boolean {
  try {
    return VisitorClientFrame.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

describe('application layer: seeded fuzz frames', () => {
  it(`${FUZZ_FRAMES} hostile frames → exactly one typed error each; the socket and the bystander carry on`, async () => {
    const frames = hostileFrames();
    expect(frames.length).toBe(FUZZ_FRAMES);
    const raw = await open();
    raw.sendText(JSON.stringify({ type: 'hello', v: 1, locale: 'en' }));
    // The hello is answered with a welcome and the visitor's first state: both before the hostile batches.
    await raw.until(() => raw.json().some((f) => f.type === 'welcome') && raw.json().some((f) => f.type === 'state'));
    const BATCH = 500;
    for (let i = 0; i < frames.length; i += BATCH) {
      const batch = frames.slice(i, i + BATCH);
      const before = raw.json().length;
      raw.write(Buffer.concat([...batch.map(textFrame), textFrame(JSON.stringify({ type: 'ping', t: i }))]));
      await raw.until(() => raw.json().at(-1)?.t === i, 10_000);
      const answers = raw.json().slice(before).filter((f) => f.type !== 'pong');
      expect(answers.every((f) => f.type === 'error' && (f.code === 'bad_json' || f.code === 'bad_frame')), JSON.stringify(answers.find((f) => f.type !== 'error'))).toBe(true);
      expect(answers.length, `batch at ${i} (seed ${SEED})`).toBe(batch.length);
    }
    expect(raw.ended).toBe(false);
    // Nothing leaked into the prototype chain of anything the server built.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    raw.destroy();
    await bystanderStillChats('fuzz');
  }, 25_000);
});
