import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { RawSocket } from '../helpers/raw-ws.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import path from 'node:path';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.cleanup());

describe('resync: continuity is given, or refused out loud', () => {
  it('a client ahead of the conversation gets resync "full" and the whole history from seq 1', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'send', clientId: 'resync-000001', text: 'how do I top up' });
    await first.client.next('ack');
    first.client.close();
    const back = await visitor(server.wsUrl, server.url, { token: first.welcome.token, lastSeq: 999 });
    expect(back.welcome.resync).toBe('full');
    expect((await back.client.next('message')).message.seq).toBe(1);
    back.client.close();
  });

  it('an unknown token gets resync "full" (a new visitor), a known one with a valid lastSeq does not', async () => {
    const stranger = await visitor(server.wsUrl, server.url, { token: 'z'.repeat(43), lastSeq: 0 });
    expect(stranger.welcome.resync).toBe('full');
    const known = await visitor(server.wsUrl, server.url, { token: stranger.welcome.token, lastSeq: 0 });
    expect(known.welcome.resync).toBeUndefined();
    stranger.client.close();
    known.client.close();
  });

  it('closes a slow consumer with 1013 and a reconnect hint once its send buffer passes the cap', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    // The server's hello work after welcome is done once a ping behind it is answered: only then does this
    // process open a second writer on the file (the server's turn holds the write lock until it commits).
    first.client.send({ type: 'ping' });
    await first.client.next('pong');
    first.client.close();
    // A long history (~24 MB as UTF-8: more than the kernel's socket buffers plus the cap) to replay.
    const storage = openSqliteStorage(path.join(server.dataDir, 'kefu.sqlite'));
    const text = '卡'.repeat(4000);
    for (let i = 0; i < 2000; i++) {
      await storage.appendMessage({ conversationId: first.welcome.conversationId, author: 'agent', authorName: 'A', text, clientId: null, bot: null });
    }
    await storage.close();

    const port = Number(new URL(server.url).port);
    const slow = await RawSocket.open(port, '/ws/visitor', server.url);
    slow.tcp.pause(); // reads nothing: the server's send buffer fills
    slow.sendText(JSON.stringify({ type: 'hello', v: 1, token: first.welcome.token, lastSeq: 0 }));
    await new Promise((r) => setTimeout(r, 1500));
    slow.tcp.resume();
    expect(await slow.closeCode(15_000)).toBe(CLOSE.tryAgainLater);
    const frames = slow.json();
    expect(frames.at(-1)).toEqual({ type: 'reconnect', afterMs: 0 });
    const delivered = frames.filter((f) => f.type === 'message').length;
    expect(delivered).toBeLessThan(2000); // it stopped queueing
    slow.destroy();

    // The server is fine, and the same visitor resumes from where the slow socket got to.
    const back = await visitor(server.wsUrl, server.url, { token: first.welcome.token, lastSeq: delivered });
    expect(back.welcome.resync).toBeUndefined();
    expect((await back.client.next('message')).message.seq).toBe(delivered + 1);
    back.client.close();
  });
});
