import { randomUUID } from 'node:crypto';
import type { FaqFeedbackCount } from '../../protocol/index.ts';
import type { FaqStore } from './faq-types.ts';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { toEdit, toUnanswered, type EditRow, type UnansweredRow } from './rows.ts';
import { timeOrderedId } from './time-ordered-id.ts';

/** The FAQ's stored pack, unanswered questions and helpfulness votes on PostgreSQL. */
export function postgresFaqStore(pool: Pool): FaqStore {
  return {
    async loadFaqPack() {
      return (await one<{ json: string }>(pool, 'SELECT json FROM faq_pack WHERE id = 1'))?.json ?? null;
    },
    async saveFaqPack(json, edit) {
      // The pack and the record of the edit that made it commit together.
      await transaction(pool, async (db) => {
        const now = Date.now();
        await db.query(
          'INSERT INTO faq_pack (id, json, updated_at) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
          [json, now],
        );
        if (!edit) return;
        await db.query(
          `INSERT INTO faq_edits (id, at, agent_id, agent_name, action, entry_id, before_json, after_json, revert_of, pack_before)
           VALUES ($1, $2, $3::text, (SELECT name FROM agents WHERE id = $3), $4, $5, $6, $7, $8, $9)`,
          [
            timeOrderedId(now),
            now,
            edit.agentId,
            edit.action,
            edit.entryId,
            edit.before && JSON.stringify(edit.before),
            edit.after && JSON.stringify(edit.after),
            edit.revertOf,
            edit.packBefore,
          ],
        );
      });
    },
    async listFaqEdits({ entryId, limit }) {
      const rows =
        entryId === undefined
          ? await all<EditRow>(pool, 'SELECT * FROM faq_edits ORDER BY id COLLATE "C" DESC LIMIT $1', [limit])
          : await all<EditRow>(pool, 'SELECT * FROM faq_edits WHERE entry_id = $1 ORDER BY id COLLATE "C" DESC LIMIT $2', [entryId, limit]);
      return rows.map(toEdit);
    },
    async getFaqEdit(id) {
      const row = await one<EditRow>(pool, 'SELECT * FROM faq_edits WHERE id = $1', [id]);
      return row ? { ...toEdit(row), packBefore: row.pack_before } : null;
    },
    async countUnanswered() {
      return (await one<{ n: number }>(pool, 'SELECT count(*) AS n FROM faq_unanswered'))!.n;
    },
    async noteUnanswered(note, cap) {
      await transaction(pool, async (db) => {
        const now = Date.now();
        await db.query(
          `INSERT INTO faq_unanswered (id, norm, text, kind, locale, count, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5, 1, $6, $6)
           ON CONFLICT (norm) DO UPDATE SET count = faq_unanswered.count + 1, text = excluded.text, kind = excluded.kind,
             locale = excluded.locale, last_seen = excluded.last_seen`,
          [randomUUID(), note.key, note.text, note.kind, note.locale, now],
        );
        const over = (await one<{ n: number }>(db, 'SELECT count(*) AS n FROM faq_unanswered'))!.n - cap;
        if (over > 0) await db.query('DELETE FROM faq_unanswered WHERE id IN (SELECT id FROM faq_unanswered ORDER BY count, last_seen LIMIT $1)', [over]);
      });
    },
    async listUnanswered(limit) {
      return (await all<UnansweredRow>(pool, 'SELECT * FROM faq_unanswered ORDER BY count DESC, last_seen DESC LIMIT $1', [limit])).map(toUnanswered);
    },
    async getUnanswered(id) {
      const row = await one<UnansweredRow>(pool, 'SELECT * FROM faq_unanswered WHERE id = $1', [id]);
      return row ? toUnanswered(row) : null;
    },
    async deleteUnanswered(id) {
      return (await changes(pool, 'DELETE FROM faq_unanswered WHERE id = $1', [id])) > 0;
    },
    async voteOnBotMessage(visitorId, messageId, helpful) {
      // Only a bot message in one of this visitor's conversations; the entry comes from the message itself.
      const voted = await changes(
        pool,
        `INSERT INTO faq_feedback (message_id, faq_id, helpful, updated_at)
         SELECT m.id, m.bot::jsonb ->> 'faqId', $1, $2 FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.id = $3 AND m.author = 'bot' AND c.visitor_id = $4
         ON CONFLICT (message_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at`,
        [helpful ? 1 : 0, Date.now(), messageId, visitorId],
      );
      return voted > 0;
    },
    async feedbackSummary() {
      return all<FaqFeedbackCount>(
        pool,
        `SELECT faq_id AS "faqId", sum(helpful) AS helpful, sum(1 - helpful) AS "notHelpful" FROM faq_feedback
         GROUP BY faq_id ORDER BY "notHelpful" DESC, helpful DESC, faq_id NULLS FIRST`,
      );
    },
  };
}
