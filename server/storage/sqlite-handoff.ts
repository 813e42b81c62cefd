import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { CannedReply, Rating } from '../../protocol/index.ts';
import type { ConversationState, HandoffStore, TransitionConditions } from './agent-types.ts';
import { noteMentionIds, previewSql, rankQueueSql, toConversation, toNote, toPreview, toQueueEntry, type ConversationRow, type NoteRow, type PreviewRow, type QueueEntryRow } from './rows.ts';
import { sqliteLogWriter } from './sqlite-conversation-log.ts';
import type { TransitionLog } from './log-types.ts';

/** The visitor's message counts of the conversations in a JSON array: read from the partial index messages_visitor alone. */
export const VISITOR_MESSAGE_COUNTS =
  "SELECT conversation_id AS id, count(*) AS n FROM messages WHERE conversation_id IN (SELECT value FROM json_each(?)) AND author = 'visitor' GROUP BY conversation_id";

/** Handoff data on the shared SQLite connection. */
export function sqliteHandoffStore(db: Database.Database): HandoffStore {
  const log = sqliteLogWriter(db);
  const q = {
    // The compare-and-set: one statement, so of two concurrent claims exactly one matches `status = 'waiting'`.
    transition: db.prepare<
      {
        id: string;
        fromStatus: string;
        fromAgent: string | null;
        toStatus: string;
        toAgent: string | null;
        now: number;
        maxChats: number | null;
        idleBefore: number | null;
        unseenBefore: number | null;
      },
      ConversationRow
    >(
      `UPDATE conversations SET status = @toStatus, agent_id = @toAgent, updated_at = @now, bot_misses = 0, state_version = state_version + 1,
         waiting_since = CASE WHEN @toStatus = 'waiting' THEN @now ELSE NULL END, snoozed_until = NULL
       WHERE id = @id AND status = @fromStatus AND agent_id IS @fromAgent
         AND (@maxChats IS NULL OR (SELECT count(*) FROM conversations WHERE status = 'assigned' AND agent_id = @toAgent) < @maxChats)
         AND (@idleBefore IS NULL OR (updated_at < @idleBefore AND snoozed_until IS NULL))
         AND (@unseenBefore IS NULL OR coalesce(visitor_seen_at, waiting_since) < @unseenBefore)
       RETURNING *`,
    ),
    miss: db.prepare<[{ id: string; seq: number }], { bot_misses: number }>(
      'UPDATE conversations SET bot_misses = bot_misses + (bot_miss_seq < @seq), bot_miss_seq = max(bot_miss_seq, @seq) WHERE id = @id RETURNING bot_misses',
    ),
    // Most answers find nothing to reset: then no page is written (nor for a turn older than the last miss).
    resetMiss: db.prepare('UPDATE conversations SET bot_misses = 0 WHERE id = ? AND bot_misses != 0 AND bot_miss_seq < ?'),
    context: db.prepare(
      'UPDATE conversations SET page_url = coalesce(?, page_url), page_title = coalesce(?, page_title), user_agent = coalesce(?, user_agent), site = coalesce(?, site) WHERE id = ?',
    ),
    closedOf: db.prepare<[string, number], ConversationRow>("SELECT * FROM conversations WHERE visitor_id = ? AND status = 'closed' ORDER BY created_at DESC LIMIT ?"),
    user: db.prepare<[string], { user_id: string | null; name: string | null; email: string | null; phone: string | null }>(
      'SELECT user_id, name, email, phone FROM visitors WHERE id = ?',
    ),
    byStatus: db.prepare<[string, number], ConversationRow>('SELECT * FROM conversations WHERE status = ? ORDER BY updated_at DESC LIMIT ?'),
    all: db.prepare<[number], ConversationRow>('SELECT * FROM conversations ORDER BY updated_at DESC LIMIT ?'),
    position: db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM conversations w, conversations me
       WHERE me.id = ? AND w.status = 'waiting' AND w.team_id IS me.team_id AND (w.waiting_since < me.waiting_since OR w.id = me.id)`,
    ),
    waiting: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM conversations WHERE status = 'waiting'"),
    rank: db.prepare<[number], QueueEntryRow>(rankQueueSql('?')),
    statusOf: db.prepare<[string], { status: string }>('SELECT status FROM conversations WHERE id = ?'),
    active: db.prepare<[], { agent_id: string; n: number }>(
      "SELECT agent_id, count(*) AS n FROM conversations WHERE status = 'assigned' AND agent_id IS NOT NULL GROUP BY agent_id",
    ),
    insertNote: db.prepare(
      `INSERT INTO notes (id, conversation_id, agent_id, agent_name, client_id, text, created_at) VALUES (?, ?, ?, (SELECT name FROM agents WHERE id = ?), ?, ?, ?)
       ON CONFLICT (conversation_id, client_id) WHERE client_id IS NOT NULL DO NOTHING RETURNING *`,
    ),
    notes: db.prepare<[string], NoteRow>(`SELECT *, ${noteMentionIds('group_concat')} FROM notes WHERE conversation_id = ? ORDER BY created_at, rowid`),
    noteByClientId: db.prepare<[string, string], NoteRow>(`SELECT *, ${noteMentionIds('group_concat')} FROM notes WHERE conversation_id = ? AND client_id = ?`),
    canned: db.prepare<[], CannedReply>('SELECT id, shortcut, text FROM canned_replies ORDER BY shortcut'),
    putCanned: db.prepare<[string, string, string, number], CannedReply>(
      `INSERT INTO canned_replies (id, shortcut, text, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (shortcut) DO UPDATE SET text = excluded.text RETURNING id, shortcut, text`,
    ),
    deleteCanned: db.prepare('DELETE FROM canned_replies WHERE id = ?'),
    rate: db.prepare('INSERT INTO ratings (conversation_id, score, comment, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
    rating: db.prepare<[string], { score: number; comment: string | null }>('SELECT score, comment FROM ratings WHERE conversation_id = ?'),
    lastMessage: db.prepare<[string], PreviewRow>(previewSql('?', false)),
    lastPersonMessage: db.prepare<[string], PreviewRow>(previewSql('?', true)),
    visitorMessages: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM messages WHERE conversation_id = ? AND author = 'visitor'"),
    visitorMessageCounts: db.prepare<[string], { id: string; n: number }>(VISITOR_MESSAGE_COUNTS),
  };

  // Each state change and its event-log row commit together.
  const transition = db.transaction((id: string, from: ConversationState, to: ConversationState, entry: TransitionLog, when: TransitionConditions) => {
    const now = Date.now();
    const row = q.transition.get({
      id,
      fromStatus: from.status,
      fromAgent: from.agentId,
      toStatus: to.status,
      toAgent: to.agentId,
      now,
      maxChats: when.maxChats ?? null,
      idleBefore: when.idleBefore ?? null,
      unseenBefore: when.unseenBefore ?? null,
    });
    if (!row) return null;
    log({ conversationId: id, at: now, ...entry, fromAgentId: from.agentId, toAgentId: to.agentId });
    return toConversation(row);
  });
  const rate = db.transaction((conversationId: string, rating: Rating): boolean => {
    const now = Date.now();
    if (q.rate.run(conversationId, rating.score, rating.comment, now).changes === 0) return false;
    log({ conversationId, type: 'rated', at: now, actor: 'visitor', score: rating.score, comment: rating.comment });
    return true;
  });

  return {
    async transitionConversation(id, from, to, entry, options = {}) {
      return transition(id, from, to, entry, options);
    },
    async countBotMiss(id, miss, seq) {
      if (miss) return q.miss.get({ id, seq })?.bot_misses ?? 0;
      q.resetMiss.run(id, seq);
      return 0;
    },
    async setConversationContext(id, context) {
      q.context.run(context.pageUrl, context.pageTitle, context.userAgent, context.site, id);
    },
    async visitorUser(visitorId) {
      const row = q.user.get(visitorId);
      return row?.user_id ? { userId: row.user_id, name: row.name, email: row.email, phone: row.phone } : null;
    },
    async listConversations(status, limit) {
      return (status ? q.byStatus.all(status, limit) : q.all.all(limit)).map(toConversation);
    },
    async closedConversations(visitorId, limit) {
      return q.closedOf.all(visitorId, limit).map(toConversation);
    },
    async queuePosition(id) {
      if (q.statusOf.get(id)?.status !== 'waiting') return null;
      return q.position.get(id)!.n;
    },
    async rankQueue(limit) {
      return q.rank.all(limit).map(toQueueEntry);
    },
    async queueLength() {
      return q.waiting.get()!.n;
    },
    async activeChatCounts() {
      return new Map(q.active.all().map((r) => [r.agent_id, r.n]));
    },
    async addNote(conversationId, agentId, clientId, text) {
      const row = q.insertNote.get(randomUUID(), conversationId, agentId, agentId, clientId, text, Date.now()) as NoteRow | undefined;
      return row ? { note: toNote(row), stored: true } : { note: toNote(q.noteByClientId.get(conversationId, clientId)!), stored: false };
    },
    async listNotes(conversationId) {
      return q.notes.all(conversationId).map(toNote);
    },
    async listCannedReplies() {
      return q.canned.all();
    },
    async putCannedReply(shortcut, text) {
      return q.putCanned.get(randomUUID(), shortcut, text, Date.now())!;
    },
    async deleteCannedReply(id) {
      return q.deleteCanned.run(id).changes > 0;
    },
    async rateConversation(conversationId, rating) {
      return rate(conversationId, rating);
    },
    async getRating(conversationId) {
      return q.rating.get(conversationId) ?? null;
    },
    async conversationDigest(conversationId) {
      const last = toPreview(q.lastPersonMessage.get(conversationId) ?? q.lastMessage.get(conversationId));
      return { last, visitorMessages: q.visitorMessages.get(conversationId)!.n };
    },
    async visitorMessageCounts(conversationIds) {
      return new Map(q.visitorMessageCounts.all(JSON.stringify(conversationIds)).map((r) => [r.id, r.n]));
    },
  };
}
