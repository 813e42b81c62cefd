import type { FaqFeedbackCount } from '../../protocol/index.ts';
import { savePackSql, type FaqStore, type StoredFaqPack } from './faq-types.ts';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { toEdit, toUnanswered, type EditRow, type UnansweredRow } from './rows.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import { postgresUnansweredNotes } from './postgres-unanswered.ts';

/** The FAQ's stored pack, unanswered questions and helpfulness votes on PostgreSQL. */
export function postgresFaqStore(pool: Pool): FaqStore {
  return {
    async loadFaqPack() {
      return one<StoredFaqPack>(pool, 'SELECT json, version FROM faq_pack WHERE id = 1');
    },
    async faqPackVersion() {
      return (await one<{ version: number }>(pool, 'SELECT version FROM faq_pack WHERE id = 1'))?.version ?? 0;
    },
    saveFaqPack(json, edit, ifVersion) {
      // The pack and the record of the edit that made it commit together. The version moves in the same
      // statement that checks it: of two nodes saving from one version, the second finds no row to update.
      return transaction(pool, async (db) => {
        const now = Date.now();
        const [sql, params] = savePackSql(json, now, ifVersion, (n) => `$${n}`);
        const saved = await one<{ version: number }>(db, sql, params);
        if (!saved) return null;
        if (!edit) return saved.version;
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
        return saved.version;
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
    noteUnanswered: postgresUnansweredNotes(pool),
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
