import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FaqFeedbackCount } from '../../protocol/index.ts';
import { toEdit, toUnanswered, type EditRow, type UnansweredRow } from './rows.ts';
import { savePackSql, type FaqStore, type NewFaqEdit, type StoredFaqPack } from './faq-types.ts';
import { timeOrderedId } from './time-ordered-id.ts';

export function sqliteFaqStore(db: Database.Database): FaqStore {
  const edits = {
    insert: db.prepare(
      `INSERT INTO faq_edits (id, at, agent_id, agent_name, action, entry_id, before_json, after_json, revert_of, pack_before)
       VALUES (@id, @at, @agentId, (SELECT name FROM agents WHERE id = @agentId), @action, @entryId, @before, @after, @revertOf, @packBefore)`,
    ),
    all: db.prepare<[number], EditRow>('SELECT * FROM faq_edits ORDER BY id DESC LIMIT ?'),
    ofEntry: db.prepare<[string, number], EditRow>('SELECT * FROM faq_edits WHERE entry_id = ? ORDER BY id DESC LIMIT ?'),
    get: db.prepare<[string], EditRow>('SELECT * FROM faq_edits WHERE id = ?'),
  };
  const q = {
    pack: db.prepare<[], StoredFaqPack>('SELECT json, version FROM faq_pack WHERE id = 1'),
    version: db.prepare<[], { version: number }>('SELECT version FROM faq_pack WHERE id = 1'),
    note: db.prepare<[string, string, string, string, string, number, number]>(
      `INSERT INTO faq_unanswered (id, norm, text, kind, locale, count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT(norm) DO UPDATE SET count = count + 1, text = excluded.text, kind = excluded.kind, locale = excluded.locale, last_seen = excluded.last_seen`,
    ),
    countRows: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM faq_unanswered'),
    prune: db.prepare<[number]>('DELETE FROM faq_unanswered WHERE id IN (SELECT id FROM faq_unanswered ORDER BY count, last_seen LIMIT ?)'),
    list: db.prepare<[number], UnansweredRow>('SELECT * FROM faq_unanswered ORDER BY count DESC, last_seen DESC LIMIT ?'),
    get: db.prepare<[string], UnansweredRow>('SELECT * FROM faq_unanswered WHERE id = ?'),
    delete: db.prepare<[string]>('DELETE FROM faq_unanswered WHERE id = ?'),
    // Only a bot message in one of this visitor's conversations; the entry comes from the message itself.
    vote: db.prepare<[number, number, string, string]>(
      `INSERT INTO faq_feedback (message_id, faq_id, helpful, updated_at)
       SELECT m.id, json_extract(m.bot, '$.faqId'), ?, ? FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE m.id = ? AND m.author = 'bot' AND c.visitor_id = ?
       ON CONFLICT(message_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at`,
    ),
    summary: db.prepare<[], FaqFeedbackCount>(
      `SELECT faq_id AS faqId, sum(helpful) AS helpful, sum(1 - helpful) AS notHelpful FROM faq_feedback
       GROUP BY faq_id ORDER BY notHelpful DESC, helpful DESC, faq_id`,
    ),
  };

  // The pack and the record of the edit that made it commit together.
  const version = () => q.version.get()?.version ?? 0;
  const saveStatements = new Map<string, Database.Statement>();
  const savePack = db.transaction((json: string, edit: NewFaqEdit | undefined, ifVersion: number | undefined): number | null => {
    const now = Date.now();
    const [sql, params] = savePackSql(json, now, ifVersion, () => '?');
    let statement = saveStatements.get(sql);
    if (!statement) saveStatements.set(sql, (statement = db.prepare(sql)));
    const saved = statement.get(...params) as { version: number } | undefined;
    if (!saved) return null;
    if (edit) {
      const { before, after, ...rest } = edit;
      edits.insert.run({ ...rest, id: timeOrderedId(now), at: now, before: before && JSON.stringify(before), after: after && JSON.stringify(after) });
    }
    return saved.version;
  });

  const noteUnanswered = db.transaction((note: Parameters<FaqStore['noteUnanswered']>[0], cap: number) => {
    const now = Date.now();
    q.note.run(randomUUID(), note.key, note.text, note.kind, note.locale, now, now);
    const over = q.countRows.get()!.n - cap;
    if (over > 0) q.prune.run(over);
  });

  return {
    async loadFaqPack() {
      return q.pack.get() ?? null;
    },
    async saveFaqPack(json, edit, ifVersion) {
      return savePack(json, edit, ifVersion);
    },
    async faqPackVersion() {
      return version();
    },
    async listFaqEdits({ entryId, limit }) {
      return (entryId === undefined ? edits.all.all(limit) : edits.ofEntry.all(entryId, limit)).map(toEdit);
    },
    async getFaqEdit(id) {
      const row = edits.get.get(id);
      return row ? { ...toEdit(row), packBefore: row.pack_before } : null;
    },
    async countUnanswered() {
      return q.countRows.get()!.n;
    },
    async noteUnanswered(note, cap) {
      noteUnanswered(note, cap);
    },
    async listUnanswered(limit) {
      return q.list.all(limit).map(toUnanswered);
    },
    async getUnanswered(id) {
      const row = q.get.get(id);
      return row ? toUnanswered(row) : null;
    },
    async deleteUnanswered(id) {
      return q.delete.run(id).changes > 0;
    },
    async voteOnBotMessage(visitorId, messageId, helpful) {
      return q.vote.run(helpful ? 1 : 0, Date.now(), messageId, visitorId).changes > 0;
    },
    async feedbackSummary() {
      return q.summary.all();
    },
  };
}
