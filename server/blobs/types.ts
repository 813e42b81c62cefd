/**
 * Where attachment files live: the blob-store port. Two implementations pass one contract suite
 * (tests/blobs/blob-store-contract.test.ts): files under the data directory (one box, `file.ts`) and a table in
 * PostgreSQL (many nodes, `postgres.ts`). Blobs are grouped by conversation, so erasure and retention drop a
 * conversation's files in one call, and a sweep finds the groups whose conversation is gone.
 */
export interface BlobStore {
  /** Store (or replace) one blob; it is readable once this resolves. */
  put(conversationId: string, key: string, data: Buffer): Promise<void>;
  /** The blob, or null when there is none. */
  get(conversationId: string, key: string): Promise<Buffer | null>;
  /** Remove one blob (no error when absent). */
  delete(conversationId: string, key: string): Promise<void>;
  /** Remove every blob of a conversation (no error when there are none). */
  deleteConversation(conversationId: string): Promise<void>;
  /** The conversations that have blobs (for the sweep after retention). */
  conversations(): Promise<string[]>;
  close(): Promise<void>;
}

const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/;

/** Conversation ids and keys become file names: only plain names, never a path or `..`. */
export function checkBlobName(kind: 'conversation' | 'key', name: string): void {
  if (!SAFE.test(name) || name.includes('..')) throw new Error(`blob store: bad ${kind} name`);
}
