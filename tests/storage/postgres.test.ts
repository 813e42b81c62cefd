import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../../server/storage/types.ts';
import { migratePostgres, PG_MIGRATIONS } from '../../server/storage/postgres-migrations.ts';
import { VISITOR_MESSAGE_COUNTS } from '../../server/storage/postgres-handoff.ts';
import { checkout, openPool, transaction } from '../../server/storage/postgres-pool.ts';
import { openPostgresStorage, type PostgresStorage } from '../../server/storage/postgres.ts';
import { postgresAvailable, useTestDatabase } from '../helpers/postgres.ts';
import { runStorageContract } from './contract/index.ts';
import { botLocales, UPGRADED_WRITERS, UPGRADE_WRITERS } from './contract/bot-locale-upgrade.ts';
import { bySystem, msg, newAgent, visitorWithConversation } from './contract/context.ts';

const run = await postgresAvailable();
const db = useTestDatabase(run);

describe.runIf(run)('PostgreSQL storage', () => {
  runStorageContract({ engine: 'postgres', freshPlace: async () => ({ databaseUrl: await db.emptyMigratedUrl(), dataDir: '/nonexistent' }) });

  /** `n` nodes on one fresh schema: each its own pool, as separate processes would be. */
  async function nodes(n: number): Promise<PostgresStorage[]> {
    const url = await db.freshUrl();
    const first = await openPostgresStorage(url, { poolSize: 4 });
    const rest = await Promise.all(Array.from({ length: n - 1 }, () => openPostgresStorage(url, { poolSize: 4 })));
    return [first, ...rest];
  }
  const closeAll = (all: PostgresStorage[]) => Promise.all(all.map((s) => s.close()));

  it('survives the server ending a connection it holds between two queries (a database restart), and carries on', async () => {
    // Unhandled, the client's 'error' event ended the whole process: a node died when PostgreSQL restarted.
    const pool = openPool(await db.freshUrl(), { max: 2 });
    const killer = openPool(db.url, { max: 1 });
    try {
      const held = transaction(pool, async (client) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await killer.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
        // The connection is gone: wait for the client to notice (it can take no more queries), then go on.
        for (let i = 0; i < 200 && (client as unknown as { _queryable: boolean })._queryable; i++) await new Promise((r) => setTimeout(r, 25));
        return client.query('SELECT 1');
      });
      await expect(held).rejects.toThrow();
      const { client, done } = await checkout(pool);
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
      done();
    } finally {
      await pool.end();
      await killer.end();
    }
  });

  describe('several writers at once', () => {
    it('numbers 200 messages from 4 nodes racing on one conversation 1…200, each once', async () => {
      const all = await nodes(4);
      const { conversation: c } = await visitorWithConversation(all[0]!);
      const results = await Promise.all(
        all.flatMap((s, node) => Array.from({ length: 50 }, (_, i) => s.appendMessage(msg(c.id, `n${node}-m${i}`, `node ${node} message ${i}`)))),
      );
      expect(results.every((r) => r.kind === 'stored')).toBe(true);
      const stored = await all[1]!.listMessages(c.id, 0, 1000);
      expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(new Set(stored.map((m) => m.clientId)).size).toBe(200);
      expect((await all[2]!.getConversation(c.id))?.lastSeq).toBe(200);
      await closeAll(all);
    });

    it('stores a message sent to 4 nodes at once with one client id once; the others are duplicates', async () => {
      const all = await nodes(4);
      const { conversation: c } = await visitorWithConversation(all[0]!);
      for (let round = 0; round < 10; round++) {
        const results = await Promise.all(all.map((s) => s.appendMessage(msg(c.id, `resent-${round}`, `hello ${round}`))));
        expect(results.map((r) => r.kind).sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
        expect(new Set(results.map((r) => ('message' in r ? r.message.id : null))).size).toBe(1);
      }
      expect((await all[0]!.listMessages(c.id, 0, 100)).map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      await closeAll(all);
    });

    it('stores a resend sent to 4 nodes at once once, while each node batches it with appends to 9 other conversations', async () => {
      const all = await nodes(4);
      const convs: Conversation[] = [];
      for (let i = 0; i < 10; i++) convs.push((await visitorWithConversation(all[0]!, `batched-${i}`)).conversation);
      for (let round = 0; round < 5; round++) {
        // Each node gets every conversation's message of the round at once, in its own order: batches lock in id order.
        const results = await Promise.all(
          all.map((s, node) => Promise.all((node % 2 ? [...convs].reverse() : convs).map((c) => s.appendMessage(msg(c.id, `round-${round}`, `round ${round}`))))),
        );
        for (const c of convs) {
          const kinds = results.flatMap((perNode) => perNode.filter((r) => 'message' in r && r.message.conversationId === c.id).map((r) => r.kind));
          expect(kinds.sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
        }
      }
      for (const c of convs) expect((await all[3]!.listMessages(c.id, 0, 100)).map((m) => [m.seq, m.clientId])).toEqual(Array.from({ length: 5 }, (_, i) => [i + 1, `round-${i}`]));
      await closeAll(all);
    });

    it('stores one bot reply per visitor message when 4 nodes answer it at once', async () => {
      const all = await nodes(4);
      const { conversation: c } = await visitorWithConversation(all[0]!);
      for (let round = 0; round < 10; round++) {
        const asked = await all[0]!.appendMessage(msg(c.id, `q-${round}`, `question ${round}`));
        if (asked.kind !== 'stored') throw new Error(asked.kind);
        const replies = await Promise.all(
          all.map((s, node) => s.appendMessage(msg(c.id, null, `answer from node ${node}`, { author: 'bot', replyTo: asked.message.id, guard: { kind: 'bot_owns' } }))),
        );
        expect(replies.map((r) => r.kind).sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
      }
      expect((await all[0]!.listBotDue()).filter((m) => m.conversationId === c.id)).toEqual([]);
      expect((await all[0]!.listMessages(c.id, 0, 100)).filter((m) => m.author === 'bot')).toHaveLength(10);
      await closeAll(all);
    });

    it("gives each owed message of 20 conversations to one of 4 nodes claiming them all at once, in batches and in different orders, while the bot's misses are counted", async () => {
      const all = await nodes(4);
      const owed: string[] = [];
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const { conversation: c } = await visitorWithConversation(all[0]!, `turns-${i}`);
        ids.push(c.id);
        for (const n of [1, 2]) {
          const r = await all[0]!.appendMessage(msg(c.id, `turn-${i}-${n}`, `question ${n}`));
          if (r.kind !== 'stored') throw new Error(r.kind);
          owed.push(r.message.id);
        }
      }
      // Each node claims every conversation (half of them backwards) and counts a miss on each, all at once: their
      // batches lock the same rows, each in id order (they wait for each other, not in a circle).
      const claimed = await Promise.all(
        all.map(async (s, node) => {
          const order = node % 2 ? [...ids].reverse() : ids;
          const [claims] = await Promise.all([Promise.all(order.map((id) => s.claimBotTurns(id, 60_000))), Promise.all(order.map((id) => s.countBotMiss(id, true, 2)))]);
          return claims.flatMap((c) => c?.messages.map((m) => m.id) ?? []);
        }),
      );
      expect(claimed.flat().sort()).toEqual([...owed].sort());
      expect(await Promise.all(ids.map((id) => all[1]!.countBotMiss(id, true, 2)))).toEqual(ids.map(() => 1));
      await closeAll(all);
    });

    it('gives a chat claimed by agents on 4 nodes at once to exactly one of them, 25 times', async () => {
      const all = await nodes(4);
      const agents = await Promise.all(['ann', 'bob', 'cai', 'dee'].map((name) => newAgent(all[0]!, name)));
      for (let round = 0; round < 25; round++) {
        const { conversation: c } = await visitorWithConversation(all[0]!, `visitor-${round}`);
        await all[0]!.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
        const claims = await Promise.all(
          all.map((s, i) => s.transitionConversation(c.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: agents[i]!.id }, bySystem('assigned'), { maxChats: 100 })),
        );
        const winners = claims.filter((x) => x !== null);
        expect(winners).toHaveLength(1);
        expect((await all[1]!.getConversation(c.id))?.agentId).toBe(winners[0]!.agentId);
      }
      await closeAll(all);
    });

    it("keeps an agent under their chat limit when 4 nodes give them 8 different chats at once", async () => {
      const all = await nodes(4);
      const ann = await newAgent(all[0]!, 'ann', { maxChats: 3 });
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) {
        const { conversation: c } = await visitorWithConversation(all[0]!, `visitor-${i}`);
        await all[0]!.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
        ids.push(c.id);
      }
      const claims = await Promise.all(
        ids.map((id, i) => all[i % 4]!.transitionConversation(id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann.id }, bySystem('assigned'), { maxChats: 3 })),
      );
      expect(claims.filter((x) => x !== null)).toHaveLength(3);
      expect((await all[0]!.activeChatCounts()).get(ann.id)).toBe(3);
      expect(await all[0]!.queueLength()).toBe(5);
      await closeAll(all);
    });

    it('hands each due webhook delivery to one of 4 nodes polling the outbox at once (SKIP LOCKED)', async () => {
      const all = await nodes(4);
      const hook = await all[0]!.createWebhook({ url: 'https://hooks.example/race', events: ['conversation.waiting'], secret: 'whsec_race' });
      await all[0]!.enqueueWebhookDeliveries(
        Array.from({ length: 60 }, (_, i) => ({ endpointId: hook.id, eventId: `evt-${i}`, event: 'conversation.waiting' as const, conversationId: null, body: `{"i":${i}}` })),
        3_600_000,
      );
      const now = Date.now() + 10;
      const claimed = (await Promise.all(all.flatMap((s) => [s, s, s].map(() => s.claimWebhookDeliveries(now, 60_000, 10))))).flat();
      const rest = await all[1]!.claimWebhookDeliveries(now, 60_000, 100);
      const ids = [...claimed, ...rest].map((j) => j.eventId);
      expect(ids.sort()).toEqual(Array.from({ length: 60 }, (_, i) => `evt-${i}`).sort());
      expect([...claimed, ...rest].every((j) => j.attempts === 1)).toBe(true);
      await closeAll(all);
    });

    it('opens one conversation for a visitor whose hello reaches 4 nodes at once (a partial unique index)', async () => {
      const all = await nodes(4);
      for (let round = 0; round < 10; round++) {
        const v = await all[0]!.createVisitor(`visitor-${round}`, 'en');
        const opened = await Promise.all(all.map((s) => s.openConversation(v.id, 'en')));
        expect(new Set(opened.map((c) => c.id)).size).toBe(1);
      }
      expect(await all[0]!.listConversations(null, 100)).toHaveLength(10);
      const { rows } = await all[0]!.pool.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'conversations_one_open'");
      expect(rows[0]?.indexdef).toMatch(/UNIQUE INDEX .* \(visitor_id\) WHERE \(status <> 'closed'::text\)/);
      await closeAll(all);
    });
  });

  describe('group commit', () => {
    it('stores a lone message with one statement, and a batch of 50 with five', async () => {
      const [s] = await nodes(1);
      const convs: Conversation[] = [];
      for (let i = 0; i < 51; i++) convs.push((await visitorWithConversation(s!, `counted-${i}`)).conversation);
      // Every round trip is one client query (the pool's and a checked-out client's alike).
      const queries = vi.spyOn(pg.Client.prototype, 'query');
      try {
        const alone = await s!.appendMessage(msg(convs[0]!.id, 'alone', 'hello'));
        expect(alone.kind).toBe('stored');
        expect(queries).toHaveBeenCalledTimes(1);
        queries.mockClear();
        const grouped = await Promise.all(convs.slice(1).map((c, i) => s!.appendMessage(msg(c.id, `grouped-${i}`, `message ${i}`))));
        expect(grouped.map((r) => r.kind)).toEqual(convs.slice(1).map(() => 'stored'));
        // BEGIN, the locks, the earlier look-up, the write, COMMIT.
        expect(queries).toHaveBeenCalledTimes(5);
      } finally {
        queries.mockRestore();
      }
      await s!.close();
    });

    it('stores appends made at once to 50 conversations in one transaction', async () => {
      const [s] = await nodes(1);
      const convs: Conversation[] = [];
      for (let i = 0; i < 50; i++) convs.push((await visitorWithConversation(s!, `grouped-${i}`)).conversation);
      const results = await Promise.all(convs.map((c, i) => s!.appendMessage(msg(c.id, `grouped-${i}`, `message ${i}`))));
      expect(results.map((r) => r.kind)).toEqual(convs.map(() => 'stored'));
      // xmin: the transaction that wrote a row.
      const { rows } = await s!.pool.query('SELECT count(DISTINCT xmin::text)::int AS n FROM messages');
      expect(rows[0].n).toBe(1);
      await s!.close();
    });

    it('stores the rest of a batch when PostgreSQL refuses one of its messages (each again on its own)', async () => {
      const [s] = await nodes(1);
      const convs: Conversation[] = [];
      for (let i = 0; i < 5; i++) convs.push((await visitorWithConversation(s!, `refused-${i}`)).conversation);
      // A NUL character is no text to PostgreSQL (invalid byte sequence): the batch's insert fails as a whole.
      const results = await Promise.allSettled(convs.map((c, i) => s!.appendMessage(msg(c.id, `refused-${i}`, i === 2 ? 'nul \u0000 here' : `message ${i}`))));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      for (const [i, c] of convs.entries()) {
        expect((await s!.listMessages(c.id, 0, 10)).map((m) => [m.seq, m.text])).toEqual(i === 2 ? [] : [[1, `message ${i}`]]);
        expect((await s!.getConversation(c.id))?.lastSeq).toBe(i === 2 ? 0 : 1);
      }
      await s!.close();
    });
  });

  describe('migrations', () => {
    it('run once when 4 nodes start together (an advisory lock), and not again on the next start', async () => {
      const url = await db.freshUrl();
      const pools = Array.from({ length: 4 }, () => openPool(url, { max: 2 }));
      expect(await Promise.all(pools.map((p) => migratePostgres(p)))).toEqual([1, 1, 1, 1].map(() => PG_MIGRATIONS.length));
      const { rows } = await pools[0]!.query<{ version: number }>('SELECT version FROM kefu_schema ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
      // A step added later runs once, on top.
      await migratePostgres(pools[1]!, [...PG_MIGRATIONS, 'CREATE TABLE later_step (id INTEGER)']);
      await migratePostgres(pools[2]!, [...PG_MIGRATIONS, 'CREATE TABLE later_step (id INTEGER)']);
      expect((await pools[3]!.query('SELECT count(*)::int AS n FROM kefu_schema')).rows[0].n).toBe(PG_MIGRATIONS.length + 1);
      await Promise.all(pools.map((p) => p.end()));
    });

    it('on an install with agents, widen the role check to viewer in place: every agent, session and chat kept', async () => {
      const url = await db.freshUrl();
      const pool = openPool(url, { max: 1 });
      const step = PG_MIGRATIONS.findIndex((m) => m.includes("CHECK (role IN ('agent','admin','viewer'))"));
      expect(step).toBe(24); // step 25
      await migratePostgres(pool, PG_MIGRATIONS.slice(0, step));
      await pool.query(`INSERT INTO agents (id, email, name, role, password_hash, max_chats, created_at) VALUES ('a1', 'ann@example.com', 'Ann', 'agent', 'h1', 3, 1000);
        INSERT INTO agent_sessions (token_hash, agent_id, created_at, expires_at) VALUES ('s1', 'a1', 1000, 9999999999999);
        INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'en', 1000);
        INSERT INTO conversations (id, visitor_id, status, locale, created_at, updated_at, agent_id) VALUES ('c1', 'v1', 'assigned', 'en', 1000, 1000, 'a1');`);
      await expect(pool.query("UPDATE agents SET role = 'viewer'")).rejects.toThrow(/agents_role_check/);
      const before = (await pool.query('SELECT * FROM agents')).rows;
      await migratePostgres(pool);
      expect((await pool.query('SELECT * FROM agents')).rows).toEqual(before);
      await pool.query("UPDATE agents SET role = 'viewer' WHERE id = 'a1'");
      expect((await pool.query("SELECT agent_id FROM conversations WHERE id = 'c1'")).rows).toEqual([{ agent_id: 'a1' }]);
      expect((await pool.query('SELECT agent_id FROM agent_sessions')).rows).toEqual([{ agent_id: 'a1' }]);
      await expect(pool.query("UPDATE agents SET role = 'owner'")).rejects.toThrow(/agents_role_check/);
      await pool.end();
    });

    it('on an install whose visitors wrote in other languages, have the bot and the widget speak those the widget speaks', async () => {
      const url = await db.freshUrl();
      const pool = openPool(url, { max: 1 });
      const step = PG_MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN bot_locale'));
      expect(step).toBeGreaterThan(0);
      await migratePostgres(pool, PG_MIGRATIONS.slice(0, step));
      await pool.query(UPGRADE_WRITERS);
      await migratePostgres(pool);
      await pool.end();
      const s = await openPostgresStorage(url);
      expect(await botLocales(s)).toEqual(UPGRADED_WRITERS);
      await s.close();
    });

    it("on an install with messages, give the visitor's counts an index of their own, which the count statement uses", async () => {
      const pool = openPool(await db.freshUrl(), { max: 1 });
      const step = PG_MIGRATIONS.findIndex((m) => m.includes('messages_visitor'));
      expect(step).toBeGreaterThan(0);
      await migratePostgres(pool, PG_MIGRATIONS.slice(0, step));
      await pool.query(`INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h', 'en', 1000);
        INSERT INTO conversations (id, visitor_id, status, locale, last_seq, created_at, updated_at) VALUES ('c1', 'v1', 'bot', 'en', 3, 1000, 1000);
        INSERT INTO messages (id, conversation_id, seq, author, text, created_at) VALUES ('m1', 'c1', 1, 'visitor', 'hi', 1000), ('m2', 'c1', 2, 'bot', 'hello', 1000), ('m3', 'c1', 3, 'visitor', 'refund?', 1000);`);
      await migratePostgres(pool);
      const { client, done } = await checkout(pool);
      try {
        // A table this small is read whole whatever its indexes: asked not to, the planner shows which index it can use.
        await client.query('SET enable_seqscan = off');
        const plan = (await client.query(`EXPLAIN (COSTS OFF) ${VISITOR_MESSAGE_COUNTS}`, [['c1']])).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        // Before: an index scan of messages_conversation_id_seq_key, every message of the conversation read.
        expect(plan).toMatch(/Index (Only )?Scan using messages_visitor on messages/);
        expect((await client.query(VISITOR_MESSAGE_COUNTS, [['c1']])).rows).toEqual([{ id: 'c1', n: 2 }]);
        await client.query('RESET enable_seqscan');
      } finally {
        done();
      }
      await pool.end();
    });

    it('leave nothing half-applied when a step fails', async () => {
      const pool = openPool(await db.freshUrl(), { max: 1 });
      await expect(migratePostgres(pool, [...PG_MIGRATIONS, 'CREATE TABLE half (id INTEGER); SELECT no_such_function()'])).rejects.toThrow();
      const { rows } = await pool.query("SELECT to_regclass('half') AS t, (SELECT max(version) FROM kefu_schema) AS v");
      expect(rows[0]).toEqual({ t: null, v: PG_MIGRATIONS.length });
      await pool.end();
    });
  });
});
