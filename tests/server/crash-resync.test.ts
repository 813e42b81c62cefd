import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { RawSocket } from '../helpers/raw-ws.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { BULK_LIMITS, openStorageBeside, startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { visitor } from '../helpers/ws-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, ...BULK_LIMITS }, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

/** The server's WebSockets; one that is CLOSING while its peer reads nothing is one the server gave up on. */
const sockets = () => [...(server.app as unknown as { websocketServer: { clients: Set<{ readyState: number }> } }).websocketServer.clients];
const serverGaveUp = (what: string) => waitFor(() => sockets().some((s) => s.readyState === 2), `the server closing ${what}`, 30_000);

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
    const storage = openStorageBeside(server);
    const text = '卡'.repeat(4000);
    for (let i = 0; i < 2000; i++) {
      await storage.appendMessage({ conversationId: first.welcome.conversationId, author: 'agent', authorName: 'A', text, clientId: null, bot: null });
    }
    await storage.close();

    const port = Number(new URL(server.url).port);
    const slow = await RawSocket.open(port, '/ws/visitor', server.url);
    slow.tcp.pause(); // reads nothing: the server's send buffer fills
    slow.sendText(JSON.stringify({ type: 'hello', v: 1, token: first.welcome.token, lastSeq: 0 }));
    // The server gives up on it (its socket is closing) while it still reads nothing: resumed earlier (a fixed 1.5 s,
    // before), a loaded server's replay could still be under the cap and then drain, and no close would come.
    await serverGaveUp('the slow visitor');
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

  it('closes a slow console with 1013 and a reconnect hint too; the console then resyncs from where it got to', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    v.client.send({ type: 'handoff' }); // waiting: the bot stays quiet, the history is the visitor's alone
    await v.client.next('state', (s) => s.status === 'waiting');
    for (let i = 1; i <= 20; i++) v.client.send({ type: 'send', clientId: `slow-agent-${String(i).padStart(3, '0')}`, text: '卡'.repeat(4000) });
    const last = await v.client.next('ack', (a) => a.clientId === 'slow-agent-020', 15_000);
    const id = v.welcome.conversationId;
    const admin = await login(server);

    // A console that reads nothing and asks for the 20 messages (~240 KB) 200 times over: ~48 MB if queued without end.
    const port = Number(new URL(server.url).port);
    const slow = await RawSocket.open(port, '/ws/agent', server.url, { cookie: admin.cookie });
    slow.tcp.pause();
    slow.sendText(JSON.stringify({ type: 'hello', v: 1, watch: Array.from({ length: 200 }, () => ({ conversationId: id, lastSeq: 0 })) }));
    // The server gives up on it (its socket is closing) while it still reads nothing.
    await serverGaveUp('the slow console');
    slow.tcp.resume();
    expect(await slow.closeCode(15_000)).toBe(CLOSE.tryAgainLater);
    const frames = slow.json();
    expect(frames.at(-1)).toEqual({ type: 'reconnect', afterMs: 0 });
    const delivered = frames.filter((f) => f.type === 'message').length;
    expect(delivered).toBeLessThan(200 * 20); // it stopped queueing
    slow.destroy();

    // The server is fine: the same agent's next socket syncs the conversation to its last message.
    const again = await AgentClient.connect(server, admin.cookie);
    again.send({ type: 'hello', v: 1, watch: [{ conversationId: id, lastSeq: 0 }] });
    expect((await again.next('synced', (f) => f.conversationId === id, 15_000)).lastSeq).toBe(last.seq);
    again.close();
    v.client.close();
  });
});
