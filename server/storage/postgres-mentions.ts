import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { MENTION_SELECT, toMention, type MentionRow, type MentionStore } from './mention-types.ts';

/** Mentions on PostgreSQL. */
export function postgresMentionStore(pool: Pool): MentionStore {
  return {
    async addMentions(noteId, agentIds) {
      return transaction(pool, async (db) => {
        const made = await all<{ agent_id: string }>(
          db,
          'INSERT INTO mentions (note_id, agent_id, created_at) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING RETURNING agent_id',
          [noteId, [...new Set(agentIds)], Date.now()],
        );
        if (made.length === 0) return [];
        const rows = await all<MentionRow & { agent_id: string }>(db, `${MENTION_SELECT} WHERE m.note_id = $1 AND m.agent_id = ANY($2::text[]) ORDER BY m.agent_id`, [
          noteId,
          made.map((r) => r.agent_id),
        ]);
        return rows.map((r) => ({ to: r.agent_id, mention: toMention(r) }));
      });
    },
    async listMentions(agentId, limit, before) {
      const order = 'ORDER BY m.created_at DESC, m.ord DESC LIMIT';
      if (before === undefined) return (await all<MentionRow>(pool, `${MENTION_SELECT} WHERE m.agent_id = $1 ${order} $2`, [agentId, limit])).map(toMention);
      const at = await one<{ created_at: string; ord: string }>(pool, 'SELECT created_at, ord FROM mentions WHERE agent_id = $1 AND note_id = $2', [agentId, before]);
      if (!at) return null;
      const rows = await all<MentionRow>(pool, `${MENTION_SELECT} WHERE m.agent_id = $1 AND (m.created_at, m.ord) < ($2::bigint, $3::bigint) ${order} $4`, [agentId, at.created_at, at.ord, limit]);
      return rows.map(toMention);
    },
    async unreadMentions(agentId) {
      return (await one<{ n: number }>(pool, 'SELECT count(*)::int AS n FROM mentions WHERE agent_id = $1 AND read_at IS NULL', [agentId]))!.n;
    },
    async unreadMentionConversations(agentId) {
      const rows = await all<{ id: string }>(
        pool,
        'SELECT DISTINCT n.conversation_id AS id FROM mentions m JOIN notes n ON n.id = m.note_id WHERE m.agent_id = $1 AND m.read_at IS NULL ORDER BY id',
        [agentId],
      );
      return rows.map((r) => r.id);
    },
    async markMentionRead(agentId, noteId) {
      return (await changes(pool, 'UPDATE mentions SET read_at = coalesce(read_at, $1) WHERE agent_id = $2 AND note_id = $3', [Date.now(), agentId, noteId])) > 0;
    },
  };
}
