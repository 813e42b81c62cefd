import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { MIGRATIONS } from '../../server/storage/sqlite-migrations.ts';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-db-'));
  dirs.push(dir);
  return path.join(dir, 'kefu.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const msg = (conversationId: string, clientId: string | null, text: string) =>
  ({ conversationId, author: 'visitor', authorName: null, text, clientId, bot: null }) as const;

describe('SQLite storage', () => {
  it('creates the schema in WAL mode at the latest version', async () => {
    const file = tempFile();
    const s = openSqliteStorage(file);
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('numbers messages 1, 2, 3… per conversation and keeps them across a reopen', async () => {
    const file = tempFile();
    let s = openSqliteStorage(file);
    const v = await s.createVisitor('hash-a', 'en');
    const c1 = await s.openConversation(v.id, 'en');
    const v2 = await s.createVisitor('hash-b', 'en');
    const c2 = await s.openConversation(v2.id, 'en');
    for (let i = 0; i < 3; i++) await s.appendMessage(msg(c1.id, `c1-msg-${i}`, `one ${i}`));
    await s.appendMessage(msg(c2.id, 'c2-msg-0', 'two'));
    await s.close();

    s = openSqliteStorage(file);
    expect((await s.listMessages(c1.id, 0, 100)).map((m) => [m.seq, m.text])).toEqual([[1, 'one 0'], [2, 'one 1'], [3, 'one 2']]);
    expect((await s.listMessages(c2.id, 0, 100)).map((m) => m.seq)).toEqual([1]);
    expect((await s.listMessages(c1.id, 1, 1)).map((m) => m.seq)).toEqual([2]);
    expect((await s.openConversation(v.id, 'en')).id).toBe(c1.id);
    expect((await s.findVisitorByTokenHash('hash-a'))?.id).toBe(v.id);
    await s.close();
  });

  it('is idempotent on clientId and reports a conflict for other text', async () => {
    const s = openSqliteStorage(tempFile());
    const v = await s.createVisitor('h', 'en');
    const c = await s.openConversation(v.id, 'en');
    const a = await s.appendMessage(msg(c.id, 'same-id-01', 'hello'));
    const b = await s.appendMessage(msg(c.id, 'same-id-01', 'hello'));
    const x = await s.appendMessage(msg(c.id, 'same-id-01', 'other'));
    if (a.kind !== 'stored') throw new Error(`not stored: ${a.kind}`);
    expect(b).toEqual({ kind: 'duplicate', message: a.message });
    expect(x.kind).toBe('conflict');
    expect(await s.listMessages(c.id, 0, 10)).toHaveLength(1);
    await s.close();
  });

  it('starts a new conversation once the open one is closed', async () => {
    const s = openSqliteStorage(tempFile());
    const v = await s.createVisitor('h', 'en');
    const c = await s.openConversation(v.id, 'en');
    await s.setConversationStatus(c.id, 'closed');
    expect((await s.openConversation(v.id, 'en')).id).not.toBe(c.id);
    await s.close();
  });

  it('stores a message only where its guard holds, checked in the same transaction', async () => {
    const s = openSqliteStorage(tempFile());
    const v = await s.createVisitor('h', 'en');
    const c = await s.openConversation(v.id, 'en');
    const [ann, bob] = await Promise.all(
      ['ann', 'bob'].map((name) => s.createAgent({ email: `${name}@example.com`, name, role: 'agent', passwordHash: 'x', maxChats: 5 })),
    );
    const question = await s.appendMessage(msg(c.id, 'question-01', 'a person please'));
    if (question.kind !== 'stored') throw new Error(question.kind);
    expect(question.botDue).toBe(true);

    // The bot lost the chat to the queue: its answer is refused and it owes nothing any more.
    await s.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null });
    const late = await s.appendMessage({ ...msg(c.id, null, 'the bot, too late'), author: 'bot', replyTo: question.message.id, guard: { kind: 'bot_owns' } });
    expect(late).toMatchObject({ kind: 'refused', conversation: { status: 'waiting' } });
    expect(await s.listBotDue(c.id)).toEqual([]);

    await s.transitionConversation(c.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann!.id });
    const agentMessage = (agent: string, clientId: string) =>
      s.appendMessage({ ...msg(c.id, clientId, `from ${agent}`), author: 'agent', authorName: agent, guard: { kind: 'owned_by', agentId: agent === 'ann' ? ann!.id : bob!.id } });
    expect(await agentMessage('bob', 'bob-reply-01')).toMatchObject({ kind: 'refused', conversation: { status: 'assigned', agentId: ann!.id } });
    expect(await agentMessage('ann', 'ann-reply-01')).toMatchObject({ kind: 'stored', botDue: false });

    await s.transitionConversation(c.id, { status: 'assigned', agentId: ann!.id }, { status: 'closed', agentId: null });
    expect(await s.appendMessage({ ...msg(c.id, 'after-close-01', 'hello?'), guard: { kind: 'not_closed' } })).toMatchObject({ kind: 'refused' });
    expect((await s.listMessages(c.id, 0, 10)).map((m) => m.text)).toEqual(['a person please', 'from ann']);
    await s.close();
  });
});
