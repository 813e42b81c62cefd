import Database from 'better-sqlite3';
import { sqliteMentionStore } from './sqlite-mentions.ts';
import { randomUUID } from 'node:crypto';
import { startCheckpointer } from './sqlite-checkpointer.ts';
import { groupCommit } from './sqlite-group-commit.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import { MIGRATIONS, REBUILDS_REFERENCED_TABLE } from './sqlite-migrations.ts';
import { sqliteAgentStore } from './sqlite-agents.ts';
import { sqliteHandoffStore } from './sqlite-handoff.ts';
import { sqliteIdentityStore } from './sqlite-identity.ts';
import { sqliteFaqStore } from './sqlite-faq.ts';
import { sqliteAuditStore } from './sqlite-audit.ts';
import { sqliteConversationLogStore, sqliteLogWriter } from './sqlite-conversation-log.ts';
import { languageSetEvent } from './log-rows.ts';
import { sqliteWebhookStore } from './sqlite-webhooks.ts';
import { sqliteEmailStore } from './sqlite-email.ts';
import { sqliteJobStore } from './sqlite-jobs.ts';
import { sqliteIdleStore } from './sqlite-idle.ts';
import { sqliteSnoozeStore } from './sqlite-snooze.ts';
import { sqliteReportStore } from './sqlite-reports.ts';
import { sqliteSiteStore } from './sqlite-sites.ts';
import { sqliteTicketStore } from './sqlite-tickets.ts';
import { sqliteTeamStore } from './sqlite-teams.ts';
import { sqliteSecurityStore } from './sqlite-security.ts';
import { sqliteFoldPending, sqliteSearchStore } from './sqlite-search.ts';
import { foldForSearch } from './search-types.ts';
import { sqliteSetupStore } from './sqlite-setup.ts';
import { botLocaleParams, KEEP_CHOICE_SQL, NEW_CONVERSATION_SQL, SET_BOT_LOCALE_SQL, type BotLocaleParams, toConversation, toMessage, toVisitor, type ConversationRow, type MessageRow, type VisitorRow } from './rows.ts';
import { earlierOutcome, guardHolds, messageRow, owesBot } from './append-rules.ts';
import { sqliteAttachmentStore } from './sqlite-attachments.ts';
import type { AppendResult, Conversation, NewMessage, SiteChoice, Storage } from './types.ts';

/** Apply pending migrations; returns the schema version reached. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    const rebuild = REBUILDS_REFERENCED_TABLE.has(v + 1);
    // The pragma is a no-op inside a transaction: it is set around it, and put back as it was.
    const keysWere = db.pragma('foreign_keys', { simple: true }) as number;
    if (rebuild) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]!);
        if (rebuild && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${v + 1} would leave dangling references`);
        db.pragma(`user_version = ${v + 1}`);
      })();
    } finally {
      if (rebuild) db.pragma(`foreign_keys = ${keysWere}`);
    }
  }
  return MIGRATIONS.length;
}

/**
 * The writes of the message path and the visitor's hello: each opens (or joins) the turn's batch, so the
 * many of one turn share a commit. Any other call joins a batch already open, else runs on its own at once
 * (the claim, the console and the REST calls chain several calls, and would wait a turn for each).
 */
const BATCHED = new Set<keyof Storage>([
  'appendMessage',
  'clearBotDue',
  'countBotMiss',
  'noteUnanswered',
  'createVisitor',
  'openConversation',
  'setConversationContext',
  'noteWrittenLocale',
  'setBotLocale',
]);

/** The SQLite storage, plus what only a second connection to the same file needs. */
export interface SqliteStorage extends Storage {
  /** Commit this turn's writes now (see sqlite-group-commit.ts). */
  flush(): void;
}

/**
 * SQLite storage (better-sqlite3, WAL). Calls are synchronous underneath; the async signatures are the
 * storage port's, so a PostgreSQL adapter can implement the same interface. Group commit (BATCHED above):
 * a call that runs in the turn's batch resolves once that batch is committed.
 */
export function openSqliteStorage(file: string, options: { onBackgroundError?: (err: Error) => void; durable?: boolean } = {}): SqliteStorage {
  const durable = options.durable ?? true;
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL: durable across process crashes in WAL mode; fsync at checkpoints. OFF (tests' servers only, `durable:
  // false`): no fsync at all, so still durable across a process's kill (the OS keeps what was written), not a machine's.
  db.pragma(durable ? 'synchronous = NORMAL' : 'synchronous = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const q = {
    insertVisitor: db.prepare('INSERT INTO visitors (id, token_hash, locale, created_at) VALUES (?, ?, ?, ?)'),
    // The visitor's own token, or a device's token from an e-mail's reopen link.
    visitorByHash: db.prepare<[string, string], VisitorRow>(
      `SELECT id, locale, created_at, user_id FROM visitors WHERE token_hash = ?
       UNION ALL SELECT v.id, v.locale, v.created_at, v.user_id FROM reopen_links r JOIN visitors v ON v.id = r.visitor_id WHERE r.session_hash = ? LIMIT 1`,
    ),
    hasClosed: db.prepare<[string], { one: 1 }>("SELECT 1 AS one FROM conversations WHERE visitor_id = ? AND status = 'closed' LIMIT 1"),
    openConv: db.prepare<[string], ConversationRow>(
      "SELECT * FROM conversations WHERE visitor_id = ? AND status != 'closed' ORDER BY created_at DESC LIMIT 1",
    ),
    insertConv: db.prepare<[{ p1: string; p2: string; p3: string; p4: number }]>(NEW_CONVERSATION_SQL((n) => `@p${n}`)),
    conv: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
    setStatus: db.prepare('UPDATE conversations SET status = ?, updated_at = ?, state_version = state_version + 1 WHERE id = ?'),
    noteWrittenLocale: db.prepare<[string, string, string], ConversationRow>(
      'UPDATE conversations SET written_locale = ? WHERE id = ? AND written_locale IS NOT ? RETURNING *',
    ),
    setBotLocale: db.prepare<[BotLocaleParams], ConversationRow>(SET_BOT_LOCALE_SQL((n) => `@p${n}`)),
    keepChoice: db.prepare<[Omit<BotLocaleParams, 'p3'>]>(KEEP_CHOICE_SQL((n) => `@p${n}`)),
    bumpSeq: db.prepare<[number, string], { last_seq: number; status: Conversation['status'] }>(
      'UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING last_seq, status',
    ),
    replyTo: db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE reply_to = ?'),
    botDueAll: db.prepare<[], MessageRow>('SELECT * FROM messages WHERE bot_due = 1 ORDER BY conversation_id, seq'),
    clearBotDue: db.prepare('UPDATE messages SET bot_due = 0 WHERE id = ?'),
    claimBotTurns: db.prepare<[number, string, number], MessageRow>(
      'UPDATE messages SET bot_lease = ? WHERE conversation_id = ? AND bot_due = 1 AND bot_lease <= ? RETURNING *',
    ),
    releaseBotClaims: db.prepare('UPDATE messages SET bot_lease = 0 WHERE bot_due = 1 AND bot_lease > 0'),
    byClientId: db.prepare<[string, string], MessageRow & { bot_due: number }>('SELECT * FROM messages WHERE conversation_id = ? AND client_id = ?'),
    insertMessage: db.prepare(
      'INSERT INTO messages (id, conversation_id, seq, author, author_name, text, client_id, bot, created_at, reply_to, bot_due, folded, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    messagesAfter: db.prepare<[string, number, number], MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
  };

  const append = db.transaction((m: NewMessage): AppendResult => {
    const byClientId = m.clientId === null ? undefined : q.byClientId.get(m.conversationId, m.clientId);
    const byReplyTo = m.replyTo === undefined ? undefined : q.replyTo.get(m.replyTo);
    const earlier = earlierOutcome(m, byClientId ? toMessage(byClientId) : null, byReplyTo ? toMessage(byReplyTo) : null);
    if (earlier) return earlier;
    if (m.replyTo !== undefined) q.clearBotDue.run(m.replyTo); // answered now, or never (the guard refuses it)
    if (m.guard) {
      const conversation = q.conv.get(m.conversationId);
      if (!conversation) throw new Error(`conversation ${m.conversationId} does not exist`);
      if (!guardHolds(m.guard, toConversation(conversation))) return { kind: 'refused', conversation: toConversation(conversation) };
    }
    const now = Date.now();
    const bumped = q.bumpSeq.get(now, m.conversationId);
    if (!bumped) throw new Error(`conversation ${m.conversationId} does not exist`);
    const row = messageRow(m, timeOrderedId(now), bumped.last_seq, now);
    // Decided in the same transaction as the store.
    const botDue = owesBot(m, bumped.status) ? 1 : 0;
    q.insertMessage.run(row.id, row.conversation_id, row.seq, row.author, row.author_name, row.text, row.client_id, row.bot, row.created_at, m.replyTo ?? null, botDue, foldForSearch(row.text), row.attachments);
    return { kind: 'stored', message: toMessage(row), botDue: botDue === 1 };
  });

  const openConversation = db.transaction((visitorId: string, locale: string): Conversation => {
    const row = q.openConv.get(visitorId);
    if (row) return toConversation(row);
    const id = randomUUID();
    const now = Date.now();
    q.insertConv.run({ p1: id, p2: visitorId, p3: locale, p4: now });
    return toConversation(q.conv.get(id)!);
  });

  const log = sqliteLogWriter(db);
  // A choice is the visitor's too (their next conversations start in it), in the same commit as the conversation's,
  // and a line in its event log when it changed anything.
  const setBotLocale = db.transaction((id: string, locale: string, chosen: boolean, setBy: string | null, site: SiteChoice | undefined): Conversation | null => {
    const { p3, ...keep } = botLocaleParams(id, locale, chosen, setBy, site);
    const row = q.setBotLocale.get({ p3, ...keep });
    if (chosen) q.keepChoice.run(keep);
    if (row && chosen) log(languageSetEvent(id, locale, setBy, site !== undefined));
    return row ? toConversation(row) : null;
  });

  // Rows stored before the search index existed (or edited since) get their folded copy now, in batches.
  const foldPending = sqliteFoldPending(db);
  while (foldPending(1000) > 0);

  const store: Omit<Storage, 'close'> = {
    ...sqliteAgentStore(db),
    ...sqliteHandoffStore(db),
    ...sqliteIdentityStore(db),
    ...sqliteFaqStore(db),
    ...sqliteAuditStore(db),
    ...sqliteConversationLogStore(db),
    ...sqliteWebhookStore(db),
    ...sqliteEmailStore(db),
    ...sqliteJobStore(db),
    ...sqliteReportStore(db),
    ...sqliteSiteStore(db),
    ...sqliteTicketStore(db),
    ...sqliteTeamStore(db),
    ...sqliteMentionStore(db),
    ...sqliteSecurityStore(db),
    ...sqliteSearchStore(db),
    ...sqliteAttachmentStore(db),
    ...sqliteSetupStore(db),
    ...sqliteIdleStore(db),
    ...sqliteSnoozeStore(db),
    async createVisitor(tokenHash, locale) {
      const v: VisitorRow = { id: randomUUID(), locale, created_at: Date.now(), user_id: null };
      q.insertVisitor.run(v.id, tokenHash, v.locale, v.created_at);
      return toVisitor(v);
    },
    async findVisitorByTokenHash(tokenHash) {
      const row = q.visitorByHash.get(tokenHash, tokenHash);
      return row ? toVisitor(row) : null;
    },
    async resumeVisitor(tokenHash) {
      const row = q.visitorByHash.get(tokenHash, tokenHash);
      if (!row) return null;
      const open = q.openConv.get(row.id);
      return { visitor: toVisitor(row), open: open ? toConversation(open) : null, hasClosed: q.hasClosed.get(row.id) !== undefined };
    },
    async openConversation(visitorId, locale) {
      return openConversation(visitorId, locale);
    },
    async getConversation(id) {
      const row = q.conv.get(id);
      return row ? toConversation(row) : null;
    },
    async setConversationStatus(id, status) {
      q.setStatus.run(status, Date.now(), id);
      const row = q.conv.get(id);
      if (!row) throw new Error(`conversation ${id} does not exist`);
      return toConversation(row);
    },
    async noteWrittenLocale(id, locale) {
      const row = q.noteWrittenLocale.get(locale, id, locale);
      return row ? toConversation(row) : null;
    },
    async setBotLocale(id, locale, chosen, setBy = null, site) {
      return setBotLocale(id, locale, chosen, chosen ? setBy : null, chosen ? site : undefined);
    },
    async appendMessage(m) {
      return append(m);
    },
    async messageByClientId(conversationId, clientId) {
      const row = q.byClientId.get(conversationId, clientId);
      return row ? { message: toMessage(row), botDue: row.bot_due === 1 } : null;
    },
    async listMessages(conversationId, afterSeq, limit) {
      return q.messagesAfter.all(conversationId, afterSeq, limit).map(toMessage);
    },
    async listBotDue() {
      return q.botDueAll.all().map(toMessage);
    },
    async clearBotDue(messageId) {
      q.clearBotDue.run(messageId);
    },
    async claimBotTurns(conversationId, leaseMs) {
      const now = Date.now();
      const claimed = q.claimBotTurns.all(now + leaseMs, conversationId, now);
      const row = claimed.length > 0 ? q.conv.get(conversationId) : undefined;
      return row ? { conversation: toConversation(row), messages: claimed.sort((a, b) => a.seq - b.seq).map(toMessage) } : null;
    },
    async releaseBotClaims() {
      return q.releaseBotClaims.run().changes;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
  };
  const group = groupCommit(db);
  const checkpointer = startCheckpointer(db, file, { durable, settle: group.flush, onError: options.onBackgroundError ?? ((err) => console.error(err)) });
  const joined = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => {
      const call = (fn as (...a: unknown[]) => Promise<unknown>).bind(store);
      return [name, BATCHED.has(name as keyof Storage) ? group.joined(call) : group.joinedIfOpen(call)];
    }),
  ) as unknown as Omit<Storage, 'close'>;
  return {
    ...joined,
    flush: group.flush,
    async close() {
      group.close();
      await checkpointer.stop();
      if (db.open) db.close();
    },
  };
}
