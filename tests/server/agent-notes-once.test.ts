import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { settled, visitor } from '../helpers/ws-client.ts';

/**
 * A note in flight when the console's socket drops is sent again on the next socket (DeskClient resends what was
 * not acknowledged once the conversation is synced): it is stored once per clientId, like a reply, and the consoles
 * are told of it once. On SQLite, and on PostgreSQL in `server-on-postgres`.
 */
describe('a console note sent again with its clientId', () => {
  let server: RunningServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startServer(ADMIN_ENV, FAST_SCRYPT);
    cookie = (await login(server)).cookie;
  });
  afterAll(() => server?.cleanup());

  it('is stored once and broadcast once; the resend is acknowledged with the first note’s id; another text under that clientId is refused', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    const other = await AgentClient.connect(server, cookie); // another console, told of every new note
    await other.hello();
    const first = await AgentClient.connect(server, cookie);
    await first.hello();
    // A card number in it: stored masked, and the resend (the same typed text) is still the same note.
    const frame = { type: 'note', conversationId: id, clientId: 'note-resent-01', text: 'refund promised to 4111 1111 1111 1111' } as const;
    first.send(frame);
    const ack = await first.next('ack', (a) => a.clientId === frame.clientId);
    first.raw.socket.terminate(); // the ack never reached the console, say: it sends the note again

    const second = await AgentClient.connect(server, cookie);
    await second.hello([{ conversationId: id, lastSeq: 0 }]);
    await second.next('synced', (s) => s.conversationId === id);
    second.send(frame);
    expect(await second.next('ack', (a) => a.clientId === frame.clientId)).toEqual(ack);
    second.send({ ...frame, text: 'something else' });
    expect(await second.next('error', (e) => e.code === 'conflict')).toMatchObject({ code: 'conflict' });

    // A fresh watch reads the conversation's notes: one.
    const third = await AgentClient.connect(server, cookie);
    await third.hello([{ conversationId: id, lastSeq: 0 }]);
    await third.next('synced', (s) => s.conversationId === id);
    const stored = third.frames.filter((f) => f.type === 'note' && f.note.conversationId === id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ note: { id: ack.id, agentName: 'admin' } });
    expect(JSON.stringify(stored)).not.toContain('4111 1111 1111 1111');
    await settled(other.raw);
    const told = other.frames.filter((f) => f.type === 'note' && f.note.conversationId === id);
    expect(told).toHaveLength(1);
    for (const c of [other, second, third]) c.close();
    v.client.close();
  });
});
