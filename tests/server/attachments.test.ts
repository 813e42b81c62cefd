import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, ChatMessage } from '../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, visitorIdOf, type RunningServer } from '../helpers/server.ts';
import { visitor, type TestClient } from '../helpers/ws-client.ts';
import { startS3 } from '../helpers/s3-server.ts';
import { visitorUpload } from '../helpers/visitor-upload.ts';
import { s3BlobStore } from '../../server/blobs/s3.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_ATTACHMENT_MAX_BYTES: String(2 * 1024 * 1024) }, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

/** A real PNG screenshot-like image. */
const png = (width = 640, height = 400) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();
/** A JPEG carrying EXIF with GPS coordinates and a camera model. */
const jpegWithGps = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#c84' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KefuCam', Model: 'SecretPhone 9' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
    })
    .toBuffer();

let uploads = 0;
const upload = (client: { token: string; conversationId: string }, bytes: Buffer, name: string, clientId = `up-${String(++uploads).padStart(6, '0')}`) =>
  visitorUpload(server.url, client, bytes, name, clientId);

const get = (url: string) => fetch(`${server.url}${url}`);

async function newVisitor() {
  const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
  return { client: v.client, token: v.welcome.token, conversationId: v.welcome.conversationId };
}

async function filesMessage(client: TestClient, seq: number) {
  return (await client.next('message', (m) => m.message.seq === seq)).message;
}

describe('attachments: a visitor sends a file', () => {
  it('stores a screenshot, acks it like a message, delivers it with signed links, serves it inline with nosniff', async () => {
    const v = await newVisitor();
    const sent = await upload(v, await png(), '截图 2026.png');
    expect(sent.status).toBe(201);
    const live = await filesMessage(v.client, sent.body.seq);
    expect(live.id).toBe(sent.body.id);
    expect(live.author).toBe('visitor');
    const file = live.attachments![0]!;
    expect(file).toMatchObject({ name: '截图 2026.png', type: 'image/png' });
    expect(file.size).toBeGreaterThan(0);
    expect(file.url).toMatch(/^\/files\/[\w-]+\?c=[\w-]+&e=\d+&s=[\w-]{43}$/);

    const res = await get(file.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''/);
    const served = Buffer.from(await res.arrayBuffer());
    expect(served.length).toBe(file.size);
    expect((await sharp(served).metadata()).width).toBe(640);

    const thumb = await get(file.thumbUrl!);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const thumbMeta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBeLessThanOrEqual(480);
    // The bot answers no file: nothing but the visitor's message in the conversation.
    v.client.close();
  });

  it('gives back a JPEG with its GPS position and camera gone', async () => {
    const v = await newVisitor();
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const sent = await upload(v, original, 'receipt.jpg');
    expect(sent.status).toBe(201);
    const file = sent.body.message.attachments![0]!;
    expect(file.type).toBe('image/jpeg');
    const served = Buffer.from(await (await get(file.url)).arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(served.includes(Buffer.from('SecretPhone'))).toBe(false);
    expect(served.includes(Buffer.from('GPS'))).toBe(false);
    v.client.close();
  });

  it('refuses an HTML file named .png (by its bytes), and stores nothing', async () => {
    const v = await newVisitor();
    const sent = await upload(v, Buffer.from('<!doctype html><script>alert(1)</script>'), 'invoice.png');
    expect(sent.status).toBe(415);
    expect(sent.body.error?.code).toBe('unsupported_media_type');
    expect(existsSync(path.join(server.dataDir, 'attachments', v.conversationId))).toBe(false);
    const welcome = await visitor(server.wsUrl, server.url, { token: v.token, lastSeq: 0 });
    expect(welcome.welcome.lastSeq).toBe(0);
    welcome.client.close();
    v.client.close();
  });

  it('serves a PDF as a download, and refuses a file over the size limit (413)', async () => {
    const v = await newVisitor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const sent = await upload(v, pdf, 'statement.pdf');
    expect(sent.status).toBe(201);
    const file = sent.body.message.attachments![0]!;
    expect(file.thumbUrl).toBeUndefined();
    const res = await get(file.url);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''statement.pdf");
    expect(res.headers.get('content-security-policy')).toContain('sandbox');

    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]);
    const refused = await upload(v, big, 'huge.pdf');
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('too_large');
    v.client.close();
  });

  it('makes a retry with the same client id the same message, stored once', async () => {
    const v = await newVisitor();
    const bytes = await png(100, 100);
    const first = await upload(v, bytes, 'a.png', 'retry-same-0001');
    const again = await upload(v, bytes, 'a.png', 'retry-same-0001');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.seq).toBe(first.body.seq);
    // One file and its thumbnail on disk, not two.
    expect(readdirSync(path.join(server.dataDir, 'attachments', v.conversationId))).toHaveLength(2);
    v.client.close();
  });

  it('refuses a link with one character changed, an expired link, and another conversation\'s file', async () => {
    const a = await newVisitor();
    const b = await newVisitor();
    const fileA = (await upload(a, await png(50, 50), 'a.png')).body.message.attachments![0]!;
    const fileB = (await upload(b, await png(60, 60), 'b.png')).body.message.attachments![0]!;
    expect((await get(fileA.url)).status).toBe(200);

    const flip = (url: string, at: number) => url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
    const sigAt = fileA.url.indexOf('&s=') + 3;
    for (const changed of [flip(fileA.url, sigAt + 5), flip(fileA.url, fileA.url.length - 1), fileA.url.replace(/e=(\d+)/, (_m, e: string) => `e=${Number(e) + 300}`)]) {
      const res = await get(changed);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    // B's file with A's conversation in the link (and A's signature): refused.
    const q = new URL(fileA.url, server.url).searchParams;
    expect((await get(`/files/${fileB.id}?c=${q.get('c')}&e=${q.get('e')}&s=${q.get('s')}`)).status).toBe(403);
    // An upload to another visitor's conversation: as if it did not exist.
    const foreign = await upload({ token: a.token, conversationId: b.conversationId }, await png(10, 10), 'x.png');
    expect(foreign.status).toBe(404);
    // No token at all.
    const res = await fetch(`${server.url}/api/v1/visitor/attachments`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/octet-stream', 'x-client-id': 'no-token-0001', 'x-conversation-id': a.conversationId },
      body: new Uint8Array(await png(10, 10)),
    });
    expect(res.status).toBe(400);
    a.client.close();
    b.client.close();
  });
});

describe('attachments: agents', () => {
  it('an agent sends a file, sees the visitor\'s with links, deletes one (audited), and erasure removes the files from disk', async () => {
    const admin = await login(server);
    const v = await newVisitor();
    const shot = (await upload(v, await png(), 'failed-payment.png')).body.message;
    v.client.send({ type: 'handoff' });
    await v.client.next('state', (s) => s.status === 'waiting');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${v.conversationId}/claim`, {})).status).toBe(200);

    // The transcript lists the visitor's file with fresh links the agent can open.
    const transcript = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${v.conversationId}/messages`)).body as { messages: ChatMessage[] };
    const seen = transcript.messages.find((m) => m.id === shot.id)!.attachments![0]! as Attachment;
    expect((await get(seen.thumbUrl!)).status).toBe(200);

    // The agent sends a PDF; the visitor gets it live.
    const res = await fetch(`${server.url}/api/v1/conversations/${v.conversationId}/attachments`, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: server.url, 'content-type': 'application/octet-stream', 'x-client-id': 'agent-file-0001', 'x-file-name': 'refund.pdf' },
      body: new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')),
    });
    expect(res.status).toBe(201);
    const agentFile = ((await res.json()) as { message: ChatMessage }).message;
    const live = await filesMessage(v.client, agentFile.seq);
    expect(live.author).toBe('agent');
    expect(live.attachments![0]!.name).toBe('refund.pdf');
    // JSON is refused on the upload route; a file is refused on a JSON route.
    const wrongType = await fetch(`${server.url}/api/v1/conversations/${v.conversationId}/messages`, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: server.url, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(wrongType.status).toBe(415);

    // Delete the visitor's screenshot: the link stops working, the transcript no longer lists it, the audit says who,
    // and every open screen of the conversation is told to take it out: the visitor's and a console watching it.
    const watcher = await AgentClient.connect(server, admin.cookie);
    await watcher.hello();
    watcher.send({ type: 'watch', conversationId: v.conversationId, lastSeq: agentFile.seq });
    await watcher.next('synced', (f) => f.conversationId === v.conversationId);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/attachments/${seen.id}`)).status).toBe(204);
    expect(await v.client.next('attachment_removed')).toEqual({ type: 'attachment_removed', messageId: shot.id, attachmentId: seen.id });
    expect(await watcher.next('attachment_removed')).toEqual({ type: 'attachment_removed', conversationId: v.conversationId, messageId: shot.id, attachmentId: seen.id });
    watcher.close();
    expect((await get(seen.url)).status).toBe(404);
    expect((await get(seen.thumbUrl!)).status).toBe(404);
    // Screens that were away then (a visitor's second tab, a console offline) are told when they resume from the
    // seq they hold; a screen starting afresh gets the messages already without the file, and no such frame.
    const away = await visitor(server.wsUrl, server.url, { token: v.token, lastSeq: agentFile.seq });
    expect(await away.client.next('attachment_removed')).toEqual({ type: 'attachment_removed', messageId: shot.id, attachmentId: seen.id });
    away.client.close();
    const offline = await AgentClient.connect(server, admin.cookie);
    await offline.hello([{ conversationId: v.conversationId, lastSeq: agentFile.seq }]);
    await offline.next('synced', (f) => f.conversationId === v.conversationId);
    expect(offline.frames.filter((f) => f.type === 'attachment_removed')).toEqual([{ type: 'attachment_removed', conversationId: v.conversationId, messageId: shot.id, attachmentId: seen.id }]);
    offline.send({ type: 'watch', conversationId: v.conversationId, lastSeq: 0 });
    const from = offline.frames.length;
    await offline.next('synced', (f) => f.conversationId === v.conversationId, 5000, from);
    expect(offline.frames.slice(from).filter((f) => f.type === 'attachment_removed')).toEqual([]);
    expect(offline.frames.slice(from).flatMap((f) => (f.type === 'message' && f.message.id === shot.id ? [f.message.attachments] : []))).toEqual([undefined]);
    offline.close();
    const after = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${v.conversationId}/messages`)).body as { messages: ChatMessage[] };
    expect(after.messages.find((m) => m.id === shot.id)!.attachments).toBeUndefined();
    const audit = (await api(server, admin.cookie, 'GET', '/api/v1/admin/audit')).body as { records: { action: string; agentId: string; conversationId: string }[] };
    expect(audit.records.find((r) => r.action === 'attachment.deleted')).toMatchObject({ agentId: admin.agent.id, conversationId: v.conversationId });

    // Export holds the remaining file with its bytes; erasure takes the files off the disk.
    const visitorId = await visitorIdOf(server, v.conversationId);
    const exportRes = await api(server, admin.cookie, 'GET', `/api/v1/admin/visitors/${visitorId}/export`);
    expect(exportRes.status, JSON.stringify(exportRes.body)).toBe(200);
    const exported = exportRes.body as {
      conversations: { attachments: { name: string; data: string }[] }[];
    };
    const files = exported.conversations.flatMap((c) => c.attachments);
    expect(files.map((f) => f.name)).toEqual(['refund.pdf']);
    expect(Buffer.from(files[0]!.data, 'base64').toString()).toBe('%PDF-1.7\n%%EOF\n');
    const folder = path.join(server.dataDir, 'attachments', v.conversationId);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${visitorId}`)).status).toBe(200);
    expect(existsSync(folder)).toBe(false);
    expect((await get(agentFile.attachments![0]!.url)).status).toBe(404);
    v.client.close();
  });
});

describe('attachments in an S3-compatible bucket (KEFU_BLOB_STORE=s3)', () => {
  it('stores the file and its thumbnail as objects, serves them by signed link, and erasure empties the bucket', async () => {
    const s3 = await startS3('kefu-attachments');
    const env = { ...ADMIN_ENV, KEFU_BLOB_STORE: 's3', KEFU_S3_ENDPOINT: s3.config.endpoint, KEFU_S3_BUCKET: s3.config.bucket, KEFU_S3_ACCESS_KEY_ID: 'S3RVER', KEFU_S3_SECRET_ACCESS_KEY: 'S3RVER' };
    const onS3 = await startServer(env, FAST_SCRYPT);
    try {
      const bucket = s3BlobStore(s3.config);
      const v = await visitor(onS3.wsUrl, onS3.url, { locale: 'en' });
      const res = await fetch(`${onS3.url}/api/v1/visitor/attachments`, {
        method: 'POST',
        headers: { origin: onS3.url, authorization: `Bearer ${v.welcome.token}`, 'content-type': 'application/octet-stream', 'x-client-id': 'up-s3-000001', 'x-conversation-id': v.welcome.conversationId, 'x-file-name': 'slip.png' },
        body: new Uint8Array(await png()),
      });
      expect(res.status).toBe(201);
      const file = ((await res.json()) as { message: ChatMessage }).message.attachments![0]! as Attachment;
      expect(await bucket.conversations()).toEqual([v.welcome.conversationId]);
      expect((await bucket.get(v.welcome.conversationId, file.id))!.subarray(1, 4).toString()).toBe('PNG');
      expect(await bucket.get(v.welcome.conversationId, `${file.id}.thumb`)).not.toBeNull();
      expect((await fetch(`${onS3.url}${file.url}`)).status).toBe(200);
      const admin = await login(onS3);
      expect((await api(onS3, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${await visitorIdOf(onS3, v.welcome.conversationId)}`)).status).toBe(200);
      expect(await bucket.conversations()).toEqual([]);
      v.client.close();
    } finally {
      await onS3.cleanup();
      await s3.close();
    }
  });
});

describe('file downloads per IP', () => {
  const PER_MIN = 5;
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await startServer({ KEFU_LIMIT_REST_PER_MIN: String(PER_MIN) });
  });
  afterAll(() => limited?.cleanup());

  it('one signed link fetched again and again is served while the limit lasts, then refused with 429 and Retry-After; the REST calls keep their own', async () => {
    const v = await visitor(limited.wsUrl, limited.url, { locale: 'en' });
    const sent = await visitorUpload(limited.url, { token: v.welcome.token, conversationId: v.welcome.conversationId }, await png(40, 30), 'receipt.png', 'files-limit-0001'); // one REST call
    expect(sent.status).toBe(201);
    const url = `${limited.url}${sent.body.message.attachments![0]!.url}`;
    const started = Date.now();
    const answers: { status: number; retryAfter: number; body: string }[] = [];
    for (let i = 0; i < 3 * PER_MIN; i++) {
      const res = await fetch(url);
      answers.push({ status: res.status, retryAfter: Number(res.headers.get('retry-after')), body: res.status === 200 ? '' : await res.text() });
      if (res.status === 200) await res.arrayBuffer();
    }
    const elapsed = Date.now() - started;
    const served = answers.filter((r) => r.status === 200).length;
    expect(served).toBeGreaterThanOrEqual(PER_MIN);
    expect(served).toBeLessThanOrEqual(PER_MIN + Math.ceil((elapsed * PER_MIN) / 60_000));
    const refused = answers.filter((r) => r.status !== 200);
    expect(refused.every((r) => r.status === 429 && r.retryAfter >= 1)).toBe(true);
    expect(JSON.parse(refused[0]!.body)).toMatchObject({ error: { code: 'rate_limited' } });
    // The API's bucket is not the files': the upload took one of its five.
    expect((await fetch(`${limited.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"refund"}' })).status).toBe(200);
    v.client.close();
  });
});
