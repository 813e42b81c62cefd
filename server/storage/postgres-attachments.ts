import { attachmentParams, toAttachment, withoutFile, type AttachmentRow, type AttachmentStore } from './attachment-types.ts';
import { all, one, transaction, type Pool } from './postgres-pool.ts';

/** Attachments' rows on PostgreSQL (listRemovedFiles, read on every return, is batched with the return's reads: postgres.ts). */
export function postgresAttachmentStore(pool: Pool): Omit<AttachmentStore, 'listRemovedFiles'> {
  return {
    async addAttachment(a) {
      await pool.query(
        'INSERT INTO attachments (id, conversation_id, message_id, author, agent_id, name, type, size, has_thumb, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [...attachmentParams(a)],
      );
    },
    async getAttachment(id) {
      const row = await one<AttachmentRow>(pool, 'SELECT * FROM attachments WHERE id = $1', [id]);
      return row ? toAttachment(row) : null;
    },
    async setAttachmentMessage(id, messageId) {
      await pool.query('UPDATE attachments SET message_id = $1 WHERE id = $2', [messageId, id]);
    },
    async listAttachments(conversationId) {
      return (await all<AttachmentRow>(pool, 'SELECT * FROM attachments WHERE conversation_id = $1 ORDER BY created_at, id', [conversationId])).map(toAttachment);
    },
    removeAttachment(id) {
      return transaction(pool, async (db) => {
        const row = await one<AttachmentRow>(db, 'DELETE FROM attachments WHERE id = $1 RETURNING *', [id]);
        if (!row) return null;
        if (row.message_id) {
          // The message's row lock: two deletions from one message do not overwrite each other's list.
          const message = await one<{ attachments: string | null }>(db, 'SELECT attachments FROM messages WHERE id = $1 FOR UPDATE', [row.message_id]);
          if (message) await db.query('UPDATE messages SET attachments = $1 WHERE id = $2', [withoutFile(message.attachments, id), row.message_id]);
          await db.query(
            'INSERT INTO removed_files (attachment_id, conversation_id, message_id, removed_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
            [id, row.conversation_id, row.message_id, Date.now()],
          );
        }
        return toAttachment(row);
      });
    },
  };
}
