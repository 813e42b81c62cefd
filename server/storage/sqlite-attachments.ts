import type Database from 'better-sqlite3';
import { attachmentParams, toAttachment, withoutFile, type AttachmentRow, type AttachmentStore, type RemovedFile } from './attachment-types.ts';

/** Attachments' rows on the shared SQLite connection. */
export function sqliteAttachmentStore(db: Database.Database): AttachmentStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO attachments (id, conversation_id, message_id, author, agent_id, name, type, size, has_thumb, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?'),
    setMessage: db.prepare('UPDATE attachments SET message_id = ? WHERE id = ?'),
    list: db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE conversation_id = ? ORDER BY created_at, id'),
    remove: db.prepare('DELETE FROM attachments WHERE id = ?'),
    messageFiles: db.prepare<[string], { attachments: string | null }>('SELECT attachments FROM messages WHERE id = ?'),
    setMessageFiles: db.prepare('UPDATE messages SET attachments = ? WHERE id = ?'),
    remember: db.prepare('INSERT OR IGNORE INTO removed_files (attachment_id, conversation_id, message_id, removed_at) VALUES (?, ?, ?, ?)'),
    removed: db.prepare<[string, number], RemovedFile>(
      `SELECT message_id AS messageId, attachment_id AS attachmentId FROM (
         SELECT * FROM removed_files WHERE conversation_id = ? ORDER BY removed_at DESC, attachment_id DESC LIMIT ?)
       ORDER BY removed_at, attachment_id`,
    ),
  };
  const remove = db.transaction((id: string) => {
    const row = q.byId.get(id);
    if (!row) return null;
    q.remove.run(id);
    if (row.message_id) {
      const message = q.messageFiles.get(row.message_id);
      if (message) q.setMessageFiles.run(withoutFile(message.attachments, id), row.message_id);
      q.remember.run(id, row.conversation_id, row.message_id, Date.now());
    }
    return toAttachment(row);
  });
  return {
    async addAttachment(a) {
      q.insert.run(...attachmentParams(a));
    },
    async getAttachment(id) {
      const row = q.byId.get(id);
      return row ? toAttachment(row) : null;
    },
    async setAttachmentMessage(id, messageId) {
      q.setMessage.run(messageId, id);
    },
    async listAttachments(conversationId) {
      return q.list.all(conversationId).map(toAttachment);
    },
    async removeAttachment(id) {
      return remove(id);
    },
    async listRemovedFiles(conversationId, limit) {
      return q.removed.all(conversationId, limit);
    },
  };
}
