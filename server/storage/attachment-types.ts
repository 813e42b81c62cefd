import type { AttachmentType } from '../../protocol/index.ts';

/** What a message stores about each of its files (its `attachments` column, JSON); links are added on the way out. */
export interface MessageFile {
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
}

/** One stored file: who sent it, in which conversation and message. Its bytes are in the blob store. */
export interface AttachmentRecord extends MessageFile {
  conversationId: string;
  /** The message that carries it; null for the moment between the file's store and the message's. */
  messageId: string | null;
  author: 'visitor' | 'agent';
  agentId: string | null;
  /** An image has a thumbnail blob too. */
  hasThumb: boolean;
  createdAt: number;
}

export interface AttachmentStore {
  addAttachment(a: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | null>;
  setAttachmentMessage(id: string, messageId: string): Promise<void>;
  /** A conversation's files, oldest first. */
  listAttachments(conversationId: string): Promise<AttachmentRecord[]>;
  /**
   * Remove the file's row and its entry in its message's list, and remember its ids (listRemovedFiles), in one transaction; the removed row, or null
   * when there was none. The blobs are the caller's to delete.
   */
  removeAttachment(id: string): Promise<AttachmentRecord | null>;
  /**
   * The files removed from this conversation's messages, oldest first, at most `limit` (the newest ones): what a
   * screen that held the messages before a removal must drop when it resyncs. Only ids are kept.
   */
  listRemovedFiles(conversationId: string, limit: number): Promise<RemovedFile[]>;
}

/** A file deleted from a message: what is kept of it (no name, no bytes). */
export interface RemovedFile {
  messageId: string;
  attachmentId: string;
}

export interface AttachmentRow {
  id: string;
  conversation_id: string;
  message_id: string | null;
  author: 'visitor' | 'agent';
  agent_id: string | null;
  name: string;
  type: AttachmentType;
  size: number;
  has_thumb: number;
  created_at: number;
}

export const toAttachment = (r: AttachmentRow): AttachmentRecord => ({
  id: r.id,
  conversationId: r.conversation_id,
  messageId: r.message_id,
  author: r.author,
  agentId: r.agent_id,
  name: r.name,
  type: r.type,
  size: r.size,
  hasThumb: r.has_thumb === 1,
  createdAt: r.created_at,
});

export const attachmentParams = (a: AttachmentRecord) =>
  [a.id, a.conversationId, a.messageId, a.author, a.agentId, a.name, a.type, a.size, a.hasThumb ? 1 : 0, a.createdAt] as const;

/** A message's file list without one file (null when none is left). */
export function withoutFile(json: string | null, id: string): string | null {
  const files = (json ? (JSON.parse(json) as MessageFile[]) : []).filter((f) => f.id !== id);
  return files.length > 0 ? JSON.stringify(files) : null;
}
