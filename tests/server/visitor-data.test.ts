import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteVisitorData } from '../../server/storage/sqlite-visitor-data.ts';
import type { Storage } from '../../server/storage/types.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { openStorageBeside, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let file: string;

beforeAll(async () => {
  // The rows are written by a second connection, as if by an older server. The running server's sweep of owed bot
  // answers (every 30 s) would answer the visitor messages among them and change the counts this file checks: a
  // day apart, it stays out.
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, botSweepMs: 86_400_000 });
  file = path.join(server.dataDir, 'kefu.sqlite');
});
afterAll(() => server.cleanup());

/** A visitor with `perConversation.length` conversations of that many messages each, written through the storage port. */
async function seedVisitor(storage: Storage, tokenHash: string, perConversation: number[]): Promise<string> {
  const visitor = await storage.createVisitor(tokenHash, 'en');
  for (const count of perConversation) {
    const conversation = await storage.openConversation(visitor.id, 'en');
    for (let i = 0; i < count; i++) {
      await storage.appendMessage({ conversationId: conversation.id, author: i % 2 ? 'bot' : 'visitor', authorName: null, text: `message ${i} of ${tokenHash}`, clientId: null, bot: null });
    }
    await storage.setConversationStatus(conversation.id, 'closed');
  }
  return visitor.id;
}

/** Every row of every table, as text, that mentions `needle`. */
function rowsNaming(db: Database.Database, needle: string): string[] {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  return tables.flatMap(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all().map((r) => `${name}: ${JSON.stringify(r)}`).filter((r) => r.includes(needle)));
}

describe('export and erasure of one visitor (admin API)', () => {
  it('exports everything about a visitor with 1,000 messages in 3 conversations, then erases it and nothing else', async () => {
    const storage = openStorageBeside(server);
    const target = await seedVisitor(storage, 'target-visitor-hash', [400, 350, 250]);
    const other = await seedVisitor(storage, 'other-visitor-hash', [12]);
    await storage.close();

    expect((await api(server, null, 'GET', `/api/v1/admin/visitors/${target}/export`)).status).toBe(401);
    const admin = await login(server);
    const exported = await api(server, admin.cookie, 'GET', `/api/v1/admin/visitors/${target}/export`);
    expect(exported.status).toBe(200);
    const body = exported.body as { visitor: Record<string, unknown>; conversations: { id: string; messages: unknown[] }[] };
    expect(body.visitor.id).toBe(target);
    expect(body.visitor).not.toHaveProperty('token_hash');
    const db = new Database(file, { readonly: true });
    const count = (sql: string, ...args: string[]) => (db.prepare(sql).get(...args) as { n: number }).n;
    expect(body.conversations).toHaveLength(count('SELECT count(*) AS n FROM conversations WHERE visitor_id = ?', target));
    expect(body.conversations.map((c) => c.messages.length)).toEqual([400, 350, 250]);
    expect(body.conversations.flatMap((c) => c.messages)).toHaveLength(
      count('SELECT count(*) AS n FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = ?)', target),
    );
    const conversationIds = body.conversations.map((c) => c.id);
    const otherBefore = rowsNaming(db, other);

    const erased = await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${target}`);
    expect(erased).toEqual({ status: 200, body: { erased: { conversations: 3, messages: 1000 } } });
    for (const id of [target, ...conversationIds, 'target-visitor-hash']) expect(rowsNaming(db, id)).toEqual([]);
    expect(rowsNaming(db, other)).toEqual(otherBefore);
    db.close();
    // Nor in the bytes of the database file and its WAL.
    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`)]);
    expect([target, ...conversationIds, 'target-visitor-hash'].filter((id) => bytes.includes(Buffer.from(id)))).toEqual([]);

    expect((await api(server, admin.cookie, 'GET', `/api/v1/admin/visitors/${target}/export`)).status).toBe(404);
    const records = (await api(server, admin.cookie, 'GET', '/api/v1/admin/audit')).body!.records as { action: string }[];
    const audit = records.filter((r) => r.action === 'visitor.erased');
    expect(audit).toMatchObject([{ agentId: admin.agent.id, conversationId: null, detail: { conversations: 3, messages: 1000 } }]);
    expect(JSON.stringify(audit)).not.toContain(target);
  });

  it('purges conversations idle for longer than the retention period, and visitors left with none', async () => {
    const storage = openStorageBeside(server);
    const old = await seedVisitor(storage, 'old-visitor-hash', [5]);
    const recent = await seedVisitor(storage, 'recent-visitor-hash', [5]);
    await storage.close();
    const year = 365 * 86_400_000;
    const db = new Database(file);
    db.prepare('UPDATE conversations SET created_at = ?, updated_at = ? WHERE visitor_id = ?').run(Date.now() - year - 1000, Date.now() - year - 1000, old);
    db.prepare('UPDATE visitors SET created_at = ? WHERE id = ?').run(Date.now() - year - 1000, old);
    const store = openSqliteVisitorData(file);
    expect(await store.purgeConversationsBefore(Date.now() - year)).toBe(1);
    await store.close();
    expect(rowsNaming(db, old)).toEqual([]);
    expect(rowsNaming(db, recent).length).toBeGreaterThan(0);
    db.close();
  });
});
