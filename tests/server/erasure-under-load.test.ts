import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { openSqliteVisitorData } from '../../server/storage/sqlite-visitor-data.ts';
import { CopyRemainsError } from '../../server/storage/visitor-data-types.ts';
import { BULK_LIMITS } from '../helpers/server.ts';
import { api, serverWithAdmin } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';

/**
 * Finding 7 of issue 13: an erasure must not claim success while a copy of the visitor stays in the database file
 * or its WAL. The truncating checkpoint comes back busy while another connection holds the WAL (the checkpoint
 * worker in a pass, a reader's snapshot); it was ignored. Here every erasure runs while three other visitors chat
 * (the worker checkpoints their writes) and while a reader holds an old snapshot for a moment: each answer is
 * 200 only once the bytes are gone.
 */
const ROUNDS = 5;
const ctx = serverWithAdmin(BULK_LIMITS);

/** A visitor who keeps chatting (each message after the last one's ack) until `stop`, at most `max` messages. */
async function chatter(wsUrl: string, origin: string, n: number, state: { stop: boolean }, max = 400): Promise<number> {
  const { client } = await visitor(wsUrl, origin, { locale: 'en' });
  let sent = 0;
  for (; !state.stop && sent < max; sent++) {
    const clientId = `chat-${n}-${String(sent).padStart(6, '0')}`;
    client.send({ type: 'send', clientId, text: `how do I top up my wallet ${sent}` });
    await client.next('ack', (a) => a.clientId === clientId, 15_000);
  }
  client.close();
  return sent;
}

const fileBytes = (file: string) => Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]);

describe('erasure under load', () => {
  it(`erases ${ROUNDS} visitors while others chat and a reader holds the WAL: each 200 means no copy in the file or WAL`, async () => {
    const { server, admin } = ctx;
    const file = path.join(server.dataDir, 'kefu.sqlite');
    const state = { stop: false };
    const chatting = [0, 1, 2].map((n) => chatter(server.wsUrl, server.url, n, state));
    const lookup = new Database(file, { readonly: true });
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
        for (let i = 0; i < 3; i++) {
          client.send({ type: 'send', clientId: `target-${round}-${i}-0001`, text: `where is my order ${i}` });
          await client.next('ack', (a) => a.clientId === `target-${round}-${i}-0001`);
        }
        const visitorId = (lookup.prepare('SELECT visitor_id FROM conversations WHERE id = ?').get(welcome.conversationId) as { visitor_id: string }).visitor_id;
        // A reader's snapshot from before the erasure: a truncating checkpoint cannot finish until it ends.
        const reader = new Database(file, { readonly: true });
        reader.exec('BEGIN');
        reader.prepare('SELECT count(*) FROM messages').get();
        const released = new Promise<void>((resolve) => setTimeout(() => (reader.exec('COMMIT'), reader.close(), resolve()), 150));
        const erased = await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${visitorId}`);
        await released;
        expect(erased.status).toBe(200);
        const bytes = fileBytes(file);
        // Its ids are in every row it had (visitor, conversations, messages, events); its texts may live on, masked and
        // unlinked, in the FAQ's missed-questions list (see the README).
        expect([visitorId, welcome.conversationId].filter((s) => bytes.includes(Buffer.from(s)))).toEqual([]);
        client.close();
      }
    } finally {
      state.stop = true;
      lookup.close();
    }
    const sent = await Promise.all(chatting);
    expect(sent.every((n) => n > 0)).toBe(true);
  });

  it('reports a wipe it could not finish (never a success), and wipes again at the next erasure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kefu-wipe-'));
    const file = path.join(dir, 'kefu.sqlite');
    const storage = openSqliteStorage(file);
    const store = openSqliteVisitorData(file, { wipeWaitMs: 100 });
    try {
      const v = await storage.createVisitor('wipe-token-hash', 'en');
      const c = await storage.openConversation(v.id, 'en');
      await storage.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: 'hello', clientId: null, bot: null });
      storage.flush();
      const reader = new Database(file, { readonly: true });
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM messages').get();
      const failed = await store.eraseVisitor(v.id).catch((err: unknown) => err);
      expect(failed).toBeInstanceOf(CopyRemainsError);
      expect((failed as CopyRemainsError).erased).toEqual({ counts: { conversations: 1, messages: 1 }, conversationIds: [c.id] });
      expect(fileBytes(file).includes(Buffer.from(v.id))).toBe(true); // the copy the answer owned up to
      reader.exec('COMMIT');
      reader.close();
      expect(await store.eraseVisitor('no-such-visitor')).toBeNull();
      expect(fileBytes(file).includes(Buffer.from(v.id))).toBe(false);
    } finally {
      await store.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
