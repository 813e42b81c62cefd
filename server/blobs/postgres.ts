import type { Pool } from '../storage/postgres-pool.ts';
import { checkBlobName, type BlobStore } from './types.ts';

/** Blobs in PostgreSQL's `blobs` table (bytea): every node sees the same files. The pool is the storage's. */
export function postgresBlobStore(pool: Pool): BlobStore {
  const check = (conversationId: string, key?: string) => {
    checkBlobName('conversation', conversationId);
    if (key !== undefined) checkBlobName('key', key);
  };
  return {
    async put(conversationId, key, data) {
      check(conversationId, key);
      await pool.query(
        'INSERT INTO blobs (conversation_id, key, data) VALUES ($1, $2, $3) ON CONFLICT (conversation_id, key) DO UPDATE SET data = EXCLUDED.data',
        [conversationId, key, data],
      );
    },
    async get(conversationId, key) {
      check(conversationId, key);
      const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM blobs WHERE conversation_id = $1 AND key = $2', [conversationId, key]);
      return rows[0]?.data ?? null;
    },
    async delete(conversationId, key) {
      check(conversationId, key);
      await pool.query('DELETE FROM blobs WHERE conversation_id = $1 AND key = $2', [conversationId, key]);
    },
    async deleteConversation(conversationId) {
      check(conversationId);
      await pool.query('DELETE FROM blobs WHERE conversation_id = $1', [conversationId]);
    },
    async conversations() {
      const { rows } = await pool.query<{ conversation_id: string }>('SELECT DISTINCT conversation_id FROM blobs');
      return rows.map((r) => r.conversation_id);
    },
    async close() {},
  };
}
