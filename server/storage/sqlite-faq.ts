import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FaqFeedbackCount, UnansweredQuestion } from '../../protocol/index.ts';
import type { FaqStore } from './faq-types.ts';

interface UnansweredRow {
  id: string;
  text: string;
  kind: UnansweredQuestion['kind'];
  locale: string;
  count: number;
  first_seen: number;
  last_seen: number;
}

const toUnanswered = (r: UnansweredRow): UnansweredQuestion => ({
  id: r.id,
  text: r.text,
  kind: r.kind,
  locale: r.locale,
  count: r.count,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

export function sqliteFaqStore(db: Database.Database): FaqStore {
  const q = {
    pack: db.prepare<[], { json: string }>('SELECT json FROM faq_pack WHERE id = 1'),
    savePack: db.prepare(
      'INSERT INTO faq_pack (id, json, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
    ),
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

  const noteUnanswered = db.transaction((note: Parameters<FaqStore['noteUnanswered']>[0], cap: number) => {
    const now = Date.now();
    q.note.run(randomUUID(), note.key, note.text, note.kind, note.locale, now, now);
    const over = q.countRows.get()!.n - cap;
    if (over > 0) q.prune.run(over);
  });

  return {
    async loadFaqPack() {
      return q.pack.get()?.json ?? null;
    },
    async saveFaqPack(json) {
      q.savePack.run(json, Date.now());
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
