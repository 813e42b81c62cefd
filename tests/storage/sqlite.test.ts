import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { groupCommit } from '../../server/storage/sqlite-group-commit.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { openSqliteVisitorData } from '../../server/storage/sqlite-visitor-data.ts';
import { MIGRATIONS } from '../../server/storage/sqlite-migrations.ts';
import { VISITOR_MESSAGE_COUNTS } from '../../server/storage/sqlite-handoff.ts';
import { runStorageContract } from './contract/index.ts';
import { botLocales, UPGRADED_WRITERS, UPGRADE_WRITERS } from './contract/bot-locale-upgrade.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-db-'));
  dirs.push(dir);
  return dir;
};
const tempFile = () => path.join(tempDir(), 'kefu.sqlite');
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Storage on a fresh file with one visitor and their open conversation. */
async function withConversation() {
  const file = tempFile();
  const s = openSqliteStorage(file);
  const v = await s.createVisitor('h', 'en');
  const c = await s.openConversation(v.id, 'en');
  return { file, s, c };
}

runStorageContract({
  engine: 'sqlite',
  freshPlace: async () => ({ databaseUrl: null, dataDir: tempDir() }),
});

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

  it('upgrades an install from before tickets had a status: its tickets open and unassigned, its event log kept', async () => {
    const file = tempFile();
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    const step = MIGRATIONS.findIndex((m) => m.includes('ALTER TABLE tickets ADD COLUMN status'));
    expect(step).toBeGreaterThan(0);
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'zh-CN', 1000);
      INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at) VALUES ('c1', 'v1', 'bot', 'zh-CN', 1000, 1000);
      INSERT INTO tickets (id, conversation_id, contact, text, created_at, contact_kind) VALUES ('t1', 'c1', 'li@example.com', '请回电', 2000, 'email');
      INSERT INTO conversation_events (conversation_id, type, at, actor, reason) VALUES ('c1', 'queued', 1500, 'visitor', 'asked');
      INSERT INTO conversation_events (conversation_id, type, at, actor, ticket_id) VALUES ('c1', 'ticket', 2000, 'visitor', 't1');`);
    old.close();

    const s = openSqliteStorage(file);
    expect(await s.getTicket('t1')).toMatchObject({ status: 'open', assigneeId: null, updatedAt: 2000, solvedAt: null, text: '请回电' });
    const ann = await s.createAgent({ email: 'ann@example.com', name: 'Ann', role: 'agent', passwordHash: 'x', maxChats: 5 });
    await s.updateTicket('t1', { status: 'solved', assigneeId: ann.id }, ann.id);
    expect((await s.listConversationEvents('c1')).map((e) => [e.type, e.reason, e.ticketStatus])).toEqual([
      ['queued', 'asked', null],
      ['ticket', null, null],
      ['ticket_status', null, 'solved'],
    ]);
    await s.close();
  });

  it('upgrades an install to the viewer role: every agent kept with its id, sessions, chats and notes still theirs', async () => {
    const file = tempFile();
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    const step = MIGRATIONS.findIndex((m) => m.includes("CHECK (role IN ('agent','admin','viewer'))"));
    expect(step).toBe(38); // step 39
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO agents (id, email, name, role, password_hash, max_chats, created_at, can_see_personal_data, locale, totp_secret, totp_last_step)
        VALUES ('a1', 'ann@example.com', 'Ann', 'agent', 'h1', 3, 1000, 1, 'zh-TW', 'sealed', 7), ('a2', 'root@example.com', 'Root', 'admin', 'h2', 5, 1001, 0, '', NULL, 0);
      INSERT INTO agent_sessions (token_hash, agent_id, created_at, expires_at) VALUES ('s1', 'a1', 1000, 9999999999999);
      INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'en', 1000);
      INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at, agent_id) VALUES ('c1', 'v1', 'assigned', 'en', 1000, 1000, 'a1');`);
    const before = old.prepare('SELECT * FROM agents ORDER BY id').all();
    old.close();

    const s = openSqliteStorage(file);
    await s.close();
    const db = new Database(file);
    expect(db.prepare('SELECT * FROM agents ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT agent_id FROM conversations WHERE id = 'c1'").get()).toEqual({ agent_id: 'a1' });
    expect(db.prepare('SELECT agent_id FROM agent_sessions').all()).toEqual([{ agent_id: 'a1' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The references still hold: removing an agent frees their chats and ends their sessions, as before.
    db.pragma('foreign_keys = ON');
    db.exec("UPDATE agents SET role = 'viewer' WHERE id = 'a2'; DELETE FROM agents WHERE id = 'a1'");
    expect(db.prepare("SELECT agent_id FROM conversations WHERE id = 'c1'").get()).toEqual({ agent_id: null });
    expect(db.prepare('SELECT count(*) AS n FROM agent_sessions').get()).toEqual({ n: 0 });
    expect(() => db.exec("UPDATE agents SET role = 'owner'")).toThrow(/CHECK/);
    db.close();
  });

  it('upgrades an install whose visitors wrote in other languages: the bot and the widget speak those the widget speaks', async () => {
    const file = tempFile();
    const old = new Database(file);
    const step = MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN bot_locale'));
    expect(step).toBeGreaterThan(0);
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(UPGRADE_WRITERS);
    old.close();

    const s = openSqliteStorage(file);
    expect(await botLocales(s)).toEqual(UPGRADED_WRITERS);
    await s.close();
  });

  it('upgrades an install with an event log: every event kept as it was (id, names, teams, labels), then a choice of language logged after them', async () => {
    const file = tempFile();
    const old = new Database(file);
    const step = MIGRATIONS.findIndex((m) => m.includes("'language_set'"));
    expect(step).toBe(36); // step 37 (step 38 rebuilds the table again: the rows pass both)
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'en', 1000);
      INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at) VALUES ('c1', 'v1', 'assigned', 'en', 1000, 1000);
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, reason) VALUES (7, 'c1', 'queued', 1500, 'visitor', 'asked');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, agent_id, agent_name, to_agent_id, to_agent_name) VALUES (9, 'c1', 'claimed', 1600, 'agent', 'a1', 'Ann', 'a1', 'Ann');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, agent_id, agent_name, label_id, label_name) VALUES (12, 'c1', 'label_added', 1700, 'agent', 'a1', 'Ann', 'l1', 'Refund');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, from_team_id, from_team_name, to_team_id, to_team_name) VALUES (13, 'c1', 'team_changed', 1800, 'system', NULL, NULL, 't1', 'Fraud');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, score, comment) VALUES (20, 'c1', 'rated', 1900, 'visitor', 5, 'quick');`);
    const rows = old.prepare('SELECT * FROM conversation_events ORDER BY id').all();
    old.close();

    const s = openSqliteStorage(file);
    const kept = await s.listConversationEvents('c1');
    expect(kept.map((e) => e.id)).toEqual([7, 9, 12, 13, 20]);
    expect(kept.map(({ locale, ...e }) => [locale, e.agentName, e.labelName, e.toTeamName, e.comment])).toEqual([
      [null, null, null, null, null],
      [null, 'Ann', null, null, null],
      [null, 'Ann', 'Refund', null, null],
      [null, null, null, 'Fraud', null],
      [null, null, null, null, 'quick'],
    ]);
    expect(await s.setBotLocale('c1', 'ja', true)).toMatchObject({ botLocale: 'ja' });
    const logged = (await s.listConversationEvents('c1')).at(-1)!;
    expect(logged).toMatchObject({ type: 'language_set', actor: 'visitor', locale: 'ja' });
    expect(logged.id).toBeGreaterThan(20);
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT * FROM conversation_events WHERE id <= 20 ORDER BY id').all()).toEqual(rows.map((r) => ({ ...(r as object), locale: null, until: null }))); // the columns added since: empty
    db.close();
  });

  it("upgrades an install from before the site's choice: every choice stays the visitor's or its agent's, every event kept as it was, the site's logged after them", async () => {
    const file = tempFile();
    const old = new Database(file);
    const step = MIGRATIONS.findIndex((m) => m.includes('bot_locale_by_site'));
    expect(step).toBe(37); // step 38
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO visitors (id, token_hash, locale, created_at, chosen_locale) VALUES ('v1', 'h1', 'en', 1000, 'ja');
      INSERT INTO visitors (id, token_hash, locale, created_at, chosen_locale, chosen_locale_set_by) VALUES ('v2', 'h2', 'en', 1000, 'ko', 'a1');
      INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at, bot_locale, bot_locale_chosen) VALUES ('c1', 'v1', 'bot', 'en', 1000, 1000, 'ja', 1);
      INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at, bot_locale, bot_locale_chosen, bot_locale_set_by) VALUES ('c2', 'v2', 'assigned', 'en', 1000, 1000, 'ko', 1, 'a1');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, locale) VALUES (4, 'c1', 'language_set', 1500, 'visitor', 'ja');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, reason) VALUES (7, 'c2', 'queued', 1550, 'visitor', 'asked');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, agent_id, agent_name, locale) VALUES (9, 'c2', 'language_set', 1600, 'agent', 'a1', 'Ann', 'ko');
      INSERT INTO conversation_events (id, conversation_id, type, at, actor, reason) VALUES (11, 'c2', 'closed', 1700, 'system', 'idle');`);
    const rows = old.prepare('SELECT * FROM conversation_events ORDER BY id').all();
    old.close();

    const s = openSqliteStorage(file);
    expect(await s.getConversation('c1')).toMatchObject({ botLocale: 'ja', botLocaleChosen: true, botLocaleSetBy: null, botLocaleBySite: false });
    expect(await s.getConversation('c2')).toMatchObject({ botLocale: 'ko', botLocaleChosen: true, botLocaleSetBy: 'a1', botLocaleBySite: false });
    // The visitor's choice kept from before is theirs: a site's language does not replace it, nor the agent's.
    expect(await s.setBotLocale('c1', 'es', true, null, { override: false })).toBeNull();
    expect(await s.setBotLocale('c2', 'es', true, null, { override: false })).toBeNull();
    expect(await s.setBotLocale('c1', 'es', true, null, { override: true })).toMatchObject({ botLocale: 'es', botLocaleBySite: true });
    const logged = (await s.listConversationEvents('c1')).at(-1)!;
    expect(logged).toMatchObject({ type: 'language_set', actor: 'system', reason: 'site', locale: 'es' });
    expect(logged.id).toBeGreaterThan(11);
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT * FROM conversation_events WHERE id <= 11 ORDER BY id').all()).toEqual(rows.map((r) => ({ ...(r as object), until: null })));
    expect(db.prepare('SELECT id, chosen_locale, chosen_locale_set_by, chosen_locale_by_site FROM visitors ORDER BY id').all()).toEqual([
      { id: 'v1', chosen_locale: 'es', chosen_locale_set_by: null, chosen_locale_by_site: 1 },
      { id: 'v2', chosen_locale: 'ko', chosen_locale_set_by: 'a1', chosen_locale_by_site: 0 },
    ]);
    db.close();
  });

  it("upgrades an install with messages: the visitor's counts are then read from their own index, no message row", async () => {
    const file = tempFile();
    const old = new Database(file);
    const step = MIGRATIONS.findIndex((m) => m.includes('messages_visitor'));
    expect(step).toBeGreaterThan(0);
    for (const m of MIGRATIONS.slice(0, step)) old.exec(m);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'en', 1000);
      INSERT INTO conversations (id, visitor_id, status, locale, last_seq, created_at, updated_at) VALUES ('c1', 'v1', 'bot', 'en', 3, 1000, 1000);
      INSERT INTO messages (id, conversation_id, seq, author, text, created_at) VALUES ('m1', 'c1', 1, 'visitor', 'hi', 1000), ('m2', 'c1', 2, 'bot', 'hello', 1000), ('m3', 'c1', 3, 'visitor', 'refund?', 1000);`);
    old.close();

    const s = openSqliteStorage(file);
    expect([...(await s.visitorMessageCounts(['c1']))]).toEqual([['c1', 2]]);
    await s.close();
    const db = new Database(file, { readonly: true });
    const plan = db.prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${VISITOR_MESSAGE_COUNTS}`).all('["c1"]').map((r) => r.detail);
    db.close();
    // Before: SEARCH messages USING INDEX sqlite_autoindex_messages_2 (every message of the conversation read).
    expect(plan).toContain('SEARCH messages USING COVERING INDEX messages_visitor (conversation_id=?)');
  });
});

/** A raw file with a parent/child pair whose foreign key is checked at COMMIT (so a commit can be made to fail). */
function rawDb() {
  const db = new Database(tempFile());
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)');
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const group = groupCommit(db);
  const insertParent = group.joined(async (id: number) => db.prepare('INSERT INTO parent (id) VALUES (?)').run(id).changes);
  return { db, count, group, insertParent };
}

describe('group commit', () => {
  it('hands out no result before its turn is committed, and every result once it is', async () => {
    const { file, s, c } = await withConversation();
    const reader = new Database(file, { readonly: true });
    const stored = () => (reader.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;

    let resolved = 0;
    const appends = Array.from({ length: 50 }, (_, i) =>
      s.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: `m${i}`, clientId: `client-${String(i).padStart(4, '0')}`, bot: null }).then((r) => {
        resolved++;
        return r;
      }),
    );
    for (let i = 0; i < 20; i++) await Promise.resolve(); // microtasks run; the turn has not ended
    expect([resolved, stored()]).toEqual([0, 0]); // nothing acknowledged, nothing visible to another connection
    const results = await Promise.all(appends);
    expect(stored()).toBe(50);
    expect(results.map((r) => (r.kind === 'stored' ? r.message.seq : r.kind))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    reader.close();
    await s.close();
  });

  it('a call that fails alone leaves the rest of its batch intact', async () => {
    const { db, count, group, insertParent } = rawDb();
    const failing = group.joined(async () =>
      db.transaction(() => {
        db.prepare('INSERT INTO parent (id) VALUES (100)').run();
        throw new Error('refused halfway');
      })(),
    );
    const results = await Promise.allSettled([insertParent(1), failing(), insertParent(2)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT id FROM parent ORDER BY id').pluck().all()).toEqual([1, 2]);
    expect(count('parent')).toBe(2);
    db.close();
  });

  it('a failed commit fails every call of the batch and keeps none of it; the next turn starts clean', async () => {
    const { db, count, group, insertParent } = rawDb();
    const insertOrphan = group.joined(async () => db.prepare('INSERT INTO child (id, parent) VALUES (1, 999)').run().changes);
    const results = await Promise.allSettled([insertParent(1), insertOrphan(), insertParent(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect([count('parent'), count('child'), db.inTransaction]).toEqual([0, 0, false]);
    expect(await insertParent(3)).toBe(1);
    expect(count('parent')).toBe(1);
    db.close();
  });

  it('a call made with no batch open runs on its own at once; one made while a batch is open waits for its commit', async () => {
    const { db, count, group, insertParent } = rawDb();
    const countParents = group.joinedIfOpen(async () => count('parent'));
    const settled = (p: Promise<number>) => {
      const state = { value: undefined as number | undefined };
      void p.then((v) => (state.value = v));
      return state;
    };
    const microtasks = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };

    const alone = settled(countParents());
    await microtasks();
    expect([alone.value, db.inTransaction]).toEqual([0, false]); // no batch was opened for it

    const pending = insertParent(1);
    const inBatch = settled(countParents());
    await microtasks();
    expect(inBatch.value).toBeUndefined(); // it read the uncommitted row: not handed out before the commit
    await pending;
    await microtasks();
    expect(inBatch.value).toBe(1);
    db.close();
  });

  it('flush commits at once, so another connection can write the file in the same turn', async () => {
    const file = tempFile();
    const s = openSqliteStorage(file);
    const pending = s.createVisitor('h', 'en');
    s.flush();
    const other = new Database(file, { timeout: 0 });
    expect(other.prepare("UPDATE visitors SET locale = 'ja'").run().changes).toBe(1);
    other.close();
    expect((await pending).id).toBeTruthy();
    await s.close();
  });

  it("two connections to one file in one process: a call on either commits the other's open batch first, so neither waits for the other's lock", async () => {
    // Two nodes of a test on one file: were a write on B to wait for A's batch (committed at the turn's end), it would wait
    // synchronously, in the thread that is to commit it, 5 s (the busy timeout), then fail with "database is locked".
    const file = tempFile();
    const a = openSqliteStorage(file);
    const b = openSqliteStorage(file);
    const [v1, held, v2, v3] = await Promise.all([
      a.createVisitor('a-1', 'en'), // A's batch: holds the write lock until the turn ends
      b.holdJob('sweep', 'node-b', 60_000), // on its own (no batch open on B)
      b.createVisitor('b-1', 'ja'), // B's batch
      a.createVisitor('a-2', 'en'), // A again, after B's batch
    ]);
    expect(held).toBe(true);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT id FROM visitors ORDER BY id').pluck().all()).toEqual([v1.id, v2.id, v3.id].sort());
    reader.close();
    await a.close();
    await b.close();
  });

  it("an erasure, on a connection of its own, first commits the open batch of any group commit on the file (not only its node's)", async () => {
    const file = tempFile();
    const a = openSqliteStorage(file);
    const gone = await a.createVisitor('gone', 'en');
    const data = openSqliteVisitorData(file);
    const kept = a.createVisitor('kept', 'en'); // A's batch: holds the write lock until the turn ends
    expect((await data.eraseVisitor(gone.id))?.counts).toEqual({ conversations: 0, messages: 0 });
    expect(await a.findVisitorByTokenHash('kept')).toMatchObject({ id: (await kept).id });
    await data.close();
    await a.close();
  });
});

describe('checkpoints off the event loop', () => {
  it('a worker thread copies committed pages from the WAL into the database file', async () => {
    const { file, s, c } = await withConversation();
    const size = () => statSync(file).size;
    await new Promise((r) => setTimeout(r, 600)); // the schema and the first rows reach the file
    const before = size();
    const text = 'x'.repeat(2000);
    for (let i = 0; i < 20; i++) {
      await Promise.all(
        Array.from({ length: 25 }, () => s.appendMessage({ conversationId: c.id, author: 'agent', authorName: 'A', text, clientId: null, bot: null })),
      );
    }
    const walBytes = statSync(`${file}-wal`).size;
    expect(walBytes).toBeGreaterThan(500 * 2000); // ~1 MB committed, all of it in the WAL so far
    await expect.poll(size, { timeout: 5000, interval: 100 }).toBeGreaterThan(before + 500 * 2000);
    await s.close();
  });

  it('under writes that never pause, the WAL still rewinds instead of growing with everything written', async () => {
    const { file, s, c } = await withConversation();
    const size = () => statSync(file).size;
    const sizeBefore = size();
    const text = 'y'.repeat(1000);
    let written = 0;
    // Batches of 20, a couple of milliseconds apart, so the worker (every 200 ms) never finds the writer idle for
    // long; written until the database file has grown at 20 separate moments (each one a checkpoint pass copying
    // pages in), so a fast box and a slow one both write across 20 of them. Bounded: at most 5,000 batches.
    let passes = 0;
    let lastSize = sizeBefore;
    for (let batch = 0; batch < 5000 && passes < 20; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, () => s.appendMessage({ conversationId: c.id, author: 'agent', authorName: 'A', text, clientId: null, bot: null })),
      );
      written += 20 * text.length;
      await new Promise((r) => setTimeout(r, 2));
      if (size() > lastSize) [passes, lastSize] = [passes + 1, size()];
    }
    expect(passes).toBe(20);
    // The WAL file keeps its largest size. Had it never rewound, it would hold at least every page the writes touched,
    // so at least what the database file grows by (a message is stored with its folded copy and search index since
    // search landed: about 4x its text); rewinding at every pass it stays near what one pass's 200 ms of writing adds.
    const walMax = statSync(`${file}-wal`).size;
    await s.close(); // the last checkpoint: everything is in the database file now
    const grown = size() - sizeBefore;
    expect(grown).toBeGreaterThan(written);
    expect(walMax).toBeLessThan(grown);
  });
});
