import type Database from 'better-sqlite3';
import { MENTION_SELECT, toMention, type MentionRow, type MentionStore } from './mention-types.ts';

/** Mentions on the shared SQLite connection. */
export function sqliteMentionStore(db: Database.Database): MentionStore {
  const q = {
    insert: db.prepare<[string, string, number]>('INSERT INTO mentions (note_id, agent_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
    one: db.prepare<[string, string], MentionRow>(`${MENTION_SELECT} WHERE m.note_id = ? AND m.agent_id = ?`),
    list: db.prepare<[string, number], MentionRow>(`${MENTION_SELECT} WHERE m.agent_id = ? ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?`),
    at: db.prepare<[string, string], { created_at: number; rowid: number }>('SELECT created_at, rowid FROM mentions WHERE agent_id = ? AND note_id = ?'),
    older: db.prepare<[string, number, number, number], MentionRow>(
      `${MENTION_SELECT} WHERE m.agent_id = ? AND (m.created_at, m.rowid) < (?, ?) ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?`,
    ),
    unread: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM mentions WHERE agent_id = ? AND read_at IS NULL'),
    unreadIn: db.prepare<[string], { id: string }>(
      'SELECT DISTINCT n.conversation_id AS id FROM mentions m JOIN notes n ON n.id = m.note_id WHERE m.agent_id = ? AND m.read_at IS NULL ORDER BY id',
    ),
    read: db.prepare<[number, string, string]>('UPDATE mentions SET read_at = coalesce(read_at, ?) WHERE agent_id = ? AND note_id = ?'),
  };
  const add = db.transaction((noteId: string, agentIds: readonly string[], now: number) =>
    [...new Set(agentIds)].filter((id) => q.insert.run(noteId, id, now).changes > 0).map((id) => ({ to: id, mention: toMention(q.one.get(noteId, id)!) })),
  );
  return {
    async addMentions(noteId, agentIds) {
      return add(noteId, agentIds, Date.now());
    },
    async listMentions(agentId, limit, before) {
      if (before === undefined) return q.list.all(agentId, limit).map(toMention);
      const at = q.at.get(agentId, before);
      return at ? q.older.all(agentId, at.created_at, at.rowid, limit).map(toMention) : null;
    },
    async unreadMentions(agentId) {
      return q.unread.get(agentId)!.n;
    },
    async unreadMentionConversations(agentId) {
      return q.unreadIn.all(agentId).map((r) => r.id);
    },
    async markMentionRead(agentId, noteId) {
      return q.read.run(Date.now(), agentId, noteId).changes > 0;
    },
  };
}
