import { postgresMentionStore } from './postgres-mentions.ts';
import { randomUUID } from 'node:crypto';
import { postgresAttachmentStore } from './postgres-attachments.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { BY_CLIENT_ID, postgresAppender } from './postgres-append.ts';
import { all, changes, one, openPool, transaction, waitForDatabase, type Pool } from './postgres-pool.ts';
import { postgresAgentStore } from './postgres-agents.ts';
import { postgresHandoffStore } from './postgres-handoff.ts';
import { postgresIdentityStore } from './postgres-identity.ts';
import { postgresFaqStore } from './postgres-faq.ts';
import { postgresAuditStore } from './postgres-audit.ts';
import { postgresSecurityStore } from './postgres-security.ts';
import { postgresConversationLogStore, writeLogEvent } from './postgres-conversation-log.ts';
import { languageSetEvent } from './log-rows.ts';
import { postgresWebhookStore } from './postgres-webhooks.ts';
import { postgresEmailStore } from './postgres-email.ts';
import { postgresJobStore } from './postgres-jobs.ts';
import { postgresReportStore, postgresSiteStore } from './postgres-sites-reports.ts';
import { postgresTicketStore } from './postgres-tickets.ts';
import { postgresTeamStore } from './postgres-teams.ts';
import { botLocaleParams, KEEP_CHOICE_SQL, NEW_CONVERSATION_SQL, SET_BOT_LOCALE_SQL, toConversation, toMessage, toVisitor, type ConversationRow, type MessageRow, type VisitorRow } from './rows.ts';
import { postgresSearchStore } from './postgres-search.ts';
import { postgresSetupStore } from './postgres-setup.ts';
import { postgresIdleStore } from './postgres-idle.ts';
import { postgresSnoozeStore } from './postgres-snooze.ts';
import { pgBatcher } from './postgres-batch.ts';
import type { ChatMessage } from '../../protocol/index.ts';
import type { RemovedFile } from './attachment-types.ts';
import type { Conversation, ResumedVisitor, Storage, StoredByClientId } from './types.ts';

/** The PostgreSQL storage, plus its pool (the visitor-data store and the move command share it). */
export interface PostgresStorage extends Storage {
  readonly pool: Pool;
}

/*
 * NAMED: the statements every hello and bot turn runs are named (each pooled connection parses and plans them once,
 * not on every call), and hand rows back as json (one column of a fixed type): a named statement whose result columns
 * change, as `SELECT *` would when a newer node's migration adds a column during a rolling upgrade, fails with
 * "cached plan must not change result type".
 */
const OPEN_CONVERSATION = "SELECT * FROM conversations WHERE visitor_id = $1 AND status <> 'closed'";
/** The bot's language, and a choice kept with the visitor too (their next conversations start in it), in one statement. */
const SET_BOT_LOCALE = `WITH kept AS (${KEEP_CHOICE_SQL((n) => `$${n}`)} AND $3 = 1) ${SET_BOT_LOCALE_SQL((n) => `$${n}`)}`;
/** The visitor's own token, or a device's token from an e-mail's reopen link. */
const VISITOR_BY_TOKEN = `SELECT id, locale, created_at, user_id FROM visitors WHERE token_hash = $1
  UNION ALL SELECT v.id, v.locale, v.created_at, v.user_id FROM reopen_links r JOIN visitors v ON v.id = r.visitor_id WHERE r.session_hash = $1 LIMIT 1`;

/**
 * Batches of one kind in flight at once, and calls in one batch at most. One lane: these statements take
 * milliseconds and wait on no lock but a row's own, and whatever comes meanwhile goes in the next batch (the
 * death-only bench at load 11: 0.8 statements per visitor back with one lane, 2.4 with two).
 */
const LANES = 1;
const MAX_BATCH = 200;

type Claimed = { conversation: Conversation; messages: ChatMessage[] } | null;

/**
 * What every visitor's return runs (the hello's reads, the files removed while a screen was away; the bot's turn on the message typed while away), batched
 * across visitors (postgres-batch.ts): when a dead node's thousands of visitors come back at once, each of these is
 * one statement (and, for the claim, one commit) per batch, not per visitor. Named: see NAMED.
 */
function returnStatements(pool: Pool) {
  const resumeVisitor = pgBatcher<string, ResumedVisitor | null>({
    lanes: LANES,
    max: MAX_BATCH,
    async run(hashes) {
      const { rows } = await pool.query<VisitorRow & { hash: string; open: ConversationRow | null; has_closed: boolean }>({
        name: 'kefu_resume_visitors',
        text: `SELECT k.hash, v.*, (SELECT to_jsonb(c) FROM conversations c WHERE c.visitor_id = v.id AND c.status <> 'closed') AS open,
                 EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = v.id AND c.status = 'closed') AS has_closed
               FROM unnest($1::text[]) AS k(hash) CROSS JOIN LATERAL (${VISITOR_BY_TOKEN.replaceAll('$1', 'k.hash')}) v`,
        values: [hashes],
      });
      const byHash = new Map(rows.map((row) => [row.hash, { visitor: toVisitor(row), open: row.open ? toConversation(row.open) : null, hasClosed: row.has_closed }]));
      return hashes.map((hash) => byHash.get(hash) ?? null);
    },
  });

  const getConversation = pgBatcher<string, Conversation | null>({
    lanes: LANES,
    max: MAX_BATCH,
    async run(ids) {
      const { rows } = await pool.query<{ c: ConversationRow }>({ name: 'kefu_conversations', text: 'SELECT to_jsonb(c) AS c FROM conversations c WHERE id = ANY($1::text[])', values: [ids] });
      const byId = new Map(rows.map((row) => [row.c.id, toConversation(row.c)]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  });

  /**
   * Each conversation's free owed messages, claimed with the conversation as it is now (status, locale). One call per
   * conversation in a batch (the key): two claims of one conversation run one after the other, the second finds
   * nothing free. The rows are locked in id order first, so two nodes' batches never wait on each other in a circle.
   */
  const claimBotTurns = pgBatcher<{ conversationId: string; leaseMs: number }, Claimed>({
    lanes: LANES,
    max: MAX_BATCH,
    key: (c) => c.conversationId,
    async run(claims) {
      const now = Date.now();
      const { rows } = await pool.query<{ message: MessageRow; conversation: ConversationRow }>({
        name: 'kefu_claim_bot_turns',
        text: `WITH free AS MATERIALIZED (
                 SELECT m.id, k.lease FROM unnest($1::text[], $2::bigint[]) AS k(conversation_id, lease)
                 JOIN messages m ON m.conversation_id = k.conversation_id AND m.bot_due = 1 AND m.bot_lease <= $3
                 ORDER BY m.id FOR NO KEY UPDATE OF m),
               claimed AS (UPDATE messages m SET bot_lease = free.lease FROM free WHERE m.id = free.id AND m.bot_due = 1 AND m.bot_lease <= $3 RETURNING m.*)
               SELECT to_jsonb(claimed) AS message, to_jsonb(c) AS conversation FROM claimed JOIN conversations c ON c.id = claimed.conversation_id
               ORDER BY claimed.seq`,
        values: [claims.map((c) => c.conversationId), claims.map((c) => now + c.leaseMs), now],
      });
      const byConversation = new Map<string, NonNullable<Claimed>>();
      for (const row of rows) {
        const id = row.message.conversation_id;
        const claimed = byConversation.get(id) ?? { conversation: toConversation(row.conversation), messages: [] };
        claimed.messages.push(toMessage(row.message));
        byConversation.set(id, claimed);
      }
      return claims.map((c) => byConversation.get(c.conversationId) ?? null);
    },
  });

  /**
   * The files removed from each conversation's messages (AttachmentStore.listRemovedFiles): what a resumed screen
   * must drop, read on every return to a conversation with history; almost always none.
   */
  const listRemovedFiles = pgBatcher<{ conversationId: string; limit: number }, RemovedFile[]>({
    lanes: LANES,
    max: MAX_BATCH,
    async run(calls) {
      const { rows } = await pool.query<RemovedFile & { i: number }>({
        name: 'kefu_removed_files',
        text: `SELECT k.i, r.message_id AS "messageId", r.attachment_id AS "attachmentId"
               FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(conversation_id, lim, i)
               CROSS JOIN LATERAL (SELECT * FROM removed_files f WHERE f.conversation_id = k.conversation_id
                                   ORDER BY f.removed_at DESC, f.attachment_id DESC LIMIT k.lim) r
               ORDER BY k.i, r.removed_at, r.attachment_id`,
        values: [calls.map((c) => c.conversationId), calls.map((c) => c.limit)],
      });
      const byCall = calls.map((): RemovedFile[] => []);
      for (const { i, ...file } of rows) byCall[Number(i) - 1]!.push(file);
      return byCall;
    },
  });

  /** A resend's look back (Storage.messageByClientId): after a dead node, its visitors' whole outboxes come back at once. */
  const messageByClientId = pgBatcher<{ conversationId: string; clientId: string }, StoredByClientId | null>({
    lanes: LANES,
    max: MAX_BATCH,
    async run(calls) {
      const { rows } = await pool.query<{ m: MessageRow & { bot_due: number } }>({ ...BY_CLIENT_ID, values: [calls.map((c) => c.conversationId), calls.map((c) => c.clientId)] });
      const found = new Map(rows.map(({ m }) => [`${m.conversation_id} ${m.client_id}`, { message: toMessage(m), botDue: m.bot_due === 1 }]));
      return calls.map((c) => found.get(`${c.conversationId} ${c.clientId}`) ?? null);
    },
  });

  return { resumeVisitor, getConversation, claimBotTurns, listRemovedFiles, messageByClientId };
}

/**
 * Storage on PostgreSQL (`pg`), for many nodes on one database. Every guarantee holds with several
 * writers: an append locks its conversation's row (seq without gaps, client id and reply checked, guard
 * held, all in one transaction, acknowledged after COMMIT; appends made at once share one: postgres-append.ts);
 * a state change is one conditional UPDATE; a visitor has one open conversation by a partial unique index.
 */
export async function openPostgresStorage(
  url: string,
  options: { poolSize?: number; /** Wait this long for a database that is restarting (see waitForDatabase). */ waitMs?: number; onWait?: (err: Error, delayMs: number) => void } = {},
): Promise<PostgresStorage> {
  const pool = openPool(url, { max: options.poolSize });
  const search = postgresSearchStore(pool);
  try {
    if (options.waitMs) await waitForDatabase(pool, options.waitMs, options.onWait);
    await migratePostgres(pool);
    // Rows stored before the search index existed (or edited since) get their folded copy now, in batches.
    while ((await search.foldPendingSearchText(1000)) > 0);
  } catch (err) {
    await pool.end();
    throw err;
  }

  const append = postgresAppender(pool);
  const { resumeVisitor, getConversation, claimBotTurns, listRemovedFiles, messageByClientId } = returnStatements(pool);

  const openConversation = async (visitorId: string, locale: string): Promise<Conversation> => {
    // Two nodes may open one at once: the partial unique index lets one insert win; the other reads it.
    for (let attempt = 0; attempt < 5; attempt++) {
      const open = await one<ConversationRow>(pool, OPEN_CONVERSATION, [visitorId]);
      if (open) return toConversation(open);
      const now = Date.now();
      const created = await one<ConversationRow>(
        pool,
        `${NEW_CONVERSATION_SQL((n) => `$${n}`)} ON CONFLICT (visitor_id) WHERE status <> 'closed' DO NOTHING RETURNING *`,
        [randomUUID(), visitorId, locale, now],
      );
      if (created) return toConversation(created);
    }
    throw new Error(`could not open a conversation for visitor ${visitorId}`);
  };

  return {
    pool,
    ...postgresAgentStore(pool),
    ...postgresHandoffStore(pool),
    ...postgresIdentityStore(pool),
    ...postgresFaqStore(pool),
    ...postgresAuditStore(pool),
    ...postgresConversationLogStore(pool),
    ...postgresWebhookStore(pool),
    ...postgresEmailStore(pool),
    ...postgresJobStore(pool),
    ...postgresAttachmentStore(pool),
    ...postgresSiteStore(pool),
    ...postgresReportStore(pool),
    ...postgresTicketStore(pool),
    ...postgresTeamStore(pool),
    ...postgresMentionStore(pool),
    ...postgresSecurityStore(pool),
    ...search,
    ...postgresSetupStore(pool),
    ...postgresIdleStore(pool),
    ...postgresSnoozeStore(pool),
    async createVisitor(tokenHash, locale) {
      const row = await one<VisitorRow>(
        pool,
        'INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ($1, $2, $3, $4) RETURNING id, locale, created_at, user_id',
        [randomUUID(), tokenHash, locale, Date.now()],
      );
      return toVisitor(row!);
    },
    async findVisitorByTokenHash(tokenHash) {
      const row = await one<VisitorRow>(pool, VISITOR_BY_TOKEN, [tokenHash]);
      return row ? toVisitor(row) : null;
    },
    resumeVisitor,
    listRemovedFiles: (conversationId, limit) => listRemovedFiles({ conversationId, limit }),
    openConversation,
    getConversation,
    async setConversationStatus(id, status) {
      const row = await one<ConversationRow>(pool, 'UPDATE conversations SET status = $2, updated_at = $3, state_version = state_version + 1 WHERE id = $1 RETURNING *', [id, status, Date.now()]);
      if (!row) throw new Error(`conversation ${id} does not exist`);
      return toConversation(row);
    },
    async noteWrittenLocale(id, locale) {
      const row = await one<ConversationRow>(pool, 'UPDATE conversations SET written_locale = $2 WHERE id = $1 AND written_locale IS DISTINCT FROM $2 RETURNING *', [id, locale]);
      return row ? toConversation(row) : null;
    },
    async setBotLocale(id, locale, chosen, setBy = null, site) {
      const p = botLocaleParams(id, locale, chosen, chosen ? setBy : null, chosen ? site : undefined);
      const row = await transaction(pool, async (db) => {
        const changed = await one<ConversationRow>(db, SET_BOT_LOCALE, [p.p1, p.p2, p.p3, p.p4, p.p5, p.p6]);
        if (changed && chosen) await writeLogEvent(db, languageSetEvent(id, locale, p.p4, p.p5 === 1));
        return changed;
      });
      return row ? toConversation(row) : null;
    },
    appendMessage: append,
    messageByClientId: (conversationId, clientId) => messageByClientId({ conversationId, clientId }),
    async listMessages(conversationId, afterSeq, limit) {
      return (await all<MessageRow>(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [conversationId, afterSeq, limit])).map(toMessage);
    },
    async listBotDue() {
      return (await all<MessageRow>(pool, 'SELECT * FROM messages WHERE bot_due = 1 ORDER BY conversation_id, seq')).map(toMessage);
    },
    async clearBotDue(messageId) {
      await changes(pool, 'UPDATE messages SET bot_due = 0 WHERE id = $1 AND bot_due = 1', [messageId]);
    },
    claimBotTurns: (conversationId, leaseMs) => claimBotTurns({ conversationId, leaseMs }),
    releaseBotClaims: () => changes(pool, 'UPDATE messages SET bot_lease = 0 WHERE bot_due = 1 AND bot_lease > 0'),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
