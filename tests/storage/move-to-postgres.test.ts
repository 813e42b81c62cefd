import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pgClient from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { secretBox } from '../../server/services/secret-box.ts';
import { serverSecret } from '../../server/services/server-secret.ts';
import { openStorage } from '../../server/storage/open.ts';
import { MoveRefusedError, moveSqliteToPostgres } from '../../server/storage/move-to-postgres.ts';
import type { Storage } from '../../server/storage/types.ts';
import { postgresAvailable, useTestDatabase } from '../helpers/postgres.ts';
import { bySystem, msg, newAgent, visitorWithConversation } from './contract/context.ts';

const run = await postgresAvailable();
const db = useTestDatabase(run);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A SQLite install with a bit of everything, written through the storage port. */
async function sqliteInstall() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-move-'));
  dirs.push(dataDir);
  const { storage: s, visitorData } = await openStorage({ databaseUrl: null, dataDir });
  const ann = await newAgent(s, 'ann', { maxChats: 4 });
  await s.createSession('session-hash', ann.id, Date.now() + 3_600_000);
  const { visitor: v, conversation: c } = await visitorWithConversation(s, 'visitor-token-hash');
  await s.bindVisitorUser(v.id, { userId: 'wallet-7', name: '李雷', email: 'li@example.com', phone: '+86 138 0000 0000' });
  for (let i = 0; i < 1200; i++) await s.appendMessage(msg(c.id, `m-${i}`, `message ${i} 你好`));
  const answer = await s.appendMessage(msg(c.id, null, 'an answer', { author: 'bot', bot: { kind: 'answer', faqId: 'refund', confidence: 0.9, locale: 'en', suggestions: [] } }));
  await s.voteOnBotMessage(v.id, answer.kind === 'stored' ? answer.message.id : '', false);
  await s.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
  for (const text of ['one', 'two', 'three']) await s.addNote(c.id, ann.id, `note-${text}`, text);
  await s.addTicket(c.id, 'li@example.com', 'call me');
  await s.putCannedReply('hi', 'Hello!');
  await s.saveFaqPack('{"entries":[]}');
  await s.noteUnanswered({ key: 'k', text: 'what?', kind: 'none', locale: 'en' }, 100);
  await s.addAudit({ agentId: ann.id, action: 'visitor.exported', conversationId: c.id, detail: { messages: 3 } });
  // A TOTP secret set up on the one box: sealed with the data directory's totp.key.
  await s.setPendingTwoFactor(ann.id, secretBox(serverSecret(null, dataDir, 'totp.key'), 'TOTP secret').seal('JBSWY3DPEHPK3PXP'));
  const snapshot = await everything(s, c.id, v.id);
  const exported = await visitorData.exportVisitor(v.id);
  await visitorData.close();
  await s.close();
  return { dataDir, snapshot, exported, ids: { agent: ann.id, visitor: v.id, conversation: c.id } };
}

/** What the services can read back, through the storage port. */
async function everything(s: Storage, conversationId: string, visitorId: string) {
  return {
    agents: await s.listAgents(),
    conversation: await s.getConversation(conversationId),
    messages: await s.listMessages(conversationId, 0, 5000),
    notes: await s.listNotes(conversationId),
    tickets: await s.listTickets(10),
    canned: await s.listCannedReplies(),
    pack: await s.loadFaqPack(),
    unanswered: await s.listUnanswered(10),
    feedback: await s.feedbackSummary(),
    audit: await s.listAudit({ limit: 10 }),
    user: await s.visitorUser(visitorId),
    visitor: await s.findVisitorByTokenHash('visitor-token-hash'),
  };
}

describe.runIf(run)('moving a SQLite install to PostgreSQL', () => {
  it('copies every row, so the storage port reads the same from PostgreSQL; a second move is refused', async () => {
    const install = await sqliteInstall();
    const url = await db.freshUrl();
    const copied = await moveSqliteToPostgres(path.join(install.dataDir, 'kefu.sqlite'), url);
    expect(copied).toMatchObject({ messages: 1201, agents: 1, agent_sessions: 1, visitors: 1, conversations: 1, notes: 3, audit_log: 1 });

    const { storage: pg, visitorData } = await openStorage({ databaseUrl: url, dataDir: install.dataDir });
    try {
      expect(await everything(pg, install.ids.conversation, install.ids.visitor)).toEqual(install.snapshot);
      expect(await visitorData.exportVisitor(install.ids.visitor)).toEqual(install.exported);
      expect(await pg.useSession('session-hash', 60_000)).toBe(install.ids.agent);
      // The next message continues the sequence.
      // The planner knows the moved rows from the start (never-analysed tables show -1).
      const stats = new pgClient.Client({ connectionString: url });
      await stats.connect();
      const { rows } = await stats.query<{ reltuples: number }>("SELECT reltuples FROM pg_class WHERE oid = 'messages'::regclass").finally(() => stats.end());
      expect(rows[0]!.reltuples).toBe(1201);
      const next = await pg.appendMessage(msg(install.ids.conversation, 'after-move', 'still here'));
      expect(next).toMatchObject({ kind: 'stored', message: { seq: 1202 } });
    } finally {
      await pg.close();
    }
    await expect(moveSqliteToPostgres(path.join(install.dataDir, 'kefu.sqlite'), url)).rejects.toBeInstanceOf(MoveRefusedError);
  });

  it('npm run migrate-to-postgres moves the install of KEFU_DATA_DIR into KEFU_DATABASE_URL', async () => {
    const install = await sqliteInstall();
    const url = await db.freshUrl();
    const totpKey = 'the key every node shares, 32 chars or more';
    const env = { ...process.env, KEFU_DATA_DIR: install.dataDir, KEFU_DATABASE_URL: url, KEFU_TOTP_KEY: totpKey };
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/migrate-to-postgres.ts'], { env, timeout: 120_000 });
    expect(stdout).toContain('messages: 1201 rows');
    expect(stdout).toContain('TOTP secrets sealed again with KEFU_TOTP_KEY: 1 agents');
    const { storage: pg } = await openStorage({ databaseUrl: url, dataDir: install.dataDir });
    try {
      const { pending } = (await pg.getTwoFactor(install.ids.agent))!;
      expect(secretBox(Buffer.from(totpKey), 'TOTP secret').open(pending!)).toBe('JBSWY3DPEHPK3PXP');
    } finally {
      await pg.close();
    }
    const again = await promisify(execFile)('npx', ['tsx', 'scripts/migrate-to-postgres.ts'], { env, timeout: 120_000 }).catch((err: { code: number; stderr: string }) => err);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('Nothing was moved: the PostgreSQL database already holds data') });
  }, 240_000); // two processes starting tsx on a loaded box
});
